import { normalizeForSearch } from '../text/normalize';
import { RedactionError, type OutputLanguage, type PseudonymChoice, type RedactionCategory } from './types';

/**
 * Stand-ins for redacted entities. A pseudonym is consistent (the same entity is "Witness A"
 * everywhere in the testimony, so the narrative stays readable) and unique (two people never
 * share one, or the reader would merge them). It is deterministic: numbered in the order of the
 * subjects given (entities in record order, then hand-marked spans in text order), so building
 * the publication twice gives the same text.
 *
 * People get their role's noun and a letter (Witness A, الشاهد أ; the Arabic letters in abjad
 * order أ ب ج د هـ…, as Arabic documents number); other categories a noun and a number
 * (Place 1, المكان 1). Arabic nouns agree with a person recorded as female (الشاهدة أ): the
 * verbs of an Arabic narrative already agree with her, so the noun reveals nothing more, and a
 * masculine noun with feminine verbs reads as an error. Roles the organisation added get a
 * neutral noun ("Person") unless the caller passes their nouns.
 */

export interface RoleNoun {
  readonly en: string;
  readonly ar: string;
  readonly arFeminine: string;
}

export const ROLE_NOUNS: Readonly<Record<string, RoleNoun>> = {
  survivor: { en: 'Survivor', ar: 'الناجي', arFeminine: 'الناجية' },
  witness: { en: 'Witness', ar: 'الشاهد', arFeminine: 'الشاهدة' },
  victim: { en: 'Victim', ar: 'الضحية', arFeminine: 'الضحية' },
  'family-member': { en: 'Relative', ar: 'القريب', arFeminine: 'القريبة' },
  'alleged-perpetrator': { en: 'Alleged perpetrator', ar: 'الجاني المزعوم', arFeminine: 'الجانية المزعومة' },
  detainee: { en: 'Detainee', ar: 'المعتقل', arFeminine: 'المعتقلة' },
  interviewer: { en: 'Interviewer', ar: 'المحاور', arFeminine: 'المحاورة' },
  interpreter: { en: 'Interpreter', ar: 'المترجم', arFeminine: 'المترجمة' },
};
const PERSON_NOUN: RoleNoun = { en: 'Person', ar: 'الشخص', arFeminine: 'الشخص' };

const CATEGORY_NOUNS: Readonly<Record<Exclude<RedactionCategory, 'person' | 'thirdParty'>, { en: string; ar: string }>> = {
  place: { en: 'Place', ar: 'المكان' },
  date: { en: 'Date', ar: 'التاريخ' },
  organisation: { en: 'Organisation', ar: 'الجهة' },
  identifying: { en: 'Detail', ar: 'التفصيل' },
  other: { en: 'Item', ar: 'العنصر' },
};

const LABELS: Readonly<Record<RedactionCategory, { en: string; ar: string }>> = {
  person: { en: '[name]', ar: '[اسم]' },
  thirdParty: { en: '[third party]', ar: '[طرف ثالث]' },
  place: { en: '[place]', ar: '[مكان]' },
  date: { en: '[date]', ar: '[تاريخ]' },
  organisation: { en: '[organisation]', ar: '[جهة]' },
  identifying: { en: '[identifying detail]', ar: '[تفصيل محدِّد للهوية]' },
  other: { en: '[redacted]', ar: '[محذوف]' },
};

const LETTERS_EN = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const LETTERS_AR = ['أ', 'ب', 'ج', 'د', 'هـ', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن', 'س', 'ع', 'ف', 'ص', 'ق', 'ر', 'ش', 'ت', 'ث', 'خ', 'ذ', 'ض', 'ظ', 'غ'];

export function categoryLabel(category: RedactionCategory, language: OutputLanguage): string {
  return LABELS[category][language];
}

/** Someone or something that needs a pseudonym. */
export interface PseudonymSubject {
  readonly id: string;
  readonly category: RedactionCategory;
  readonly role: string | null;
  readonly gender: 'female' | 'male' | null;
}

export interface PseudonymOptions {
  readonly language: OutputLanguage;
  /** Nouns for the organisation's own role keys (built-in roles need none). */
  readonly roleNouns?: Readonly<Record<string, RoleNoun>>;
}

function ordinal(n: number, letters: boolean, language: OutputLanguage): string {
  const alphabet = language === 'ar' ? LETTERS_AR : LETTERS_EN;
  // Past the alphabet, numbers: still unique, since a letter never equals a number.
  return letters && n < alphabet.length ? alphabet[n]! : String(n + 1);
}

/**
 * A pseudonym for every subject, keyed by subject id. Choices the editor made are kept as they
 * are; generated ones skip any text a choice already took. Throws 'duplicate-pseudonym' when
 * two choices are the same text.
 */
export function assignPseudonyms(
  subjects: readonly PseudonymSubject[],
  choices: readonly PseudonymChoice[],
  options: PseudonymOptions,
): Map<string, string> {
  const result = new Map<string, string>();
  const taken = new Map<string, string>();
  for (const c of choices) {
    const key = normalizeForSearch(c.text);
    const owner = taken.get(key);
    if (owner !== undefined && owner !== c.entityId)
      throw new RedactionError('duplicate-pseudonym', `Entities ${owner} and ${c.entityId} were given the same pseudonym.`, [owner, c.entityId]);
    taken.set(key, c.entityId);
    result.set(c.entityId, c.text);
  }
  const counters = new Map<string, number>();
  for (const s of subjects) {
    if (result.has(s.id)) continue;
    const isPerson = s.category === 'person' || s.category === 'thirdParty';
    let series: string;
    let noun: string;
    if (isPerson) {
      const role = (s.role !== null ? (options.roleNouns?.[s.role] ?? ROLE_NOUNS[s.role]) : undefined) ?? PERSON_NOUN;
      series = role.en;
      noun = options.language === 'en' ? role.en : s.gender === 'female' ? role.arFeminine : role.ar;
    } else {
      const names = CATEGORY_NOUNS[s.category];
      series = names.en;
      noun = names[options.language];
    }
    let n = counters.get(series) ?? 0;
    let text = `${noun} ${ordinal(n, isPerson, options.language)}`;
    while (taken.has(normalizeForSearch(text))) text = `${noun} ${ordinal(++n, isPerson, options.language)}`;
    counters.set(series, n + 1);
    taken.set(normalizeForSearch(text), s.id);
    result.set(s.id, text);
  }
  return result;
}
