import { interviewSessionSchema, placeSchema, type InterviewSession } from '../../../../../shared/domain/record';
import { numberText, parseDecimal } from './numbers';
import { orNull, placeDraft, placeInput, type PlaceDraft } from './place-draft';
import { check, type Checked, type Problem } from './problems';

export interface SessionDraft {
  id: string;
  date: string;
  time: string;
  place: PlaceDraft;
  mode: string;
  interviewers: string[];
  interpreter: string;
  languagesUsed: string[];
  othersPresent: string;
  recordingMethod: string;
  durationMinutes: string;
  wellbeingNotes: string;
  referralsOffered: string;
}

/** The form of an interview session; a new one gets a fresh id (the contract's upsert key). */
export function sessionDraft(session: InterviewSession | null, newId: () => string): SessionDraft {
  const s = session ?? interviewSessionSchema.parse({ id: newId() });
  return {
    id: s.id,
    date: s.date ?? '',
    time: s.time ?? '',
    place: placeDraft(s.place ?? placeSchema.parse({})),
    mode: s.mode ?? '',
    interviewers: [...s.interviewers],
    interpreter: s.interpreter,
    languagesUsed: [...s.languagesUsed],
    othersPresent: s.othersPresent,
    recordingMethod: s.recordingMethod ?? '',
    durationMinutes: numberText(s.durationMinutes),
    wellbeingNotes: s.wellbeingNotes,
    referralsOffered: s.referralsOffered,
  };
}

export function checkSession(draft: SessionDraft): Checked<InterviewSession> {
  const problems: Record<string, Problem> = {};
  const duration = parseDecimal(draft.durationMinutes, { integer: true });
  if (!duration.ok) problems.durationMinutes = { key: 'record.problems.wholeNumber' };
  const input = {
    id: draft.id,
    date: orNull(draft.date),
    time: orNull(draft.time),
    place: placeInput(draft.place, 'place', problems),
    mode: orNull(draft.mode),
    interviewers: draft.interviewers,
    interpreter: draft.interpreter,
    languagesUsed: draft.languagesUsed,
    othersPresent: draft.othersPresent,
    recordingMethod: orNull(draft.recordingMethod),
    durationMinutes: duration.ok ? duration.value : null,
    wellbeingNotes: draft.wellbeingNotes,
    referralsOffered: draft.referralsOffered,
  };
  return check(interviewSessionSchema, input, problems);
}
