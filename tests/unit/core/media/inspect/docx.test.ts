import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { docxFile, truncatedCopy } from '../../../helpers/media-files';
import { inspectFile, inspected } from '../../../helpers/inspect';
import { tempDir } from '../../../helpers/temp-dir';

describe('DOCX inspection', () => {
  it('accepts a DOCX whose central directory lists its parts', async () => {
    const file = await docxFile(await tempDir(), 'statement.docx', 'شهادة مكتوبة');
    expect(execFileSync('unzip', ['-l', file]).toString()).toMatch(/word\/document\.xml/);
    expect(await inspected(file)).toEqual({ kind: 'document', damageDetail: '', formatInfo: { codec: 'docx' } });
  });

  it('flags a DOCX cut at 60 % (no end of the central directory) as truncated', async () => {
    const file = await docxFile(await tempDir(), 'statement.docx', 'Written statement. '.repeat(200));
    const result = await inspected(await truncatedCopy(file, 0.6));
    expect(result.damage).toBe('truncated');
    expect(result.damageDetail).toMatch(/central directory\) is missing/);
  });

  it('flags a DOCX without word/document.xml, naming the missing part', async () => {
    const file = await docxFile(await tempDir(), 'statement.docx', '', 'no-document');
    const result = await inspected(file);
    expect(result.damage).toBe('corrupt-data');
    expect(result.damageDetail).toBe("Word/document.xml is not listed in the archive's central directory, so word processors cannot open it.");
  });

  it('does not take a ZIP archive for a DOCX', async () => {
    const dir = await tempDir();
    execFileSync('zip', ['-X', '-q', 'archive.zip', '/etc/hostname'], { cwd: dir });
    expect(await inspectFile(`${dir}/archive.zip`)).toEqual({ unsupported: 'application/zip' });
  });
});
