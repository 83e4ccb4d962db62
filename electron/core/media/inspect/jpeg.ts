import { u16be } from './bytes';
import { byteAt } from './describe';
import { Findings, type Inspection } from './types';
import { read, scan, type Walk, type WalkSource } from './walker';

/**
 * JPEG (ITU T.81, JFIF/Exif): marker segments from SOI to EOI, the size from the frame header
 * (SOF), and the entropy-coded data after each SOS skipped to the next real marker. A file that
 * ends before EOI is `truncated` (the bottom of the picture is missing); bytes where a marker
 * must be are `corrupt-data`. Data after EOI (some cameras append a preview or a video) is
 * not damage and is not looked at.
 */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);
const PROCESS: Record<number, string> = { 0xc0: 'jpeg (baseline)', 0xc1: 'jpeg (extended)', 0xc2: 'jpeg (progressive)', 0xc3: 'jpeg (lossless)' };

/** Stops at a 0xFF that starts a marker (not a stuffed 0xFF00 or a restart marker), or one whose next byte is not in view. */
function toMarker(bytes: Uint8Array): number {
  for (let i = bytes.indexOf(0xff); i >= 0; i = bytes.indexOf(0xff, i + 1)) {
    const next = bytes[i + 1];
    if (next === undefined || (next !== 0x00 && !(next >= 0xd0 && next <= 0xd7) && next !== 0xff)) return i;
  }
  return bytes.length;
}

export function* inspectJpeg(source: WalkSource): Walk<Inspection> {
  const findings = new Findings();
  let width: number | undefined;
  let height: number | undefined;
  let codec = 'jpeg';
  let pos = 2;
  let ended = false;
  for (;;) {
    const m = yield* read(pos, 4);
    if (m.length < 2) break;
    if (m[0] !== 0xff) {
      findings.add('corrupt-data', `unreadable bytes where a marker should be, at ${byteAt(pos)}`);
      break;
    }
    const marker = m[1]!;
    if (marker === 0xff) {
      pos += 1; // fill byte
      continue;
    }
    if (marker === 0xd9) {
      ended = true;
      break;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      pos += 2;
      continue;
    }
    if (m.length < 4) break;
    const length = u16be(m, 2);
    if (length < 2) {
      findings.add('corrupt-data', `a marker segment with an impossible length at ${byteAt(pos)}`);
      break;
    }
    if (SOF.has(marker) && width === undefined) {
      const frame = yield* read(pos + 4, 5);
      if (frame.length === 5) {
        height = u16be(frame, 1);
        width = u16be(frame, 3);
        codec = PROCESS[marker] ?? 'jpeg';
      }
    }
    pos += 2 + length;
    if (marker === 0xda) {
      // Entropy-coded data: runs to the next marker that is not part of it.
      let end = yield* scan(pos, toMarker);
      for (;;) {
        if (!end.stopped) break;
        const pair = yield* read(end.at, 2);
        const next = pair[1];
        if (next === undefined || next === 0xff || (next !== 0x00 && !(next >= 0xd0 && next <= 0xd7))) break;
        end = yield* scan(end.at + 2, toMarker);
      }
      if (!end.stopped) break;
      pos = end.at;
    }
  }
  if (!ended && !findings.has()) {
    const total = source.total;
    findings.add('truncated', `the image ends${total !== undefined ? ` at ${byteAt(total)}` : ''} before its end-of-image marker: the bottom of the picture is missing`);
  }
  return findings.result({ kind: 'image', formatInfo: { codec, ...(width !== undefined ? { width } : {}), ...(height !== undefined ? { height } : {}) } });
}
