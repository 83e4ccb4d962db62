import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppliedText } from '../../../../../shared/redaction/apply';
import type { LeakHitView } from '../../../../../shared/contract/publish-operations';
import { paragraphDirection } from '../../originals/transcripts/text-direction';

interface PreviewPaneProps {
  applied: AppliedText;
  language: string;
  /** The core's leak check of the redacted text (the export runs it on every output); null while it runs. */
  leaks: readonly LeakHitView[] | null;
}

/**
 * The narrative as it will be published: replacements highlighted, each paragraph in its own
 * direction, and above it what the leak check would refuse today (masked excerpts: the report
 * never repeats a name).
 */
export function PreviewPane({ applied, language, leaks }: PreviewPaneProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const lines: { start: number; end: number }[] = [];
  let at = 0;
  for (;;) {
    const newline = applied.text.indexOf('\n', at);
    lines.push({ start: at, end: newline === -1 ? applied.text.length : newline });
    if (newline === -1) break;
    at = newline + 1;
  }
  return (
    <section className="pb-preview" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('redaction.preview.heading')}</h4>
      {leaks === null ? (
        <p className="muted">{t('redaction.preview.checking')}</p>
      ) : leaks.length === 0 ? (
        <p className="pb-clean" role="status">
          {t('redaction.preview.clean')}
        </p>
      ) : (
        <div className="pb-leaks" role="alert">
          <p>{t('redaction.preview.leaks', { n: leaks.length })}</p>
          <ol>
            {leaks.map((h) => (
              <li key={`${h.start}:${h.end}`} dir="auto">
                {h.excerpt} — <strong>{h.found}</strong>
              </li>
            ))}
          </ol>
        </div>
      )}
      <div className="pb-text pb-preview-text" data-testid="narrative-preview">
        {lines.map((line) => {
          const content = applied.text.slice(line.start, line.end);
          const pieces: ReactNode[] = [];
          let cursor = line.start;
          for (const s of applied.spans) {
            if (s.outputEnd <= line.start || s.outputStart >= line.end) continue;
            const from = Math.max(s.outputStart, line.start);
            const to = Math.min(s.outputEnd, line.end);
            if (from > cursor) pieces.push(applied.text.slice(cursor, from));
            pieces.push(
              <mark key={s.redactionId} className="pb-replaced">
                {applied.text.slice(from, to)}
              </mark>,
            );
            cursor = to;
          }
          if (cursor < line.end) pieces.push(applied.text.slice(cursor, line.end));
          return (
            <p key={line.start} className={pieces.length === 0 ? 'pb-blank' : undefined} dir={paragraphDirection(content, language)}>
              {pieces.length === 0 ? '\u00a0' : pieces}
            </p>
          );
        })}
      </div>
    </section>
  );
}
