/**
 * Numbers typed by people who may use an Arabic keyboard: Arabic-Indic (٠–٩) and Persian
 * (۰–۹) digits, the Arabic decimal separator (٫) and minus signs other than "-" are read as
 * what they are, so "٣٦٫٢" is 36.2 and nobody has to switch layouts for a coordinate.
 */
const DIGIT_BASES = [0x0660, 0x06f0];

export function toLatinDigits(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const base = DIGIT_BASES.find((b) => code >= b && code <= b + 9);
    if (base !== undefined) out += String(code - base);
    else if (ch === '\u066b') out += '.';
    else if (ch === '\u2212' || ch === '\u2013') out += '-';
    else out += ch;
  }
  return out;
}

export type NumberParse = { ok: true; value: number | null } | { ok: false };

/** '' is "not given" (null); anything else must be a plain decimal number (no exponent, no grouping). */
export function parseDecimal(text: string, options: { integer?: boolean } = {}): NumberParse {
  const s = toLatinDigits(text).trim();
  if (s === '') return { ok: true, value: null };
  const pattern = options.integer ? /^-?\d+$/ : /^-?(\d+(\.\d*)?|\.\d+)$/;
  if (!pattern.test(s)) return { ok: false };
  const value = Number(s);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}

/** A number as the form shows it again ('' for none). */
export function numberText(value: number | null): string {
  return value === null ? '' : String(value);
}
