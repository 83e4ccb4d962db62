import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../../../../../shared/domain/record';
import { checkEvent, citationDraft, eventDraft, perpetratorDraft } from '../../../../../../renderer/src/features/record/logic/event-draft';

const ID = '9f1c8f6e-3b8a-4e0a-9d54-0c4b8d6f2a11';
const PERSON = 'a3bb189e-8bf9-4888-9912-ace4e6543002';
const MEDIA = 'c56a4180-65aa-42ec-a945-5fd21dec0538';

describe('the event form', () => {
  it('gives back exactly the event it was made from, with citations in seconds', () => {
    const event = eventSchema.parse({
      id: ID,
      actType: 'arbitrary-detention',
      date: '2024-02-10',
      place: { text: 'حاجز الراموسة' },
      victims: [PERSON],
      perpetrators: [{ personId: null, unit: 'Branch 215', affiliation: 'Military intelligence', involvement: 'direct-perpetrator' }],
      citations: [{ mediaId: MEDIA, startSeconds: 75, endSeconds: 3723, note: 'arrest' }],
    });
    const draft = eventDraft(event, () => 'unused');
    expect(draft.citations[0]).toMatchObject({ start: '1:15', end: '1:02:03' });
    expect(checkEvent(draft)).toEqual({ ok: true, value: event });
  });

  it('asks for the type of act, a file for each citation, and an end after the start', () => {
    const draft = eventDraft(null, () => ID);
    const checked = checkEvent({
      ...draft,
      citations: [
        { ...citationDraft(), start: '2:00', end: '1:00' },
        { ...citationDraft(MEDIA), start: 'soon' },
      ],
      perpetrators: [perpetratorDraft()],
    });
    expect(checked).toEqual({
      ok: false,
      problems: {
        actType: { key: 'record.problems.required' },
        'citations.0.mediaId': { key: 'record.problems.required' },
        'citations.0.endSeconds': { key: 'events.problems.endBeforeStart' },
        'citations.1.startSeconds': { key: 'record.problems.offset' },
      },
    });
  });

  it('sends an alleged perpetrator not known by name as no person', () => {
    const draft = { ...eventDraft(null, () => ID), actType: 'torture', perpetrators: [{ ...perpetratorDraft(), unit: 'Checkpoint guards' }] };
    const checked = checkEvent(draft);
    expect(checked.ok && checked.value.perpetrators).toEqual([{ personId: null, unit: 'Checkpoint guards', affiliation: '', involvement: null }]);
  });
});
