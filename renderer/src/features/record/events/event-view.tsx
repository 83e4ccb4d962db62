import { useTranslation } from 'react-i18next';
import { formatEdtf } from '../../../../../shared/domain/edtf';
import { useLanguage } from '../../../app/use-language';
import type { VaultEvent } from '../../../../../shared/domain/record';
import { FieldList, FieldRow, Typed } from '../editing/field-list';
import { PlaceView } from '../form/place-view';
import { useTerms } from '../form/use-terms';
import { formatOffset } from '../logic/time-offsets';
import { useRecord } from '../record-context';

export function EventView({ event }: { event: VaultEvent }) {
  const { t } = useTranslation();
  const terms = useTerms();
  const { view, media } = useRecord();
  const codeOf = (personId: string) => view.people.find((p) => p.id === personId)?.code ?? personId;
  const description = terms.description('actTypes', event.actType);
  const language = useLanguage();
  return (
    <FieldList>
      <FieldRow label={t('events.actType')}>
        {terms.label('actTypes', event.actType)}
        {description ? <span className="field-hint block">{description}</span> : null}
      </FieldRow>
      <FieldRow label={t('events.date')} empty={event.date === null}>
        {event.date ? <bdi>{formatEdtf(event.date, language)}</bdi> : null}
      </FieldRow>
      <FieldRow label={t('events.place')} empty={event.place.text === '' && event.place.adminArea === '' && event.place.latitude === null}>
        <PlaceView place={event.place} />
      </FieldRow>
      <FieldRow label={t('events.victims')} empty={event.victims.length === 0}>
        <ul className="inline-list">
          {event.victims.map((id) => (
            <li key={id}>
              <Typed value={codeOf(id)} />
            </li>
          ))}
        </ul>
      </FieldRow>
      <FieldRow label={t('events.perpetrators')} empty={event.perpetrators.length === 0}>
        <ul className="plain-list">
          {event.perpetrators.map((p, i) => (
            <li key={i}>
              {p.personId ? <Typed value={codeOf(p.personId)} /> : <span className="muted">{t('events.unknownPerson')}</span>}
              {p.unit ? (
                <>
                  {t('record.place.separator')}
                  <Typed value={p.unit} />
                </>
              ) : null}
              {p.affiliation ? (
                <>
                  {t('record.place.separator')}
                  <Typed value={p.affiliation} />
                </>
              ) : null}
              {p.involvement ? <span className="muted"> ({terms.label('perpetratorInvolvement', p.involvement)})</span> : null}
            </li>
          ))}
        </ul>
      </FieldRow>
      <FieldRow label={t('events.description')} empty={event.description.trim() === ''} prose>
        {event.description}
      </FieldRow>
      <FieldRow label={t('events.consequences')} empty={event.consequences.trim() === ''} prose>
        {event.consequences}
      </FieldRow>
      <FieldRow label={t('events.citations')} empty={event.citations.length === 0}>
        <ul className="plain-list">
          {event.citations.map((c, i) => (
            <li key={i}>
              <bdi>{media.find((m) => m.id === c.mediaId)?.originalName ?? t('consent.fileGone')}</bdi>
              {c.startSeconds !== null || c.endSeconds !== null ? (
                <>
                  {' '}
                  <span dir="ltr">
                    {formatOffset(c.startSeconds) || '…'}–{formatOffset(c.endSeconds) || '…'}
                  </span>
                </>
              ) : null}
              {c.note ? (
                <>
                  {': '}
                  <Typed value={c.note} />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </FieldRow>
    </FieldList>
  );
}
