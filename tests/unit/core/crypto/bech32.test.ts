import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bech32Decode, bech32Encode, Bech32Error } from '../../../../electron/core/crypto/bech32';

describe('bech32', () => {
  it('round-trips bytes of every length from 0 to 80, lowercase and uppercase', () => {
    for (let length = 0; length <= 80; length++) {
      const data = new Uint8Array(randomBytes(length));
      const lower = bech32Encode('age', data);
      expect(lower).toBe(lower.toLowerCase());
      expect(bech32Decode(lower)).toEqual({ hrp: 'age', data, uppercase: false });
      const upper = bech32Encode('AGE-SECRET-KEY-', data);
      expect(upper).toBe(upper.toUpperCase());
      expect(bech32Decode(upper)).toEqual({ hrp: 'AGE-SECRET-KEY-', data, uppercase: true });
    }
  });

  it('accepts the valid test vectors of BIP 173 whose data is whole bytes', () => {
    for (const valid of [
      'A12UEL5L',
      'a12uel5l',
      'an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs',
      'abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw',
      'split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w',
    ]) {
      expect(() => bech32Decode(valid), valid).not.toThrow();
    }
  });

  it('refuses mixed case, bad checksums, bad characters and a missing separator', () => {
    const good = bech32Encode('age', new Uint8Array(randomBytes(32)));
    const flipped = `${good.slice(0, 10)}${good[10] === 'q' ? 'p' : 'q'}${good.slice(11)}`;
    for (const bad of [
      `${good.slice(0, 5).toUpperCase()}${good.slice(5)}`,
      flipped,
      `${good.slice(0, -1)}b`,
      good.replace('1', ''),
      'age1qqqqqq',
      '1qqqqqqqq',
    ]) {
      expect(() => bech32Decode(bad), bad).toThrow(Bech32Error);
    }
  });
});
