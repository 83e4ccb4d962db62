import { useTranslation } from 'react-i18next';
import type { MediaItem } from '../../../../shared/domain/media';
import type { TestimonySummary } from '../../../../shared/domain/testimony';
import { ErrorText } from '../../ui/error-text';
import { DropZone } from './drop-zone';
import { ImportOutcomeNotice } from './import-outcome';
import { ImportProgressList } from './import-progress-list';
import { MediaTable } from './media-table';
import type { Imports } from './use-imports';

interface MediaPanelProps {
  testimony: TestimonySummary;
  imports: Imports;
  /** The originals of the testimony (null while loading). */
  items: readonly MediaItem[] | null;
  error: unknown;
  openedId: string | null;
  onOpen: (mediaId: string) => void;
}

/** The originals of a testimony: the list, Import (button or drop), and the progress of imports. */
export function MediaPanel({ testimony, imports, items, error, openedId, onOpen }: MediaPanelProps) {
  const { t } = useTranslation();
  const importing = imports.running.has(testimony.id);
  const jobs = [...imports.jobs.values()].filter((job) => job.testimonyId === testimony.id);
  const outcome = imports.outcomes.get(testimony.id);
  return (
    <DropZone onFiles={(files) => imports.importDropped(testimony.id, files)} busy={importing}>
      <div className="media-panel media-panel-embedded">
        <div className="media-actions">
          <button type="button" className="button-primary" aria-disabled={importing} onClick={() => importing || imports.start(testimony.id)}>
            {importing ? t('media.importing') : t('media.import')}
          </button>
        </div>
        {importing ? <ImportProgressList jobs={jobs} onCancel={imports.cancel} /> : null}
        {outcome && !importing ? <ImportOutcomeNotice outcome={outcome} /> : null}
        {error ? <ErrorText error={error} /> : null}
        {items ? <MediaTable items={items} openedId={openedId} onOpen={onOpen} /> : null}
      </div>
    </DropZone>
  );
}
