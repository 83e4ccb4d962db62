import { randomUUID } from 'node:crypto';
import { consentSchema, eventSchema, interviewSessionSchema, personIdentitySchema, testimonyOverviewSchema } from '../../../../shared/domain/record';
import type { z } from 'zod';
import { createTestimony } from '../../../../electron/core/records/testimonies';
import { createPerson } from '../../../../electron/core/records/people-service';
import { linkPerson, saveEvent, saveSession, updateConsent, updateOverview } from '../../../../electron/core/records/record-service';
import type { VaultSession } from '../../../../electron/core/vault/session';

/** Builds realistic records through the real services (each write validated and audited). */
export async function arabicTestimony(session: VaultSession, code = 'SY-2024-001') {
  const testimony = await createTestimony(session, { code, title: 'شهادة عن الاعتقال في حلب' });
  await updateOverview(
    session,
    testimony.id,
    testimonyOverviewSchema.parse({
      code,
      title: 'شهادة عن الاعتقال في حلب',
      summary: 'اعتُقل الشاهد عند حاجز في المدينة وتعرّض للتعذيب.',
      languages: ['ar'],
      contentWarnings: ['torture'],
      tags: ['حلب', 'detention'],
    }),
  );
  const survivor = await createPerson(session, {
    code: `W-${code}`,
    identity: personIdentitySchema.parse({
      legalName: 'أحمد مُصْطَفى الحلبي',
      names: [{ value: 'Ahmad Mustafa al-Halabi', script: 'Latn', kind: 'spelling' }],
      sexGender: 'male',
    }),
  });
  const officer = await createPerson(session, { code: `P-${code}`, identity: personIdentitySchema.parse({ legalName: 'ضابط مجهول' }) });
  await linkPerson(session, testimony.id, { personId: survivor.id, role: 'survivor', ageAtEvents: '34', notes: '' });
  await linkPerson(session, testimony.id, { personId: officer.id, role: 'alleged-perpetrator', ageAtEvents: '', notes: '' });
  const interview = interviewSessionSchema.parse({
    id: randomUUID(),
    date: '2024-03~',
    place: { text: 'غازي عنتاب', adminArea: 'Gaziantep' },
    mode: 'in-person',
    interviewers: ['ليلى'],
    languagesUsed: ['ar'],
  });
  await saveSession(session, testimony.id, interview);
  const event = eventSchema.parse({
    id: randomUUID(),
    actType: 'arbitrary-detention',
    date: '2013-05-12',
    place: { text: 'بالمدينة القديمة في حلب' },
    description: 'احتُجز في فرع المخابرات.',
    victims: [survivor.id],
    perpetrators: [{ personId: officer.id, unit: 'فرع 215', involvement: 'direct-perpetrator' }],
  });
  await saveEvent(session, testimony.id, event);
  const consent: z.input<typeof consentSchema> = {
    obtained: 'yes',
    method: 'written-form',
    obtainedOn: '2024-03-10',
    takenBy: 'ليلى',
    scopes: { archive: true, shareUnMechanisms: true, shareInternationalCourts: true, shareNationalProsecutors: false, publishAnonymisedText: true, publishAudio: false, publishIdentity: false },
  };
  await updateConsent(session, testimony.id, consentSchema.parse(consent));
  return { testimony, survivor, officer, interview, event };
}
