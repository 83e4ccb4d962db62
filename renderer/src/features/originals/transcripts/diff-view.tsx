import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Paragraph } from '../../../../../shared/domain/media';
import { useVault } from '../../../app/vault-client';
import { ErrorText } from '../../../ui/error-text';
import { diffParagraphs, type ParagraphChange } from './paragraph-diff';
import { paragraphDirection } from './text-direction';
import { formatTimecode } from './timecode';

interface DiffViewProps {
  transcriptId: string;
  version: number;
  language: string;
}

function Words({ change, language }: { change: ParagraphChange; language: string }) {
  const { t } = useTranslation();
  const text = change.after?.text ?? change.before?.text ?? '';
  return (
    // One element per paragraph, so the added and removed words take the paragraph's direction.
    <p className="tp-diff-text" dir={paragraphDirection(text, language)}>
      {change.words.map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === 'added' ? (
          <ins key={i}>
            <span className="visually-hidden">{t('transcripts.diff.addedWords')}</span>
            {part.text}
          </ins>
        ) : (
          <del key={i}>
            <span className="visually-hidden">{t('transcripts.diff.removedWords')}</span>
            {part.text}
          </del>
        ),
      )}
    </p>
  );
}

const time = (p: Paragraph | null) => (p?.start === null || p?.start === undefined ? '–' : formatTimecode(p.start, { tenths: true }));

function Change({ change, language }: { change: ParagraphChange; language: string }) {
  const { t } = useTranslation();
  return (
    <li className="tp-diff-item" data-change={change.kind}>
      <p className="tp-diff-kind">{t(`transcripts.diff.${change.kind}`)}</p>
      {change.speakerChanged ? (
        <p className="tp-diff-meta">
          {t('transcripts.diff.speaker')} <del dir="auto">{change.before?.speaker || '–'}</del> → <ins dir="auto">{change.after?.speaker || '–'}</ins>
        </p>
      ) : null}
      {change.startChanged ? (
        <p className="tp-diff-meta">
          {t('transcripts.diff.start')}{' '}
          <span dir="ltr">
            <del>{time(change.before)}</del> → <ins>{time(change.after)}</ins>
          </span>
        </p>
      ) : null}
      <Words change={change} language={language} />
    </li>
  );
}

/** What version N changed from version N−1, paragraph by paragraph, word by word. */
export function DiffView({ transcriptId, version, language }: DiffViewProps) {
  const { t } = useTranslation();
  const vault = useVault();
  const headingId = useId();
  const [changes, setChanges] = useState<{ version: number; items: ParagraphChange[] } | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    const get = (v: number) => (v < 1 ? Promise.resolve([]) : vault.call('transcripts.get', { transcriptId, version: v }).then((r) => r.paragraphs));
    Promise.all([get(version - 1), get(version)]).then(
      ([before, after]) => live && setChanges({ version, items: diffParagraphs(before, after) }),
      (caught: unknown) => live && setError(caught),
    );
    return () => {
      live = false;
    };
  }, [vault, transcriptId, version]);

  const shown = changes?.version === version ? changes.items : null;
  const changed = shown?.filter((c) => c.kind !== 'unchanged') ?? [];
  return (
    <section className="tp-diff" aria-labelledby={headingId} data-version={version}>
      <h5 id={headingId}>{version > 1 ? t('transcripts.diff.heading', { version, previous: version - 1 }) : t('transcripts.diff.headingFirst')}</h5>
      {error ? <ErrorText error={error} /> : null}
      {shown === null ? (
        error ? null : <p className="muted">{t('transcripts.diff.loading')}</p>
      ) : changed.length === 0 ? (
        <p className="muted">{t('transcripts.diff.none')}</p>
      ) : (
        <>
          <ol className="tp-diff-list">
            {changed.map((change) => (
              <Change key={change.id} change={change} language={language} />
            ))}
          </ol>
          {shown.length > changed.length ? <p className="muted">{t('transcripts.diff.unchangedCount', { n: shown.length - changed.length })}</p> : null}
        </>
      )}
    </section>
  );
}
