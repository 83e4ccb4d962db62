import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { descriptionOf, labelOf, type CustomTerm } from '../../../../shared/domain/vocabularies';
import { useLanguage } from '../../app/use-language';
import { isolate } from '../../i18n/error-message';

interface ContentWarningGateProps {
  warnings: readonly string[];
  custom: readonly CustomTerm[];
  fileName: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Shown in place of an original, before its audio or text is first opened in a session: what
 * the testimony contains, and a choice. Nothing of the original is loaded until the person
 * confirms (no media element, no request).
 */
export function ContentWarningGate({ warnings, custom, fileName, onConfirm, onCancel }: ContentWarningGateProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  return (
    <section className="content-warning-gate" role="region" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t('originals.warning.title')}
      </h3>
      <p>{t('originals.warning.intro', { name: isolate(fileName) })}</p>
      <ul className="content-warning-list">
        {warnings.map((key) => {
          const description = descriptionOf('contentWarnings', key, language);
          return (
            <li key={key}>
              <strong>{labelOf('contentWarnings', key, language, custom)}</strong>
              {description ? <span className="field-hint block">{description}</span> : null}
            </li>
          );
        })}
      </ul>
      <p>{t('originals.warning.care')}</p>
      <div className="actions">
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('originals.warning.notNow')}
        </button>
        <button type="button" className="button-primary" onClick={onConfirm}>
          {t('originals.warning.continue')}
        </button>
      </div>
    </section>
  );
}
