import { VaultError } from '../../../shared/errors';
import type { SniffResult } from './content-type';

/**
 * The refusals of ingest that name the file and the reason (the renderer interpolates
 * details.fileName). A damaged but recognisable original is never refused: it is kept
 * bit-exact and flagged (inspect/).
 */
const ACCEPTED_LIST =
  'Testimony Vault keeps audio (WAV, MP3, M4A/AAC, Ogg Opus or Vorbis, FLAC, WebM) and written originals (PDF, JPEG, PNG, TIFF, DOCX, plain text).';

export function refuseEmpty(fileName: string): never {
  throw new VaultError('EMPTY_FILE', `"${fileName}" is empty (0 bytes): there is nothing to keep. Nothing was imported.`, { fileName });
}

/** `what` completes "… is <what>", when the content said more than the first bytes. */
export function refuseUnsupported(fileName: string, sniffed: SniffResult, what = `${sniffed.label} (${sniffed.contentType})`): never {
  throw new VaultError('UNSUPPORTED_FORMAT', `"${fileName}" is ${what}, which cannot be kept as an original. ${ACCEPTED_LIST} Nothing was imported.`, {
    fileName,
    actual: sniffed.contentType,
    reason: what,
  });
}
