import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordView } from '../../../../../shared/contract/record-operations';
import { CHECKLIST_SECTION, sectionHeadingId } from '../logic/sections';
import { goToSection } from '../editing/section-frame';

/**
 * What the testimony still lacks for an accountability mechanism, as a checklist (a court
 * needs each item, not a percentage); each item leads to the section that fixes it.
 */
export function CompletenessChecklist({ items }: { items: RecordView['completeness'] }) {
  const { t } = useTranslation();
  const done = items.filter((i) => i.done).length;
  return (
    <section className="checklist" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading" className="aside-heading">
        {t('record.checklist.title')}
      </h2>
      <p className="muted checklist-count">{t('record.checklist.count', { done, total: items.length })}</p>
      <ul>
        {items.map(({ item, done: ok }) => {
          const section = CHECKLIST_SECTION[item];
          const go = (event: MouseEvent) => {
            event.preventDefault();
            goToSection(section);
          };
          return (
            <li key={item} className={ok ? 'check-done' : 'check-missing'} data-check={item} data-done={ok}>
              <span className="check-mark" aria-hidden="true">
                {ok ? '✓' : '○'}
              </span>
              <a href={`#${sectionHeadingId(section)}`} onClick={go}>
                {t(`record.checklist.items.${item}`)}
              </a>
              <span className="visually-hidden">{ok ? t('record.checklist.done') : t('record.checklist.missing')}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
