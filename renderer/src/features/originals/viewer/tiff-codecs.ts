/**
 * The strip codecs of TIFF 6.0 that scanners use without a licence-bound codec: PackBits
 * (section 9), LZW (section 13) and Deflate (the Adobe supplement, through the browser's own
 * inflater). Each writes at most `expected` bytes, so a damaged strip can never overrun its
 * rows; errors are plain and the decoder says what they mean.
 */

export function unpackBits(src: Uint8Array, expected: number): Uint8Array {
  const out = new Uint8Array(expected);
  let i = 0;
  let o = 0;
  while (i < src.length && o < expected) {
    const n = (src[i++]! << 24) >> 24;
    if (n >= 0) {
      const end = Math.min(i + n + 1, src.length);
      for (; i < end && o < expected; i++) out[o++] = src[i]!;
    } else if (n !== -128) {
      const value = src[i++] ?? 0;
      for (let k = 0; k < 1 - n && o < expected; k++) out[o++] = value;
    }
  }
  return out;
}

/** TIFF's LZW (MSB-first codes, 9–12 bits, early change), as TIFF 6.0 section 13 describes it. */
export function unLzw(src: Uint8Array, expected: number): Uint8Array {
  const out = new Uint8Array(expected);
  let o = 0;
  const table: Uint8Array[] = [];
  const reset = () => {
    table.length = 0;
    for (let k = 0; k < 256; k++) table.push(Uint8Array.of(k));
    table.push(new Uint8Array(0), new Uint8Array(0));
  };
  reset();
  let bits = 9;
  let pos = 0;
  let previous: Uint8Array | null = null;
  const nextCode = (): number => {
    if (pos + bits > src.length * 8) return 257;
    let code = 0;
    for (let k = 0; k < bits; k++, pos++) code = (code << 1) | ((src[pos >> 3]! >> (7 - (pos & 7))) & 1);
    return code;
  };
  const emit = (entry: Uint8Array) => {
    const n = Math.min(entry.length, expected - o);
    out.set(entry.subarray(0, n), o);
    o += n;
  };
  while (o < expected) {
    const code = nextCode();
    if (code === 257) break;
    if (code === 256) {
      reset();
      bits = 9;
      previous = null;
      continue;
    }
    let entry: Uint8Array;
    if (code < table.length) entry = table[code]!;
    else if (previous && code === table.length) entry = concat(previous, previous[0]!);
    else throw new Error('bad LZW code');
    emit(entry);
    if (previous && table.length < 4096) table.push(concat(previous, entry[0]!));
    previous = entry;
    if (table.length + 1 >= 1 << bits && bits < 12) bits++;
  }
  return out;
}

function concat(a: Uint8Array, b: number): Uint8Array {
  const c = new Uint8Array(a.length + 1);
  c.set(a);
  c[a.length] = b;
  return c;
}

/** Inflates a zlib stream to at most `limit` bytes (a strip that holds more is damage, and stops there). */
export async function inflate(data: Uint8Array, limit: number): Promise<Uint8Array> {
  const reader = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate')).getReader();
  const out = new Uint8Array(limit);
  let done = 0;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) break;
      if (done + next.value.length > limit) throw new Error('a strip inflates to more than its rows');
      out.set(next.value, done);
      done += next.value.length;
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  }
  return out.subarray(0, done);
}
