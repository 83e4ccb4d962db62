import { ascii, u16le, u32le, u64le } from './bytes';
import type { ByteReader } from './byte-reader';
import { DemuxError } from './demux-error';
import { pcmToPlanes, type PcmEncoding } from './pcm';
import type { PcmTrack } from './types';

/**
 * WAV (RIFF WAVE, and RF64/BW64 for files past 4 GiB): PCM needs no decoder, so the samples
 * go straight to the peaks. Integer PCM of 8 (unsigned), 16, 24 and 32 bits, float of 32 and
 * 64 bits, G.711 A-law and µ-law; WAVE_FORMAT_EXTENSIBLE with those sub-formats.
 */
const FORMAT_PCM = 1;
const FORMAT_FLOAT = 3;
const FORMAT_ALAW = 6;
const FORMAT_MULAW = 7;
const FORMAT_EXTENSIBLE = 0xfffe;
/** Chunk sizes an interrupted or streaming writer leaves in place of the real one. */
const UNKNOWN_SIZES = new Set([0, 0xffffffff]);

interface Format {
  tag: number;
  channels: number;
  sampleRate: number;
  blockAlign: number;
  bits: number;
}

function parseFmt(b: Uint8Array): Format {
  if (b.length < 16) throw new DemuxError('damaged', 'The WAV format chunk is shorter than 16 bytes.');
  let tag = u16le(b, 0);
  if (tag === FORMAT_EXTENSIBLE && b.length >= 40) tag = u16le(b, 24); // the sub-format GUID starts with the tag
  return { tag, channels: u16le(b, 2), sampleRate: u32le(b, 4), blockAlign: u16le(b, 12), bits: u16le(b, 14) };
}

function encodingOf(format: Format): PcmEncoding {
  const { tag, bits, blockAlign, channels } = format;
  const container = channels > 0 ? (blockAlign / channels) * 8 : 0;
  if (tag === FORMAT_PCM && [8, 16, 24, 32].includes(container)) return { type: 'int', bytes: container / 8 };
  if (tag === FORMAT_FLOAT && (container === 32 || container === 64)) return { type: 'float', bytes: container / 8 };
  if (tag === FORMAT_ALAW && container === 8) return { type: 'alaw', bytes: 1 };
  if (tag === FORMAT_MULAW && container === 8) return { type: 'mulaw', bytes: 1 };
  throw new DemuxError('unsupported', `WAV audio of format ${tag} with ${bits}-bit samples is not supported (PCM, float, A-law and µ-law are).`);
}

export async function openWav(reader: ByteReader): Promise<PcmTrack> {
  await reader.ensure(12);
  const head = reader.peek(12);
  const riff = ascii(head, 0, 4);
  if ((riff !== 'RIFF' && riff !== 'RF64' && riff !== 'BW64') || ascii(head, 8, 4) !== 'WAVE') {
    throw new DemuxError('damaged', 'This is not a RIFF WAVE file.');
  }
  reader.skip(12);
  let format: Format | null = null;
  let dataSize64: number | null = null;
  for (;;) {
    if (!(await reader.ensure(8))) throw new DemuxError(format ? 'empty' : 'damaged', 'The WAV file ends before its audio data.');
    const header = reader.peek(8);
    const id = ascii(header, 0, 4);
    const size = u32le(header, 4);
    reader.skip(8);
    if (id === 'data') {
      if (!format) throw new DemuxError('damaged', 'The WAV audio data comes before its format chunk.');
      const declared = size === 0xffffffff && dataSize64 !== null ? dataSize64 : size;
      // A recorder that died leaves 0 or 0xFFFFFFFF; a copy cut short holds less than declared.
      const available = reader.remaining;
      const dataSize = UNKNOWN_SIZES.has(declared) || declared > available ? available : declared;
      return pcmTrack(reader, format, dataSize);
    }
    if (size > reader.remaining) throw new DemuxError('damaged', `The WAV chunk "${id}" runs past the end of the file.`);
    if (id === 'fmt ' || id === 'ds64') {
      if (!(await reader.ensure(size))) throw new DemuxError('damaged', `The WAV chunk "${id}" is cut short.`);
      const body = reader.peek(size);
      if (id === 'fmt ') format = parseFmt(body);
      else if (size >= 16) dataSize64 = u64le(body, 8);
    }
    reader.skip(size + (size & 1)); // chunks are padded to an even length
  }
}

function pcmTrack(reader: ByteReader, format: Format, dataSize: number): PcmTrack {
  const { channels, sampleRate, blockAlign } = format;
  if (channels < 1 || sampleRate < 1 || blockAlign < 1) throw new DemuxError('damaged', 'The WAV format chunk declares no channels, no sample rate or no frame size.');
  const encoding = encodingOf(format);
  const frames = Math.floor(dataSize / blockAlign);
  if (frames === 0) throw new DemuxError('empty', 'The WAV file holds no audio samples.');
  const start = reader.position;
  const framesPerBlock = Math.max(1, Math.floor((1024 * 1024) / blockAlign));
  return {
    kind: 'pcm',
    container: 'wav',
    sampleRate,
    numberOfChannels: channels,
    skipSeconds: 0,
    durationSeconds: frames / sampleRate,
    async *blocks() {
      reader.seek(start);
      let left = frames;
      while (left > 0) {
        const count = Math.min(left, framesPerBlock);
        await reader.ensure(count * blockAlign);
        const bytes = reader.peek(count * blockAlign);
        const got = Math.floor(bytes.length / blockAlign);
        if (got === 0) return;
        const planes = pcmToPlanes(bytes, got, channels, blockAlign, encoding);
        reader.skip(got * blockAlign);
        left -= got;
        yield planes;
      }
    },
  };
}
