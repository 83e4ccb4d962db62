import type { Handlers } from './create-vault-api';
import type { VaultState } from './vault-state';
import type { Host } from '../host';
import { describeMedia, peaksOf, removeSegment, savePeaks, saveSegment, segmentsOf } from '../originals/originals-service';
import { createTranscript, restoreTranscript, saveTranscript, transcriptsOf, transcriptVersion, versionsOf } from '../originals/transcripts-service';

type MediaHandlerNames =
  | 'media.update'
  | 'media.readRange'
  | 'media.peaks'
  | 'media.savePeaks'
  | 'segments.list'
  | 'segments.save'
  | 'segments.delete'
  | 'transcripts.list'
  | 'transcripts.create'
  | 'transcripts.get'
  | 'transcripts.save'
  | 'transcripts.versions'
  | 'transcripts.restore'
  | 'recording.start'
  | 'recording.chunk'
  | 'recording.marker'
  | 'recording.finish'
  | 'recording.discard'
  | 'recording.interrupted';

const OK = { ok: true as const };

/** Handlers of originals, waveforms, segments, transcripts and recordings (issue 4). */
export function createMediaHandlers(state: VaultState, host: Host): Pick<Handlers, MediaHandlerNames> {
  const s = () => state.current();
  return {
    'media.update': async ({ mediaId, provenance, notes }) => describeMedia(s(), mediaId, provenance, notes),
    'media.readRange': async ({ mediaId, start, length }) => {
      const { reader } = await state.mediaAccess().reader(mediaId);
      const end = Math.min(reader.size, start + length);
      // The reader hands out fresh buffers of its own.
      const data = start >= reader.size ? new Uint8Array(0) : ((await reader.read(start, end)) as Uint8Array<ArrayBuffer>);
      return { data, size: reader.size };
    },
    'media.peaks': async ({ mediaId }) => ({ peaks: peaksOf(s(), mediaId) }),
    'media.savePeaks': async ({ mediaId, peaks }) => (await savePeaks(s(), mediaId, peaks), OK),
    'segments.list': async ({ mediaId }) => ({ items: segmentsOf(s(), mediaId) }),
    'segments.save': async ({ segment }) => saveSegment(s(), segment),
    'segments.delete': async ({ segmentId }) => (await removeSegment(s(), segmentId), OK),
    'transcripts.list': async ({ testimonyId }) => ({ items: transcriptsOf(s(), testimonyId) }),
    'transcripts.create': async (input) => createTranscript(s(), input),
    'transcripts.get': async ({ transcriptId, version }) => transcriptVersion(s(), transcriptId, version),
    'transcripts.save': async ({ transcriptId, baseVersion, paragraphs }) => ({ version: await saveTranscript(s(), transcriptId, baseVersion, paragraphs) }),
    'transcripts.versions': async ({ transcriptId }) => ({ items: versionsOf(s(), transcriptId) }),
    'transcripts.restore': async ({ transcriptId, version }) => ({ version: await restoreTranscript(s(), transcriptId, version) }),
    'recording.start': async ({ testimonyId, mimeType }) => ({ recordingId: await state.recordingsOf().start(testimonyId, mimeType) }),
    'recording.chunk': async ({ recordingId, seq, data }) => (await state.recordingsOf().chunk(recordingId, seq, data), OK),
    'recording.marker': async ({ recordingId, marker }) => (await state.recordingsOf().marker(recordingId, marker), OK),
    'recording.finish': async ({ recordingId }) => {
      const recordings = state.recordingsOf();
      const testimonyId = recordings.testimonyOf(recordingId);
      return recordings.finish(recordingId, (p) =>
        host.emit('media.importProgress', {
          jobId: `recording:${recordingId}`,
          testimonyId,
          fileName: 'recording.webm',
          phase: 'progress',
          bytesDone: p.bytesDone,
          bytesTotal: p.bytesTotal,
        }),
      );
    },
    'recording.discard': async ({ recordingId }) => (await state.recordingsOf().discard(recordingId), OK),
    'recording.interrupted': async () => ({ items: await state.recordingsOf().interrupted() }),
  };
}
