import { describe, expect, it } from 'vitest';
import { applyRedactions } from '../../../../../../shared/redaction/apply';
import { buildEntities } from '../../../../../../shared/redaction/entities';
import { redactionDocumentSchema, type Redaction } from '../../../../../../shared/redaction/types';
import { changedRegion, editText } from '../../../../../../renderer/src/features/publish/logic/text-edit';

const TEXT = 'اعتقلوا أحمد في حلب ثم نقلوا أحمد إلى الفرع.';
const span = (id: string, word: string, nth = 0): Redaction => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = TEXT.indexOf(word, at + 1);
  return { id, start: at, end: at + word.length, entityId: null, category: 'person', policy: 'label', replacement: null };
};
const doc = (redactions: Redaction[]) => redactionDocumentSchema.parse({ text: TEXT, redactions });
const noEntities = buildEntities({ people: [], roles: [], events: [], sessions: [], custom: [] });

describe('editing the words under redactions', () => {
  it('finds the one region a keystroke, a paste or a deletion changed', () => {
    expect(changedRegion('abc', 'abc')).toBeNull();
    expect(changedRegion('abcd', 'abXcd')).toEqual({ start: 2, oldEnd: 2, newEnd: 3 });
    expect(changedRegion('abcd', 'ad')).toEqual({ start: 1, oldEnd: 3, newEnd: 1 });
  });

  it('moves the redactions after an insertion and keeps the published text right', () => {
    const before = doc([span('a', 'أحمد'), span('b', 'أحمد', 1)]);
    const insertAt = TEXT.indexOf('ثم');
    const text = `${TEXT.slice(0, insertAt)}ليلًا ${TEXT.slice(insertAt)}`;
    const { doc: after, dropped } = editText(before, text);
    expect(dropped).toEqual([]);
    expect(after.redactions.map((r) => text.slice(r.start, r.end))).toEqual(['أحمد', 'أحمد']);
    expect(applyRedactions(after, noEntities, { language: 'ar' }).text).not.toContain('أحمد');
  });

  it('drops a redaction whose words were changed, and only that one', () => {
    const before = doc([span('a', 'أحمد'), span('b', 'حلب')]);
    const at = TEXT.indexOf('حلب');
    const text = `${TEXT.slice(0, at)}حماة${TEXT.slice(at + 3)}`;
    const { doc: after, dropped } = editText(before, text);
    expect(dropped.map((r) => r.id)).toEqual(['b']);
    expect(after.redactions.map((r) => r.id)).toEqual(['a']);
  });

  it('leaves a redaction alone when typing right after it, and moves it when typing right before it', () => {
    const before = doc([span('a', 'أحمد')]);
    const r = before.redactions[0]!;
    const after = editText(before, `${TEXT.slice(0, r.end)}!${TEXT.slice(r.end)}`).doc.redactions[0]!;
    expect([after.start, after.end]).toEqual([r.start, r.end]);
    const moved = editText(before, `${TEXT.slice(0, r.start)}و${TEXT.slice(r.start)}`).doc.redactions[0]!;
    expect([moved.start, moved.end]).toEqual([r.start + 1, r.end + 1]);
  });

  it('moves a rejection of one occurrence with its words, and keeps rejections that hold everywhere', () => {
    const base = doc([]);
    const at = TEXT.indexOf('حلب');
    const withRejections = {
      ...base,
      rejections: [
        { key: 'حلب', category: 'place' as const, start: at, end: at + 3 },
        { key: 'الفرع', category: 'organisation' as const, start: null, end: null },
      ],
    };
    const { doc: after } = editText(withRejections, `قال: ${TEXT}`);
    expect(after.rejections).toEqual([
      { key: 'حلب', category: 'place', start: at + 5, end: at + 8 },
      { key: 'الفرع', category: 'organisation', start: null, end: null },
    ]);
  });
});
