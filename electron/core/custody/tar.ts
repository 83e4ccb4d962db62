/**
 * Tar (POSIX.1-2001 pax over ustar), streamed both ways: a custody package is a tar of the bag,
 * written and read piece by piece so that a 10 GiB package never needs 10 GiB of memory.
 *
 * The writer emits only regular files (and the pax records that carry UTF-8 or long names and
 * large sizes). The reader accepts only regular files, directories and pax records: links,
 * devices and anything else are refused, so a hostile archive cannot make the importer create
 * them (what it does with names is the importer's business: see bag-import.ts).
 */
const BLOCK = 512;
const ZERO = new Uint8Array(BLOCK);

export type Sink = (chunk: Uint8Array) => Promise<void>;

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

function header(name: string, size: number, type: '0' | 'x', mtime: number): Uint8Array {
  const block = Buffer.alloc(BLOCK);
  block.write(name, 0, 100, 'latin1');
  block.write(octal(0o644, 8), 100, 'latin1');
  block.write(octal(0, 8), 108, 'latin1');
  block.write(octal(0, 8), 116, 'latin1');
  block.write(octal(size, 12), 124, 'latin1');
  block.write(octal(mtime, 12), 136, 'latin1');
  block.fill(0x20, 148, 156); // checksum field counts as spaces while summing
  block.write(type, 156, 'latin1');
  block.write('ustar\0', 257, 'latin1');
  block.write('00', 263, 'latin1');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return block;
}

function paxRecord(key: string, value: string): string {
  // "<length> <key>=<value>\n", where length counts itself.
  const body = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(body) + 1;
  while (String(length).length + Buffer.byteLength(body) !== length) length = String(length).length + Buffer.byteLength(body);
  return `${length}${body}`;
}

function padding(size: number): Uint8Array {
  const rest = size % BLOCK;
  return rest === 0 ? new Uint8Array(0) : new Uint8Array(BLOCK - rest);
}

export class TarWriter {
  private written = 0;

  constructor(private readonly sink: Sink) {}

  /** Bytes of archive emitted so far. */
  get bytes(): number {
    return this.written;
  }

  private async emit(chunk: Uint8Array): Promise<void> {
    if (chunk.byteLength === 0) return;
    this.written += chunk.byteLength;
    await this.sink(chunk);
  }

  /**
   * Adds a regular file of exactly `size` bytes, streamed from `content`. A name that is not
   * plain ASCII or longer than 100 bytes, or a size above 8 GiB, goes in a pax record.
   */
  async addFile(name: string, size: number, content: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, mtime = 0): Promise<void> {
    const ascii = /^[\x20-\x7e]*$/.test(name) && Buffer.byteLength(name) <= 100;
    const records = [...(ascii ? [] : [paxRecord('path', name)]), ...(size >= 8 ** 11 ? [paxRecord('size', String(size))] : [])].join('');
    if (records) {
      const pax = Buffer.from(records, 'utf8');
      await this.emit(header('PaxHeader', pax.length, 'x', mtime));
      await this.emit(pax);
      await this.emit(padding(pax.length));
    }
    const shortName = ascii ? name : Buffer.from(name.replace(/[^\x20-\x7e]/g, '_')).subarray(0, 100).toString('latin1');
    await this.emit(header(shortName, size >= 8 ** 11 ? 0 : size, '0', mtime));
    let count = 0;
    for await (const piece of content) {
      count += piece.byteLength;
      if (count > size) throw new Error(`tar: ${name} is longer than its declared ${size} bytes`);
      await this.emit(piece);
    }
    if (count !== size) throw new Error(`tar: ${name} has ${count} bytes, ${size} were declared`);
    await this.emit(padding(size));
  }

  async addBuffer(name: string, data: Uint8Array, mtime = 0): Promise<void> {
    await this.addFile(name, data.byteLength, [data], mtime);
  }

  /** Two zero blocks end the archive. */
  async finish(): Promise<void> {
    await this.emit(ZERO);
    await this.emit(ZERO);
  }
}

export class TarError extends Error {
  override readonly name = 'TarError';
}

export interface TarEntry {
  path: string;
  type: 'file' | 'directory';
  size: number;
}

/** Reads exactly n bytes at a time from a stream of arbitrary pieces. */
class ByteQueue {
  private pieces: Uint8Array[] = [];
  private length = 0;
  private done = false;

  constructor(private readonly source: AsyncIterator<Uint8Array>) {}

  private async fill(n: number): Promise<boolean> {
    while (this.length < n && !this.done) {
      const next = await this.source.next();
      if (next.done) this.done = true;
      else if (next.value.byteLength > 0) {
        this.pieces.push(next.value);
        this.length += next.value.byteLength;
      }
    }
    return this.length >= n;
  }

  /** Up to n bytes (fewer only at the end of the stream). */
  async take(n: number): Promise<Uint8Array> {
    await this.fill(n);
    const want = Math.min(n, this.length);
    const out = new Uint8Array(want);
    let offset = 0;
    while (offset < want) {
      const head = this.pieces[0]!;
      const part = Math.min(head.byteLength, want - offset);
      out.set(head.subarray(0, part), offset);
      offset += part;
      if (part === head.byteLength) this.pieces.shift();
      else this.pieces[0] = head.subarray(part);
    }
    this.length -= want;
    return out;
  }
}

