import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeText, docxText, textParagraphs } from '../../../../../../renderer/src/features/originals/viewer/document-text';
import { ZipError, zipEntry } from '../../../../../../renderer/src/features/originals/viewer/zip-entry';

const run = promisify(execFile);
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tv-docx-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A DOCX packed by the stock `zip` tool (deflated, or stored with `-0`) around this document body. */
async function docx(name: string, body: string, store = false): Promise<Uint8Array> {
  const src = path.join(dir, `${name}-src`);
  await mkdir(path.join(src, 'word'), { recursive: true });
  await writeFile(path.join(src, '[Content_Types].xml'), '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  await writeFile(path.join(src, 'word', 'document.xml'), `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`);
  const out = path.join(dir, `${name}.docx`);
  await run('zip', ['-X', '-q', ...(store ? ['-0'] : []), out, '[Content_Types].xml', 'word/document.xml'], { cwd: src });
  return new Uint8Array(await readFile(out));
}

const BODY =
  '<w:p><w:pPr><w:bidi/></w:pPr><w:r><w:t>شهادة </w:t></w:r><w:r><w:t xml:space="preserve">مكتوبة &amp; موقّعة</w:t></w:r></w:p>' +
  '<w:p><w:r><w:t>Held &lt;3 weeks&gt;</w:t><w:tab/><w:t>then</w:t><w:br/><w:t>moved &#x2014; &#1604;</w:t></w:r></w:p>' +
  '<w:p/>' +
  '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>In a table</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';

describe('the text of a DOCX statement', () => {
  it.each([
    ['deflated', false],
    ['stored', true],
  ])('reads paragraphs, runs, tabs, breaks, entities and the right-to-left mark (%s)', async (name, store) => {
    const paragraphs = await docxText(await docx(name, BODY, store));
    expect(paragraphs).toEqual([
      { text: 'شهادة مكتوبة & موقّعة', rtl: true },
      { text: 'Held <3 weeks>\tthen\nmoved \u2014 ل', rtl: false },
      { text: '', rtl: false },
      { text: 'In a table', rtl: false },
    ]);
  });

  it('refuses a document that inflates beyond the limit (a zip bomb) instead of filling the memory', async () => {
    const bytes = await docx('bomb', `<w:p><w:r><w:t>${' '.repeat(4_000_000)}</w:t></w:r></w:p>`);
    expect(bytes.length).toBeLessThan(100_000);
    await expect(zipEntry(bytes, 'word/document.xml', 1_000_000)).rejects.toBeInstanceOf(ZipError);
  });

  it('says when a file is not a ZIP, or has no document', async () => {
    await expect(docxText(new TextEncoder().encode('plain words, not a zip'))).rejects.toBeInstanceOf(ZipError);
    expect(await zipEntry(await docx('other', BODY), 'word/missing.xml', 1 << 20)).toBeNull();
  });
});

describe('the text of a plain-text statement', () => {
  it('decodes UTF-8 and UTF-16 by their byte order marks', () => {
    const text = 'أقوال الشاهد\nline two';
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toBe(text);
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]))).toBe(text);
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...be]))).toBe(text);
  });

  it('keeps bytes that are not UTF-8 visible as replacement characters, never failing', () => {
    expect(decodeText(new Uint8Array([0x61, 0xff, 0x62]))).toBe('a\ufffdb');
  });

  it('splits paragraphs at blank lines and keeps single line breaks inside one', () => {
    expect(textParagraphs('first line\r\nsame paragraph\r\n\r\nsecond\n \n\nthird\n')).toEqual([
      { text: 'first line\nsame paragraph', rtl: false },
      { text: 'second', rtl: false },
      { text: 'third', rtl: false },
    ]);
  });
});
