import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { TestimonySummary } from '../../../../shared/domain/testimony';
import type { TestimonyListItem } from '../../../../shared/domain/testimony-query';
import { useLockShortcut } from '../../app/use-shortcut';
import { useImports } from '../media/use-imports';
import { InterruptedRecordings } from '../originals/recording/interrupted-recordings';
import { TranscriptFocusContext, type TranscriptFocus } from '../originals/transcript-focus';
import { TestimonyPage } from '../record/testimony-page';
import { RecoveryOffer } from '../settings/recovery-offer';
import { AddTestimony } from '../testimonies/add-testimony';
import { TestimonyListView } from '../testimony-list/testimony-list-view';
import { useBackKeys } from '../testimony-list/use-back-keys';

function summaryOf(item: TestimonyListItem): TestimonySummary {
  return { id: item.id, code: item.code, title: item.title, createdAt: item.createdAt, updatedAt: item.updatedAt, mediaCount: item.mediaCount };
}

/**
 * The unlocked vault: the testimony list, or one testimony's page in its place. Everything
 * read from the vault lives in this subtree's state; the app unmounts it on lock, so no
 * testimony data outlives the session in the DOM or in memory that React still references.
 */
export function VaultHome({ onLock }: { onLock: () => void }) {
  useLockShortcut(onLock);
  const headingId = useId();
  const gridId = `${headingId}-grid`;
  const heading = useRef<HTMLHeadingElement>(null);
  const [opened, setOpened] = useState<TestimonySummary | null>(null);
  // Where the opened testimony's transcript opens: the paragraph a search hit found, if any.
  const [focus, setFocus] = useState<TranscriptFocus | null>(null);
  const open = useCallback((testimony: TestimonySummary, hit: TranscriptFocus | null) => {
    setFocus(hit);
    setOpened(testimony);
  }, []);
  const [unsaved, setUnsaved] = useState(false);
  const [reloadToken, setReloadToken] = useState(0);
  const [mediaVersion, setMediaVersion] = useState(0);
  const reload = useCallback(() => setReloadToken((n) => n + 1), []);
  const onImportFinished = useCallback(() => {
    setMediaVersion((v) => v + 1);
    reload();
  }, [reload]);
  const imports = useImports(onImportFinished);

  // Arriving in the vault is announced like a new page: focus its first heading.
  useEffect(() => heading.current?.focus(), []);

  const back = useCallback(() => {
    setOpened(null);
    setFocus(null);
    setUnsaved(false);
    // Back where the person was: on the list, its active row kept (else on the heading).
    requestAnimationFrame(() => (document.getElementById(gridId) ?? heading.current)?.focus());
    reload();
  }, [reload, gridId]);
  useBackKeys(back, opened !== null && !unsaved);

  return (
    <main className="home">
      <RecoveryOffer onDismissed={() => heading.current?.focus()} />
      <InterruptedRecordings onKept={reload} />
      <TestimonyListView
        hidden={opened !== null}
        reloadToken={reloadToken}
        onRecordsImported={reload}
        onOpen={(item, hit) => open(summaryOf(item), hit)}
        headingId={headingId}
        headingRef={heading}
        gridId={gridId}
        actions={
          <AddTestimony
            onAdded={(testimony) => {
              reload();
              open(testimony, null);
            }}
          />
        }
      />
      {opened ? (
        <div className="testimony-view">
          <TranscriptFocusContext.Provider value={focus}>
            <TestimonyPage
              key={opened.id}
              testimony={opened}
              onBack={back}
              onChanged={reload}
              imports={imports}
              mediaVersion={mediaVersion}
              onUnsavedChange={setUnsaved}
            />
          </TranscriptFocusContext.Provider>
        </div>
      ) : null}
    </main>
  );
}
