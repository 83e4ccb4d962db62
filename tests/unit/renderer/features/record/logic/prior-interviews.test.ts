import { describe, expect, it } from 'vitest';
import { elsewhere, priorInterviewText } from '../../../../../../renderer/src/features/record/logic/prior-interviews';

const FSI = '\u2068';
const PDI = '\u2069';
const role = (key: string) => (key === 'survivor' ? 'Survivor' : key);

describe('"previously interviewed on … by …"', () => {
  it('says when and by whom, with each value isolated for the bidirectional algorithm', () => {
    const text = priorInterviewText({ testimonyId: 'a', testimonyCode: 'T-17', role: 'survivor', sessionDate: '2024-03~', interviewers: ['Layla', 'Omar'] }, 'en', role);
    expect(text).toEqual({
      key: 'people.prior.dateBy',
      values: { date: `${FSI}about March 2024${PDI}`, interviewers: `${FSI}Layla${PDI} and ${FSI}Omar${PDI}`, code: `${FSI}T-17${PDI}`, role: 'survivor' },
    });
  });

  it('words the sentence for what is known, in Arabic too', () => {
    const base = { testimonyId: 'a', testimonyCode: 'ش-1', role: 'survivor' };
    expect(priorInterviewText({ ...base, sessionDate: null, interviewers: ['ليلى'] }, 'ar', role).key).toBe('people.prior.by');
    expect(priorInterviewText({ ...base, sessionDate: '2023', interviewers: [] }, 'ar', role)).toMatchObject({ key: 'people.prior.date', values: { date: `${FSI}2023${PDI}`, role: 'Survivor' } });
    expect(priorInterviewText({ ...base, sessionDate: null, interviewers: [] }, 'en', role).key).toBe('people.prior.undated');
  });

  it('counts only interviews in other testimonies as previous', () => {
    const list = [
      { testimonyId: 'this', testimonyCode: 'A', role: 'witness', sessionDate: null, interviewers: [] },
      { testimonyId: 'other', testimonyCode: 'B', role: 'witness', sessionDate: null, interviewers: [] },
    ];
    expect(elsewhere(list, 'this').map((i) => i.testimonyCode)).toEqual(['B']);
  });
});
