import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportRecordsDialog } from './export-records-dialog';

/** "Import records…" and "Export records…" in the list's header. */
export function RecordsActions({ importing, onImport }: { importing: boolean; onImport: () => void }) {
  const { t } = useTranslation();
  const [exporting, setExporting] = useState(false);
  const exportButton = useRef<HTMLButtonElement>(null);
  const wasExporting = useRef(false);
  // Focus goes back to the button once the dialog is gone (the page is inert while it is open).
  useEffect(() => {
    if (wasExporting.current && !exporting) exportButton.current?.focus();
    wasExporting.current = exporting;
  }, [exporting]);
  return (
    <div className="records-actions">
      <button type="button" className="button-secondary" aria-disabled={importing} onClick={onImport}>
        {importing ? t('list.records.importing') : t('list.records.import')}
      </button>
      <button type="button" ref={exportButton} className="button-secondary" onClick={() => setExporting(true)}>
        {t('list.records.export')}
      </button>
      {exporting ? (
        <ExportRecordsDialog onClose={() => setExporting(false)} />
      ) : null}
    </div>
  );
}
