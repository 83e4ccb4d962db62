import { eventSchema, placeSchema, type VaultEvent } from '../../../../../shared/domain/record';
import { orNull, placeDraft, placeInput, type PlaceDraft } from './place-draft';
import { check, type Checked, type Problem } from './problems';
import { rowKey } from './row-key';
import { formatOffset, parseOffset } from './time-offsets';

export interface PerpetratorDraft {
  key: string;
  /** '' is "not a person of this testimony, or not known". */
  personId: string;
  unit: string;
  affiliation: string;
  involvement: string;
}

export interface CitationDraft {
  key: string;
  mediaId: string;
  start: string;
  end: string;
  note: string;
}

export interface EventDraft {
  id: string;
  actType: string;
  date: string;
  place: PlaceDraft;
  description: string;
  victims: string[];
  perpetrators: PerpetratorDraft[];
  consequences: string;
  citations: CitationDraft[];
}

export function perpetratorDraft(): PerpetratorDraft {
  return { key: rowKey(), personId: '', unit: '', affiliation: '', involvement: '' };
}

export function citationDraft(mediaId = ''): CitationDraft {
  return { key: rowKey(), mediaId, start: '', end: '', note: '' };
}

export function eventDraft(event: VaultEvent | null, newId: () => string): EventDraft {
  if (!event) {
    return { id: newId(), actType: '', date: '', place: placeDraft(placeSchema.parse({})), description: '', victims: [], perpetrators: [], consequences: '', citations: [] };
  }
  return {
    id: event.id,
    actType: event.actType,
    date: event.date ?? '',
    place: placeDraft(event.place),
    description: event.description,
    victims: [...event.victims],
    perpetrators: event.perpetrators.map((p) => ({ key: rowKey(), personId: p.personId ?? '', unit: p.unit, affiliation: p.affiliation, involvement: p.involvement ?? '' })),
    consequences: event.consequences,
    citations: event.citations.map((c) => ({ key: rowKey(), mediaId: c.mediaId, start: formatOffset(c.startSeconds), end: formatOffset(c.endSeconds), note: c.note })),
  };
}

export function checkEvent(draft: EventDraft): Checked<VaultEvent> {
  const problems: Record<string, Problem> = {};
  if (draft.actType === '') problems.actType = { key: 'record.problems.required' };
  const citations = draft.citations.map((c, i) => {
    const start = parseOffset(c.start);
    const end = parseOffset(c.end);
    if (!start.ok) problems[`citations.${i}.startSeconds`] = { key: 'record.problems.offset' };
    if (!end.ok) problems[`citations.${i}.endSeconds`] = { key: 'record.problems.offset' };
    if (c.mediaId === '') problems[`citations.${i}.mediaId`] = { key: 'record.problems.required' };
    const startSeconds = start.ok ? start.seconds : null;
    const endSeconds = end.ok ? end.seconds : null;
    if (startSeconds !== null && endSeconds !== null && endSeconds < startSeconds) {
      problems[`citations.${i}.endSeconds`] = { key: 'events.problems.endBeforeStart' };
    }
    return { mediaId: c.mediaId, startSeconds, endSeconds, note: c.note };
  });
  const input = {
    id: draft.id,
    actType: draft.actType,
    date: orNull(draft.date),
    place: placeInput(draft.place, 'place', problems),
    description: draft.description,
    victims: draft.victims,
    perpetrators: draft.perpetrators.map((p) => ({ personId: orNull(p.personId), unit: p.unit, affiliation: p.affiliation, involvement: orNull(p.involvement) })),
    consequences: draft.consequences,
    citations,
  };
  return check(eventSchema, input, problems);
}
