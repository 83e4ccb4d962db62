import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Narrative } from '../../../../shared/contract/publish-operations';
import type { TranscriptInfo } from '../../../../shared/domain/media';
import { useVault } from '../../app/vault-client';
import { ErrorText } from '../../ui/error-text';
import { SelectInput } from '../record/form/select-input';

interface NewNarrativeFormProps {
  testimonyId: string;
  onCreated: (narrative: Narrative) => void;
  onCancel: () => void;
}

const BLANK = '';

/**
 * Starts a narrative: from the latest saved version of a transcript or a translation (its text
 * is copied; the transcript itself never changes), or from a blank page to write on.
 */
export function NewNarrativeForm({ testimonyId, onCreated, onCancel }: NewNarrativeFormProps) {
  const { t } = useTranslation();
  const vault = useVault();
  const [sources, setSources] = useState<readonly TranscriptInfo[]>([]);
  const [title, setTitle] = useState('');
  const [from, setFrom] = useState(BLANK);
  const [language, setLanguage] = useState<'ar' | 'en'>('ar');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missingTitle, setMissingTitle] = useState(false);

  useEffect(() => {
    let live = true;
    vault.call('transcripts.list', { testimonyId }).then(
      (answer) => {
        if (!live) return;
        const saved = answer.items.filter((i) => i.latestVersion > 0);
        setSources(saved);
        const first = saved[0];
        if (first) {
          setFrom(first.id);
          setLanguage(first.language === 'en' ? 'en' : 'ar');
        }
      },
      (caught: unknown) => live && setError(caught),
    );
    return () => {
      live = false;
    };
  }, [vault, testimonyId]);

  const chooseSource = (id: string) => {
    setFrom(id);
    const info = sources.find((s) => s.id === id);
    if (info) setLanguage(info.language === 'en' ? 'en' : 'ar');
  };

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (busy) return;
    if (title.trim() === '') {
      setMissingTitle(true);
      return;
    }
    setBusy(true);
    setError(null);
    vault.call('publish.create', { testimonyId, title: title.trim(), language, from: from === BLANK ? null : { transcriptId: from } }).then(
      (created) => {
        setBusy(false);
        onCreated(created);
      },
      (caught: unknown) => {
        setBusy(false);
        setError(caught);
      },
    );
  }

  return (
    <form className="pb-new" onSubmit={submit} aria-labelledby="pb-new-heading">
      <h3 id="pb-new-heading">{t('redaction.create.heading')}</h3>
      <label className="pb-title-field">
        {t('redaction.create.title')}
        <input dir="auto" value={title} aria-invalid={missingTitle || undefined} onChange={(event) => setTitle(event.target.value)} autoFocus />
      </label>
      {missingTitle && title.trim() === '' ? (
        <p className="error-text" role="alert">
          {t('redaction.create.titleMissing')}
        </p>
      ) : null}
      <SelectInput
        label={t('redaction.create.from')}
        value={from}
        onChange={chooseSource}
        options={[
          ...sources.map((s) => ({
            value: s.id,
            label: t(`redaction.create.source.${s.kind}`, { language: s.language, version: s.latestVersion }),
          })),
          { value: BLANK, label: t('redaction.create.blank') },
        ]}
      />
      <SelectInput
        label={t('redaction.create.language')}
        value={language}
        onChange={(value) => setLanguage(value === 'en' ? 'en' : 'ar')}
        options={[
          { value: 'ar', label: t('redaction.language.ar') },
          { value: 'en', label: t('redaction.language.en') },
        ]}
        hint={t('redaction.create.languageHint')}
      />
      {error ? <ErrorText error={error} /> : null}
      <div className="pb-actions">
        <button type="submit" className="button-primary" aria-disabled={busy}>
          {t('redaction.create.submit')}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
