import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/**
 * Originals for tests, made in the test: ingest refuses what is not an accepted format, so a
 * test that needs "some file" gets a real one. Nothing here is committed as a binary.
 */

const suiteDirs: string[] = [];

/** A temp folder for fixtures that serve every test of a file (removed after the file's tests). */
export async function suiteDir(prefix = 'tv-media-'): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  suiteDirs.push(dir);
  return dir;
}

afterAll(async () => {
  await Promise.all(suiteDirs.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

/** The 44-byte header of a PCM WAV whose data chunk holds `dataBytes` bytes. */
export function wavHeader(dataBytes: number, { sampleRate = 16_000, channels = 1, bits = 16 } = {}): Buffer {
  const blockAlign = channels * (bits / 8);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + dataBytes + (dataBytes & 1), 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(channels, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * blockAlign, 28);
  header.writeUInt16LE(blockAlign, 32);
  header.writeUInt16LE(bits, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(dataBytes, 40);
  return header;
}

/** A valid WAV of exactly `totalBytes` bytes whose samples are random (so no two are alike). */
export function randomWav(totalBytes: number): Buffer {
  const data = totalBytes - 44;
  if (data < 0 || data % 2 !== 0) throw new Error('a 16-bit mono WAV has 44 + an even number of bytes');
  return Buffer.concat([wavHeader(data), randomBytes(data)]);
}

/** Plain text of exactly `length` bytes (random letters and digits: valid UTF-8, never alike). */
export function randomText(length: number): Buffer {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\n';
  const bytes = randomBytes(length);
  for (let i = 0; i < length; i++) bytes[i] = alphabet.charCodeAt(bytes[i]! % alphabet.length);
  return bytes;
}

/** Runs ffmpeg quietly with the given arguments (output file last). */
export function ffmpeg(...args: string[]): void {
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', ...args]);
}

/** ffprobe's duration of the whole file, in seconds (NaN when it has none). */
export function ffprobeDuration(file: string): number {
  const out = execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'default=noprint_wrappers=1:nokey=1', file]).toString().trim();
  return Number(out);
}

/**
 * Speech from espeak-ng in English and Arabic, joined into one WAV at `sampleRate` Hz with
 * `channels` channels: the recordings of issue 4's tests.
 */
export async function speechWav(dir: string, { sampleRate = 44_100, channels = 2 } = {}): Promise<string> {
  const en = path.join(dir, 'speech-en.wav');
  const ar = path.join(dir, 'speech-ar.wav');
  execFileSync('espeak-ng', ['-v', 'en', '-w', en, 'This testimony was recorded for the vault, in English and in Arabic.']);
  execFileSync('espeak-ng', ['-v', 'ar', '-w', ar, 'هذه شهادة مسجلة من مدينة حلب عن الأحداث']);
  const out = path.join(dir, 'speech.wav');
  // -R: sox dithers with a random seed otherwise, and every fixture made from this would differ run to run.
  execFileSync('sox', ['-R', en, ar, '-r', String(sampleRate), '-c', String(channels), out]);
  await fs.rm(en);
  await fs.rm(ar);
  return out;
}

/** The first `fraction` of a file, as a new file (a transfer cut short). */
export async function truncatedCopy(file: string, fraction: number, name = `cut-${path.basename(file)}`): Promise<string> {
  const bytes = await fs.readFile(file);
  const out = path.join(path.dirname(file), name);
  await fs.writeFile(out, bytes.subarray(0, Math.floor(bytes.length * fraction)));
  return out;
}

/**
 * A small, valid PDF of `pages` pages, written out by hand with its cross-reference table
 * (`pdfinfo` reads it; the tests check that it does).
 */
export function minimalPdf(pages: number): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${Array.from({ length: pages }, (_, i) => `${3 + i} 0 R`).join(' ')}] /Count ${pages} >>`,
    ...Array.from({ length: pages }, (_, i) => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents ${3 + pages + i} 0 R >>`),
    ...Array.from({ length: pages }, (_, i) => {
      const stream = `BT /F1 12 Tf 20 100 Td (Statement, page ${i + 1}) Tj ET`;
      return `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
    }),
  ];
  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets = objects.map((body, i) => {
    const offset = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/**
 * A DOCX made with the stock `zip` tool from the parts Word needs ([Content_Types].xml, the
 * package relationships, word/document.xml); `parts: 'no-document'` leaves the document out
 * (but keeps a word/ part, so it still looks like a DOCX).
 */
export async function docxFile(dir: string, name: string, text: string, parts: 'whole' | 'no-document' = 'whole'): Promise<string> {
  const src = await fs.mkdtemp(path.join(dir, 'docx-'));
  const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  await fs.mkdir(path.join(src, '_rels'));
  await fs.mkdir(path.join(src, 'word'));
  await fs.writeFile(
    path.join(src, '[Content_Types].xml'),
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  await fs.writeFile(
    path.join(src, '_rels', '.rels'),
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const entries = ['[Content_Types].xml', '_rels/.rels'];
  if (parts === 'whole') {
    await fs.writeFile(path.join(src, 'word', 'document.xml'), `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${w}"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`);
    entries.push('word/document.xml');
  } else {
    await fs.writeFile(path.join(src, 'word', 'styles.xml'), `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${w}"/>`);
    entries.push('word/styles.xml');
  }
  const out = path.join(dir, name);
  execFileSync('zip', ['-X', '-q', out, ...entries], { cwd: src });
  return out;
}
