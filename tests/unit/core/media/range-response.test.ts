import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { MAX_RANGE_BODY, parseRange, rangeResponse, type RandomAccessPlaintext } from '../../../../electron/core/media/range-response';

function source(bytes: Buffer): RandomAccessPlaintext & { reads: [number, number][] } {
  const reads: [number, number][] = [];
  return {
    size: bytes.length,
    reads,
    read(start, end) {
      reads.push([start, end]);
      return Promise.resolve(new Uint8Array(bytes.subarray(start, end)));
    },
  };
}

describe('Range requests', () => {
  const data = randomBytes(100_000);

  it('answers the open-ended range Chromium sends with 206 and Content-Range', async () => {
    const res = await rangeResponse(source(data), 'audio/wav', 'bytes=99000-');
    expect(res.status).toBe(206);
    expect(res.headers['content-range']).toBe('bytes 99000-99999/100000');
    expect(res.headers['accept-ranges']).toBe('bytes');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(Buffer.from(res.body!)).toEqual(data.subarray(99000));
  });

  it('answers closed and suffix ranges exactly', async () => {
    const closed = await rangeResponse(source(data), 'audio/wav', 'bytes=10-19');
    expect(closed.headers['content-range']).toBe('bytes 10-19/100000');
    expect(Buffer.from(closed.body!)).toEqual(data.subarray(10, 20));
    const suffix = await rangeResponse(source(data), 'audio/wav', 'bytes=-5');
    expect(Buffer.from(suffix.body!)).toEqual(data.subarray(99995));
  });

  it('answers 416 with the size for a start past the end, and reads nothing', async () => {
    const src = source(data);
    const res = await rangeResponse(src, 'audio/wav', 'bytes=100000-');
    expect(res.status).toBe(416);
    expect(res.headers['content-range']).toBe('bytes */100000');
    expect(res.body).toBeNull();
    expect(src.reads).toEqual([]);
  });

  it('answers the whole file with 200 when there is no Range header, and only headers for HEAD', async () => {
    const full = await rangeResponse(source(data), 'audio/wav', null);
    expect(full.status).toBe(200);
    expect(full.headers['content-length']).toBe('100000');
    const head = await rangeResponse(source(data), 'audio/wav', 'bytes=0-9', 'HEAD');
    expect(head.status).toBe(206);
    expect(head.body).toBeNull();
  });

  it('bounds the memory of one answer whatever range is asked for', () => {
    expect(parseRange('bytes=0-', 10 * MAX_RANGE_BODY)).toEqual({ start: 0, end: MAX_RANGE_BODY - 1 });
    expect(parseRange(`bytes=5-${5 * MAX_RANGE_BODY}`, 10 * MAX_RANGE_BODY)).toEqual({ start: 5, end: 5 + MAX_RANGE_BODY - 1 });
  });

  it('ignores malformed and multi-part ranges rather than guessing', () => {
    expect(parseRange('bytes=a-b', 100)).toBeNull();
    expect(parseRange('bytes=0-1,5-6', 100)).toBeNull();
    expect(parseRange('items=0-1', 100)).toBeNull();
    expect(parseRange('bytes=9-3', 100)).toBeNull();
    expect(parseRange('bytes=-0', 100)).toBe('unsatisfiable');
  });
});
