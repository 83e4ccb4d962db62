/** Interleaved little-endian PCM to float planes in [-1, 1]. */
export interface PcmEncoding {
  type: 'int' | 'float' | 'alaw' | 'mulaw';
  /** Bytes per sample in the file (the container width, which may exceed the valid bits). */
  bytes: number;
}

/** G.711 A-law byte to a linear 16-bit value (ITU-T G.711, table 1). */
function alawToLinear(byte: number): number {
  const a = byte ^ 0x55;
  const exponent = (a >> 4) & 0x07;
  const mantissa = a & 0x0f;
  const magnitude = exponent === 0 ? (mantissa << 4) + 8 : ((mantissa << 4) + 0x108) << (exponent - 1);
  return a & 0x80 ? magnitude : -magnitude;
}

/** G.711 µ-law byte to a linear 16-bit value. */
function mulawToLinear(byte: number): number {
  const u = ~byte & 0xff;
  const exponent = (u >> 4) & 0x07;
  const magnitude = (((u & 0x0f) << 3) + 0x84) << exponent;
  return u & 0x80 ? 0x84 - magnitude : magnitude - 0x84;
}

const ALAW = Float32Array.from({ length: 256 }, (_, i) => alawToLinear(i) / 32768);
const MULAW = Float32Array.from({ length: 256 }, (_, i) => mulawToLinear(i) / 32768);

export function pcmToPlanes(bytes: Uint8Array, frames: number, channels: number, blockAlign: number, encoding: PcmEncoding): Float32Array[] {
  const planes = Array.from({ length: channels }, () => new Float32Array(frames));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = encoding.bytes;
  for (let c = 0; c < channels; c++) {
    const plane = planes[c]!;
    let at = c * width;
    switch (encoding.type) {
      case 'int':
        if (width === 1) for (let i = 0; i < frames; i++, at += blockAlign) plane[i] = (bytes[at]! - 128) / 128;
        else if (width === 2) for (let i = 0; i < frames; i++, at += blockAlign) plane[i] = view.getInt16(at, true) / 32768;
        else if (width === 3) {
          for (let i = 0; i < frames; i++, at += blockAlign) {
            const v = bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16);
            plane[i] = ((v << 8) >> 8) / 8388608;
          }
        } else for (let i = 0; i < frames; i++, at += blockAlign) plane[i] = view.getInt32(at, true) / 2147483648;
        break;
      case 'float':
        if (width === 4) for (let i = 0; i < frames; i++, at += blockAlign) plane[i] = view.getFloat32(at, true);
        else for (let i = 0; i < frames; i++, at += blockAlign) plane[i] = view.getFloat64(at, true);
        break;
      case 'alaw':
        for (let i = 0; i < frames; i++, at += blockAlign) plane[i] = ALAW[bytes[at]!]!;
        break;
      case 'mulaw':
        for (let i = 0; i < frames; i++, at += blockAlign) plane[i] = MULAW[bytes[at]!]!;
        break;
    }
  }
  return planes;
}
