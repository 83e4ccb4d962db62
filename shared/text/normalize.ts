import { cliticVariants } from './arabic-clitics';
import { foldChunk, isCombiningMark } from './fold';

/**
 * Arabic-aware search normalisation (the folding rules and their reasons are in fold.ts):
 * the index, the query and the highlighter all go through here, so a name is found however it
 * was typed (مُحَمَّد / محمد, أحمد / احمد, فاطمة / فاطمه, مصطفى / مصطفي, José / jose).
 *
 * Work is done per written character: one code point and the combining marks that follow it.
 * That unit keeps a diacritic with its letter, and lets every normalised character point back
 * to the original text it came from, for highlighting.
 */

export interface NormalizedSpans {
  readonly normalized: string;
  /** For each UTF-16 unit of `normalized`: start and end (exclusive) in the original text. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

export function normalizeWithSpans(text: string): NormalizedSpans {
  let normalized = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let pendingSpace: [number, number] | null = null;
  let i = 0;
  while (i < text.length) {
    const start = i;
    i += text.codePointAt(i)! > 0xffff ? 2 : 1;
    while (i < text.length) {
      const next = String.fromCodePoint(text.codePointAt(i)!);
      if (!isCombiningMark(next)) break;
      i += next.length;
    }
    for (const ch of foldChunk(text.slice(start, i))) {
      if (ch === ' ') {
        // Runs of separators become one space; none at the start or the end.
        if (normalized.length > 0 && pendingSpace === null) pendingSpace = [start, i];
        continue;
      }
      if (pendingSpace !== null) {
        normalized += ' ';
        starts.push(pendingSpace[0]);
        ends.push(pendingSpace[1]);
        pendingSpace = null;
      }
      normalized += ch;
      for (let unit = 0; unit < ch.length; unit++) {
        starts.push(start);
        ends.push(i);
      }
    }
  }
  return { normalized, starts, ends };
}

/**
 * The normalised text and, for each of its UTF-16 units, the index in the original text of the
 * character it came from; a final entry is the end (exclusive) of the original character the
 * last normalised one came from (0 for an empty result). Every entry lies in 0..text.length and
 * the entries never decrease, so original.slice(map[i], map[j]) is what normalized[i..j) came
 * from. Granularity is one original character with its marks: a ligature (ﻻ) that becomes two
 * letters maps both to itself.
 */
export function normalizeWithMap(text: string): { normalized: string; map: number[] } {
  const { normalized, starts, ends } = normalizeWithSpans(text);
  return { normalized, map: [...starts, ends.at(-1) ?? 0] };
}

export function normalizeForSearch(text: string): string {
  return normalizeWithSpans(text).normalized;
}

/** The normalised words of a text, in order (duplicates kept). */
export function searchTokens(text: string): string[] {
  const normalized = normalizeForSearch(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/**
 * A word plus its forms without the attached conjunction, preposition and definite article
 * (والمدينة -> والمدينه, المدينه, مدينه), normalised, unique, the word itself first. The rules
 * and their guards for short names (وليد, باسل, كمال keep their own form) are in
 * arabic-clitics.ts. A text that normalises to several words gives the variants of each.
 */
export function arabicTokenVariants(token: string): string[] {
  const out = new Set<string>();
  for (const word of searchTokens(token)) for (const variant of cliticVariants(word)) out.add(variant.text);
  return [...out];
}
