import { searchTokens } from '../text/normalize';

/**
 * The parts of a person's name worth looking for alone. A first name by itself can identify
 * someone in a village of a few hundred, so given and family names are suggested and checked
 * on their own, not only the full name. Two guards keep that from flooding the editor:
 * - a part has at least MIN_PART_LETTERS letters: two-letter tokens (Jo, Al, من-like
 *   fragments) match common words far more often than people;
 * - Arabic name particles are not parts but glue: عبد and أبو/أم bind to the next word
 *   (عبد الرحمن, أبو خالد are one name; الرحمن alone is a word of every prayer and خالد in
 *   أبو خالد is the son, a different person), بن/ابن/بنت bind to the next word and that word
 *   is also a part (it is the father's given name), and a separate article (al, el) binds to
 *   the next word, which is also a part (al Halabi, Halabi).
 * Parts are normalised (shared/text/normalize): they are search terms, never displayed.
 */

export const MIN_PART_LETTERS = 3;

/** Bind to the next word; the next word is not a part by itself. */
const BIND_ONLY = new Set(['عبد', 'ابو', 'ام', 'abd', 'abdul', 'abdel', 'abdal', 'abu', 'abou', 'umm', 'um', 'om']);
/** Bind to the next word; the next word is also a part. */
const BIND_AND_KEEP = new Set(['بن', 'ابن', 'بنت', 'ال', 'bin', 'ibn', 'bint', 'ben', 'al', 'el']);
/** Particles of European names and Arabic words that are never a name by themselves. */
const NEVER_PARTS = new Set(['van', 'von', 'der', 'den', 'del', 'della', 'des', 'the', 'and', 'اخو', 'اخت', 'زوج', 'زوجه']);

function letters(token: string): number {
  return [...token].filter((c) => /\p{L}|\p{N}/u.test(c)).length;
}

/** The parts of one name, normalised, unique, in order; never the whole name itself. */
export function nameParts(name: string): string[] {
  const tokens = searchTokens(name);
  const whole = tokens.join(' ');
  const parts: string[] = [];
  const add = (part: string) => {
    if (part !== whole && !parts.includes(part)) parts.push(part);
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (BIND_ONLY.has(token) || BIND_AND_KEEP.has(token)) {
      if (next !== undefined) add(`${token} ${next}`);
      if (BIND_ONLY.has(token)) i++;
      continue;
    }
    if (NEVER_PARTS.has(token) || letters(token) < MIN_PART_LETTERS) continue;
    add(token);
  }
  return parts;
}

/** The parts of several names (a person's legal name and every recorded variant). */
export function namePartsOfAll(names: readonly string[]): string[] {
  const all = new Set<string>();
  const wholes = new Set(names.map((n) => searchTokens(n).join(' ')));
  for (const name of names) for (const part of nameParts(name)) if (!wholes.has(part)) all.add(part);
  return [...all];
}
