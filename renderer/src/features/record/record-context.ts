import { createContext, useContext } from 'react';
import type { RecordView } from '../../../../shared/contract/record-operations';
import type { MediaItem } from '../../../../shared/domain/media';
import type { CustomTerm } from '../../../../shared/domain/vocabularies';

/** What every section of the page reads: the record as loaded, and how to load it again. */
export interface RecordContextValue {
  testimonyId: string;
  view: RecordView;
  /** The organisation's own vocabulary terms. */
  custom: readonly CustomTerm[];
  /** The files of this testimony (what citations and the consent's recording point at). */
  media: readonly MediaItem[];
  /** After a write: load the record again and tell the list. Resolves when the page shows it. */
  refresh: () => Promise<void>;
  /** After a vocabulary term was added. */
  refreshTerms: () => Promise<void>;
}

export const RecordContext = createContext<RecordContextValue | null>(null);

export function useRecord(): RecordContextValue {
  const value = useContext(RecordContext);
  if (!value) throw new Error('useRecord() outside the testimony page.');
  return value;
}
