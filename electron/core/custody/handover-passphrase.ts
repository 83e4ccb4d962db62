import { randomBytes } from 'node:crypto';

/**
 * A passphrase for a recipient without an age key: 160 random bits as 8 groups of 4
 * lowercase letters and digits (no 0/o or 1/l, which get misread when it is dictated or
 * copied from paper). Shown once and sent by another channel than the package.
 */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

export function generateHandoverPassphrase(): string {
  const bytes = randomBytes(32);
  // 32 symbols: one byte's low 5 bits each, so every symbol is uniform (5 bits x 32 = 160 bits).
  const symbols = [...bytes].map((b) => ALPHABET[b & 31]!);
  bytes.fill(0);
  return symbols.join('').match(/.{4}/g)!.join('-');
}
