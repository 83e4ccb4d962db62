import { decodeBase64, encodeBase64 } from './base64';
import { AgeError, headerInvalid } from './errors';

/**
 * The textual header of the age spec ("Header" and its ABNF). Parsing is strict: a header has
 * exactly one byte representation, so the HMAC is computed over the bytes as read.
 */

export const VERSION_PREFIX = 'age-encryption.org/';
export const VERSION_LINE = `${VERSION_PREFIX}v1`;
const ARMOR_LINE = '-----BEGIN AGE ENCRYPTED FILE-----';
const COLUMNS = 64;
const MAC_BASE64_LENGTH = 43;
/** Go age refuses more stanzas when decrypting; we never write or accept a file it would refuse. */
export const MAX_STANZAS = 20;
/** A header is a few hundred bytes; this bound keeps a hostile file from making us buffer it all. */
export const MAX_HEADER_BYTES = 1024 * 1024;

export interface Stanza {
  /** The space-separated arguments of the `->` line; the first is the recipient type. */
  readonly args: readonly string[];
  readonly body: Uint8Array;
}

export interface ParsedHeader {
  readonly stanzas: readonly Stanza[];
  readonly mac: Uint8Array;
  /** The bytes the MAC covers: the header up to and including `---`. */
  readonly macInput: Uint8Array;
  /** Length of the header in bytes, including the MAC line's final LF (the payload nonce follows). */
  readonly length: number;
}

const LF = 0x0a;
const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** VCHAR of RFC 5234: printable ASCII without space. */
function isVisible(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 33 || c > 126) return false;
  }
  return true;
}

function isPrintable(bytes: Uint8Array): boolean {
  return bytes.every((b) => b >= 32 && b <= 126);
}

function checkVersionLine(line: string): void {
  if (line === VERSION_LINE) return;
  if (line === ARMOR_LINE) {
    throw headerInvalid('it is ASCII-armored; decode it with "age -d" or store the binary form');
  }
  if (line.startsWith(VERSION_PREFIX) && isVisible(line.slice(VERSION_PREFIX.length))) {
    const version = line.slice(VERSION_PREFIX.length, VERSION_PREFIX.length + 32);
    throw new AgeError(
      'UNSUPPORTED_VERSION',
      `The encrypted file uses age format version "${version}", which this version of Testimony Vault cannot read. Update the app.`,
    );
  }
  throw headerInvalid('it does not start with the age version line');
}

/** Whether `partial` (a line without its LF yet) can still grow into an acceptable first line. */
function couldBeVersionLine(partial: string): boolean {
  if (VERSION_PREFIX.startsWith(partial) || ARMOR_LINE.startsWith(partial)) return true;
  return partial.startsWith(VERSION_PREFIX) && isPrintable(Buffer.from(partial, 'latin1'));
}

/**
 * Parses the header at the start of `bytes`. Returns 'incomplete' when `bytes` ends before the
 * header does, so the caller can read more (or report a truncated file at end of file).
 */
export function parseHeader(bytes: Uint8Array): ParsedHeader | 'incomplete' {
  const stanzas: Stanza[] = [];
  let args: string[] | undefined; // the stanza whose body is being read
  let body = '';
  let position = 0;
  let lineNumber = 0;
  for (;;) {
    const end = bytes.indexOf(LF, position);
    if (end < 0) {
      const partial = bytes.subarray(position);
      const plausible = lineNumber === 0 ? couldBeVersionLine(latin1(partial)) : isPrintable(partial);
      if (!plausible) throw headerInvalid(lineNumber === 0 ? 'it does not start with the age version line' : 'it contains binary data');
      if (bytes.length >= MAX_HEADER_BYTES) throw headerInvalid('the header is larger than 1 MiB');
      return 'incomplete';
    }
    const line = latin1(bytes.subarray(position, end));
    const lineStart = position;
    position = end + 1;
    if (lineNumber++ === 0) {
      checkVersionLine(line);
      continue;
    }
    if (line.startsWith('---')) {
      if (args) throw headerInvalid('a stanza body does not end with a short line');
      if (stanzas.length === 0) throw headerInvalid('it has no recipient stanza');
      const encoded = line.slice(4);
      const mac = line.startsWith('--- ') && encoded.length === MAC_BASE64_LENGTH ? decodeBase64(encoded) : undefined;
      if (!mac) throw headerInvalid('the MAC line is malformed');
      return { stanzas, mac, macInput: bytes.slice(0, lineStart + 3), length: position };
    }
    if (line.startsWith('->')) {
      if (args) throw headerInvalid('a stanza body does not end with a short line');
      const parts = line.split(' ');
      if (parts[0] !== '->' || parts.length < 2 || !parts.slice(1).every(isVisible)) {
        throw headerInvalid('a recipient stanza line is malformed');
      }
      if (stanzas.length === MAX_STANZAS) throw headerInvalid(`it has more than ${MAX_STANZAS} recipient stanzas`);
      args = parts.slice(1);
      body = '';
      continue;
    }
    if (!args) throw headerInvalid('it has an unexpected line');
    if (line.length > COLUMNS) throw headerInvalid('a stanza body line is longer than 64 columns');
    body += line;
    if (line.length === COLUMNS) continue;
    // Full lines are 48 bytes each, so decoding the joined body equals decoding line by line.
    const decoded = decodeBase64(body);
    if (!decoded) throw headerInvalid('a stanza body is not canonical base64');
    stanzas.push({ args, body: decoded });
    args = undefined;
  }
}

export function encodeStanza(stanza: Stanza): string {
  const encoded = encodeBase64(stanza.body);
  const lines: string[] = [];
  for (let i = 0; i <= encoded.length; i += COLUMNS) lines.push(encoded.slice(i, i + COLUMNS));
  // The loop above ends with a line shorter than 64 columns, empty when the body fills whole lines.
  return `-> ${stanza.args.join(' ')}\n${lines.join('\n')}\n`;
}

/** The header bytes the MAC covers (version line, stanzas, `---`). */
export function encodeHeaderWithoutMac(stanzas: readonly Stanza[]): Uint8Array {
  return Buffer.from(`${VERSION_LINE}\n${stanzas.map(encodeStanza).join('')}---`, 'latin1');
}

export function encodeMacLineSuffix(mac: Uint8Array): Uint8Array {
  return Buffer.from(` ${encodeBase64(mac)}\n`, 'latin1');
}
