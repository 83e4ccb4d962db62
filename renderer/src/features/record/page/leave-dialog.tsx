import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/use-language';
import { ConfirmDialog } from '../editing/confirm-dialog';

interface LeaveDialogProps {
  sections: readonly string[];
  onStay: () => void;
  onLeave: () => void;
}

/** Leaving the page with edits not saved: say where they are, and leave only if asked to. */
export function LeaveDialog({ sections, onStay, onLeave }: LeaveDialogProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ConfirmDialog title={t('record.leave.title')} confirmLabel={t('record.leave.confirm')} cancelLabel={t('record.leave.stay')} onConfirm={onLeave} onCancel={onStay} destructive>
      <p>{t('record.leave.text', { sections: new Intl.ListFormat(language, { type: 'conjunction' }).format(sections) })}</p>
    </ConfirmDialog>
  );
}
