import { describe, expect, it } from 'vitest';
import { interviewSessionSchema } from '../../../../../../shared/domain/record';
import { checkSession, sessionDraft } from '../../../../../../renderer/src/features/record/logic/session-draft';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('the interview session form', () => {
  it('gives back exactly the session it was made from', () => {
    const session = interviewSessionSchema.parse({
      id: ID,
      date: '2024-03~',
      time: '14:30',
      place: { text: 'حلب', adminArea: 'محافظة حلب', latitude: 36.2021, longitude: 37.1343, precision: 'settlement' },
      mode: 'in-person',
      interviewers: ['ليلى', 'Omar'],
      languagesUsed: ['ar', 'kmr'],
      durationMinutes: 95,
      wellbeingNotes: 'Tired\nbut calm',
    });
    expect(checkSession(sessionDraft(session, () => 'unused'))).toEqual({ ok: true, value: session });
  });

  it('starts a new session with a fresh id and nothing recorded', () => {
    const draft = sessionDraft(null, () => ID);
    expect(draft.id).toBe(ID);
    const checked = checkSession(draft);
    expect(checked.ok && checked.value).toEqual(interviewSessionSchema.parse({ id: ID }));
  });

  it('refuses numbers that are not numbers, a lone coordinate and a duration in hours', () => {
    const draft = sessionDraft(null, () => ID);
    expect(checkSession({ ...draft, place: { ...draft.place, latitude: '36,2', longitude: '' } })).toEqual({
      ok: false,
      problems: { 'place.latitude': { key: 'record.problems.number' } },
    });
    expect(checkSession({ ...draft, place: { ...draft.place, latitude: '36.2' } })).toEqual({
      ok: false,
      problems: { 'place.longitude': { key: 'record.problems.coordinatesPair' } },
    });
    expect(checkSession({ ...draft, durationMinutes: '1.5' })).toEqual({ ok: false, problems: { durationMinutes: { key: 'record.problems.wholeNumber' } } });
  });

  it('reads coordinates typed with Arabic digits', () => {
    const draft = sessionDraft(null, () => ID);
    const checked = checkSession({ ...draft, place: { ...draft.place, latitude: '٣٦٫٢', longitude: '٣٧٫١' } });
    expect(checked.ok && [checked.value.place.latitude, checked.value.place.longitude]).toEqual([36.2, 37.1]);
  });
});
