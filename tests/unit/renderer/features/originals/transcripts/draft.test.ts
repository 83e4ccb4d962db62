import { describe, expect, it } from 'vitest';
import { paragraphSchema, type Paragraph } from '../../../../../../shared/domain/media';
import { alignTranslation, checkDraft, draftOf, isDirty, nextSpeaker, plainText, speakersOf, splitAt, type DraftParagraph } from '../../../../../../renderer/src/features/originals/transcripts/draft';

const d = (id: string, text: string, extra: Partial<DraftParagraph> = {}): DraftParagraph => ({ id, start: '', speaker: '', text, ...extra });
const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('the transcript draft', () => {
  it('checks times as the vault will, and sends what the contract accepts', () => {
    const checked = checkDraft([d(ID(1), 'نص', { start: '٠:٠٥', speaker: ' الشاهد ' }), d(ID(2), 'text', { start: '1:02:03.5' })], { duration: 4000, translation: false });
    expect(checked).toEqual({
      ok: true,
      paragraphs: [
        { id: ID(1), start: 5, speaker: 'الشاهد', text: 'نص' },
        { id: ID(2), start: 3723.5, speaker: '', text: 'text' },
      ],
    });
    if (checked.ok) for (const p of checked.paragraphs) expect(paragraphSchema.parse(p)).toEqual(p);
  });

  it('names the paragraphs whose time cannot be read or is past the end of the recording', () => {
    const checked = checkDraft([d('a', 'x', { start: '1:75' }), d('b', 'y', { start: '0:20' }), d('c', 'z', { start: '0:10.4' })], { duration: 10, translation: false });
    expect(checked).toEqual({ ok: false, problems: { a: 'time', b: 'timeAfterEnd' } });
    // Duration not known: any time is let through to the vault.
    expect(checkDraft([d('b', 'y', { start: '0:20' })], { duration: 0, translation: false }).ok).toBe(true);
  });

  it('refuses a speaker the contract would refuse', () => {
    expect(checkDraft([d('a', 'x', { speaker: 'x'.repeat(101) })], { duration: 0, translation: false })).toEqual({ ok: false, problems: { a: 'speaker' } });
  });

  it('leaves out paragraphs with no words (a time alone), but keeps a speaker with no text yet', () => {
    const checked = checkDraft([d('a', '  ', { start: '0:05' }), d('b', '', { speaker: 'Interviewer' }), d('c', 'text')], { duration: 0, translation: false });
    expect(checked.ok && checked.paragraphs.map((p) => p.id)).toEqual(['b', 'c']);
    // In a translation, a row is saved only once something is translated.
    const translated = checkDraft([d('a', '', { speaker: 'Witness' }), d('b', 'done')], { duration: 0, translation: true });
    expect(translated.ok && translated.paragraphs.map((p) => p.id)).toEqual(['b']);
  });

  it('knows when there is unsaved work, and when there is not', () => {
    const saved: Paragraph[] = [{ id: 'a', start: 5, speaker: 'S', text: 'one' }];
    const draft = draftOf(saved);
    expect(draft).toEqual([{ id: 'a', start: '0:05', speaker: 'S', text: 'one' }]);
    expect(isDirty(draft, saved, false)).toBe(false);
    // An empty paragraph added at the end is nothing to save.
    expect(isDirty([...draft, d('b', '')], saved, false)).toBe(false);
    expect(isDirty([{ ...draft[0]!, text: 'one!' }], saved, false)).toBe(true);
    expect(isDirty([{ ...draft[0]!, start: '0:06' }], saved, false)).toBe(true);
    // A time that cannot be read is unsaved work too.
    expect(isDirty([{ ...draft[0]!, start: '0:6x' }], saved, false)).toBe(true);
    expect(isDirty([], saved, false)).toBe(true);
  });
});

