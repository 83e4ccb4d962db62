import { useTranslation } from 'react-i18next';
import { useVault } from '../../../app/vault-client';
import { EditorStatus } from '../editing/editor-status';
import { useNewItem } from '../editing/new-item';
import { SectionFrame } from '../editing/section-frame';
import { useEditor } from '../editing/use-editor';
import { checkEvent, eventDraft } from '../logic/event-draft';
import { useRecord } from '../record-context';
import { EventForm } from './event-form';
import { EventItem } from './event-item';

/** Section 5: the events and acts the testimony describes. */
export function EventsSection() {
  const { t } = useTranslation();
  const vault = useVault();
  const { view, testimonyId, refresh } = useRecord();
  const events = view.record.events;
  const title = t('record.sections.events');
  const adding = useEditor({
    id: 'events:new',
    label: title,
    initial: () => eventDraft(null, () => crypto.randomUUID()),
    check: checkEvent,
    save: async (event) => {
      await vault.call('records.saveEvent', { testimonyId, event });
      await refresh();
    },
    prefix: 'event',
  });
  const heading = t('events.newHeading');
  const add = useNewItem({ editor: adding, addLabel: t('events.add'), heading, form: (draft) => <EventForm editor={adding} draft={draft} label={heading} /> });
  return (
    <SectionFrame section="events" title={title} intro={t('events.intro')} actions={add.button}>
      <EditorStatus editor={adding} />
      {events.length === 0 && adding.draft === null ? <p className="muted">{t('events.none')}</p> : null}
      <ol className="item-list">
        {events.map((event, index) => (
          <EventItem key={event.id} event={event} index={index} />
        ))}
      </ol>
      {add.card}
    </SectionFrame>
  );
}
