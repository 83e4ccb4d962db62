import { describe, expect, it } from 'vitest';
import { interviewSessionSchema, personIdentitySchema } from '../../../../../../shared/domain/record';
import { check, keptRows, problemAt, renumber } from '../../../../../../renderer/src/features/record/logic/problems';

const ID = '3b241101-e2bb-4255-8caf-4136c566a962';

describe('inline problems from the contract schemas', () => {
  it('says what is wrong with each field, in translation keys, with the limits the schema sets', () => {
    const checked = check(interviewSessionSchema, {
      id: ID,
      date: '2024-02-30',
      time: '25:00',
      interpreter: 'x'.repeat(201),
      languagesUsed: ['ar', 'Kurdish'],
      durationMinutes: 5000,
      place: { latitude: 91 },
    });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems).toEqual({
      date: { key: 'edtf.problems.impossible-date' },
      time: { key: 'record.problems.time' },
      interpreter: { key: 'record.problems.tooLong', values: { max: 200 } },
      'languagesUsed.1': { key: 'record.problems.languageCode' },
      durationMinutes: { key: 'record.problems.atMost', values: { max: 1440 } },
      'place.latitude': { key: 'record.problems.atMost', values: { max: 90 } },
    });
  });

  it('tells apart why a date was refused', () => {
    const problem = (date: string) => {
      const checked = check(interviewSessionSchema, { id: ID, date });
      return checked.ok ? null : checked.problems.date?.key;
    };
    expect(problem('15/03/2024')).toBe('edtf.problems.syntax');
    expect(problem('2024-13')).toBe('edtf.problems.impossible-date');
    expect(problem('2021/2019')).toBe('edtf.problems.interval-order');
    expect(problem('2024-03~')).toBeNull();
  });

  it('refuses line breaks and control characters in one-line fields, and too many items', () => {
    const checked = check(personIdentitySchema, { legalName: 'a\nb', nationality: ['SY', 'IQ', 'LB', 'JO', 'TR', 'DE'], names: [{ value: 'x', script: 'arab', kind: 'alias' }] });
    expect(checked.ok ? null : checked.problems).toEqual({
      legalName: { key: 'record.problems.oneLine' },
      nationality: { key: 'record.problems.tooMany', values: { max: 5 } },
      'names.0.script': { key: 'people.problems.script' },
    });
  });

  it('keeps problems found before the schema and returns the parsed value when there are none', () => {
    const earlier = { 'place.latitude': { key: 'record.problems.number' as const } };
    expect(check(interviewSessionSchema, { id: ID }, earlier)).toEqual({ ok: false, problems: earlier });
    const fine = check(interviewSessionSchema, { id: ID, date: ' 2024-03~ ' });
    expect(fine.ok && fine.value.date).toBe('2024-03~');
  });

  it('finds a list field problem on any of its items, and puts problems of kept rows back on the rows shown', () => {
    expect(problemAt({ 'interviewers.3': { key: 'record.problems.tooLong' } }, 'interviewers')?.key).toBe('record.problems.tooLong');
    expect(problemAt({ 'place.text': { key: 'record.problems.tooLong' } }, 'place.latitude')).toBeUndefined();
    const kept = keptRows(['a', '', 'b', ''], (row) => row === '');
    expect(kept).toEqual([0, 2]);
    expect(renumber({ 'names.1.value': { key: 'record.problems.tooLong' }, code: { key: 'record.problems.required' } }, 'names', kept)).toEqual({
      'names.2.value': { key: 'record.problems.tooLong' },
      code: { key: 'record.problems.required' },
    });
  });
});
