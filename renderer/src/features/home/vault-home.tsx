import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../app/use-load';
import { useLockShortcut } from '../../app/use-shortcut';
import { useVault } from '../../app/vault-client';
import { ErrorText } from '../../ui/error-text';
import { MediaPanel } from '../media/media-panel';
import { useImports } from '../media/use-imports';
import { RecoveryOffer } from '../settings/recovery-offer';
import { AddTestimony } from '../testimonies/add-testimony';
import { TestimonyList } from '../testimonies/testimony-list';

/**
 * The unlocked vault. Everything read from the vault lives in this subtree's state; the app
 * unmounts it on lock, so no testimony data outlives the session in the DOM or in memory
 * that React still references.
 */
export function VaultHome({ onLock }: { onLock: () => void }) {
  const { t } = useTranslation();
  const vault = useVault();
  useLockShortcut(onLock);
  const loadTestimonies = useCallback(() => vault.call('testimonies.list', {}).then((r) => r.items), [vault]);
  const testimonies = useLoad(loadTestimonies);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [mediaVersion, setMediaVersion] = useState(0);
  const { reload } = testimonies;
  const onImportFinished = useCallback(() => {
    setMediaVersion((v) => v + 1);
    reload();
  }, [reload]);
  const imports = useImports(onImportFinished);
  const selected = testimonies.data?.find((item) => item.id === selectedId) ?? null;
  const heading = useRef<HTMLHeadingElement>(null);
  // Arriving in the vault is announced like a new page: focus its first heading.
  useEffect(() => heading.current?.focus(), []);

  return (
    <main className="home">
      <RecoveryOffer onDismissed={() => heading.current?.focus()} />
      <aside className="sidebar" aria-labelledby="testimonies-heading">
        <h1 id="testimonies-heading" className="sidebar-heading" ref={heading} tabIndex={-1}>
          {t('home.testimonies')}
        </h1>
        {testimonies.error ? <ErrorText error={testimonies.error} /> : null}
        {testimonies.data ? <TestimonyList items={testimonies.data} selectedId={selectedId} onSelect={setSelectedId} /> : null}
        <AddTestimony
          onAdded={(testimony) => {
            reload();
            setSelectedId(testimony.id);
          }}
        />
      </aside>
      <div className="detail">
        {selected ? (
          <MediaPanel key={selected.id} testimony={selected} imports={imports} version={mediaVersion} />
        ) : (
          <p className="muted empty-detail">{t('home.nothingSelected')}</p>
        )}
      </div>
    </main>
  );
}
