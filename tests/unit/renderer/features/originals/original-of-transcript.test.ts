import { describe, expect, it } from 'vitest';
import type { TranscriptInfo } from '../../../../../shared/domain/media';
import { originalOfTranscript } from '../../../../../renderer/src/features/originals/original-of-transcript';

const info = (id: string, kind: TranscriptInfo['kind'], mediaId: string | null, sourceId: string | null = null): TranscriptInfo => ({
  id,
  testimonyId: 't',
  mediaId,
  kind,
  language: kind === 'transcript' ? 'ar' : 'en',
  sourceId,
  latestVersion: 1,
  updatedAt: '2026-11-23T18:00:00Z',
  updatedBy: 'u',
  createdAt: '2026-11-23T18:00:00Z',
});

describe('the original a search hit in a transcript opens', () => {
  const all = [info('a', 'transcript', 'm1'), info('b', 'translation', null, 'a'), info('c', 'transcript', null)];

  it('is the original the transcript belongs to', () => {
    expect(originalOfTranscript(all, 'a')).toEqual({ mediaId: 'm1' });
  });

  it("is its source's original for a translation", () => {
    expect(originalOfTranscript(all, 'b')).toEqual({ mediaId: 'm1' });
  });

  it('is none for a transcript of no original, and nothing for one deleted since the search', () => {
    expect(originalOfTranscript(all, 'c')).toEqual({ mediaId: null });
    expect(originalOfTranscript(all, 'gone')).toBeNull();
  });
});
