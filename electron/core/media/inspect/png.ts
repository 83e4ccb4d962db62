import { crc32 } from 'node:zlib';
import { ascii, u32be } from './bytes';
import { byteAt } from './describe';
import { Findings, type Inspection } from './types';
import { read, scan, type Walk, type WalkSource } from './walker';

/**
 * PNG (ISO/IEC 15948): chunk by chunk, each chunk's CRC-32 checked over its type and data
 * (image data is checked as it streams by, never held), IHDR first with the size, IEND last.
 * A file that ends before IEND is `truncated`; a CRC that does not match is `bad-checksum`.
 */
const READ_WHOLE = 64 * 1024;

export function* inspectPng(source: WalkSource): Walk<Inspection> {
  const findings = new Findings();
  let width: number | undefined;
  let height: number | undefined;
  let ended = false;
  let chunk = 0;
  let pos = 8;
  for (;;) {
    const h = yield* read(pos, 8);
    if (h.length === 0) break;
    chunk++;
    if (h.length < 8) {
      findings.add('truncated', `the file ends inside the header of chunk ${chunk}, at ${byteAt(pos)}`);
      break;
    }
    const length = u32be(h, 0);
    const type = ascii(h, 4, 4);
    if (!/^[A-Za-z]{4}$/.test(type) || length > 0x7fffffff) {
      findings.add('corrupt-data', `unreadable bytes where chunk ${chunk} should start, at ${byteAt(pos)}`);
      break;
    }
    if (chunk === 1 && type !== 'IHDR') findings.add('corrupt-data', 'the first chunk is not the image header (IHDR)');
    let crc = crc32(h.subarray(4, 8));
    let got = 0;
    if (length <= READ_WHOLE) {
      const data = yield* read(pos + 8, length);
      got = data.length;
      crc = crc32(data, crc);
      if (type === 'IHDR' && data.length >= 8) {
        width = u32be(data, 0);
        height = u32be(data, 4);
      }
    } else {
      yield* scan(pos + 8, (bytes) => {
        const take = Math.min(bytes.length, length - got);
        crc = crc32(bytes.subarray(0, take), crc);
        got += take;
        return take;
      });
    }
    const stored = yield* read(pos + 8 + length, 4);
    if (got < length || stored.length < 4) {
      findings.add('truncated', `the file ends inside chunk ${chunk} (${type}): the image is incomplete`);
      break;
    }
    if (u32be(stored, 0) !== crc >>> 0) findings.add('bad-checksum', `chunk ${chunk} (${type}) at ${byteAt(pos)} fails its CRC check: its bytes were altered`);
    if (type === 'IEND') {
      ended = true;
      break;
    }
    pos += 12 + length;
  }
  if (!ended && !findings.has('truncated') && !findings.has('corrupt-data')) findings.add('truncated', `the file ends at ${byteAt(source.total ?? pos)} without the end chunk (IEND): the image may be incomplete`);
  return findings.result({ kind: 'image', formatInfo: { codec: 'png', ...(width !== undefined ? { width, height } : {}) } });
}
