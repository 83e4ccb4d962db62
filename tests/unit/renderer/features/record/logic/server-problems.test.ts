import { describe, expect, it } from 'vitest';
import { VaultError } from '../../../../../../shared/errors';
import { fieldRefusal } from '../../../../../../renderer/src/features/record/logic/server-problems';

describe('refusals from the vault, put on the field they are about', () => {
  it('strips the operation input key the core names fields with', () => {
    const error = new VaultError('BAD_INPUT', 'Invalid session.mode: "x" is not a term', { field: 'session.mode', reason: 'unknown term', term: 'x' });
    expect(fieldRefusal(error, { prefix: 'session' })).toEqual({ path: 'mode', problem: { key: 'record.problems.unknownTerm' } });
    expect(fieldRefusal(error)).toEqual({ path: 'session.mode', problem: { key: 'record.problems.unknownTerm' } });
  });

  it('translates the reasons it knows, and gives a general message for the others', () => {
    const refusal = (reason: string) => fieldRefusal(new VaultError('BAD_INPUT', 'English', { field: 'event.victims', reason }), { prefix: 'event' });
    expect(refusal('person not in testimony')?.problem.key).toBe('events.problems.personNotLinked');
    expect(refusal('something new')).toEqual({ path: 'victims', problem: { key: 'record.problems.refused' } });
  });

  it('names the duplicate code, isolated so it keeps its direction in a sentence', () => {
    const error = new VaultError('DUPLICATE_CODE', 'exists', { code: 'T-1', field: 'code' });
    expect(fieldRefusal(error)).toEqual({ path: 'code', problem: { key: 'errors.DUPLICATE_CODE', values: { code: '\u2068T-1\u2069' } } });
    expect(fieldRefusal(error, { duplicate: 'people.problems.codeTaken' })?.problem.key).toBe('people.problems.codeTaken');
  });

  it('leaves to the form what is about no field', () => {
    expect(fieldRefusal(new VaultError('VAULT_LOCKED', 'locked'))).toBeNull();
    expect(fieldRefusal(new VaultError('BAD_INPUT', 'bad', { field: '', reason: 'x' }))).toBeNull();
    expect(fieldRefusal(new VaultError('NOT_FOUND', 'gone', { field: 'x' }))).toBeNull();
    expect(fieldRefusal(new Error('boom'))).toBeNull();
  });
});
