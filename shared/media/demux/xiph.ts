import { concatBytes } from './bytes';

/**
 * Xiph lacing of codec headers: a count byte (packets - 1), each length but the last as runs
 * of 255 plus a remainder, then the packets. The form WebCodecs and Matroska take for Vorbis.
 */
export function xiphLace(packets: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const sizes: number[] = [packets.length - 1];
  for (const packet of packets.slice(0, -1)) {
    let n = packet.length;
    while (n >= 255) {
      sizes.push(255);
      n -= 255;
    }
    sizes.push(n);
  }
  return concatBytes([new Uint8Array(sizes), ...packets]);
}
