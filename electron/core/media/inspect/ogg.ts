import type { FormatInfo } from '../../../../shared/domain/media';
import { startsWithAscii, u16le, u32le } from './bytes';
import { oggCrc } from './crc';
import { at, byteAt, plural } from './describe';
import { Findings, UnsupportedContent, type Inspection } from './types';
import { find, read, type Walk, type WalkSource } from './walker';

/**
 * Ogg (RFC 3533) holding Opus (RFC 7845), Vorbis or FLAC: page by page, every page's CRC-32
 * checked (a flipped bit anywhere in a page shows as `bad-checksum`), page sequence numbers
 * followed (a missing page is `corrupt-data`), a page running past the end of the file is
 * `truncated`, and so is a stream without its end-of-stream page. The duration is the last
 * granule position (minus Opus's pre-skip) over the sample rate. Other content (Theora video,
 * Speex…) is refused as unsupported.
 */
const CAPTURE = [0x4f, 0x67, 0x67, 0x53]; // "OggS"

interface Codec {
  info: FormatInfo;
  /** Granule positions count samples at this rate. */
  granuleRate: number;
  preSkip: number;
}

function identify(packet: Uint8Array): Codec | { unsupported: string } {
  if (startsWithAscii(packet, 'OpusHead') && packet.length >= 19) {
    // Opus always decodes at 48 kHz; the header's input rate is only informative.
    return { info: { codec: 'opus', sampleRate: 48000, channels: packet[9]! }, granuleRate: 48000, preSkip: u16le(packet, 10) };
  }
  if (packet[0] === 1 && startsWithAscii(packet, 'vorbis', 1) && packet.length >= 30) {
    const rate = u32le(packet, 12);
    const nominal = u32le(packet, 20) | 0;
    return { info: { codec: 'vorbis', sampleRate: rate, channels: packet[11]!, ...(nominal > 0 ? { bitrate: nominal } : {}) }, granuleRate: rate, preSkip: 0 };
  }
  if (packet[0] === 0x7f && startsWithAscii(packet, 'FLAC', 1) && startsWithAscii(packet, 'fLaC', 9) && packet.length >= 51) {
    // The STREAMINFO block follows the 4-byte metadata block header at 13.
    const s = 17;
    const rate = (packet[s + 10]! << 12) | (packet[s + 11]! << 4) | (packet[s + 12]! >> 4);
    return { info: { codec: 'flac', sampleRate: rate, channels: ((packet[s + 12]! >> 1) & 7) + 1 }, granuleRate: rate, preSkip: 0 };
  }
  if (packet[0] === 0x80 && startsWithAscii(packet, 'theora', 1)) return { unsupported: 'a video (Ogg Theora)' };
  if (startsWithAscii(packet, 'Speex')) return { unsupported: 'Ogg Speex audio, which is not one of the accepted formats' };
  return { unsupported: 'an Ogg file whose content is not Opus, Vorbis or FLAC audio' };
}

function granule(header: Uint8Array): number | null {
  const lo = u32le(header, 6);
  const hi = u32le(header, 10);
  if (lo === 0xffffffff && hi === 0xffffffff) return null; // no packet ends on this page
  return hi * 0x100000000 + lo;
}

export function* inspectOgg(source: WalkSource): Walk<Inspection> {
  const findings = new Findings();
  let pos = 0;
  let page = 0;
  let serial: number | null = null;
  let codec: Codec | null = null;
  let lastGranule: number | null = null;
  let lastSequence: number | null = null;
  let ended = false;
  let cutShort = false;
  let pageBytes = 0;
  const time = () => (codec && lastGranule !== null ? Math.max(0, lastGranule - codec.preSkip) / codec.granuleRate : undefined);

  for (;;) {
    const header = yield* read(pos, 27);
    if (header.length === 0) break;
    if (header.length < 27 || !startsWithAscii(header, 'OggS') || header[4] !== 0) {
      if (header.length < 27 && startsWithAscii(header, 'OggS'.slice(0, header.length))) {
        cutShort = true;
        findings.add('truncated', `the file ends inside the header of page ${page + 1}${at(time())}`);
        break;
      }
      // Lost capture: find the next page.
      const next = yield* find(pos + 1, CAPTURE);
      const end = next ?? source.total ?? pos;
      findings.add('corrupt-data', `${plural(end - pos, 'byte')} that are not Ogg pages at ${byteAt(pos)}, after page ${page}${at(time())}`);
      if (next === null) break;
      pos = next;
      continue;
    }
    const segments = header[26]!;
    const lacing = yield* read(pos + 27, segments);
    if (lacing.length < segments) {
      cutShort = true;
      findings.add('truncated', `the file ends inside the header of page ${page + 1}${at(time())}`);
      break;
    }
    let bodyLength = 0;
    for (const l of lacing) bodyLength += l;
    const crc = oggCrc(oggCrc(oggCrc(0, header.subarray(0, 22)), new Uint8Array(4)), header.subarray(26, 27));
    const withLacing = oggCrc(crc, lacing);
    const expected = u32le(header, 22);
    const pageSerial = u32le(header, 14);
    const sequence = u32le(header, 18);
    const body = yield* read(pos + 27 + segments, bodyLength);
    page++;
    if (body.length < bodyLength) {
      cutShort = true;
      findings.add('truncated', `the file ends in the middle of page ${page}${at(time())}`);
      break;
    }
    if (oggCrc(withLacing, body) !== expected) findings.add('bad-checksum', `page ${page}${at(time())} fails its CRC check: its bytes were altered`);
    if (serial === null) {
      serial = pageSerial;
      const found = identify(body);
      if ('unsupported' in found) throw new UnsupportedContent(found.unsupported);
      codec = found;
    }
    if (pageSerial === serial) {
      if (lastSequence !== null && sequence !== lastSequence + 1) {
        findings.add('corrupt-data', `${sequence > lastSequence ? plural(sequence - lastSequence - 1, 'page') : 'pages'} missing or out of order before page ${page}${at(time())}`);
      }
      lastSequence = sequence;
      const g = granule(header);
      if (g !== null) lastGranule = g;
      if ((header[5]! & 0x04) !== 0) ended = true;
      pageBytes += 27 + segments + bodyLength;
    }
    pos += 27 + segments + bodyLength;
  }

  if (!ended && !cutShort && codec) findings.add('truncated', `the stream has no end-of-stream page: the file was cut after page ${page}${at(time())}`);
  if (!codec) {
    if (!findings.has()) findings.add('corrupt-data', 'the file holds no complete Ogg page');
    return findings.result({ kind: 'audio', formatInfo: {} });
  }
  const durationSeconds = time();
  const info: FormatInfo = { ...codec.info };
  if (info.bitrate === undefined && durationSeconds) info.bitrate = Math.round((pageBytes * 8) / durationSeconds);
  return findings.result({ kind: 'audio', formatInfo: info, ...(durationSeconds !== undefined ? { durationSeconds } : {}) });
}
