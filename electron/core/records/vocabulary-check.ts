import { VaultError } from '../../../shared/errors';
import { isBuiltInTerm, type VocabularyId } from '../../../shared/domain/vocabularies';
import type { Consent, InterviewSession, PersonIdentity, Source, TestimonyOverview, TestimonyPerson, VaultEvent } from '../../../shared/domain/record';
import type { Db } from '../db/connection';
import { customTermExists } from '../db/queries/vocabulary';

/**
 * Vocabulary fields hold term keys; a key must be one of the built-in terms or one the
 * organisation added. Checked on every write, so a typo in an import cannot invent a term.
 */
type Check = readonly [VocabularyId, string | null, string];

function assertTerms(db: Db, checks: readonly Check[]): void {
  for (const [vocabulary, key, field] of checks) {
    if (key === null || isBuiltInTerm(vocabulary, key) || customTermExists(db, vocabulary, key)) continue;
    throw new VaultError('BAD_INPUT', `Invalid ${field}: "${key}" is not a term of the ${vocabulary} vocabulary.`, { field, reason: 'unknown term', term: key });
  }
}

export const checkOverview = (db: Db, o: TestimonyOverview) => assertTerms(db, o.contentWarnings.map((k, i) => ['contentWarnings', k, `contentWarnings.${i}`] as const));

export const checkSource = (db: Db, s: Source) =>
  assertTerms(db, [
    ['sourceChannels', s.channel, 'source.channel'],
    ['sourceConnections', s.connection, 'source.connection'],
    ['reliability', s.reliability, 'source.reliability'],
  ]);

export const checkConsent = (db: Db, c: Consent) => assertTerms(db, [['consentMethods', c.method, 'consent.method']]);

export const checkSession = (db: Db, s: InterviewSession) =>
  assertTerms(db, [
    ['interviewModes', s.mode, 'session.mode'],
    ['recordingMethods', s.recordingMethod, 'session.recordingMethod'],
    ['coordinatePrecision', s.place.precision, 'session.place.precision'],
  ]);

export const checkEvent = (db: Db, e: VaultEvent) =>
  assertTerms(db, [
    ['actTypes', e.actType, 'event.actType'],
    ['coordinatePrecision', e.place.precision, 'event.place.precision'],
    ...e.perpetrators.map((p, i) => ['perpetratorInvolvement', p.involvement, `event.perpetrators.${i}.involvement`] as const),
  ]);

export const checkLink = (db: Db, l: TestimonyPerson) => assertTerms(db, [['personRoles', l.role, 'role']]);

export const checkIdentity = (db: Db, i: PersonIdentity) => assertTerms(db, [['sexGender', i.sexGender, 'identity.sexGender']]);
