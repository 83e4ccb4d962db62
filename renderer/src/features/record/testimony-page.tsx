import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TestimonySummary } from '../../../../shared/domain/testimony';
import { ErrorText } from '../../ui/error-text';
import type { Imports } from '../media/use-imports';
import { UnsavedEditsContext, useUnsavedEditsState } from './editing/unsaved-edits';
import { SECTION_IDS, type SectionId } from './logic/sections';
import { CompletenessChecklist } from './page/completeness-checklist';
import { LeaveDialog } from './page/leave-dialog';
import { DeleteTestimony } from './page/delete-testimony';
import { PageHeader } from './page/page-header';
import { RecordToc } from './page/record-toc';
import { RecordContext, type RecordContextValue } from './record-context';
import { RecordSections } from './record-sections';
import { useRecordData } from './use-record-data';

export interface TestimonyPageProps {
  testimony: TestimonySummary;
  /** Back to the list (the list keeps its search, filters and scroll position). */
  onBack: () => void;
  /** Something in the record changed: the list should reload its row. */
  onChanged: () => void;
  imports: Imports;
  /** Bumped by the home when an import into this testimony ends: reload the files. */
  mediaVersion: number;
  /**
   * Told whether the page holds edits not saved yet, so that the home can ask before it
   * shows another testimony in its place (the page's own Back button asks by itself).
   */
  onUnsavedChange?: (unsaved: boolean) => void;
}

/** One testimony, its sections in the order an interviewer works, its checklist beside them. */
export function TestimonyPage({ testimony, onBack, onChanged, imports, mediaVersion, onUnsavedChange }: TestimonyPageProps) {
  const { t } = useTranslation();
  const loaded = useRecordData(testimony.id, mediaVersion);
  const unsaved = useUnsavedEditsState();
  const [leaving, setLeaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const { reload } = loaded;
  const hasUnsaved = unsaved.sections.length > 0;

  // Arriving on the page is announced like a new page: focus its title.
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => onUnsavedChange?.(hasUnsaved), [onUnsavedChange, hasUnsaved]);

  const refresh = useCallback(async () => {
    await reload();
    onChanged();
  }, [reload, onChanged]);

  const data = loaded.data;
  const context = useMemo<RecordContextValue | null>(
    () => (data ? { testimonyId: testimony.id, view: data.view, custom: data.custom, media: data.media, refresh, refreshTerms: reload } : null),
    [data, testimony.id, refresh, reload],
  );
  const unsavedSections = useMemo(
    () => new Set<SectionId>(SECTION_IDS.filter((section) => unsaved.keys.some((key) => key === section || key.startsWith(`${section}:`)))),
    [unsaved.keys],
  );

  const record = data?.view.record ?? null;
  return (
    <UnsavedEditsContext.Provider value={unsaved}>
      <div className="record-page">
        <PageHeader
          code={record?.code ?? testimony.code}
          title={record?.title ?? testimony.title}
          record={record}
          custom={data?.custom ?? []}
          onBack={() => (hasUnsaved ? setLeaving(true) : onBack())}
          headingRef={heading}
        />
        {loaded.error ? <ErrorText error={loaded.error} /> : null}
        {context ? (
          <RecordContext.Provider value={context}>
            <div className="record-layout">
              <aside className="record-aside" aria-label={t('record.asideLabel')}>
                <RecordToc unsaved={unsavedSections} />
                <CompletenessChecklist items={context.view.completeness} />
              </aside>
              <div className="record-main">
                <RecordSections testimony={testimony} imports={imports} mediaVersion={mediaVersion} />
                <DeleteTestimony
                  testimonyId={testimony.id}
                  code={record?.code ?? testimony.code}
                  onDeleted={() => {
                    onChanged();
                    onBack();
                  }}
                />
              </div>
            </div>
          </RecordContext.Provider>
        ) : loaded.error ? null : (
          <p className="muted">{t('record.loading')}</p>
        )}
        {leaving ? (
          <LeaveDialog
            sections={unsaved.sections}
            onStay={() => setLeaving(false)}
            onLeave={() => {
              setLeaving(false);
              onBack();
            }}
          />
        ) : null}
      </div>
    </UnsavedEditsContext.Provider>
  );
}
