import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TestimonySummary } from '../../../../shared/domain/testimony';
import { AddTestimonyForm } from './add-testimony-form';

/** The "Add testimony" disclosure: a button that opens the form under it. */
export function AddTestimony({ onAdded }: { onAdded: (testimony: TestimonySummary) => void }) {
  const { t } = useTranslation();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const toggle = useRef<HTMLButtonElement>(null);

  function close(): void {
    setOpen(false);
    // Focus returns to where the person opened the form from.
    toggle.current?.focus();
  }

  return (
    <div className="add-testimony-area">
      <button
        type="button"
        ref={toggle}
        className="button-primary add-testimony-toggle"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onClick={() => {
          setAnnouncement('');
          setOpen((o) => !o);
        }}
      >
        {t('testimony.add')}
      </button>
      {open ? (
        <div id={formId} className="add-testimony-panel">
          <AddTestimonyForm
            onClose={close}
            onAdded={(testimony) => {
              setAnnouncement(t('testimony.added'));
              close();
              onAdded(testimony);
            }}
          />
        </div>
      ) : null}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
