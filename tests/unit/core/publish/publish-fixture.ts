import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { consentSchema, eventSchema, interviewSessionSchema, personIdentitySchema } from '../../../../shared/domain/record';
import { createTestimony } from '../../../../electron/core/records/testimonies';
import { createPerson } from '../../../../electron/core/records/people-service';
import { linkPerson, saveEvent, saveSession, updateConsent } from '../../../../electron/core/records/record-service';
import type { VaultSession } from '../../../../electron/core/vault/session';
import { acceptSuggestions } from '../../../../shared/redaction/decisions';
import type { RedactionDocument } from '../../../../shared/redaction/types';
import { createNarrative, saveNarrative } from '../../../../electron/core/publish/narratives';
import { suggestionsFor, workspace } from '../../../../electron/core/publish/review';
import { newVault } from '../../helpers/vault';

/**
 * An Arabic testimony with several people, built through the real record services: a
 * survivor known by a kunya and an English spelling, her husband (a victim), an officer
 * (alleged perpetrator), an interviewer; a village; a phone number.
 */
export const PEOPLE = {
  survivor: { legalName: 'فاطمة الزهراء حسين', names: [{ value: 'Fatima al-Zahraa Hussein', script: 'Latn', kind: 'spelling' }, { value: 'أم خالد', script: 'Arab', kind: 'nickname' }] },
  husband: { legalName: 'خالد عبد الرحمن', names: [{ value: 'Khaled Abdulrahman', script: 'Latn', kind: 'spelling' }] },
  officer: { legalName: 'سامر يوسف', names: [{ value: 'Samer Youssef', script: 'Latn', kind: 'spelling' }] },
} as const;
export const PHONE = '+963 944 123 456';
export const VILLAGE = 'كفر نبل';
export const INTERVIEWER = 'ليلى مراد';

/** The narrative an editor would write: names in several spellings, with and without diacritics and attached particles. */
export const NARRATIVE_TEXT = [
  'اسمي فاطِمة الزَّهراء حسين، ويناديني الجيران أم خالد. في ربيع 2013 اعتقلوا زوجي خالد عبد الرحمن من بيتنا في كفرنبل.',
  'قال لي الضابط سامر يوسف إن زوجي لن يعود. The officer, Samer Youssef, laughed when I asked about Khaled.',
  `كان رقم هاتفي ${PHONE} وكنت أتصل كل يوم.\nبعد أسابيع رأيتُ صورةً لخالد في قائمة المعتقلين.`,
  'اليوم أعيش مع أطفالي وأريد أن يعرف العالم ما حدث.',
].join('\n\n');

export type ConsentInput = z.input<typeof consentSchema>;

export const FULL_TEXT_CONSENT: ConsentInput = {
  obtained: 'yes',
  method: 'written-form',
  obtainedOn: '2024-03-10',
  scopes: { archive: true, shareUnMechanisms: true, shareInternationalCourts: null, shareNationalProsecutors: false, publishAnonymisedText: true, publishAudio: false, publishIdentity: false },
};

export async function publishFixture(session: VaultSession, code = 'SY-2024-070') {
  const testimony = await createTestimony(session, { code, title: 'شهادة عن اعتقال زوجي' });
  const survivor = await createPerson(session, { code: `S-${code}`, identity: personIdentitySchema.parse({ ...PEOPLE.survivor, sexGender: 'female', contact: PHONE }) });
  const husband = await createPerson(session, { code: `V-${code}`, identity: personIdentitySchema.parse({ ...PEOPLE.husband, sexGender: 'male' }) });
  const officer = await createPerson(session, { code: `P-${code}`, identity: personIdentitySchema.parse({ ...PEOPLE.officer, sexGender: 'male' }) });
  await linkPerson(session, testimony.id, { personId: survivor.id, role: 'survivor', ageAtEvents: '31', notes: '' });
  await linkPerson(session, testimony.id, { personId: husband.id, role: 'victim', ageAtEvents: '', notes: '' });
  await linkPerson(session, testimony.id, { personId: officer.id, role: 'alleged-perpetrator', ageAtEvents: '', notes: '' });
  await saveSession(
    session,
    testimony.id,
    interviewSessionSchema.parse({ id: randomUUID(), date: '2024-03-10', place: { text: 'غازي عنتاب', adminArea: 'Gaziantep' }, mode: 'in-person', interviewers: [INTERVIEWER], languagesUsed: ['ar'] }),
  );
  await saveEvent(
    session,
    testimony.id,
    eventSchema.parse({
      id: randomUUID(),
      actType: 'arbitrary-detention',
      date: '2013-04',
      place: { text: VILLAGE, adminArea: 'إدلب' },
      victims: [husband.id],
      perpetrators: [{ personId: officer.id, unit: '', involvement: 'direct-perpetrator' }],
    }),
  );
  await updateConsent(session, testimony.id, consentSchema.parse(FULL_TEXT_CONSENT));
  return { testimony, survivor, husband, officer };
}

/** The same session acting as another person (a reviewer): only the user differs, the vault is the real one. */
export function asUser(session: VaultSession, id: string, displayName: string): VaultSession {
  session.db.prepare('INSERT OR IGNORE INTO users (id, display_name, created_at) VALUES (?, ?, ?)').run(id, displayName, session.now());
  return Object.create(session, { user: { value: { id, displayName } } }) as VaultSession;
}

/** A vault with the testimony and a saved draft narrative in which every suggestion was accepted (version 2). */
export async function draftWithRedactions() {
  const { session, dir } = await newVault();
  const fx = await publishFixture(session);
  const created = await createNarrative(session, { testimonyId: fx.testimony.id, title: 'شهادة', language: 'ar', from: null });
  const withText: RedactionDocument = { ...created.document, text: NARRATIVE_TEXT };
  const doc = acceptSuggestions(withText, suggestionsFor(workspace(session, created.id, withText)), randomUUID);
  const narrative = await saveNarrative(session, {
    narrativeId: created.id,
    expectedVersion: 1,
    title: 'شهادة',
    publication: { description: 'شهادة امرأة عن اعتقال زوجها', rights: 'CC BY-NC 4.0', publisher: 'Documentation Group' },
    document: doc,
  });
  return { session, dir, fx, narrative };
}
