import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TestimonySummary } from '../../../../shared/domain/testimony';
import { useLanguage } from '../../app/use-language';
import { useLoad } from '../../app/use-load';
import { useVault } from '../../app/vault-client';
import { formatDateTime } from '../../i18n/format';
import { ErrorText } from '../../ui/error-text';
import { ImportOutcomeNotice } from './import-outcome';
import { ImportProgressList } from './import-progress-list';
import { MediaTable } from './media-table';
import type { Imports } from './use-imports';

interface MediaPanelProps {
  testimony: TestimonySummary;
  imports: Imports;
  /** Bumped by the home when an import into this testimony ends: reload the files. */
  version: number;
  /** Inside the testimony page's Files section: its heading already names the testimony and the files. */
  embedded?: boolean;
}

/** The selected testimony: its files, the import button and the progress of imports. */
export function MediaPanel({ testimony, imports, version, embedded }: MediaPanelProps) {
  const { t } = useTranslation();
  const vault = useVault();
  const language = useLanguage();
  const load = useCallback(
    () => vault.call('media.list', { testimonyId: testimony.id }).then((r) => r.items),
    // `version` is a dependency on purpose: a new value means "load again".
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [vault, testimony.id, version],
  );
  const media = useLoad(load);
  const importing = imports.running.has(testimony.id);
  const jobs = [...imports.jobs.values()].filter((job) => job.testimonyId === testimony.id);
  const outcome = imports.outcomes.get(testimony.id);

  const importButton = (
    <button type="button" className="button-primary" aria-disabled={importing} onClick={() => importing || imports.start(testimony.id)}>
      {importing ? t('media.importing') : t('media.import')}
    </button>
  );
  const body = (
    <>
      {importing ? <ImportProgressList jobs={jobs} onCancel={imports.cancel} /> : null}
      {outcome && !importing ? <ImportOutcomeNotice outcome={outcome} /> : null}
      {embedded ? null : <h3 className="subheading">{t('media.heading')}</h3>}
      {media.error ? <ErrorText error={media.error} /> : null}
      {media.data ? <MediaTable items={media.data} /> : null}
    </>
  );

  if (embedded) {
    return (
      <div className="media-panel media-panel-embedded">
        <div className="media-actions">{importButton}</div>
        {body}
      </div>
    );
  }
  return (
    <section className="media-panel" aria-labelledby="testimony-heading">
      <header className="panel-header">
        <div>
          <p className="eyebrow">
            <bdi>{testimony.code}</bdi>
          </p>
          <h2 id="testimony-heading">
            <bdi>{testimony.title}</bdi>
          </h2>
          <p className="muted">
            {t('testimony.created')}: <time dateTime={testimony.createdAt}>{formatDateTime(testimony.createdAt, language)}</time>
          </p>
        </div>
        {importButton}
      </header>
      {body}
    </section>
  );
}
