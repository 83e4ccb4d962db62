import type { FormatInfo } from '../../../../shared/domain/media';
import { ascii, fourCc, isPrintableFourCc, u16le, u32le } from './bytes';
import { at, byteAt, clock } from './describe';
import { Findings, type Inspection } from './types';
import { read, toEnd, type Walk, type WalkSource } from './walker';

/**
 * WAV (RIFF WAVE): chunk sizes against the file size, the fmt chunk, and the duration from the
 * data size and the byte rate. A WAV with no audio (an empty data chunk, 0 seconds) is kept
 * and flagged `no-audio`: it is what was handed over, and the flag tells the person at once
 * that there is nothing to listen to. A header that was never finalised (a recorder that died:
 * sizes left at 0 or 0xFFFFFFFF) is flagged `size-mismatch`, and the audio that follows is
 * measured to the end of the file.
 */
const UNSET = 0xffffffff;

const PCM_NAMES: Record<number, string> = { 8: 'pcm_u8', 16: 'pcm_s16le', 24: 'pcm_s24le', 32: 'pcm_s32le' };
const OTHER_CODECS: Record<number, string> = { 0x0006: 'pcm_alaw', 0x0007: 'pcm_mulaw', 0x0011: 'adpcm_ima_wav', 0x0002: 'adpcm_ms', 0x0055: 'mp3', 0x0031: 'gsm_ms' };

interface Fmt {
  codec: string;
  channels: number;
  sampleRate: number;
  byteRate: number;
  blockAlign: number;
}

function parseFmt(body: Uint8Array): Fmt | null {
  if (body.length < 16) return null;
  let tag = u16le(body, 0);
  const channels = u16le(body, 2);
  const sampleRate = u32le(body, 4);
  const blockAlign = u16le(body, 12);
  const bits = u16le(body, 14);
  // WAVE_FORMAT_EXTENSIBLE: the real format is the first two bytes of the sub-format GUID.
  if (tag === 0xfffe && body.length >= 26) tag = u16le(body, 24);
  let codec: string;
  if (tag === 1) codec = PCM_NAMES[bits] ?? `pcm_${bits}bit`;
  else if (tag === 3) codec = bits === 64 ? 'pcm_f64le' : 'pcm_f32le';
  else codec = OTHER_CODECS[tag] ?? `wav format 0x${tag.toString(16).padStart(4, '0')}`;
  const pcm = tag === 1 || tag === 3 || tag === 6 || tag === 7;
  // For PCM the byte rate follows from the other fields; trust that over a wrong header value.
  const byteRate = pcm && blockAlign > 0 ? sampleRate * blockAlign : u32le(body, 8);
  return { codec, channels, sampleRate, byteRate, blockAlign };
}

export function* inspectWav(source: WalkSource): Walk<Inspection> {
  const findings = new Findings();
  const head = yield* read(0, 12);
  const riffSize = u32le(head, 4);
  const riffUnset = riffSize === 0 || riffSize === UNSET;
  const riffEnd = riffUnset ? Infinity : 8 + riffSize + (riffSize & 1);
  let fmt: Fmt | null = null;
  let data: { start: number; declared: number | null } | null = null;
  let pos = 12;

  while (pos < riffEnd) {
    const header = yield* read(pos, 8);
    if (header.length === 0) break;
    if (header.length < 8) {
      findings.add('truncated', `the file ends inside the header of a chunk at ${byteAt(pos)}`);
      break;
    }
    const id = ascii(header, 0, 4);
    const size = u32le(header, 4);
    if (!isPrintableFourCc(header)) {
      findings.add('corrupt-data', `unreadable bytes where a chunk should start, at ${byteAt(pos)}`);
      break;
    }
    const body = pos + 8;
    if (id === 'fmt ') {
      fmt = parseFmt(yield* read(body, Math.min(size, 64)));
      if (!fmt) findings.add('corrupt-data', `the format chunk ("fmt ") is too short (${size} bytes)`);
    } else if (id === 'data' && data === null) {
      if (size === 0 || size === UNSET) {
        // Either truly empty, or a header never finalised: look at what follows.
        const next = yield* read(body, 8);
        const empty = size === 0 && (next.length === 0 || (next.length === 8 && isPrintableFourCc(next) && /^[A-Za-z0-9 _-]{4}$/.test(fourCc(next))));
        if (!empty) {
          findings.add('size-mismatch', 'the header was never finalised (it gives no size for the audio): the audio that follows is kept and measured to the end of the file');
          data = { start: body, declared: null };
          break;
        }
      }
      data = { start: body, declared: size };
    }
    pos = body + size + (size & 1);
  }

  const total = source.total ?? (yield* toEnd(pos));
  const info: FormatInfo = {};
  if (fmt) Object.assign(info, { codec: fmt.codec, sampleRate: fmt.sampleRate, channels: fmt.channels, bitrate: fmt.byteRate * 8 });
  let durationSeconds: number | undefined;

  if (!fmt && !findings.has()) findings.add(total < riffEnd ? 'truncated' : 'corrupt-data', 'the file has no format chunk ("fmt "), so its audio cannot be read');
  if (data) {
    const available = Math.max(0, total - data.start);
    const declared = data.declared ?? available;
    const bytes = Math.min(declared, available);
    if (fmt && fmt.byteRate > 0) {
      const whole = fmt.blockAlign > 0 ? bytes - (bytes % fmt.blockAlign) : bytes;
      durationSeconds = whole / fmt.byteRate;
      if (bytes < declared) {
        findings.add('truncated', `the file ends in the middle of the audio${at(durationSeconds)}; its header announces ${clock(declared / fmt.byteRate)}`);
      }
    } else if (bytes < declared) findings.add('truncated', `the file ends in the middle of the audio data, at ${byteAt(total)}`);
    if (declared === 0) findings.add('no-audio', 'the WAV file holds no audio: its data chunk is empty (0 seconds)');
  } else if (fmt && !findings.has()) {
    findings.add(total < riffEnd ? 'truncated' : 'no-audio', total < riffEnd ? `the file ends at ${byteAt(total)}, before its audio data` : 'the WAV file has no data chunk: it holds no audio');
  }

  if (riffUnset && !findings.has('size-mismatch')) findings.add('size-mismatch', 'the RIFF header was never finalised (it gives no file size)');
  else if (!riffUnset && total < 8 + riffSize && !findings.has('truncated')) {
    findings.add('truncated', `the file has ${total.toLocaleString('en-US')} bytes where its RIFF header announces ${(8 + riffSize).toLocaleString('en-US')}`);
  } else if (!riffUnset && total > riffEnd) {
    findings.add('size-mismatch', `${(total - riffEnd).toLocaleString('en-US')} bytes follow the end of the RIFF data announced by the header`);
  }
  const result: Omit<Inspection, 'damage' | 'damageDetail'> = { kind: 'audio', formatInfo: info };
  if (durationSeconds !== undefined) result.durationSeconds = durationSeconds;
  return findings.result(result);
}
