import { u16be, u24be } from './bytes';
import { at, clock, plural } from './describe';
import { FlacFrameScanner } from './flac-frames';
import { Findings, type Inspection } from './types';
import { read, scan, type Walk, type WalkSource } from './walker';

/**
 * FLAC (RFC 9639): the metadata blocks (each must fit the file), STREAMINFO (sample rate,
 * channels, total samples → duration), then every frame found and checked (flac-frames.ts).
 *
 * Detected: a file cut inside the metadata; a file cut inside a frame or at a frame boundary
 * (the frames found end before STREAMINFO's total, or the last frame fails its CRC-16); a
 * frame whose bytes were altered (CRC-16); frames missing from the middle (numbering gap).
 * Not detected: damage that keeps every CRC valid (a deliberate re-encode), and a cut when
 * STREAMINFO gives no total (streamed encoders may leave it 0) and the cut falls exactly
 * between two frames.
 */
interface StreamInfo {
  minBlock: number;
  maxBlock: number;
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  totalSamples: number;
}

function parseStreamInfo(b: Uint8Array): StreamInfo {
  const sampleRate = (b[10]! << 12) | (b[11]! << 4) | (b[12]! >> 4);
  return {
    minBlock: u16be(b, 0),
    maxBlock: u16be(b, 2),
    sampleRate,
    channels: ((b[12]! >> 1) & 7) + 1,
    bitsPerSample: (((b[12]! & 1) << 4) | (b[13]! >> 4)) + 1,
    totalSamples: (b[13]! & 0x0f) * 0x100000000 + u24be(b, 14) * 0x100 + b[17]!,
  };
}

export function* inspectFlac(source: WalkSource): Walk<Inspection> {
  const findings = new Findings();
  let info: StreamInfo | null = null;
  let pos = 4;
  for (;;) {
    const header = yield* read(pos, 4);
    if (header.length < 4) {
      findings.add('truncated', `the file ends inside its metadata, at byte ${pos.toLocaleString('en-US')}, before any audio`);
      return findings.result({ kind: 'audio', formatInfo: {} });
    }
    const type = header[0]! & 0x7f;
    const length = u24be(header, 1);
    if (type === 127) {
      findings.add('corrupt-data', `an invalid metadata block at byte ${pos.toLocaleString('en-US')}`);
      break;
    }
    if (type === 0 && info === null) {
      const body = yield* read(pos + 4, 34);
      if (body.length < 34) {
        findings.add('truncated', 'the file ends inside its STREAMINFO block, before any audio');
        return findings.result({ kind: 'audio', formatInfo: {} });
      }
      info = parseStreamInfo(body);
    }
    pos += 4 + length;
    if ((header[0]! & 0x80) !== 0) break;
  }
  if (!info || info.sampleRate === 0) {
    findings.add('corrupt-data', 'the file has no valid STREAMINFO block, so its audio cannot be measured');
    return findings.result({ kind: 'audio', formatInfo: { codec: 'flac' } });
  }
  const rate = info.sampleRate;
  const time = (sample: number) => sample / rate;
  const scanner = new FlacFrameScanner(info.minBlock === info.maxBlock ? info.maxBlock : 0, {
    // Called before the scanner moves on: its firstSample is still the previous frame's.
    frame(index, _firstSample, _blockSize, damagedPrevious) {
      if (damagedPrevious) findings.add('bad-checksum', `frame ${index.toLocaleString('en-US')}${at(time(scanner.firstSample))} fails its CRC check: its bytes were altered`);
    },
    gap(expected, found) {
      findings.add('corrupt-data', `${plural(found - expected, 'sample')} of audio are missing from ${clock(time(expected))} to ${clock(time(found))}`);
    },
  });
  const end = yield* scan(pos, scanner.visit);
  const total = source.total ?? end.at;

  const formatInfo = { codec: 'flac', sampleRate: rate, channels: info.channels };
  let decodable: number;
  if (scanner.frames === 0) {
    decodable = 0;
    if (info.totalSamples > 0) findings.add('truncated', `the file ends at byte ${total.toLocaleString('en-US')}, before its first audio frame; STREAMINFO announces ${clock(time(info.totalSamples))}`);
    else findings.add('no-audio', 'the FLAC file holds no audio frame');
  } else {
    const lastIntact = scanner.crc === 0;
    const lastEnd = scanner.firstSample + scanner.blockSize;
    decodable = lastIntact ? lastEnd : scanner.firstSample;
    const number = scanner.frames.toLocaleString('en-US');
    if (info.totalSamples > 0 && lastEnd < info.totalSamples) {
      const where = lastIntact ? `after frame ${number}${at(time(lastEnd))}` : `in the middle of frame ${number}${at(time(scanner.firstSample))}`;
      findings.add('truncated', `the file ends ${where}; STREAMINFO announces ${clock(time(info.totalSamples))}`);
    } else if (!lastIntact) {
      findings.add('truncated', `the last frame (${number}${at(time(scanner.firstSample))}) is cut short or damaged`);
    }
  }
  const durationSeconds = time(findings.has('truncated') || info.totalSamples === 0 ? decodable : info.totalSamples);
  const bitrate = durationSeconds > 0 ? Math.round(((total - pos) * 8) / durationSeconds) : undefined;
  return findings.result({ kind: 'audio', durationSeconds, formatInfo: { ...formatInfo, ...(bitrate ? { bitrate } : {}) } });
}
