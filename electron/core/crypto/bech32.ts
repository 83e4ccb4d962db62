/**
 * Bech32 (BIP 173) as age uses it: the original Bech32 checksum (not Bech32m) and, as the age
 * spec says, no 90-character length limit on the data part. A string is either all lowercase
 * or all uppercase; the checksum is always computed over the lowercase form.
 */

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3] as const;
const CHECKSUM_LENGTH = 6;

export class Bech32Error extends Error {
  override readonly name = 'Bech32Error';
}

export interface Bech32Decoded {
  /** The human-readable part, in the case the string was written in. */
  readonly hrp: string;
  readonly data: Uint8Array;
  readonly uppercase: boolean;
}

function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const value of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ value) >>> 0;
    for (let i = 0; i < 5; i++) {
      if ((top >>> i) & 1) chk = (chk ^ (GENERATOR[i] ?? 0)) >>> 0;
    }
  }
  return chk;
}

function hrpExpand(hrp: string): number[] {
  const codes = [...hrp].map((c) => c.charCodeAt(0));
  return [...codes.map((c) => c >>> 5), 0, ...codes.map((c) => c & 31)];
}

function convertBits(data: ArrayLike<number>, from: number, to: number, pad: boolean): number[] {
  const out: number[] = [];
  const maxv = (1 << to) - 1;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < data.length; i++) {
    const value = data[i] ?? 0;
    acc = ((acc << from) | value) & 0xffffff;
    bits += from;
    while (bits >= to) {
      bits -= to;
      out.push((acc >>> bits) & maxv);
    }
  }
  if (pad) {
    if (bits > 0) out.push((acc << (to - bits)) & maxv);
  } else if (bits >= from) {
    throw new Bech32Error('illegal zero padding');
  } else if ((acc << (to - bits)) & maxv) {
    throw new Bech32Error('non-zero padding');
  }
  return out;
}

function checkHrp(hrp: string): void {
  if (hrp.length === 0) throw new Bech32Error('empty human-readable part');
  for (const c of hrp) {
    const code = c.charCodeAt(0);
    if (code < 33 || code > 126) throw new Bech32Error('invalid character in the human-readable part');
  }
}

/** Encodes `data` under `hrp`; the result is uppercase when `hrp` is uppercase (age identities). */
export function bech32Encode(hrp: string, data: Uint8Array): string {
  checkHrp(hrp);
  const lower = hrp.toLowerCase();
  if (hrp !== lower && hrp !== hrp.toUpperCase()) throw new Bech32Error('mixed-case human-readable part');
  const values = convertBits(data, 8, 5, true);
  const mod = polymod([...hrpExpand(lower), ...values, 0, 0, 0, 0, 0, 0]) ^ 1;
  const checksum = Array.from({ length: CHECKSUM_LENGTH }, (_, p) => (mod >>> (5 * (5 - p))) & 31);
  const text = `${lower}1${[...values, ...checksum].map((v) => CHARSET[v] ?? '').join('')}`;
  return hrp === lower ? text : text.toUpperCase();
}

export function bech32Decode(text: string): Bech32Decoded {
  const lower = text.toLowerCase();
  const upper = text.toUpperCase();
  if (text !== lower && text !== upper) throw new Bech32Error('mixed case');
  const separator = text.lastIndexOf('1');
  if (separator < 1 || separator + 1 + CHECKSUM_LENGTH > text.length) {
    throw new Bech32Error('missing or misplaced separator "1"');
  }
  const hrp = text.slice(0, separator);
  checkHrp(hrp);
  const values: number[] = [];
  for (const c of lower.slice(separator + 1)) {
    const value = CHARSET.indexOf(c);
    if (value < 0) throw new Bech32Error('invalid character in the data part');
    values.push(value);
  }
  if (polymod([...hrpExpand(hrp.toLowerCase()), ...values]) !== 1) throw new Bech32Error('invalid checksum');
  const data = convertBits(values.slice(0, -CHECKSUM_LENGTH), 5, 8, false);
  return { hrp, data: Uint8Array.from(data), uppercase: text === upper && text !== lower };
}
