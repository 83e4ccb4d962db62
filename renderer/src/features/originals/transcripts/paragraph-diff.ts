import type { Paragraph } from '../../../../../shared/domain/media';

/**
 * What changed between two versions of a transcript, for a person to read: paragraphs matched
 * by id (ids survive every edit), and inside a changed paragraph the words added and removed.
 * Words, not characters: Arabic letters join, and a diff that cut a word in two would render
 * as broken letter forms.
 */
export type WordPart = { kind: 'same' | 'added' | 'removed'; text: string };

export type ParagraphChange = {
  id: string;
  kind: 'unchanged' | 'added' | 'removed' | 'changed';
  before: Paragraph | null;
  after: Paragraph | null;
  /** The text as one sequence of parts (all added for a new paragraph, all removed for a deleted one). */
  words: WordPart[];
  speakerChanged: boolean;
  startChanged: boolean;
};

/** Above this many token pairs the middle of a paragraph is shown replaced as a whole (memory stays small). */
const MAX_CELLS = 4_000_000;

function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/gu) ?? [];
}

function push(parts: WordPart[], kind: WordPart['kind'], text: string): void {
  if (text === '') return;
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/** Longest common subsequence of the tokens between the common start and end. */
function middle(a: readonly string[], b: readonly string[], parts: WordPart[]): void {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_CELLS) {
    push(parts, 'removed', a.join(''));
    push(parts, 'added', b.join(''));
    return;
  }
  // lengths[i][j]: LCS length of a[i..] and b[j..], in one flat array.
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] = a[i] === b[j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push(parts, 'same', a[i++]!);
      j++;
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) {
      push(parts, 'removed', a[i++]!);
    } else {
      push(parts, 'added', b[j++]!);
    }
  }
  while (i < n) push(parts, 'removed', a[i++]!);
  while (j < m) push(parts, 'added', b[j++]!);
}

/**
 * A run of changes reads as one: a lone space kept between two changed words is folded into
 * them, and each run shows what was removed, then what was added ("three weeks" → "two
 * weeks in Aleppo", not word by word in turns).
 */
function readable(parts: readonly WordPart[]): WordPart[] {
  const out: WordPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    push(out, 'removed', removed);
    push(out, 'added', added);
    removed = '';
    added = '';
  };
  parts.forEach((part, i) => {
    const between = i > 0 && i < parts.length - 1 && parts[i - 1]!.kind !== 'same' && parts[i + 1]!.kind !== 'same';
    if (part.kind === 'same' && !(between && /^\s+$/u.test(part.text))) {
      flush();
      push(out, 'same', part.text);
    } else if (part.kind === 'same') {
      removed += part.text;
      added += part.text;
    } else if (part.kind === 'removed') {
      removed += part.text;
    } else {
      added += part.text;
    }
  });
  flush();
  return out;
}

/** The words of `after` against those of `before`: same, removed and added, in reading order. */
export function diffWords(before: string, after: string): WordPart[] {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: WordPart[] = [];
  push(parts, 'same', a.slice(0, start).join(''));
  middle(a.slice(start, endA), b.slice(start, endB), parts);
  push(parts, 'same', a.slice(endA).join(''));
  return readable(parts);
}

function compare(before: Paragraph, after: Paragraph): ParagraphChange {
  const words = diffWords(before.text, after.text);
  const speakerChanged = before.speaker !== after.speaker;
  const startChanged = before.start !== after.start;
  const textChanged = words.some((w) => w.kind !== 'same');
  return { id: after.id, kind: textChanged || speakerChanged || startChanged ? 'changed' : 'unchanged', before, after, words, speakerChanged, startChanged };
}

/**
 * Every paragraph of both versions once, in the order of `after`; a removed paragraph comes
 * right after the paragraph that preceded it in `before`.
 */
export function diffParagraphs(before: readonly Paragraph[], after: readonly Paragraph[]): ParagraphChange[] {
  const afterIds = new Set(after.map((p) => p.id));
  const beforeById = new Map(before.map((p) => [p.id, p]));
  // Removed paragraphs, grouped under the surviving paragraph they followed (null: the start).
  const removedAfter = new Map<string | null, Paragraph[]>();
  let anchor: string | null = null;
  for (const p of before) {
    if (afterIds.has(p.id)) {
      anchor = p.id;
      continue;
    }
    const group = removedAfter.get(anchor) ?? [];
    group.push(p);
    removedAfter.set(anchor, group);
  }
  const removed = (p: Paragraph): ParagraphChange => ({
    id: p.id,
    kind: 'removed',
    before: p,
    after: null,
    words: p.text === '' ? [] : [{ kind: 'removed', text: p.text }],
    speakerChanged: false,
    startChanged: false,
  });
  const out: ParagraphChange[] = (removedAfter.get(null) ?? []).map(removed);
  for (const p of after) {
    const old = beforeById.get(p.id);
    out.push(
      old ? compare(old, p) : { id: p.id, kind: 'added', before: null, after: p, words: p.text === '' ? [] : [{ kind: 'added', text: p.text }], speakerChanged: false, startChanged: false },
    );
    for (const r of removedAfter.get(p.id) ?? []) out.push(removed(r));
  }
  return out;
}

export function hasChanges(changes: readonly ParagraphChange[]): boolean {
  return changes.some((c) => c.kind !== 'unchanged');
}
