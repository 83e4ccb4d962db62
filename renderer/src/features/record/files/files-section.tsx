import { useTranslation } from 'react-i18next';
import type { TestimonySummary } from '../../../../../shared/domain/testimony';
import { MediaPanel } from '../../media/media-panel';
import type { Imports } from '../../media/use-imports';
import { SectionFrame } from '../editing/section-frame';

interface FilesSectionProps {
  testimony: TestimonySummary;
  imports: Imports;
  mediaVersion: number;
}

/** Section 7: the originals (recordings, statements, scans): import, progress, export. */
export function FilesSection({ testimony, imports, mediaVersion }: FilesSectionProps) {
  const { t } = useTranslation();
  return (
    <SectionFrame section="files" title={t('record.sections.files')}>
      <MediaPanel testimony={testimony} imports={imports} version={mediaVersion} embedded />
    </SectionFrame>
  );
}
