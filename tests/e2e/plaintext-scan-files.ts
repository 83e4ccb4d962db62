import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The plaintext scan's tools (issue 7): unique markers, a marker WAV, and a byte search over
 * folders. Markers are random per run, so no source file, log or earlier run can hold them.
 */
export interface Needle {
  label: string;
  bytes: Buffer;
}

export function markers() {
  const hex = () => randomBytes(6).toString('hex');
  return { title: `ttl${hex()}`, person: `prs${hex()}`, transcript: `trn${hex()}`, audioTag: `aud${hex()}` };
}

/** Each marker as UTF-8, UTF-16LE and UTF-16BE (how Chromium's stores and V8 may keep text). */
export function textNeedles(values: Readonly<Record<string, string>>): Needle[] {
  return Object.entries(values).flatMap(([label, value]) => {
    const le = Buffer.from(value, 'utf16le');
    const be = Buffer.from(le).swap16();
    return [
      { label: `${label} (UTF-8)`, bytes: Buffer.from(value, 'utf8') },
      { label: `${label} (UTF-16LE)`, bytes: le },
      { label: `${label} (UTF-16BE)`, bytes: be },
    ];
  });
}

/**
 * A 16-bit mono WAV: 3 s of a 7919 Hz sine (a prime: no ordinary recording repeats its bytes)
 * and a LIST/INFO comment holding `tag`. Returns the file's bytes and a window of its PCM
 * data that a plaintext copy of the audio anywhere would contain.
 */
export function markerWav(tag: string): { bytes: Buffer; pcmWindow: Buffer } {
  const rate = 44_100;
  const samples = rate * 3;
  const pcm = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) pcm.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 7919 * i) / rate) * 12_345), i * 2);
  const comment = Buffer.from(`${tag}\0`, 'ascii');
  const icmt = Buffer.concat([Buffer.from('ICMT'), u32(comment.length), comment, Buffer.alloc(comment.length & 1)]);
  const list = Buffer.concat([Buffer.from('LIST'), u32(4 + icmt.length), Buffer.from('INFO'), icmt]);
  const fmt = Buffer.alloc(24);
  fmt.write('fmt ', 0, 'ascii');
  fmt.writeUInt32LE(16, 4);
  fmt.writeUInt16LE(1, 8);
  fmt.writeUInt16LE(1, 10);
  fmt.writeUInt32LE(rate, 12);
  fmt.writeUInt32LE(rate * 2, 16);
  fmt.writeUInt16LE(2, 20);
  fmt.writeUInt16LE(16, 22);
  const data = Buffer.concat([Buffer.from('data'), u32(pcm.length), pcm]);
  const body = Buffer.concat([Buffer.from('WAVE'), fmt, data, list]);
  const bytes = Buffer.concat([Buffer.from('RIFF'), u32(body.length), body]);
  return { bytes, pcmWindow: pcm.subarray(rate, rate + 512) };
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

/** The temp folder's top-level names, to tell what a test created there. */
export async function tempEntries(): Promise<Set<string>> {
  return new Set(await fs.readdir(os.tmpdir()));
}

const MAX_FILE = 256 * 1024 * 1024;

/** Every regular file under `root` (links not followed; files that vanish meanwhile skipped). */
async function filesUnder(root: string): Promise<string[]> {
  const stat = await fs.lstat(root).catch(() => null);
  if (!stat) return [];
  if (stat.isFile()) return [root];
  if (!stat.isDirectory()) return [];
  const names = await fs.readdir(root, { recursive: true }).catch(() => [] as string[]);
  const out: string[] = [];
  for (const name of names) {
    const full = path.join(root, String(name));
    const s = await fs.lstat(full).catch(() => null);
    if (s?.isFile()) out.push(full);
  }
  return out;
}

export interface ScanResult {
  files: number;
  bytes: number;
  hits: { file: string; needle: string }[];
  /** Files over MAX_FILE (another process's, in a shared temp folder): listed, not read. */
  skipped: string[];
}

/** Searches every file under `roots` for every needle. */
export async function scan(roots: readonly string[], needles: readonly Needle[]): Promise<ScanResult> {
  const result: ScanResult = { files: 0, bytes: 0, hits: [], skipped: [] };
  for (const root of roots) {
    for (const file of await filesUnder(root)) {
      const size = (await fs.stat(file).catch(() => null))?.size ?? 0;
      if (size > MAX_FILE) {
        result.skipped.push(file);
        continue;
      }
      const bytes = await fs.readFile(file).catch(() => null);
      if (!bytes) continue;
      result.files++;
      result.bytes += bytes.length;
      for (const needle of needles) if (bytes.includes(needle.bytes)) result.hits.push({ file, needle: needle.label });
    }
  }
  return result;
}
