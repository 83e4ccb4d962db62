import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { TarWriter } from '../../../../electron/core/custody/tar';

/**
 * Hostile archives for the import tests: a genuine bag (so that the hostile part is the only
 * thing wrong with it) plus entries our TarWriter would never write. Names go through
 * TarWriter (pax records carry anything); links come from GNU tar itself; headers that lie
 * about a size are made by hand.
 */
async function bagFiles(bag: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string, prefix: string) => {
    for (const entry of (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path.join(dir, entry.name), relative);
      else out.push(relative);
    }
  };
  await walk(bag, '');
  return out;
}

/** The bag as a tar (root folder = the bag folder's name), with `extra` entries written after its files. */
export async function bagTar(bag: string, extra: (tar: TarWriter, root: string) => Promise<void> = async () => undefined, raw: Uint8Array[] = []): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  const tar = new TarWriter(async (chunk) => void parts.push(Uint8Array.from(chunk)));
  const root = path.basename(bag);
  for (const file of await bagFiles(bag)) await tar.addBuffer(`${root}/${file}`, await fs.readFile(path.join(bag, file)));
  await extra(tar, root);
  parts.push(...raw);
  await tar.finish();
  return Buffer.concat(parts);
}

/** A ustar header block, by hand: any type, any link name, any size. */
export function rawHeader(name: string, options: { type?: string; size?: number; linkName?: string } = {}): Buffer {
  const block = Buffer.alloc(512);
  block.write(name, 0, 100, 'utf8');
  block.write('0000644\0', 100, 'latin1');
  block.write('0000000\0', 108, 'latin1');
  block.write('0000000\0', 116, 'latin1');
  block.write(`${(options.size ?? 0).toString(8).padStart(11, '0')}\0`, 124, 'latin1');
  block.write('00000000000\0', 136, 'latin1');
  block.fill(0x20, 148, 156);
  block.write(options.type ?? '0', 156, 'latin1');
  if (options.linkName) block.write(options.linkName, 157, 100, 'utf8');
  block.write('ustar\0', 257, 'latin1');
  block.write('00', 263, 'latin1');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return block;
}

/** A pax extended header giving `records` to the next entry (e.g. a size no ustar field can hold). */
export function paxHeader(records: Record<string, string>): Buffer {
  const body = Object.entries(records)
    .map(([key, value]) => {
      const text = ` ${key}=${value}\n`;
      let length = Buffer.byteLength(text) + 1;
      while (String(length).length + Buffer.byteLength(text) !== length) length = String(length).length + Buffer.byteLength(text);
      return `${length}${text}`;
    })
    .join('');
  const data = Buffer.from(body, 'utf8');
  const padding = Buffer.alloc((512 - (data.length % 512)) % 512);
  return Buffer.concat([rawHeader('PaxHeader', { type: 'x', size: data.length }), data, padding]);
}

/** The bag with a symbolic link and a hard link beside its files, archived by GNU tar. */
export async function gnuTarWithLink(bag: string, work: string, kind: 'symlink' | 'hardlink', target: string): Promise<Buffer> {
  const copy = path.join(work, path.basename(bag));
  await fs.cp(bag, copy, { recursive: true });
  const link = path.join(copy, 'data', 'originals', 'link');
  if (kind === 'symlink') await fs.symlink(target, link);
  else await fs.link(path.join(copy, 'bag-info.txt'), link);
  return execFileSync('tar', ['--format=pax', '--sort=name', '-cf', '-', '-C', work, path.basename(bag)], { maxBuffer: 256 * 1024 * 1024 });
}

/** Encrypts with the stock age tool, as any sender could. */
export function ageEncrypt(plaintext: Buffer, recipient: string): Buffer {
  return execFileSync('age', ['-r', recipient], { input: plaintext, maxBuffer: 256 * 1024 * 1024 });
}
