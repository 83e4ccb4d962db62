import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PUBLICATION_FORMATS, type ExportResult, type PublicationFormat } from '../../../../../shared/contract/publish-operations';
import { useLanguage } from '../../../app/use-language';
import { useVault } from '../../../app/vault-client';
import { formatPercent } from '../../../i18n/format';
import { ErrorText } from '../../../ui/error-text';
import { ModalDialog } from '../../../ui/modal-dialog';
import type { PublicationConsent } from '../use-narrative';
import { LeakReport } from './leak-report';

interface ExportDialogProps {
  narrativeId: string;
  version: number;
  consent: PublicationConsent | null;
  onClose: () => void;
  /** The export wrote a publication: the narrative is now published. */
  onWritten: () => void;
}

const DECISION_KEY = { granted: 'granted', refused: 'refused', 'not-asked': 'notAsked', withdrawn: 'withdrawn', 'not-obtained': 'notObtained' } as const;

/**
 * Exporting the approved narrative: the formats, whether the survivor's identity is published
 * (only where consent allows it), then the outcome: where it was written, or why nothing was
 * (consent, or every spot where a sensitive term was found in an output).
 */
export function ExportDialog({ narrativeId, version, consent, onClose, onWritten }: ExportDialogProps) {
  const { t } = useTranslation();
  const vault = useVault();
  const language = useLanguage();
  const [formats, setFormats] = useState<ReadonlySet<PublicationFormat>>(new Set(PUBLICATION_FORMATS));
  const [withIdentity, setWithIdentity] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const identityAllowed = consent?.publishIdentity === 'granted';

  const run = async () => {
    if (busy || formats.size === 0) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const answer = await vault.call('publish.export', { narrativeId, expectedVersion: version, formats: [...formats], withIdentity: withIdentity && identityAllowed });
      setResult(answer);
      if (answer.status === 'written') onWritten();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const toggle = (format: PublicationFormat, on: boolean) => {
    const next = new Set(formats);
    if (on) next.add(format);
    else next.delete(format);
    setFormats(next);
  };

  return (
    <ModalDialog title={t('redaction.export.title')} onClose={onClose} closable={!busy} className="pb-export">
      {result?.status === 'written' ? (
        <div className="pb-export-done" role="status">
          <p>{t('redaction.export.written')}</p>
          <p>
            <code dir="ltr" className="pb-path">
              {result.folder}
            </code>
          </p>
          <ul>
            {result.files.map((f) => (
              <li key={f}>
                <code dir="ltr">{f}</code>
              </li>
            ))}
          </ul>
          <button type="button" className="button-primary" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void run();
          }}
        >
          <fieldset>
            <legend>{t('redaction.export.formats')}</legend>
            {PUBLICATION_FORMATS.map((f) => (
              <label key={f} className="pb-check">
                <input type="checkbox" checked={formats.has(f)} onChange={(event) => toggle(f, event.target.checked)} />
                {t(`redaction.export.format.${f}`)}
              </label>
            ))}
            <p className="field-hint">{t('redaction.export.metadata')}</p>
          </fieldset>
          <label className="pb-check">
            <input type="checkbox" checked={withIdentity && identityAllowed} disabled={!identityAllowed} onChange={(event) => setWithIdentity(event.target.checked)} />
            {t('redaction.export.withIdentity')}
          </label>
          <p className="field-hint">
            {identityAllowed ? t('redaction.export.identityAllowed') : t('redaction.export.identityNotAllowed')}
          </p>
          {formats.size === 0 ? <p className="error-text">{t('redaction.export.noFormat')}</p> : null}
          {result?.status === 'refused' && result.reason === 'consent' ? (
            <div className="pb-refused" role="alert">
              <h3>{t('redaction.export.refusedTitle')}</h3>
              <p>
                {t('redaction.export.refusedConsent', {
                  scope: t(`consent.scopes.${result.scope}`),
                  decision: t(`consent.decision.${DECISION_KEY[result.decision]}`),
                })}
              </p>
            </div>
          ) : null}
          {result?.status === 'refused' && result.reason === 'pdf-unavailable' ? (
            <p className="error-text" role="alert">
              {t('redaction.export.pdfUnavailable')}
            </p>
          ) : null}
          {result?.status === 'refused' && result.reason === 'pdf-unreadable' ? (
            <p className="error-text" role="alert">
              {t('redaction.export.pdfUnreadable', { percent: formatPercent(result.readable, language) })}
            </p>
          ) : null}
          {result?.status === 'refused' && result.reason === 'leaks' ? <LeakReport hits={result.hits} /> : null}
          {result?.status === 'cancelled' ? <p className="muted">{t('redaction.export.cancelled')}</p> : null}
          {error ? <ErrorText error={error} /> : null}
          <div className="pb-actions">
            <button type="submit" className="button-primary" aria-disabled={busy || formats.size === 0}>
              {busy ? t('redaction.export.working') : t('redaction.export.submit')}
            </button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
