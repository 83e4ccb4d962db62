import { eventSchema, interviewSessionSchema, personSchema, testimonyPersonSchema } from '../../../../shared/domain/record';
import type { RedactionSource } from '../../../../shared/redaction/entities';
import { redactionDocumentSchema, type CustomEntity, type RedactionDocument } from '../../../../shared/redaction/types';

/**
 * A testimony record as the core holds it, built through the record's own schemas (so the
 * shapes and defaults are the real ones): a survivor with Arabic and Latin spellings, a
 * detained brother, an alleged perpetrator, an event with its place and unit, a session.
 */

export const IDS = {
  survivor: '11111111-1111-4111-8111-111111111111',
  brother: '22222222-2222-4222-8222-222222222222',
  officer: '33333333-3333-4333-8333-333333333333',
  event: '44444444-4444-4444-8444-444444444444',
  session: '55555555-5555-4555-8555-555555555555',
} as const;

export const survivor = personSchema.parse({
  id: IDS.survivor,
  code: 'S-017',
  identity: {
    legalName: 'فاطمة أحمد الحلبي',
    names: [
      { value: 'Fatima Ahmad al-Halabi', script: 'Latn', kind: 'spelling' },
      { value: 'Fatma Halabi', script: 'Latn', kind: 'spelling' },
      { value: 'أم خالد', script: 'Arab', kind: 'nickname' },
    ],
    sexGender: 'female',
    birthDate: '1985-03-12',
    contact: 'هاتف: +963 944 123 456\nEmail: fatima.h@example.org\nالعنوان: حي الفردوس، بناء 4',
  },
});

export const brother = personSchema.parse({
  id: IDS.brother,
  code: 'V-002',
  identity: {
    legalName: 'أحمد الحلبي',
    names: [
      { value: 'Ahmad al-Halabi', script: 'Latn', kind: 'spelling' },
      { value: 'Ahmed Halabi', script: 'Latn', kind: 'spelling' },
    ],
    sexGender: 'male',
  },
});

export const officer = personSchema.parse({
  id: IDS.officer,
  code: 'P-001',
  identity: { legalName: 'سامر منصور', names: [{ value: 'Abu Ali', script: 'Latn', kind: 'alias' }] },
});

export function recordSource(custom: readonly CustomEntity[] = []): RedactionSource {
  return {
    people: [survivor, brother, officer],
    roles: [
      testimonyPersonSchema.parse({ personId: IDS.survivor, role: 'survivor' }),
      testimonyPersonSchema.parse({ personId: IDS.brother, role: 'family-member' }),
    ],
    events: [
      eventSchema.parse({
        id: IDS.event,
        actType: 'arbitrary-detention',
        date: '2012-06-05',
        place: { text: 'كفرنبل، إدلب', adminArea: 'إدلب' },
        victims: [IDS.brother],
        perpetrators: [{ personId: IDS.officer, unit: 'فرع 215', affiliation: 'الأمن العسكري' }],
      }),
    ],
    sessions: [
      interviewSessionSchema.parse({
        id: IDS.session,
        place: { text: 'Gaziantep', adminArea: '' },
        interviewers: ['Layla Haddad'],
        interpreter: '',
      }),
    ],
    custom,
  };
}

export function doc(text: string, extra: Partial<RedactionDocument> = {}): RedactionDocument {
  return redactionDocumentSchema.parse({ text, ...extra });
}

/** Ids for new redactions, deterministic within a test. */
export function idCounter(prefix = 'r'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}
