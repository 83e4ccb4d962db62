import { sourceSchema, type Source } from '../../../../../shared/domain/record';
import { orNull } from './place-draft';
import { check, type Checked } from './problems';

export interface SourceDraft {
  channel: string;
  connection: string;
  reliability: string;
  receivedOn: string;
  enteredBy: string;
  notes: string;
}

export function sourceDraft(source: Source): SourceDraft {
  return {
    channel: source.channel ?? '',
    connection: source.connection ?? '',
    reliability: source.reliability ?? '',
    receivedOn: source.receivedOn ?? '',
    enteredBy: source.enteredBy,
    notes: source.notes,
  };
}

export function checkSource(draft: SourceDraft): Checked<Source> {
  return check(sourceSchema, {
    channel: orNull(draft.channel),
    connection: orNull(draft.connection),
    reliability: orNull(draft.reliability),
    receivedOn: orNull(draft.receivedOn),
    enteredBy: draft.enteredBy,
    notes: draft.notes,
  });
}
