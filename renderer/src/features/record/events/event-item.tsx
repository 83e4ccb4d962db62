import { useTranslation } from 'react-i18next';
import { formatEdtf } from '../../../../../shared/domain/edtf';
import type { VaultEvent } from '../../../../../shared/domain/record';
import { useLanguage } from '../../../app/use-language';
import { useVault } from '../../../app/vault-client';
import { ItemCard } from '../editing/item-card';
import { useEditor } from '../editing/use-editor';
import { useTerms } from '../form/use-terms';
import { checkEvent, eventDraft } from '../logic/event-draft';
import { useRecord } from '../record-context';
import { EventForm } from './event-form';
import { EventView } from './event-view';

export function EventItem({ event, index }: { event: VaultEvent; index: number }) {
  const { t } = useTranslation();
  const vault = useVault();
  const language = useLanguage();
  const terms = useTerms();
  const { testimonyId, refresh } = useRecord();
  const act = terms.label('actTypes', event.actType);
  const name = event.date ? t('events.named', { act, date: formatEdtf(event.date, language) }) : t('events.numbered', { act, n: index + 1 });
  const editor = useEditor({
    id: `events:${event.id}`,
    label: t('record.sections.events'),
    initial: () => eventDraft(event, () => event.id),
    check: checkEvent,
    save: async (value) => {
      await vault.call('records.saveEvent', { testimonyId, event: value });
      await refresh();
    },
    prefix: 'event',
  });
  return (
    <ItemCard
      editor={editor}
      name={name}
      data={{ 'data-event': event.actType }}
      removal={{
        title: t('events.removeTitle', { event: name }),
        text: t('events.removeText'),
        confirmLabel: t('events.removeConfirm'),
        run: async () => {
          await vault.call('records.deleteEvent', { testimonyId, eventId: event.id });
          await refresh();
        },
      }}
      form={(draft) => <EventForm editor={editor} draft={draft} label={t('record.editItem', { item: name })} />}
      view={<EventView event={event} />}
    />
  );
}
