import { useTranslation } from 'react-i18next';
import { ACCOUNTABILITY_SCOPES } from '../../../../shared/domain/consent';
import type { ConsentScope } from '../../../../shared/domain/record';
import type { TestimonyListItem } from '../../../../shared/domain/testimony-query';
import { labelOf, type CustomTerm } from '../../../../shared/domain/vocabularies';
import type { Language } from '../../i18n/languages';
import { joinList } from './list-format';

/** A value the record does not have yet: a dash to the eye, words to a screen reader. */
export function NotRecorded() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true" className="muted">
        —
      </span>
      <span className="visually-hidden">{t('list.notRecorded')}</span>
    </>
  );
}

/** "Missing: 3" with the items named (hover, and for screen readers), or "Complete". */
export function CompletenessCell({ missing, language }: { missing: TestimonyListItem['missing']; language: Language }) {
  const { t } = useTranslation();
  if (missing.length === 0) {
    return (
      <span className="completeness-done">
        <CheckIcon />
        {t('list.complete')}
      </span>
    );
  }
  const items = t('list.missingItems', { items: joinList(missing.map((item) => t(`list.missing.${item}`)), language) });
  return (
    <span className="completeness-missing" title={items}>
      {t('list.missingCount', { n: missing.length })}
      <span className="visually-hidden">. {items}</span>
    </span>
  );
}

const PUBLICATION_SCOPES: readonly ConsentScope[] = ['publishAnonymisedText', 'publishAudio', 'publishIdentity'];

/**
 * What the survivor agreed to, in three groups an archivist scans for: kept in the archive,
 * shareable with accountability mechanisms, publishable. Each badge names its scopes. A
 * withdrawal comes first and stands out: it takes effect at once, whatever else was granted.
 */
export function ConsentCell({ granted, withdrawn, language }: { granted: readonly ConsentScope[]; withdrawn: readonly ConsentScope[]; language: Language }) {
  const { t } = useTranslation();
  const scopeList = (scopes: readonly ConsentScope[]) => joinList(scopes.map((s) => t(`list.scopes.${s}`)), language);
  const groups = [
    { key: 'archive', label: t('list.consentArchive'), scopes: granted.filter((s) => s === 'archive') },
    { key: 'accountability', label: t('list.consentAccountability'), scopes: granted.filter((s) => ACCOUNTABILITY_SCOPES.includes(s)) },
    { key: 'publication', label: t('list.consentPublication'), scopes: granted.filter((s) => PUBLICATION_SCOPES.includes(s)) },
  ].filter((group) => group.scopes.length > 0);
  const badges = groups.map((group) => ({
    key: group.key,
    label: group.label,
    detail: t('list.consentDetail', { scopes: scopeList(group.scopes) }),
  }));
  if (withdrawn.length > 0) badges.unshift({ key: 'withdrawn', label: t('list.consentWithdrawn'), detail: t('list.consentWithdrawnDetail', { scopes: scopeList(withdrawn) }) });
  if (badges.length === 0) return <span className="muted">{t('list.consentNone')}</span>;
  return (
    <span className="consent-badges">
      {badges.map((badge) => (
        <span key={badge.key} className={`consent-badge consent-badge-${badge.key}`} title={badge.detail}>
          {badge.label}
          <span className="visually-hidden">: {badge.detail}</span>
        </span>
      ))}
    </span>
  );
}

/** A warning sign for the people who will read or listen, with the warnings as its text. */
export function WarningsCell({ warnings, language, customTerms }: { warnings: readonly string[]; language: Language; customTerms: readonly CustomTerm[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return <span className="visually-hidden">{t('list.noWarnings')}</span>;
  const text = t('list.warnings', { items: joinList(warnings.map((key) => labelOf('contentWarnings', key, language, customTerms)), language) });
  return (
    <span className="list-row-warnings" title={text}>
      <svg className="warning-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 3 2 21h20L12 3Z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
        <path d="M12 10v5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        <circle cx="12" cy="18" r="1.2" fill="currentColor" />
      </svg>
      <span className="visually-hidden">{text}</span>
    </span>
  );
}

function CheckIcon() {
  return (
    <svg className="check-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="m5 12.5 4.5 4.5L19 7.5" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
