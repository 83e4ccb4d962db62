import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writePublication } from '../../../../electron/core/publish/write-publication';
import { tempDir } from '../../helpers/temp-dir';

const files = (entries: Record<string, string>) => new Map(Object.entries(entries).map(([k, v]) => [k, new Uint8Array(Buffer.from(v))]));

describe('writing a publication folder', () => {
  it('never replaces an earlier publication: the next one is publication-2', async () => {
    const out = await tempDir();
    await fs.mkdir(path.join(out, 'publication'));
    await fs.writeFile(path.join(out, 'publication', 'narrative.md'), 'earlier');
    const written = await writePublication(out, files({ 'narrative.md': 'new', 'metadata.json': '{}' }));
    expect(written).toEqual({ folder: path.join(out, 'publication-2'), files: ['narrative.md', 'metadata.json'] });
    expect(await fs.readFile(path.join(out, 'publication', 'narrative.md'), 'utf8')).toBe('earlier');
    expect(await fs.readFile(path.join(out, 'publication-2', 'narrative.md'), 'utf8')).toBe('new');
    expect((await fs.readdir(out)).sort()).toEqual(['publication', 'publication-2']);
  });

  it('leaves nothing behind when a file cannot be written', async () => {
    const out = await tempDir();
    await fs.writeFile(path.join(out, 'mine.txt'), 'keep');
    // A name the folder cannot hold (a sub-folder that does not exist): the write fails half-way.
    await expect(writePublication(out, files({ 'narrative.md': 'text', 'missing/metadata.json': '{}' }))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await fs.readdir(out)).toEqual(['mine.txt']);
  });

  it('says so when the chosen folder is gone or is a file', async () => {
    const out = await tempDir();
    await expect(writePublication(path.join(out, 'gone'), files({ 'a.md': 'x' }))).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
    await fs.writeFile(path.join(out, 'file'), 'x');
    await expect(writePublication(path.join(out, 'file'), files({ 'a.md': 'x' }))).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});
