import { randomUUID } from 'node:crypto';
import type { VaultApi } from '../../electron/core/api';
import type { OperationInput, OperationOutput } from '../../shared/contract/operations';
import type { OperationName } from '../../shared/contract/names';
import { CONSENT_SCOPES, type ConsentScope } from '../../shared/domain/record';
import type { E2E, VaultPage } from '../harness/vault-harness';
import type { Lang } from './journey';

export const PASSPHRASE = 'correct horse battery staple';

/** One contract operation through the real core's router, as the page would send it. */
export async function call<K extends OperationName>(api: VaultApi, operation: K, input: OperationInput<K>): Promise<OperationOutput<K>> {
  const reply = await api.dispatch(operation, input);
  if (!reply.ok) throw new Error(`${operation}: ${reply.code} ${reply.message}`);
  return reply.value as OperationOutput<K>;
}

export interface SeedTestimony {
  code: string;
  title: string;
  status: 'draft' | 'archived' | 'in-redaction' | 'approved-for-publication' | 'published';
  languages: string[];
  contentWarnings?: string[];
  /** Consent obtained, with these scopes answered yes (the others no). */
  consent?: ConsentScope[];
  interview?: { date: string; place: string };
  /** People linked as survivors: legal name and other spellings. */
  people?: { code: string; legalName: string; spellings?: string[] }[];
}

/**
 * The list's test vault, written through the real core (testimonies.create, records.*,
 * people.*): Arabic names with hamza and diacritics, Latin names with accents, statuses,
 * consent scopes, an approximate interview date.
 */
export const SEED: readonly SeedTestimony[] = [
  {
    code: 'T-2023-001',
    title: 'شهادة أحمد مُصْطَفى عن الاعتقال',
    status: 'draft',
    languages: ['ar'],
    contentWarnings: ['torture'],
    consent: ['archive', 'shareUnMechanisms'],
    interview: { date: '2023-05~', place: 'حلب' },
    people: [{ code: 'P-01', legalName: 'أحمد مُصْطَفى', spellings: ['Ahmad Mustafa'] }],
  },
  {
    code: 'T-2023-002',
    title: 'Shelling of the market in Idlib',
    status: 'archived',
    languages: ['en', 'ar'],
    consent: ['archive'],
    interview: { date: '2022-11-03', place: 'Idlib' },
    people: [{ code: 'P-02', legalName: 'Élodie Martin' }],
  },
  {
    code: 'T-2023-003',
    title: 'Detention at the Mosul checkpoint',
    status: 'in-redaction',
    languages: ['en'],
    consent: ['archive', 'shareNationalProsecutors', 'publishAnonymisedText'],
  },
  {
    code: 'ش-2024-004',
    title: 'اختفاء قسري في دير الزور',
    status: 'published',
    languages: ['ar', 'ckb'],
    contentWarnings: ['enforced-disappearance', 'killing'],
    people: [{ code: 'P-03', legalName: 'فاطمة الزهراء' }],
  },
  {
    code: 'T-2024-005',
    title: 'Interview in Sinjar',
    status: 'archived',
    languages: ['kmr'],
    interview: { date: '2024', place: 'Sinjar' },
  },
];

export async function seedTestimonies(api: VaultApi, seed: readonly SeedTestimony[] = SEED): Promise<void> {
  for (const t of seed) {
    const { id } = await call(api, 'testimonies.create', { code: t.code, title: t.title });
    await call(api, 'records.updateOverview', {
      testimonyId: id,
      overview: { code: t.code, title: t.title, status: t.status, languages: t.languages, contentWarnings: t.contentWarnings ?? [] },
    });
    if (t.consent) {
      const granted = t.consent;
      const scopes = Object.fromEntries(CONSENT_SCOPES.map((scope) => [scope, granted.includes(scope)])) as Record<ConsentScope, boolean>;
      await call(api, 'records.updateConsent', { testimonyId: id, consent: { obtained: 'yes', obtainedOn: '2023-05-02', scopes } });
    }
    if (t.interview) {
      await call(api, 'records.saveSession', {
        testimonyId: id,
        session: { id: randomUUID(), date: t.interview.date, place: { text: t.interview.place }, interviewers: ['Lina K.'] },
      });
    }
    for (const p of t.people ?? []) {
      const person = await call(api, 'people.create', {
        code: p.code,
        identity: { legalName: p.legalName, names: (p.spellings ?? []).map((value) => ({ value, script: 'Latn', kind: 'spelling' as const })) },
      });
      await call(api, 'records.linkPerson', { testimonyId: id, link: { personId: person.id, role: 'survivor' } });
    }
  }
}

/** A vault made and filled through the real core, shown unlocked in the page, in `lang`. */
export async function seededVault(e2e: E2E, lang: Lang): Promise<VaultPage> {
  const vault = await e2e.newVault();
  await call(vault.api, 'vault.create', { passphrase: PASSPHRASE });
  await call(vault.api, 'settings.update', { language: lang });
  await seedTestimonies(vault.api);
  await vault.open();
  return vault;
}
