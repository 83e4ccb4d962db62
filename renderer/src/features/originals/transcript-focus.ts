import { createContext, useContext } from 'react';

/** A transcript paragraph a search hit points at (shared/domain/testimony-query.ts, `paragraphs`). */
export interface TranscriptFocus {
  transcriptId: string;
  paragraphId: string;
}

/**
 * The paragraph the testimony page was opened at, from a search hit in the list. Given by the
 * vault home around the testimony page and read by the Files section's workspace, which opens
 * the original the transcript belongs to and hands the paragraph to its transcript editor
 * (shown, highlighted, the recording cued to it, never played). A context rather than props
 * through the testimony page: only the two ends care.
 */
export const TranscriptFocusContext = createContext<TranscriptFocus | null>(null);

export function useTranscriptFocus(): TranscriptFocus | null {
  return useContext(TranscriptFocusContext);
}
