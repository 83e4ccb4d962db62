import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../../../../shared/domain/media';
import { diffParagraphs, diffWords, hasChanges, type WordPart } from '../../../../../../renderer/src/features/originals/transcripts/paragraph-diff';

const text = (parts: readonly WordPart[], side: 'before' | 'after') => parts.filter((p) => p.kind === 'same' || p.kind === (side === 'before' ? 'removed' : 'added')).map((p) => p.text).join('');
const p = (id: string, body: string, extra: Partial<Paragraph> = {}): Paragraph => ({ id, start: null, speaker: '', text: body, ...extra });

describe('word-level diff of a paragraph', () => {
  it('marks the words replaced, in reading order, Arabic letters kept whole', () => {
    const parts = diffWords('اعتقلوني عند الحاجز في حلب', 'اعتقلوني عند حاجز الراموسة في حلب');
    expect(parts).toEqual([
      { kind: 'same', text: 'اعتقلوني عند ' },
      { kind: 'removed', text: 'الحاجز' },
      { kind: 'added', text: 'حاجز الراموسة' },
      { kind: 'same', text: ' في حلب' },
    ]);
  });

  it('finds words added and removed in English too', () => {
    expect(diffWords('I was held for three weeks.', 'I was held for two weeks in Aleppo.')).toEqual([
      { kind: 'same', text: 'I was held for ' },
      { kind: 'removed', text: 'three weeks.' },
      { kind: 'added', text: 'two weeks in Aleppo.' },
    ]);
  });

  it('says nothing changed when nothing did, and handles empty texts', () => {
    expect(diffWords('same text', 'same text')).toEqual([{ kind: 'same', text: 'same text' }]);
    expect(diffWords('', 'new')).toEqual([{ kind: 'added', text: 'new' }]);
    expect(diffWords('old', '')).toEqual([{ kind: 'removed', text: 'old' }]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('always gives back both texts exactly, whatever they are', () => {
    const words = fc.constantFrom('في', 'حلب', 'الحاجز', 'he', 'said', '،', '.', ' ', '\n', '  ');
    const texts = fc.array(words, { maxLength: 40 }).map((w) => w.join(''));
    fc.assert(
      fc.property(texts, texts, (before, after) => {
        const parts = diffWords(before, after);
        expect(text(parts, 'before')).toBe(before);
        expect(text(parts, 'after')).toBe(after);
        // Neighbouring parts are merged: no two in a row of the same kind.
        parts.forEach((part, i) => i > 0 && expect(part.kind).not.toBe(parts[i - 1]!.kind));
      }),
    );
  });

  it('stays within bounds on very long paragraphs (replaced as a whole past the limit)', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(' ');
    const parts = diffWords(a, b);
    expect(text(parts, 'before')).toBe(a);
    expect(text(parts, 'after')).toBe(b);
  });
});

describe('diff of two versions of a transcript', () => {
  it('matches paragraphs by id and says what happened to each', () => {
    const before = [p('a', 'first'), p('b', 'second', { speaker: 'المحاور' }), p('c', 'third'), p('d', 'fourth', { start: 10 })];
    const after = [p('a', 'first'), p('b', 'second', { speaker: 'الشاهد' }), p('e', 'new one'), p('d', 'fourth changed', { start: 12 })];
    const changes = diffParagraphs(before, after);
    expect(changes.map((c) => [c.id, c.kind])).toEqual([
      ['a', 'unchanged'],
      ['b', 'changed'],
      // Removed c comes right after b, the paragraph it followed.
      ['c', 'removed'],
      ['e', 'added'],
      ['d', 'changed'],
    ]);
    const b = changes[1]!;
    expect(b.speakerChanged).toBe(true);
    expect(b.words).toEqual([{ kind: 'same', text: 'second' }]);
    const d = changes[4]!;
    expect(d.startChanged).toBe(true);
    expect(d.words).toEqual([
      { kind: 'same', text: 'fourth' },
      { kind: 'added', text: ' changed' },
    ]);
    expect(changes[2]!.words).toEqual([{ kind: 'removed', text: 'third' }]);
    expect(changes[3]!.words).toEqual([{ kind: 'added', text: 'new one' }]);
    expect(hasChanges(changes)).toBe(true);
  });

  it('puts paragraphs removed from the start first, and finds nothing between equal versions', () => {
    const changes = diffParagraphs([p('x', 'gone'), p('a', 'kept')], [p('a', 'kept')]);
    expect(changes.map((c) => [c.id, c.kind])).toEqual([
      ['x', 'removed'],
      ['a', 'unchanged'],
    ]);
    const same = [p('a', 'one'), p('b', 'two')];
    expect(hasChanges(diffParagraphs(same, same))).toBe(false);
  });

  it('treats everything as added for the first version', () => {
    expect(diffParagraphs([], [p('a', 'one')]).map((c) => c.kind)).toEqual(['added']);
  });
});
