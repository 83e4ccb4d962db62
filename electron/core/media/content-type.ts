import path from 'node:path';
import { VaultError } from '../../../shared/errors';
import { id3v2Size } from './inspect/frame-walk';
import { parseMpegHeader } from './inspect/mp3';

/**
 * Recognises a file by its first bytes, never by its name: a name from outside is a claim,
 * the bytes are the evidence. `sniffContentType` needs the first 4 KiB or more.
 */
export interface SniffResult {
  contentType: string;
  /** What a person calls it, for messages. */
  label: string;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return Buffer.from(bytes.subarray(start, start + length)).toString('latin1');
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return signature.every((b, i) => bytes[offset + i] === b);
}

/**
 * An MPEG audio frame at the start, followed by a second one where the first says it ends
 * (when the sample reaches that far): one header alone is four bytes that text can imitate
 * (a UTF-16 byte-order mark followed by a letter reads as a valid Layer I header).
 */
function isMpegAudioFrame(bytes: Uint8Array): boolean {
  const first = parseMpegHeader(bytes, 0);
  if (!first) return false;
  // Nothing to check it against: take it, unless it may be a UTF-16 byte-order mark.
  if (first.length + 4 > bytes.length) return bytes[1] !== 0xfe;
  const second = parseMpegHeader(bytes, first.length);
  return second !== null && second.family === first.family;
}

function isAdts(bytes: Uint8Array): boolean {
  return bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xf6) === 0xf0;
}

/**
 * Text: a UTF-16 byte-order mark, or bytes without NUL and with hardly any control characters.
 * UTF-8 validity is not required here: a statement saved in a legacy encoding (Windows-1256
 * Arabic is common) is still a written original; the text inspector flags it `invalid-text`.
 */
function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  let control = 0;
  for (const b of bytes) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control <= bytes.length / 100;
}

function sniffIsoMedia(bytes: Uint8Array): SniffResult | null {
  if (ascii(bytes, 4, 4) !== 'ftyp') return null;
  const brand = ascii(bytes, 8, 4);
  if (brand.startsWith('M4A') || brand.startsWith('M4B')) return { contentType: 'audio/mp4', label: 'an M4A/AAC audio file' };
  if (brand === 'qt  ') return { contentType: 'video/quicktime', label: 'a QuickTime movie' };
  return { contentType: 'video/mp4', label: 'an MP4 file' };
}

function sniffEbml(bytes: Uint8Array): SniffResult | null {
  if (!startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return null;
  // The DocType element (0x4282) sits in the EBML header, within the first few dozen bytes.
  const head = ascii(bytes, 0, 64);
  if (head.includes('webm')) return { contentType: 'audio/webm', label: 'a WebM audio/video file' };
  return { contentType: 'video/x-matroska', label: 'a Matroska file' };
}

function sniffZip(bytes: Uint8Array): SniffResult | null {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return null;
  const head = ascii(bytes, 0, Math.min(bytes.length, 64 * 1024));
  if (head.includes('word/') || (head.includes('[Content_Types].xml') && head.includes('word'))) {
    return { contentType: DOCX, label: 'a Word document (DOCX)' };
  }
  return { contentType: 'application/zip', label: 'a ZIP archive' };
}

export function sniffContentType(bytes: Uint8Array): SniffResult {
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WAVE') return { contentType: 'audio/wav', label: 'a WAV audio file' };
  if (ascii(bytes, 0, 4) === 'fLaC') return { contentType: 'audio/flac', label: 'a FLAC audio file' };
  if (ascii(bytes, 0, 4) === 'OggS') {
    const opus = ascii(bytes, 0, 128).includes('OpusHead');
    return { contentType: 'audio/ogg', label: opus ? 'an Ogg Opus audio file' : 'an Ogg audio file' };
  }
  const id3 = id3v2Size(bytes);
  // An ID3 tag may also precede raw AAC (ADTS) frames.
  if (id3 !== null && id3 + 7 <= bytes.length && isAdts(bytes.subarray(id3))) return { contentType: 'audio/aac', label: 'an AAC audio file' };
  if (id3 !== null || isMpegAudioFrame(bytes)) return { contentType: 'audio/mpeg', label: 'an MP3 audio file' };
  if (isAdts(bytes)) return { contentType: 'audio/aac', label: 'an AAC audio file' };
  const iso = sniffIsoMedia(bytes);
  if (iso) return iso;
  const ebml = sniffEbml(bytes);
  if (ebml) return ebml;
  if (ascii(bytes, 0, 5) === '%PDF-') return { contentType: 'application/pdf', label: 'a PDF document' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { contentType: 'image/jpeg', label: 'a JPEG image' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { contentType: 'image/png', label: 'a PNG image' };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return { contentType: 'image/tiff', label: 'a TIFF image' };
  const zip = sniffZip(bytes);
  if (zip) return zip;
  if (bytes.length === 0) return { contentType: 'application/octet-stream', label: 'an empty file' };
  if (looksLikeText(bytes)) return { contentType: 'text/plain', label: 'plain text' };
  return { contentType: 'application/octet-stream', label: 'an unrecognised binary file' };
}

/** What each known extension promises. Unknown extensions promise nothing. */
const EXTENSION_TYPES: Readonly<Record<string, readonly string[]>> = {
  '.wav': ['audio/wav'],
  '.mp3': ['audio/mpeg'],
  '.m4a': ['audio/mp4', 'video/mp4'],
  '.aac': ['audio/aac', 'audio/mp4'],
  '.mp4': ['video/mp4', 'audio/mp4'],
  '.ogg': ['audio/ogg'],
  '.oga': ['audio/ogg'],
  '.opus': ['audio/ogg'],
  '.flac': ['audio/flac'],
  '.webm': ['audio/webm'],
  '.mkv': ['video/x-matroska', 'audio/webm'],
  '.pdf': ['application/pdf'],
  '.jpg': ['image/jpeg'],
  '.jpeg': ['image/jpeg'],
  '.png': ['image/png'],
  '.tif': ['image/tiff'],
  '.tiff': ['image/tiff'],
  '.docx': [DOCX],
  '.zip': ['application/zip', DOCX],
  '.txt': ['text/plain'],
};

/**
 * Refuses a file whose content contradicts its extension (a text file named .mp3): it is
 * either a mistake or a disguise, and the person importing must know before it is archived.
 */
export function assertExtensionMatches(fileName: string, sniffed: SniffResult): void {
  const ext = path.extname(fileName).toLowerCase();
  const expected = EXTENSION_TYPES[ext];
  if (!expected || expected.includes(sniffed.contentType)) return;
  throw new VaultError(
    'CONTENT_MISMATCH',
    `"${fileName}" is named like ${ext} but its content is ${sniffed.label} (${sniffed.contentType}). Nothing was imported.`,
    { fileName, extension: ext, actual: sniffed.contentType },
  );
}
