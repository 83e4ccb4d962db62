/**
 * Passphrase rules shared by the create-vault wizard (strength meter) and the core
 * (which refuses a new passphrase shorter than the minimum, whatever the UI said).
 */
export const NEW_PASSPHRASE_MIN_LENGTH = 10;
export const PASSPHRASE_MAX_LENGTH = 1024;

/** Length in user-perceived characters (code points), not UTF-16 units: Arabic counts fairly. */
export function passphraseLength(passphrase: string): number {
  return [...passphrase.normalize('NFC')].length;
}

export type PassphraseStrength = 0 | 1 | 2 | 3 | 4;

/**
 * A rough estimate, in bits, of how hard a passphrase is to guess: character-pool size per
 * class seen, discounted for repeats and runs. It only drives the meter; it is not a
 * substitute for Argon2id, and it errs on the side of calling a passphrase weak.
 */
export function estimatePassphraseBits(passphrase: string): number {
  const chars = [...passphrase.normalize('NFC')];
  if (chars.length === 0) return 0;
  let pool = 0;
  if (chars.some((c) => /\p{Ll}/u.test(c))) pool += 26;
  if (chars.some((c) => /\p{Lu}/u.test(c))) pool += 26;
  if (chars.some((c) => /\p{Nd}/u.test(c))) pool += 10;
  if (chars.some((c) => /[\p{P}\p{S}]/u.test(c))) pool += 32;
  if (chars.some((c) => /\s/u.test(c))) pool += 1;
  if (chars.some((c) => /\p{Script=Arabic}/u.test(c))) pool += 36;
  if (chars.some((c) => /\p{L}/u.test(c) && !/[\p{Script=Latin}\p{Script=Arabic}]/u.test(c))) pool += 40;
  // Each character adds log2(pool) bits, but a character equal to, or one step from,
  // its predecessor (aaaa, 1234, abcd) adds only one bit.
  const perChar = Math.log2(Math.max(pool, 2));
  let bits = 0;
  for (let i = 0; i < chars.length; i++) {
    const prev = i > 0 ? chars[i - 1]!.codePointAt(0)! : undefined;
    const cur = chars[i]!.codePointAt(0)!;
    bits += prev !== undefined && Math.abs(cur - prev) <= 1 ? 1 : perChar;
  }
  // Few distinct characters means a pattern, whatever the length.
  const distinct = new Set(chars).size;
  if (distinct < 5) bits = Math.min(bits, distinct * 4);
  return Math.round(bits);
}

export function passphraseStrength(passphrase: string): PassphraseStrength {
  const bits = estimatePassphraseBits(passphrase);
  if (passphraseLength(passphrase) < NEW_PASSPHRASE_MIN_LENGTH || bits < 40) return bits < 25 ? 0 : 1;
  if (bits < 60) return 2;
  if (bits < 80) return 3;
  return 4;
}
