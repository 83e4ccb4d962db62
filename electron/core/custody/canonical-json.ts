/**
 * Canonical JSON for audit leaves: object keys sorted by UTF-16 code units, no whitespace,
 * numbers and strings as ECMAScript's JSON.stringify writes them. That is the JSON
 * Canonicalization Scheme (RFC 8785), so a recipient can rebuild a leaf's bytes with any
 * JCS library. Anything that is not plain JSON data (undefined, NaN, Infinity, bigint,
 * functions, class instances, cycles) is refused instead of being silently changed.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

const MAX_DEPTH = 32;

export class CanonicalJsonError extends Error {
  override readonly name = 'CanonicalJsonError';
}

export function canonicalJson(value: unknown): string {
  return encode(value, 0, '$');
}

function encode(value: unknown, depth: number, where: string): string {
  if (depth > MAX_DEPTH) throw new CanonicalJsonError(`${where}: nested deeper than ${MAX_DEPTH} levels`);
  if (value === null || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new CanonicalJsonError(`${where}: ${value} is not a JSON number`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map((item, i) => encode(item, depth + 1, `${where}[${i}]`)).join(',')}]`;
  }
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) throw new CanonicalJsonError(`${where}: not a plain object`);
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${encode(record[key], depth + 1, `${where}.${key}`)}`).join(',')}}`;
  }
  throw new CanonicalJsonError(`${where}: a ${typeof value} is not JSON`);
}

/** UTF-8 bytes of the canonical form. */
export function canonicalJsonBytes(value: unknown): Buffer {
  return Buffer.from(canonicalJson(value), 'utf8');
}
