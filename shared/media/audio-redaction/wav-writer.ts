/**
 * 16-bit PCM WAV from float planes: the lossless form of a redacted recording, written as a
 * header then blocks (a long recording is never whole in memory). Samples are rounded, not
 * dithered, so the same input always gives the same file (its hash means something).
 */
export function wavHeader16(frames: number, channels: number, sampleRate: number): Uint8Array<ArrayBuffer> {
  if (!Number.isInteger(channels) || channels < 1 || channels > 8) throw new RangeError('A WAV file needs 1 to 8 channels.');
  const dataBytes = frames * channels * 2;
  if (dataBytes > 0xffffffff - 36) throw new RangeError('The audio is too long for one WAV file (4 GiB).');
  const bytes = new Uint8Array(44);
  const view = new DataView(bytes.buffer);
  const ascii = (at: number, text: string) => [...text].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, channels, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * channels * 2, true);
  view.setUint16(32, channels * 2, true);
  view.setUint16(34, 16, true);
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  return bytes;
}

/** Interleaved 16-bit little-endian samples of a block of planes. */
export function pcm16Block(planes: readonly Float32Array[]): Uint8Array<ArrayBuffer> {
  const frames = planes[0]?.length ?? 0;
  if (planes.some((p) => p.length !== frames)) throw new RangeError('Every channel must have the same number of samples.');
  const bytes = new Uint8Array(frames * planes.length * 2);
  const view = new DataView(bytes.buffer);
  let at = 0;
  for (let i = 0; i < frames; i++) {
    for (const plane of planes) {
      const s = Math.max(-1, Math.min(1, plane[i]!));
      view.setInt16(at, Math.round(s < 0 ? s * 0x8000 : s * 0x7fff), true);
      at += 2;
    }
  }
  return bytes;
}

/** A whole WAV file (short recordings, tests). */
export function encodeWav16(planes: readonly Float32Array[], sampleRate: number): Uint8Array<ArrayBuffer> {
  const header = wavHeader16(planes[0]?.length ?? 0, planes.length, sampleRate);
  const body = pcm16Block(planes);
  const out = new Uint8Array(header.length + body.length);
  out.set(header);
  out.set(body, header.length);
  return out;
}
