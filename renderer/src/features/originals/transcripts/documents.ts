import type { TranscriptInfo } from '../../../../../shared/domain/media';

/**
 * The transcripts shown beside an original: its own transcripts (all of the testimony's when
 * no original is open), each followed by its translations.
 */
export function documentsOf(all: readonly TranscriptInfo[], mediaId: string | null): TranscriptInfo[] {
  const transcripts = all.filter((t) => t.kind === 'transcript' && (mediaId === null || t.mediaId === mediaId));
  return transcripts.flatMap((transcript) => [transcript, ...all.filter((t) => t.kind === 'translation' && t.sourceId === transcript.id)]);
}

/** Adds what was just created (the list is reloaded meanwhile) without repeating anything. */
export function withCreated(loaded: readonly TranscriptInfo[], created: readonly TranscriptInfo[]): TranscriptInfo[] {
  const ids = new Set(loaded.map((t) => t.id));
  return [...loaded, ...created.filter((t) => !ids.has(t.id))];
}

/** The language a translation of `source` is most likely made into: English for most testimonies, Arabic for English ones. */
export function translationLanguage(source: string): string {
  return source === 'en' ? 'ar' : 'en';
}
