import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupTool, FixityTool, ImportTool } from './vault-tools';
import { VaultDetailsForm } from './vault-details-form';

/** Vault details for packages, and the custodian's checks: fixity, backup, received packages. */
export function VaultPanel({ onBusyChange }: { onBusyChange: (busy: boolean) => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Record<string, boolean>>({});
  const anyBusy = Object.values(busy).some(Boolean);
  useEffect(() => onBusyChange(anyBusy), [anyBusy, onBusyChange]);
  const track = (name: string) => (value: boolean) => setBusy((b) => ({ ...b, [name]: value }));
  return (
    <div className="custody-panel">
      <VaultDetailsForm />
      <h3>{t('custody.tools.heading')}</h3>
      <FixityTool onBusyChange={track('fixity')} />
      <BackupTool onBusyChange={track('backup')} />
      <ImportTool onBusyChange={track('import')} />
    </div>
  );
}
