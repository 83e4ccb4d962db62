import { describe, expect, it } from 'vitest';
import { acceptSuggestions, rejectSuggestion } from '../../../../shared/redaction/decisions';
import { buildEntities } from '../../../../shared/redaction/entities';
import { suggest } from '../../../../shared/redaction/suggest';
import type { Suggestion } from '../../../../shared/redaction/types';
import { IDS, doc, idCounter, recordSource } from './record-fixture';

const TEXT = [
  'قالت فاطِمة أحمد الحلبي إن أخاها أَحمد الحلبي اعتُقل بكفرنبل يوم 5 حزيران 2012.',
  'حقق معه سامر منصور (Abu Ali) من فرع 215. اتصلوا بها على 0944-123-456 أو كتبوا إلى press@example.net.',
  'Fatma Halabi said Ahmed was taken; AHMAD and Ahmád are the same family name.',
].join('\n');

const entities = buildEntities(recordSource());
const SURVIVOR = `person:${IDS.survivor}`;
const BROTHER = `person:${IDS.brother}`;
const OFFICER = `person:${IDS.officer}`;

const brief = (s: readonly Suggestion[]) => s.map((x) => [x.text, x.entityId, x.reason, x.source]);
const at = (s: readonly Suggestion[], text: string, nth = 0) => s.filter((x) => x.text === text)[nth]!;

describe('suggest', () => {
  const suggestions = suggest(doc(TEXT), entities);

  it('suggests every recorded name, alias, spelling, place, unit, contact and date, longest first', () => {
    expect(brief(suggestions)).toEqual([
      ['فاطِمة أحمد الحلبي', SURVIVOR, 'name', 'record'],
      ['أَحمد الحلبي', BROTHER, 'name', 'record'],
      ['كفرنبل', `place:event:${IDS.event}`, 'place', 'record'],
      ['5 حزيران 2012', `date:event:${IDS.event}`, 'recordedDate', 'record'],
      ['سامر منصور', OFFICER, 'name', 'record'],
      ['Abu Ali', OFFICER, 'name', 'record'],
      ['فرع 215', `org:${IDS.event}:0:unit`, 'organisation', 'record'],
      ['0944-123-456', `contact:${IDS.survivor}:0`, 'contact', 'record'],
      ['press@example.net', null, 'email', 'pattern'],
      ['Fatma Halabi', SURVIVOR, 'name', 'record'],
      ['Ahmed', BROTHER, 'namePart', 'record'],
      ['AHMAD', null, 'namePart', 'record'],
      ['Ahmád', null, 'namePart', 'record'],
    ]);
  });

  it('gives the category default policy, and every candidate when several people fit', () => {
    expect(at(suggestions, 'فاطِمة أحمد الحلبي')).toMatchObject({ category: 'person', policy: 'pseudonym', candidates: [SURVIVOR] });
    expect(at(suggestions, 'كفرنبل')).toMatchObject({ category: 'place', policy: 'generalise' });
    expect(at(suggestions, '0944-123-456')).toMatchObject({ category: 'identifying', policy: 'label' });
    // Ahmad is the survivor's father's name and her brother's given name.
    expect(at(suggestions, 'AHMAD').candidates).toEqual([SURVIVOR, BROTHER]);
    expect(at(suggestions, 'Ahmád').key).toBe('ahmad');
  });

  it('leaves out what is redacted, and flags the other occurrences of a redacted entity with its policy', () => {
    const full = at(suggestions, 'فاطِمة أحمد الحلبي');
    const redacted = acceptSuggestions(doc(TEXT), [{ ...full, policy: 'label' }], idCounter());
    const next = suggest(redacted, entities);
    expect(next.some((s) => s.start === full.start)).toBe(false);
    expect(at(next, 'Fatma Halabi')).toMatchObject({ source: 'sameEntity', reason: 'sameEntity', policy: 'label', entityId: SURVIVOR });
  });

  it('does not bring back a rejection: here for one occurrence, everywhere for a text and category', () => {
    const text = `${TEXT}\nAhmed again.`;
    const all = suggest(doc(text), entities);
    let d = rejectSuggestion(doc(text), at(all, 'Ahmed', 0), 'here');
    d = rejectSuggestion(d, at(all, 'كفرنبل'), 'everywhere');
    expect(rejectSuggestion(d, at(all, 'كفرنبل'), 'everywhere')).toBe(d);
    const next = suggest(d, entities);
    expect(next.filter((s) => s.text === 'Ahmed').map((s) => s.start)).toEqual([at(all, 'Ahmed', 1).start]);
    expect(next.some((s) => s.key === 'كفرنبل')).toBe(false);
    expect(d.rejections).toEqual([
      { key: 'ahmed', category: 'thirdParty', start: at(all, 'Ahmed').start, end: at(all, 'Ahmed').end },
      { key: 'كفرنبل', category: 'place', start: null, end: null },
    ]);
  });

  it('flags other occurrences of a hand-marked span, even a text rejected everywhere before', () => {
    const text = 'جاء أبو سمير. ثم قال ابو سمير وبأبو سمير كلاماً.';
    const start = text.indexOf('أبو سمير');
    let d = doc(text, { rejections: [{ key: 'ابو سمير', category: 'other', start: null, end: null }] });
    d = { ...d, redactions: [{ id: 'm1', start, end: start + 8, entityId: null, category: 'other', policy: 'label', replacement: null }] };
    expect(brief(suggest(d, entities))).toEqual([
      ['ابو سمير', null, 'sameText', 'sameEntity'],
      ['أبو سمير', null, 'sameText', 'sameEntity'],
    ]);
  });

  it('leaves out function words that only fold to a name unless asked', () => {
    const text = 'جلس علي على الكرسي';
    const custom = buildEntities(recordSource([{ id: 'c1', category: 'person', display: 'علي', variants: [], adminArea: '', role: null }]));
    expect(suggest(doc(text), custom).map((s) => s.text)).toEqual(['علي']);
    expect(suggest(doc(text), custom, { includeLowConfidence: true }).map((s) => s.text)).toEqual(['علي', 'على']);
  });
});

describe('acceptSuggestions', () => {
  it('merges overlapping spans into one, keeping an existing id and an entity only when all agree', () => {
    const text = 'Fatima Ahmad al-Halabi';
    const base = doc(text, { redactions: [{ id: 'old', start: 7, end: 12, entityId: BROTHER, category: 'thirdParty', policy: 'pseudonym', replacement: null }] });
    const s = suggest(doc(text), entities);
    expect(s.map((x) => x.text)).toEqual(['Fatima Ahmad al-Halabi']);
    const accepted = acceptSuggestions(base, s, idCounter());
    expect(accepted.redactions).toEqual([{ id: 'old', start: 0, end: text.length, entityId: null, category: 'person', policy: 'pseudonym', replacement: null }]);
  });

  it('accepting every suggestion leaves nothing more to suggest', () => {
    const accepted = acceptSuggestions(doc(TEXT), suggestions(), idCounter());
    expect(suggest(accepted, entities)).toEqual([]);
    expect(accepted.redactions).toHaveLength(13);
  });
});

function suggestions() {
  return suggest(doc(TEXT), entities);
}
