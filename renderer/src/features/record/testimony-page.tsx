import type { TestimonySummary } from '../../../../shared/domain/testimony';
import type { Imports } from '../media/use-imports';
import { MediaPanel } from '../media/media-panel';

export interface TestimonyPageProps {
  testimony: TestimonySummary;
  /** Back to the list (the list keeps its search, filters and scroll position). */
  onBack: () => void;
  /** Something in the record changed: the list should reload its row. */
  onChanged: () => void;
  imports: Imports;
  /** Bumped by the home when an import into this testimony ends: reload the files. */
  mediaVersion: number;
}

/**
 * One testimony, its sections in the order an interviewer works. (Placeholder: the files
 * section only, until the record sections land.)
 */
export function TestimonyPage({ testimony, imports, mediaVersion }: TestimonyPageProps) {
  return <MediaPanel testimony={testimony} imports={imports} version={mediaVersion} />;
}
