import { useTranslation } from 'react-i18next';
import type { TestimonySummary } from '../../../../../shared/domain/testimony';
import type { Imports } from '../../media/use-imports';
import { OriginalsWorkspace } from '../../originals/workspace';
import { SectionFrame } from '../editing/section-frame';

interface FilesSectionProps {
  testimony: TestimonySummary;
  imports: Imports;
  mediaVersion: number;
}

/** Section 7: the originals (recordings, statements, scans): import, play, index, transcribe, export. */
export function FilesSection({ testimony, imports, mediaVersion }: FilesSectionProps) {
  const { t } = useTranslation();
  return (
    <SectionFrame section="files" title={t('record.sections.files')}>
      <OriginalsWorkspace testimony={testimony} imports={imports} mediaVersion={mediaVersion} />
    </SectionFrame>
  );
}
