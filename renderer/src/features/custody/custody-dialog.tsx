import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../ui/modal-dialog';
import { AddressBook } from './address-book';
import { ExportPanel } from './export-panel';
import { ReceiptsPanel } from './receipts-panel';
import { VaultPanel } from './vault-panel';
import './custody.css';

const SECTIONS = ['export', 'recipients', 'receipts', 'vault'] as const;
type Section = (typeof SECTIONS)[number];

/** One dialog, four sections; the export keeps running state while it is shown. */
export function CustodyDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [section, setSection] = useState<Section>('export');
  // While a package is being written the dialog stays open: the person must see the outcome.
  const [busy, setBusy] = useState(false);
  const [receiptId, setReceiptId] = useState<string | null>(null);
  return (
    <ModalDialog title={t('custody.title')} onClose={onClose} closable={!busy} className="custody-dialog">
      <nav className="custody-nav" aria-label={t('custody.nav.label')}>
        {SECTIONS.map((s) => (
          <button
            key={s}
            type="button"
            className="button-quiet"
            aria-current={s === section ? 'page' : undefined}
            disabled={busy && s !== section}
            onClick={() => {
              setSection(s);
              setReceiptId(null);
            }}
          >
            {t(`custody.nav.${s}`)}
          </button>
        ))}
      </nav>
      <div className="custody-section">
        {section === 'export' ? (
          <ExportPanel
            onBusyChange={setBusy}
            onShowReceipt={(id) => {
              setReceiptId(id);
              setSection('receipts');
            }}
          />
        ) : null}
        {section === 'recipients' ? <AddressBook /> : null}
        {section === 'receipts' ? <ReceiptsPanel shown={receiptId} onShow={setReceiptId} /> : null}
        {section === 'vault' ? <VaultPanel onBusyChange={setBusy} /> : null}
      </div>
    </ModalDialog>
  );
}
