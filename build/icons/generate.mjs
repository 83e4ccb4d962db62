// Draws the app icon (a shield with a keyhole on a teal tile) and writes build/icons/icon.png,
// 512×512, which electron-builder turns into the .ico, .icns and Linux sizes. Code instead of
// a committed design file: the icon is small, reviewable and reproducible.
//   node build/icons/generate.mjs
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SUPERSAMPLE = 4;
const TILE = [0x1d, 0x4b, 0x5a];
const TILE_LIGHT = [0x2a, 0x66, 0x78];
const SHIELD = [0xf3, 0xef, 0xe6];

function insideRoundedSquare(x, y, inset, radius) {
  const lo = inset + radius;
  const hi = 1 - inset - radius;
  const dx = Math.max(lo - x, 0, x - hi);
  const dy = Math.max(lo - y, 0, y - hi);
  return x >= inset && x <= 1 - inset && y >= inset && y <= 1 - inset && dx * dx + dy * dy <= radius * radius;
}

function insideShield(x, y) {
  const half = 0.23;
  if (y < 0.2 || y > 0.84) return false;
  if (y <= 0.52) return Math.abs(x - 0.5) <= half;
  const t = (y - 0.52) / 0.32;
  return Math.abs(x - 0.5) <= half * Math.sqrt(1 - t * t);
}

function insideKeyhole(x, y) {
  const dx = x - 0.5;
  const dy = y - 0.45;
  if (dx * dx + dy * dy <= 0.07 * 0.07) return true;
  if (y < 0.47 || y > 0.68) return false;
  const half = 0.028 + ((y - 0.47) / 0.21) * 0.02;
  return Math.abs(dx) <= half;
}

/** Colour and coverage of one sample point (coordinates 0..1). */
function sample(x, y) {
  if (!insideRoundedSquare(x, y, 0.03, 0.18)) return null;
  if (insideShield(x, y) && !insideKeyhole(x, y)) return SHIELD;
  const mix = y;
  return TILE_LIGHT.map((c, i) => c + ((TILE[i] ?? 0) - c) * mix);
}

function render() {
  const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let py = 0; py < SIZE; py += 1) {
    const rowStart = py * (SIZE * 4 + 1);
    rows[rowStart] = 0; // PNG filter: none
    for (let px = 0; px < SIZE; px += 1) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy += 1) {
        for (let sx = 0; sx < SUPERSAMPLE; sx += 1) {
          const colour = sample((px + (sx + 0.5) / SUPERSAMPLE) / SIZE, (py + (sy + 0.5) / SUPERSAMPLE) / SIZE);
          if (colour === null) continue;
          covered += 1;
          for (let i = 0; i < 3; i += 1) sum[i] += colour[i];
        }
      }
      const at = rowStart + 1 + px * 4;
      for (let i = 0; i < 3; i += 1) rows[at + i] = covered === 0 ? 0 : Math.round(sum[i] / covered);
      rows[at + 3] = Math.round((covered / (SUPERSAMPLE * SUPERSAMPLE)) * 255);
    }
  }
  return rows;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

export function iconPng() {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(render(), { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'icon.png');
writeFileSync(out, iconPng());
process.stdout.write(`icons: wrote ${path.relative(process.cwd(), out)}\n`);
