import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/use-language';
import { formatPercent } from '../../i18n/format';
import type { ImportJob } from './use-imports';

interface ImportProgressListProps {
  jobs: readonly ImportJob[];
  onCancel: (jobId: string) => void;
}

const PHASE_KEY = {
  started: 'media.phaseStarted',
  progress: 'media.phaseStarted',
  done: 'media.phaseDone',
  failed: 'media.phaseFailed',
  cancelled: 'media.phaseCancelled',
} as const;

/** One progress bar per file being imported, each with its own cancel button. */
export function ImportProgressList({ jobs, onCancel }: ImportProgressListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (jobs.length === 0) return null;
  return (
    <ul className="import-jobs">
      {jobs.map((job) => {
        const active = job.phase === 'started' || job.phase === 'progress';
        const fraction = job.bytesTotal > 0 ? job.bytesDone / job.bytesTotal : 0;
        return (
          <li key={job.jobId} className={`import-job import-job-${job.phase}`}>
            <bdi className="import-job-name">{job.fileName}</bdi>
            <progress
              max={job.bytesTotal || 1}
              value={job.phase === 'done' ? job.bytesTotal || 1 : job.bytesDone}
              aria-label={`${t('media.progressLabel')} ${job.fileName}`}
            />
            <span className="import-job-state" aria-live="polite">
              {job.phase === 'progress' ? formatPercent(fraction, language) : t(PHASE_KEY[job.phase])}
            </span>
            {active ? (
              <button type="button" className="button-quiet" onClick={() => onCancel(job.jobId)}>
                {t('media.cancel')}
              </button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
