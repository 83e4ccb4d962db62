import { createHash, randomBytes } from 'node:crypto';
import { VaultError } from '../../../shared/errors';

/**
 * The recovery key: 256 random bits shown once, to be written on paper and kept apart from
 * the laptop. Displayed as Crockford base32 (no I, L, O, U: nothing to misread) in groups of
 * four, with a 24-bit checksum so a typo is caught before any unlock attempt:
 *   payload = key (32 bytes) || SHA-256(domain || key)[0..3]  -> 35 bytes = 56 characters.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DOMAIN = Buffer.from('testimony-vault recovery key v1\n', 'utf8');
const KEY_BYTES = 32;
const CHECKSUM_BYTES = 3;
const CHARS = ((KEY_BYTES + CHECKSUM_BYTES) * 8) / 5; // 56
const GROUP = 4;

function checksum(key: Uint8Array): Buffer {
  return createHash('sha256').update(DOMAIN).update(key).digest().subarray(0, CHECKSUM_BYTES);
}

function toBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  return out; // 35 bytes = 280 bits: no remainder
}

function fromBase32(text: string): Uint8Array | null {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of text) {
    const value = ALPHABET.indexOf(ch);
    if (value < 0) return null;
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
    buffer &= (1 << bits) - 1;
  }
  return new Uint8Array(out);
}

export function formatRecoveryKey(key: Uint8Array): string {
  if (key.length !== KEY_BYTES) throw new Error('recovery key must be 32 bytes');
  const text = toBase32(Buffer.concat([key, checksum(key)]));
  return text.match(new RegExp(`.{1,${GROUP}}`, 'g'))!.join('-');
}

export function generateRecoveryKey(): { key: Uint8Array; text: string } {
  const key = new Uint8Array(randomBytes(KEY_BYTES));
  return { key, text: formatRecoveryKey(key) };
}

/**
 * Accepts what a person types from paper: any case, spaces or hyphens anywhere, and the
 * look-alikes Crockford base32 maps (O -> 0, I and L -> 1).
 */
export function parseRecoveryKey(input: string): Uint8Array {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s\-_]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== CHARS) {
    throw new VaultError(
      'RECOVERY_KEY_TYPO',
      `A recovery key has ${CHARS} characters (${CHARS / GROUP} groups of ${GROUP}); this one has ${cleaned.length}.`,
      { expected: CHARS, found: cleaned.length },
    );
  }
  const bytes = fromBase32(cleaned);
  if (!bytes) {
    throw new VaultError('RECOVERY_KEY_TYPO', 'The recovery key holds a character that is not used in recovery keys (only digits and letters other than I, L, O, U).');
  }
  const key = bytes.subarray(0, KEY_BYTES);
  if (!checksum(key).equals(bytes.subarray(KEY_BYTES))) {
    throw new VaultError('RECOVERY_KEY_TYPO', 'The recovery key has a typo: its checksum does not match. Check each group against the paper copy.');
  }
  return new Uint8Array(key);
}
