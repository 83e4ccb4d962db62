import { VaultError } from '../../../shared/errors';
import type { Provenance, Segment } from '../../../shared/domain/media';
import type { Peaks } from '../../../shared/contract/media-operations';
import { isBuiltInTerm } from '../../../shared/domain/vocabularies';
import { getMedia, toMediaItem, updateMediaDescription, type MediaRecord } from '../db/queries/media';
import { deleteSegment, getPeaks, getSegment, listSegments, putPeaks, putSegment, setMediaDuration } from '../db/queries/originals';
import { customTermExists } from '../db/queries/vocabulary';
import type { VaultSession } from '../vault/session';
import { changedKeys } from '../records/record-store';

/**
 * Originals after ingest: their description (provenance and notes are editable; bytes and
 * hashes never are), their waveform peaks and their segment index.
 */
export function requireMedia(session: VaultSession, mediaId: string): MediaRecord {
  session.assertOpen();
  const media = getMedia(session.db, mediaId);
  if (!media) throw new VaultError('NOT_FOUND', 'This file is not in the vault.');
  return media;
}

export async function describeMedia(session: VaultSession, mediaId: string, provenance: Provenance, notes: string) {
  const before = requireMedia(session, mediaId);
  const fields = [...changedKeys(before.provenance, provenance).map((k) => `provenance.${k}`), ...(before.notes !== notes ? ['notes'] : [])];
  if (fields.length > 0) {
    await session.commit((record) => {
      updateMediaDescription(session.db, mediaId, provenance, notes, session.now());
      record({ type: 'metadata modification', objectType: 'media', objectId: mediaId, detail: { fields: fields.join(',') } });
    });
  }
  return toMediaItem(requireMedia(session, mediaId));
}

export function peaksOf(session: VaultSession, mediaId: string): Peaks | null {
  requireMedia(session, mediaId);
  return getPeaks(session.db, mediaId) ?? null;
}

/**
 * Peaks are computed once (WebCodecs, in the renderer) and kept here, encrypted with the
 * database. Their size must fit their duration, so a confused worker cannot store nonsense.
 */
export async function savePeaks(session: VaultSession, mediaId: string, peaks: Peaks): Promise<void> {
  const media = requireMedia(session, mediaId);
  if (media.kind !== 'audio' && media.kind !== 'video') throw new VaultError('BAD_INPUT', 'Invalid mediaId: only audio has a waveform.', { field: 'mediaId' });
  const buckets = Math.ceil(peaks.durationSeconds * peaks.bucketsPerSecond);
  const expected = buckets * peaks.channels * 2;
  if (Math.abs(peaks.data.byteLength - expected) > peaks.channels * 2 * 2) {
    throw new VaultError('BAD_INPUT', `Invalid peaks.data: ${peaks.data.byteLength} bytes do not fit ${buckets} buckets of ${peaks.channels} channel(s).`, { field: 'peaks.data' });
  }
  await session.commit((record) => {
    putPeaks(session.db, mediaId, peaks, session.now());
    // Decoding gives the exact duration when ingest could not read it from the container.
    setMediaDuration(session.db, mediaId, peaks.durationSeconds);
    record({ type: 'creation', objectType: 'waveform', objectId: mediaId, detail: { bucketsPerSecond: peaks.bucketsPerSecond } });
  });
}

export function segmentsOf(session: VaultSession, mediaId: string): Segment[] {
  requireMedia(session, mediaId);
  return listSegments(session.db, mediaId);
}

function checkSegment(session: VaultSession, segment: Segment, media: MediaRecord): void {
  if (segment.end <= segment.start) throw new VaultError('BAD_INPUT', 'Invalid segment.end: a segment ends after it starts.', { field: 'segment.end' });
  if (media.durationSeconds !== null && segment.end > media.durationSeconds + 0.5) {
    throw new VaultError('BAD_INPUT', `Invalid segment.end: the recording lasts ${media.durationSeconds.toFixed(1)} s.`, { field: 'segment.end' });
  }
  for (const [i, k] of segment.keywords.entries()) {
    if (!isBuiltInTerm(k.vocabulary, k.key) && !customTermExists(session.db, k.vocabulary, k.key)) {
      throw new VaultError('BAD_INPUT', `Invalid segment.keywords.${i}: "${k.key}" is not a term of the ${k.vocabulary} vocabulary.`, { field: `segment.keywords.${i}`, reason: 'unknown term' });
    }
  }
}

export async function saveSegment(session: VaultSession, segment: Segment): Promise<Segment> {
  const media = requireMedia(session, segment.mediaId);
  const previous = getSegment(session.db, segment.id);
  if (previous && previous.mediaId !== segment.mediaId) throw new VaultError('NOT_FOUND', 'This segment belongs to another recording.');
  checkSegment(session, segment, media);
  const fields = previous ? changedKeys(previous, segment) : ['new'];
  if (fields.length === 0) return segment;
  await session.commit((record) => {
    putSegment(session.db, segment, session.now());
    record({ type: previous ? 'modification' : 'creation', objectType: 'segment', objectId: segment.id, detail: { mediaId: segment.mediaId, fields: fields.join(',') } });
  });
  return segment;
}

export async function removeSegment(session: VaultSession, segmentId: string): Promise<void> {
  session.assertOpen();
  const segment = getSegment(session.db, segmentId);
  if (!segment) throw new VaultError('NOT_FOUND', 'This segment does not exist.');
  await session.commit((record) => {
    deleteSegment(session.db, segmentId);
    record({ type: 'deletion', objectType: 'segment', objectId: segmentId, detail: { mediaId: segment.mediaId } });
  });
}
