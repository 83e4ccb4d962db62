import { createDecipheriv } from 'node:crypto';
import { promises as fs } from 'node:fs';

/**
 * The plaintext of every page of a SQLCipher 4 file (legacy=4: 4096-byte pages, 80 reserved
 * bytes = 16-byte IV + 64-byte HMAC, AES-256-CBC, a raw key used as is), free pages included.
 * SQL cannot show free pages or stale WAL frames; this reads them the way someone holding
 * the database key and a copy of the file would. The HMAC is not checked: a scan wants every
 * byte, not a verdict.
 */
const PAGE = 4096;
const RESERVE = 80;
const WAL_HEADER = 32;
const FRAME_HEADER = 24;

function decryptPage(page: Buffer, key: Buffer, first: boolean): Buffer {
  const iv = page.subarray(PAGE - RESERVE, PAGE - RESERVE + 16);
  const decipher = createDecipheriv('aes-256-cbc', key, iv);
  decipher.setAutoPadding(false);
  // Page 1 begins with the file's 16-byte salt, stored in clear.
  return Buffer.concat([decipher.update(page.subarray(first ? 16 : 0, PAGE - RESERVE)), decipher.final()]);
}

/** Every page of the main file, decrypted and concatenated. */
export async function decryptedPages(file: string, keyHex: string): Promise<Buffer> {
  const bytes = await fs.readFile(file);
  const key = Buffer.from(keyHex, 'hex');
  const pages: Buffer[] = [];
  for (let offset = 0; offset + PAGE <= bytes.length; offset += PAGE) pages.push(decryptPage(bytes.subarray(offset, offset + PAGE), key, offset === 0));
  return Buffer.concat(pages);
}

/** Every frame of a WAL file (stale ones too), decrypted; empty when there is no WAL. */
export async function decryptedWalFrames(file: string, keyHex: string): Promise<Buffer> {
  const bytes = await fs.readFile(file).catch(() => Buffer.alloc(0));
  const key = Buffer.from(keyHex, 'hex');
  const pages: Buffer[] = [];
  for (let offset = WAL_HEADER; offset + FRAME_HEADER + PAGE <= bytes.length; offset += FRAME_HEADER + PAGE) {
    const pageNumber = bytes.readUInt32BE(offset);
    pages.push(decryptPage(bytes.subarray(offset + FRAME_HEADER, offset + FRAME_HEADER + PAGE), key, pageNumber === 1));
  }
  return Buffer.concat(pages);
}
