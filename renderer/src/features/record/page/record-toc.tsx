import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTION_IDS, sectionHeadingId, type SectionId } from '../logic/sections';
import { goToSection } from '../editing/section-frame';

interface RecordTocProps {
  /** Sections with edits not saved yet. */
  unsaved: ReadonlySet<SectionId>;
}

/** The sections, in order: every one reachable from the keyboard in one step. */
export function RecordToc({ unsaved }: RecordTocProps) {
  const { t } = useTranslation();
  const go = (section: SectionId) => (event: MouseEvent) => {
    // The heading takes focus: a screen reader and the keyboard continue from there.
    event.preventDefault();
    goToSection(section);
  };
  return (
    <nav className="record-toc" aria-label={t('record.tocLabel')}>
      <ol>
        {SECTION_IDS.map((section) => (
          <li key={section}>
            <a href={`#${sectionHeadingId(section)}`} onClick={go(section)}>
              {t(`record.sections.${section}`)}
            </a>
            {unsaved.has(section) ? <span className="unsaved-mark"> {t('record.unsavedMark')}</span> : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
