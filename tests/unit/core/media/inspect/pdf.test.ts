import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { minimalPdf, truncatedCopy } from '../../../helpers/media-files';
import { inspected } from '../../../helpers/inspect';
import { tempDir } from '../../../helpers/temp-dir';

describe('PDF inspection', () => {
  it('reads the version and counts the pages as pdfinfo does', async () => {
    const file = path.join(await tempDir(), 'statement.pdf');
    await fs.writeFile(file, minimalPdf(3));
    expect(execFileSync('pdfinfo', [file]).toString()).toMatch(/^Pages:\s+3$/m);
    expect(await inspected(file)).toEqual({ kind: 'document', damageDetail: '', formatInfo: { codec: 'pdf-1.4', pages: 3 } });
  });

  it('finds the page count across piece boundaries', async () => {
    const file = path.join(await tempDir(), 'long.pdf');
    await fs.writeFile(file, minimalPdf(40));
    for (const pieces of [[1], [7, 13], [64]]) expect((await inspected(file, pieces)).formatInfo.pages).toBe(40);
  });

  it('flags a PDF cut at 60 % (no %%EOF at the end) as truncated', async () => {
    const file = path.join(await tempDir(), 'statement.pdf');
    await fs.writeFile(file, minimalPdf(3));
    const result = await inspected(await truncatedCopy(file, 0.6));
    expect(result.damage).toBe('truncated');
    expect(result.damageDetail).toMatch(/^The file ends at byte [\d,]+ without the %%EOF marker/);
  });
});
