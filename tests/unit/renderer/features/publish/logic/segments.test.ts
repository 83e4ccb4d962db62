import { describe, expect, it } from 'vitest';
import type { Redaction, Suggestion } from '../../../../../../shared/redaction/types';
import { paragraphsOf } from '../../../../../../renderer/src/features/publish/logic/segments';

const TEXT = 'Ahmad was held in Aleppo.\nHe saw Ahmad again.';
const at = (word: string, from = 0) => TEXT.indexOf(word, from);
const redaction = (start: number, end: number): Redaction => ({ id: `r${start}`, start, end, entityId: null, category: 'person', policy: 'pseudonym', replacement: null });
const suggestion = (start: number, end: number): Suggestion => ({
  start,
  end,
  text: TEXT.slice(start, end),
  key: TEXT.slice(start, end).toLowerCase(),
  entityId: null,
  candidates: [],
  category: 'place',
  policy: 'generalise',
  source: 'record',
  reason: 'place',
});

describe('the narrative cut into paragraphs and highlighted pieces', () => {
  it('covers every character once, paragraph by paragraph, with offsets of the whole text', () => {
    const r = redaction(0, 5);
    const s = suggestion(at('Aleppo'), at('Aleppo') + 6);
    const paragraphs = paragraphsOf(TEXT, [r], [s]);
    expect(paragraphs.map((p) => TEXT.slice(p.start, p.end))).toEqual(['Ahmad was held in Aleppo.', 'He saw Ahmad again.']);
    const pieces = paragraphs.flatMap((p) => p.pieces);
    expect(pieces.map((p) => [p.kind, TEXT.slice(p.start, p.end)])).toEqual([
      ['redaction', 'Ahmad'],
      ['plain', ' was held in '],
      ['suggestion', 'Aleppo'],
      ['plain', '.'],
      ['plain', 'He saw Ahmad again.'],
    ]);
  });

  it('shows the redaction where a suggestion runs into it (the redaction is what is published)', () => {
    const second = at('Ahmad', 5);
    const pieces = paragraphsOf(TEXT, [redaction(second, second + 5)], [suggestion(second - 4, second + 5)]).flatMap((p) => p.pieces);
    expect(pieces.filter((p) => p.kind !== 'plain').map((p) => [p.kind, TEXT.slice(p.start, p.end)])).toEqual([
      ['suggestion', 'saw '],
      ['redaction', 'Ahmad'],
    ]);
  });

  it('keeps an empty line as an empty paragraph', () => {
    expect(paragraphsOf('a\n\nb', [], []).map((p) => [p.start, p.end])).toEqual([
      [0, 1],
      [2, 2],
      [3, 4],
    ]);
  });
});
