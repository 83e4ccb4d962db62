import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { readTar, TarWriter } from '../../../../electron/core/custody/tar';
import { tempDir } from '../../helpers/temp-dir';

async function archive(files: [string, Buffer][]): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  const writer = new TarWriter(async (c) => void parts.push(Buffer.from(c)));
  for (const [name, data] of files) await writer.addFile(name, data.length, [data.subarray(0, 7), data.subarray(7)]);
  await writer.finish();
  return Buffer.concat(parts);
}

async function* pieces(data: Buffer, size: number) {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

async function entries(data: Buffer, pieceSize = 1000) {
  const out: [string, Buffer][] = [];
  await readTar(
    pieces(data, pieceSize),
    async (entry, content) => {
      const chunks: Buffer[] = [];
      for await (const c of content) chunks.push(Buffer.from(c));
      if (entry.type === 'file') out.push([entry.path, Buffer.concat(chunks)]);
    },
    { maxEntrySize: 10 * 1024 * 1024, maxEntries: 1000 },
  );
  return out;
}

describe('tar', () => {
  const files: [string, Buffer][] = [
    ['bagit.txt', Buffer.from('BagIt-Version: 1.0\n')],
    ['data/originals/SY-1/recording.wav', randomBytes(3000)],
    ['data/metadata/ش-2024-001/سجل الشهادة.json', Buffer.from('{"title":"شهادة"}')],
    [`data/${'long-folder-name/'.repeat(10)}file.txt`, randomBytes(513)],
    ['empty.txt', Buffer.alloc(0)],
  ];

  it('writes archives GNU tar extracts exactly, UTF-8 and long names included', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'bag.tar');
    await fs.writeFile(file, await archive(files));
    execFileSync('tar', ['-xf', file, '-C', dir]);
    for (const [name, data] of files) expect((await fs.readFile(path.join(dir, name))).equals(data)).toBe(true);
  });

  it('reads back what it writes, and what GNU tar writes, whatever the piece sizes', async () => {
    expect(await entries(await archive(files), 1)).toEqual(files);
    const dir = await tempDir();
    for (const [name, data] of files) {
      await fs.mkdir(path.join(dir, 'src', path.dirname(name)), { recursive: true });
      await fs.writeFile(path.join(dir, 'src', name), data);
    }
    const gnu = execFileSync('tar', ['--format=pax', '-cf', '-', '-C', path.join(dir, 'src'), ...files.map(([n]) => n)]);
    expect(await entries(gnu, 777)).toEqual(files);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 5000 }), async (size) => {
        expect(await entries(await archive(files), size)).toEqual(files);
      }),
      { numRuns: 20 },
    );
  });

  it('refuses links, a damaged header, a truncated archive and oversized entries', async () => {
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, 'target'), 'x');
    await fs.symlink('/etc/passwd', path.join(dir, 'link'));
    const withLink = execFileSync('tar', ['-cf', '-', '-C', dir, 'link']);
    await expect(entries(withLink)).rejects.toThrow(/symbolic link/);
    const good = await archive(files);
    const damaged = Buffer.from(good);
    damaged[10]! ^= 1;
    await expect(entries(damaged)).rejects.toThrow(/checksum/);
    await expect(entries(good.subarray(0, 1700))).rejects.toThrow(/ends/);
    await expect(
      readTar(pieces(good, 512), async () => undefined, { maxEntrySize: 100, maxEntries: 10 }),
    ).rejects.toThrow(/larger than/);
  });
});
