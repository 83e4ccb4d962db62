import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A read-only list of a section's fields. */
export function FieldList({ children, className }: { children: ReactNode; className?: string }) {
  return <dl className={`record-fields ${className ?? ''}`}>{children}</dl>;
}

interface FieldRowProps {
  label: ReactNode;
  /** Nothing recorded: says so instead of leaving a blank. */
  empty?: boolean;
  /** Long text: line breaks kept, the whole row's width. */
  prose?: boolean;
  children?: ReactNode;
}

export function FieldRow({ label, empty, prose, children }: FieldRowProps) {
  const { t } = useTranslation();
  return (
    <div className={`record-field ${prose ? 'record-field-prose' : ''}`}>
      <dt>{label}</dt>
      {empty ? (
        <dd className="not-recorded">{t('record.notRecorded')}</dd>
      ) : (
        <dd dir={prose ? 'auto' : undefined} className={prose ? 'prose' : undefined}>
          {children}
        </dd>
      )}
    </div>
  );
}

/** A value typed by a person (any script): isolated so it keeps its own direction. */
export function Typed({ value }: { value: string }) {
  return <bdi>{value}</bdi>;
}
