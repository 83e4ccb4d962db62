import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { formatRecoveryKey, generateRecoveryKey, parseRecoveryKey } from '../../../../electron/core/crypto/recovery-key';
import { VaultError } from '../../../../shared/errors';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof VaultError ? error.code : 'not a VaultError';
  }
  return undefined;
}

describe('recovery key', () => {
  it('shows 256 bits as 14 groups of 4 unambiguous characters and reads them back', () => {
    for (let i = 0; i < 50; i++) {
      const { key, text } = generateRecoveryKey();
      expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){13}[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(Buffer.from(parseRecoveryKey(text))).toEqual(Buffer.from(key));
    }
  });

  it('accepts what a person types from paper: lower case, spaces, no hyphens, O for 0 and I/L for 1', () => {
    const key = new Uint8Array(randomBytes(32));
    const text = formatRecoveryKey(key);
    const sloppy = text.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(Buffer.from(parseRecoveryKey(`  ${sloppy}  `))).toEqual(Buffer.from(key));
  });

  it('catches every single-character typo with the checksum', () => {
    const text = generateRecoveryKey().text.replace(/-/g, '');
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    let caught = 0;
    let tried = 0;
    for (let pos = 0; pos < text.length; pos += 5) {
      for (const ch of alphabet) {
        if (ch === text[pos]) continue;
        tried++;
        if (codeOf(() => parseRecoveryKey(text.slice(0, pos) + ch + text.slice(pos + 1))) === 'RECOVERY_KEY_TYPO') caught++;
      }
    }
    // A 24-bit checksum lets through about one typo in 16 million.
    expect(caught).toBe(tried);
  });

  it('says how long a recovery key is when a group is missing', () => {
    const text = generateRecoveryKey().text;
    const short = text.split('-').slice(1).join('-');
    expect(() => parseRecoveryKey(short)).toThrow(/56 characters/);
  });

  it('refuses characters that recovery keys never use', () => {
    const text = generateRecoveryKey().text;
    expect(codeOf(() => parseRecoveryKey(`U${text.slice(1)}`))).toBe('RECOVERY_KEY_TYPO');
    expect(codeOf(() => parseRecoveryKey(`#${text.slice(1)}`))).toBe('RECOVERY_KEY_TYPO');
  });
});
