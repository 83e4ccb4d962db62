import { describe, expect, it } from 'vitest';
import type { TranscriptInfo } from '../../../../../../shared/domain/media';
import { documentsOf, translationLanguage, withCreated } from '../../../../../../renderer/src/features/originals/transcripts/documents';

const info = (id: string, extra: Partial<TranscriptInfo>): TranscriptInfo => ({
  id,
  testimonyId: 't',
  mediaId: null,
  kind: 'transcript',
  language: 'ar',
  sourceId: null,
  latestVersion: 0,
  updatedAt: '',
  updatedBy: '',
  createdAt: '',
  ...extra,
});

describe('the transcripts shown beside an original', () => {
  const all = [
    info('tr-a', { mediaId: 'a' }),
    info('tr-b', { mediaId: 'b' }),
    info('en-a', { kind: 'translation', language: 'en', sourceId: 'tr-a', mediaId: 'a' }),
    info('en-b', { kind: 'translation', language: 'en', sourceId: 'tr-b', mediaId: 'b' }),
  ];

  it('are its own transcripts, each followed by its translations', () => {
    expect(documentsOf(all, 'a').map((t) => t.id)).toEqual(['tr-a', 'en-a']);
    expect(documentsOf(all, null).map((t) => t.id)).toEqual(['tr-a', 'en-a', 'tr-b', 'en-b']);
    expect(documentsOf(all, 'c')).toEqual([]);
  });

  it('include one just created before the list is loaded again, once', () => {
    const created = info('tr-c', { mediaId: 'a' });
    expect(withCreated(all, [created]).map((t) => t.id)).toContain('tr-c');
    expect(withCreated([...all, created], [created]).filter((t) => t.id === 'tr-c')).toHaveLength(1);
  });

  it('suggest English for a translation, Arabic for an English transcript', () => {
    expect(translationLanguage('ar')).toBe('en');
    expect(translationLanguage('ckb')).toBe('en');
    expect(translationLanguage('en')).toBe('ar');
  });
});
