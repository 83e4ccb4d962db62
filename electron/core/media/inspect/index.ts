import type { MediaKind } from '../../../../shared/domain/media';
import type { SniffResult } from '../content-type';
import { inspectAdts } from './adts';
import { DocxInspector } from './docx';
import { inspectFlac } from './flac';
import { inspectJpeg } from './jpeg';
import { inspectMp3 } from './mp3';
import { inspectMp4 } from './mp4';
import { inspectOgg } from './ogg';
import { PdfInspector } from './pdf';
import { inspectPng } from './png';
import { TextInspector } from './text';
import { inspectTiff } from './tiff';
import { UnsupportedContent, type Inspection, type Inspector } from './types';
import { walkInspector } from './walker';
import { inspectWav } from './wav';
import { inspectWebm } from './webm';

export { UnsupportedContent, type Inspection, type Inspector } from './types';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The formats an original may be (issue 4: audio WAV, MP3, M4A/AAC, Ogg Opus/Vorbis, FLAC,
 * WebM; written PDF, JPEG, PNG, TIFF, DOCX, plain text), each with its inspector. Anything
 * else is refused at ingest. An MP4 is accepted when it turns out to hold only sound.
 */
const INSPECTORS: Readonly<Record<string, () => Inspector>> = {
  'audio/wav': () => walkInspector(inspectWav),
  'audio/mpeg': () => walkInspector(inspectMp3),
  'audio/aac': () => walkInspector(inspectAdts),
  'audio/mp4': () => walkInspector(inspectMp4),
  'video/mp4': () => walkInspector(inspectMp4),
  'audio/ogg': () => walkInspector(inspectOgg),
  'audio/flac': () => walkInspector(inspectFlac),
  'audio/webm': () => walkInspector(inspectWebm),
  'application/pdf': () => new PdfInspector(),
  'image/jpeg': () => walkInspector(inspectJpeg),
  'image/png': () => walkInspector(inspectPng),
  'image/tiff': () => walkInspector(inspectTiff),
  [DOCX]: () => new DocxInspector(),
  'text/plain': () => new TextInspector(),
};

export const ACCEPTED_CONTENT_TYPES: readonly string[] = Object.keys(INSPECTORS);

/** The kind of original, from its content type. */
export function kindOf(contentType: string): MediaKind {
  if (contentType.startsWith('audio/')) return 'audio';
  if (contentType.startsWith('video/')) return 'video';
  if (contentType.startsWith('image/')) return 'image';
  if (contentType === 'text/plain') return 'text';
  if (contentType === 'application/pdf' || contentType === DOCX) return 'document';
  return 'other';
}

/** The inspector for a sniffed original, or null when its format is not accepted. */
export function createInspector(sniffed: SniffResult): Inspector | null {
  const inner = unguardedInspector(sniffed);
  return inner ? new Guarded(inner, sniffed.contentType) : null;
}

/** The same without the guard below: a bug throws (the tests use this, so none is hidden). */
export function unguardedInspector(sniffed: SniffResult): Inspector | null {
  return INSPECTORS[sniffed.contentType]?.() ?? null;
}

/**
 * A bug in an inspector must not cost the user an original: the file is still kept (hashed
 * and encrypted as always), only without what the inspector would have said. The bug is
 * reported without its message, which could quote the file.
 */
class Guarded implements Inspector {
  private failed = false;

  constructor(
    private readonly inner: Inspector,
    private readonly contentType: string,
  ) {}

  push(bytes: Uint8Array, position: number): void {
    if (this.failed) return;
    try {
      this.inner.push(bytes, position);
    } catch (error) {
      this.fail(error);
    }
  }

  finish(totalSize: number): Inspection {
    if (!this.failed) {
      try {
        return this.inner.finish(totalSize);
      } catch (error) {
        this.fail(error);
      }
    }
    return { kind: kindOf(this.contentType), damageDetail: '', formatInfo: {} };
  }

  private fail(error: unknown): void {
    if (error instanceof UnsupportedContent) throw error;
    this.failed = true;
    const frames = error instanceof Error && error.stack ? error.stack.split('\n').slice(1, 6).join('\n') : '';
    process.stderr.write(`testimony-vault: the ${this.contentType} inspector failed (${error instanceof Error ? error.name : typeof error}); the original is kept uninspected\n${frames}\n`);
  }
}
