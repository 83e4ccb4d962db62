import type { MediaResponse } from '../host';

/**
 * HTTP Range semantics for vault-media:// (RFC 9110 §14). Chromium's media stack asks for
 * open-ended ranges (`bytes=N-`) and seeks by asking for new ones, so every answer to a
 * Range request is a 206 with Content-Range, and a start past the end is a 416
 * (DESIGN.md pitfalls). Bodies are decrypted from the blob only for the bytes answered.
 */
export interface RandomAccessPlaintext {
  readonly size: number;
  read(start: number, endExclusive: number): Promise<Uint8Array>;
}

/**
 * A range is answered with at most this much (with an exact Content-Range), so memory per
 * request stays bounded whatever a client asks; media players then ask for the rest. Small,
 * because the whole answer is decrypted before its first byte leaves: a seek waits for it
 * (1 MiB: a few ms; 8 MiB was about 150 ms on the benchmark machine, see docs/benchmarks.md).
 */
export const MAX_RANGE_BODY = 1024 * 1024;
/** A request without Range gets the whole file only up to this size. */
export const MAX_FULL_BODY = 64 * 1024 * 1024;

export type ParsedRange = { start: number; end: number } | 'unsatisfiable' | null;

/** null: no usable Range header (absent, malformed, several ranges): answer the whole file. */
export function parseRange(header: string | null, size: number): ParsedRange {
  if (!header) return null;
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!match) return null;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return null;
  if (first === '') {
    // Suffix range: the last N bytes.
    const length = Number(last);
    if (length === 0) return 'unsatisfiable';
    return size === 0 ? 'unsatisfiable' : { start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(first);
  if (!Number.isSafeInteger(start) || start >= size) return 'unsatisfiable';
  if (last === '') return { start, end: Math.min(size - 1, start + MAX_RANGE_BODY - 1) };
  const end = Number(last);
  if (!Number.isSafeInteger(end) || end < start) return null;
  return { start, end: Math.min(end, size - 1, start + MAX_RANGE_BODY - 1) };
}

function baseHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'accept-ranges': 'bytes',
    // Decrypted media must not land in any cache, in memory or on disk.
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  };
}

export function notFound(): MediaResponse {
  return { status: 404, headers: { 'cache-control': 'no-store' }, body: null };
}

export async function rangeResponse(source: RandomAccessPlaintext, contentType: string, rangeHeader: string | null, method = 'GET'): Promise<MediaResponse> {
  const headers = baseHeaders(contentType);
  const head = method.toUpperCase() === 'HEAD';
  const range = parseRange(rangeHeader, source.size);
  if (range === 'unsatisfiable') {
    return { status: 416, headers: { ...headers, 'content-range': `bytes */${source.size}` }, body: null };
  }
  if (range === null) {
    if (source.size > MAX_FULL_BODY) {
      // Too large to answer in one piece: tell the client to ask by range.
      return { status: 206, headers: { ...headers, 'content-range': `bytes 0-${MAX_RANGE_BODY - 1}/${source.size}`, 'content-length': String(MAX_RANGE_BODY) }, body: head ? null : await source.read(0, MAX_RANGE_BODY) };
    }
    return { status: 200, headers: { ...headers, 'content-length': String(source.size) }, body: head ? null : await source.read(0, source.size) };
  }
  const length = range.end - range.start + 1;
  return {
    status: 206,
    headers: { ...headers, 'content-range': `bytes ${range.start}-${range.end}/${source.size}`, 'content-length': String(length) },
    body: head ? null : await source.read(range.start, range.end + 1),
  };
}