describe('insert timestamp and next speaker', () => {
  const draft = [d('a', 'أنا من حلب. اعتقلوني في آذار.', { start: '0:00', speaker: 'الشاهد' })];

  it('splits the paragraph at the caret into a new one timed at the current position', () => {
    const caret = 'أنا من حلب.'.length;
    const { draft: next, focus } = splitAt(draft, 0, caret, 4.56, (p) => p.speaker);
    expect(next).toHaveLength(2);
    expect(next[0]).toEqual({ id: 'a', start: '0:00', speaker: 'الشاهد', text: 'أنا من حلب.' });
    expect(next[1]).toMatchObject({ start: '0:04.5', speaker: 'الشاهد', text: 'اعتقلوني في آذار.' });
    expect(focus).toBe(next[1]!.id);
    expect(next[1]!.id).not.toBe('a');
  });

  it('at the end of a paragraph, starts an empty one', () => {
    const { draft: next } = splitAt(draft, 0, draft[0]!.text.length, 9, () => 'المحاور');
    expect(next[1]).toMatchObject({ start: '0:09', speaker: 'المحاور', text: '' });
  });

  it('on an empty paragraph, changes that one instead of adding another', () => {
    const withEmpty = [...draft, d('b', '', { start: '0:03', speaker: 'الشاهد' })];
    const { draft: next, focus } = splitAt(withEmpty, 1, 0, 7, () => 'المحاور');
    expect(next).toHaveLength(2);
    expect(next[1]).toEqual({ id: 'b', start: '0:07', speaker: 'المحاور', text: '' });
    expect(focus).toBe('b');
  });

  it('cycles through the speakers named so far, in the order they first spoke', () => {
    const people = [d('1', 'q', { speaker: 'Interviewer' }), d('2', 'a', { speaker: 'Witness' }), d('3', 'q2', { speaker: 'Interviewer' }), d('4', 'x', { speaker: 'Interpreter' })];
    const speakers = speakersOf(people);
    expect(speakers).toEqual(['Interviewer', 'Witness', 'Interpreter']);
    expect(nextSpeaker(speakers, 'Interviewer')).toBe('Witness');
    expect(nextSpeaker(speakers, 'Interpreter')).toBe('Interviewer');
    expect(nextSpeaker(speakers, '')).toBe('Interviewer');
    expect(nextSpeaker([], 'anyone')).toBe('');
  });
});

describe('a translation beside its transcript', () => {
  const source: Paragraph[] = [
    { id: 'p1', start: 0, speaker: 'المحاور', text: 'ماذا حدث؟' },
    { id: 'p2', start: 4.5, speaker: 'الشاهد', text: 'اعتقلوني.' },
    { id: 'p3', start: 9, speaker: 'الشاهد', text: 'ثلاثة أسابيع.' },
  ];

  it('has one row per transcript paragraph, same id and time, then the rows whose paragraph is gone', () => {
    const translation: Paragraph[] = [
      { id: 'p2', start: 4, speaker: 'Witness', text: 'They arrested me.' },
      { id: 'old', start: 12, speaker: '', text: 'Removed from the transcript.' },
    ];
    expect(alignTranslation(source, translation)).toEqual([
      { id: 'p1', start: '0:00', speaker: '', text: '' },
      { id: 'p2', start: '0:04.5', speaker: 'Witness', text: 'They arrested me.' },
      { id: 'p3', start: '0:09', speaker: '', text: '' },
      { id: 'old', start: '0:12', speaker: '', text: 'Removed from the transcript.' },
    ]);
  });
});

describe('the text kept after a conflict', () => {
  it('reads as a plain transcript, with times and speakers', () => {
    expect(plainText([d('a', 'ماذا حدث؟', { start: '0:00', speaker: 'المحاور' }), d('b', '', { start: '0:03' }), d('c', 'No speaker here.')])).toBe(
      '[0:00] المحاور: ماذا حدث؟\n\nNo speaker here.',
    );
  });
});
