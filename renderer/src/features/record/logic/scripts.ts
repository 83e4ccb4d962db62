/**
 * ISO 15924 scripts offered for a name's spelling: those of the region's languages first.
 * Any other four-letter code can be typed.
 */
export const COMMON_SCRIPTS = ['Arab', 'Latn', 'Syrc', 'Armn', 'Cyrl', 'Hebr', 'Grek', 'Ethi'] as const;

const RANGES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\p{Script=Arabic}/u, 'Arab'],
  [/\p{Script=Syriac}/u, 'Syrc'],
  [/\p{Script=Armenian}/u, 'Armn'],
  [/\p{Script=Cyrillic}/u, 'Cyrl'],
  [/\p{Script=Hebrew}/u, 'Hebr'],
  [/\p{Script=Greek}/u, 'Grek'],
  [/\p{Script=Ethiopic}/u, 'Ethi'],
  [/\p{Script=Latin}/u, 'Latn'],
];

/** The script of the first letter that has one, or null (digits, punctuation, nothing). */
export function guessScript(text: string): string | null {
  for (const ch of text) {
    for (const [pattern, script] of RANGES) if (pattern.test(ch)) return script;
  }
  return null;
}
