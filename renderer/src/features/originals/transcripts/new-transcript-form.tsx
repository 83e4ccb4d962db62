import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranscriptInfo } from '../../../../../shared/domain/media';
import { useLanguage } from '../../../app/use-language';
import { useVault } from '../../../app/vault-client';
import { ErrorText } from '../../../ui/error-text';
import { languageOptions } from '../../record/logic/codes';

interface NewTranscriptFormProps {
  testimonyId: string;
  mediaId: string | null;
  /** The transcript to translate; null starts a transcript. */
  source: TranscriptInfo | null;
  defaultLanguage: string;
  onCreated: (info: TranscriptInfo) => void;
  onCancel: (() => void) | null;
}

/** Starts a transcript of the original, or a translation of a transcript, in a chosen language. */
export function NewTranscriptForm({ testimonyId, mediaId, source, defaultLanguage, onCreated, onCancel }: NewTranscriptFormProps) {
  const { t } = useTranslation();
  const ui = useLanguage();
  const vault = useVault();
  const selectId = useId();
  const [language, setLanguage] = useState(defaultLanguage);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const options = useMemo(() => languageOptions(ui), [ui]);
  const kind = source ? 'translation' : 'transcript';

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    vault.call('transcripts.create', { testimonyId, mediaId: source ? source.mediaId : mediaId, kind, language, sourceId: source?.id ?? null }).then(
      (info) => {
        setBusy(false);
        onCreated(info);
      },
      (caught: unknown) => {
        setBusy(false);
        setError(caught);
      },
    );
  }

  return (
    <form className="tp-new" onSubmit={submit} aria-label={source ? t('transcripts.new.translationHeading') : t('transcripts.new.transcriptHeading')}>
      <div className="field">
        <label htmlFor={selectId}>{source ? t('transcripts.new.translationLanguage') : t('transcripts.new.language')}</label>
        <select id={selectId} value={language} onChange={(event) => setLanguage(event.target.value)}>
          {options.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </select>
      </div>
      <div className="tp-actions">
        <button type="submit" className="button-primary" aria-disabled={busy}>
          {source ? t('transcripts.new.createTranslation') : t('transcripts.new.createTranscript')}
        </button>
        {onCancel ? (
          <button type="button" className="button-quiet" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
      {error ? <ErrorText error={error} /> : null}
    </form>
  );
}