function readString(block: Uint8Array, start: number, length: number): string {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return Buffer.from(end < 0 ? field : field.subarray(0, end)).toString('utf8');
}

function readOctal(block: Uint8Array, start: number, length: number, what: string): number {
  const text = readString(block, start, length).trim();
  if (!/^[0-7]*$/.test(text)) throw new TarError(`tar: the ${what} field of a header is not a number`);
  return text === '' ? 0 : parseInt(text, 8);
}

function checksumOk(block: Uint8Array): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : block[i]!;
  return sum === readOctal(block, 148, 8, 'checksum');
}

function parsePax(data: Uint8Array): Map<string, string> {
  // Records are "<length> <key>=<value>\n" where length counts bytes, not characters.
  const out = new Map<string, string>();
  const bytes = Buffer.from(data);
  let offset = 0;
  while (offset < bytes.length) {
    const space = bytes.indexOf(0x20, offset);
    const length = Number(bytes.subarray(offset, space).toString('latin1'));
    if (space < 0 || !Number.isInteger(length) || length <= 0 || offset + length > bytes.length || bytes[offset + length - 1] !== 0x0a) {
      throw new TarError('tar: a pax record is malformed');
    }
    const record = bytes.subarray(space + 1, offset + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq < 0) throw new TarError('tar: a pax record is malformed');
    out.set(record.slice(0, eq), record.slice(eq + 1));
    offset += length;
  }
  return out;
}

/**
 * The entries of a tar stream, in order. `read(entry)` must consume each file's content
 * (as an async iterable of pieces of at most `pieceSize`) before the next entry is read;
 * entries whose content is not read are skipped.
 */
export async function readTar(
  source: AsyncIterable<Uint8Array>,
  onEntry: (entry: TarEntry, content: AsyncIterable<Uint8Array>) => Promise<void>,
  limits: { maxEntrySize: number; maxEntries: number; pieceSize?: number },
): Promise<void> {
  const queue = new ByteQueue(source[Symbol.asyncIterator]());
  const pieceSize = limits.pieceSize ?? 64 * 1024;
  let pax = new Map<string, string>();
  let entries = 0;
  for (;;) {
    const block = await queue.take(BLOCK);
    if (block.byteLength < BLOCK) throw new TarError('tar: the archive ends in the middle of a header');
    if (block.every((b) => b === 0)) return; // end of archive (the second zero block may follow)
    if (!checksumOk(block)) throw new TarError('tar: a header fails its checksum (the archive is damaged)');
    const type = String.fromCharCode(block[156]!);
    let size = readOctal(block, 124, 12, 'size');
    if (pax.has('size')) size = Number(pax.get('size'));
    if (!Number.isSafeInteger(size) || size < 0) throw new TarError('tar: an entry has an impossible size');
    if (type === 'x') {
      if (size > 1024 * 1024) throw new TarError('tar: a pax header is too large');
      pax = parsePax(await queue.take(size));
      await queue.take((BLOCK - (size % BLOCK)) % BLOCK);
      continue;
    }
    if (type === 'g') {
      await queue.take(size + ((BLOCK - (size % BLOCK)) % BLOCK));
      continue;
    }
    const prefix = readString(block, 345, 155);
    const name = pax.get('path') ?? (prefix ? `${prefix}/${readString(block, 0, 100)}` : readString(block, 0, 100));
    pax = new Map();
    if (type !== '0' && type !== '\0' && type !== '5') {
      const kinds: Record<string, string> = { '1': 'a hard link', '2': 'a symbolic link', '3': 'a device', '4': 'a device', '6': 'a FIFO' };
      throw new TarError(`tar: "${name}" is ${kinds[type] ?? `an entry of type ${JSON.stringify(type)}`}; only files and folders are accepted`);
    }
    if (++entries > limits.maxEntries) throw new TarError(`tar: more than ${limits.maxEntries} entries`);
    if (type === '5') {
      await onEntry({ path: name, type: 'directory', size: 0 }, (async function* () {})());
      continue;
    }
    if (size > limits.maxEntrySize) throw new TarError(`tar: "${name}" is larger than ${limits.maxEntrySize} bytes`);
    let remaining = size;
    const content = (async function* () {
      while (remaining > 0) {
        const piece = await queue.take(Math.min(pieceSize, remaining));
        if (piece.byteLength === 0) throw new TarError(`tar: the archive ends inside "${name}"`);
        remaining -= piece.byteLength;
        yield piece;
      }
    })();
    await onEntry({ path: name, type: 'file', size }, content);
    while (remaining > 0) {
      const piece = await queue.take(Math.min(pieceSize, remaining));
      if (piece.byteLength === 0) throw new TarError(`tar: the archive ends inside "${name}"`);
      remaining -= piece.byteLength;
    }
    await queue.take((BLOCK - (size % BLOCK)) % BLOCK);
  }
}
