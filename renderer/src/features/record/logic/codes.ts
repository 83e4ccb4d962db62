import { normalizeForSearch } from '../../../../../shared/text/normalize';
import type { Language } from '../../../i18n/languages';

/**
 * ISO 639 language codes and ISO 3166-1 country codes, named in the UI language by Intl.
 * Where ICU names a code badly for this work (it calls kmr plain "Kurdish", has no name for
 * several Arabic and Neo-Aramaic varieties) the name is given here.
 */
const LANGUAGE_NAMES: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  ckb: { en: 'Central Kurdish (Sorani)', ar: 'الكردية الوسطى (السورانية)' },
  kmr: { en: 'Northern Kurdish (Kurmanji)', ar: 'الكردية الشمالية (الكرمانجية)' },
  sdh: { en: 'Southern Kurdish', ar: 'الكردية الجنوبية' },
  apc: { en: 'Levantine Arabic', ar: 'العربية الشامية' },
  acm: { en: 'Mesopotamian Arabic', ar: 'العربية العراقية' },
  arz: { en: 'Egyptian Arabic', ar: 'العربية المصرية' },
  aii: { en: 'Assyrian Neo-Aramaic', ar: 'الآرامية الآشورية الحديثة' },
  prs: { en: 'Dari', ar: 'الدارية' },
};

/** Offered first: the languages testimonies in the region are given in. */
export const COMMON_LANGUAGES = ['ar', 'apc', 'acm', 'ckb', 'kmr', 'sdh', 'tr', 'syr', 'aii', 'hy', 'fa', 'prs', 'ps', 'ur', 'so', 'ti', 'am', 'rhg', 'my', 'uk', 'ru', 'en', 'fr', 'de'];

const cache = new Map<string, Intl.DisplayNames>();
function names(language: Language, type: 'language' | 'region' | 'script'): Intl.DisplayNames {
  const key = `${language}:${type}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.DisplayNames([language], { type, fallback: 'none' });
    cache.set(key, found);
  }
  return found;
}

function safeOf(display: Intl.DisplayNames, code: string): string | undefined {
  try {
    return display.of(code);
  } catch {
    // DisplayNames throws on a code that is not well-formed: it has no name.
    return undefined;
  }
}

export function languageName(code: string, language: Language): string {
  return LANGUAGE_NAMES[code]?.[language] ?? safeOf(names(language, 'language'), code) ?? code;
}

/** An ISO 15924 script (Arab, Latn, Syrc) by its name, with the code where ICU has none. */
export function scriptName(code: string, language: Language): string {
  return safeOf(names(language, 'script'), code) ?? code;
}

/** Regions that are not countries (EU, UN, "Outlying Oceania", "Unknown Region"). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB']);

export function countryName(code: string, language: Language): string {
  return NOT_COUNTRIES.has(code) ? code : (safeOf(names(language, 'region'), code) ?? code);
}

function allTwoLetter(): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return [...letters].flatMap((a) => [...letters].map((b) => a + b));
}

export interface CodeOption {
  code: string;
  name: string;
}

/** Every language the picker lists: the common ones first, then every ISO 639-1 code ICU names. */
export function languageOptions(language: Language): CodeOption[] {
  const rest = allTwoLetter()
    .filter((code) => !COMMON_LANGUAGES.includes(code) && safeOf(names('en', 'language'), code) !== undefined)
    .map((code) => ({ code, name: languageName(code, language) }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
  return [...COMMON_LANGUAGES.map((code) => ({ code, name: languageName(code, language) })), ...rest];
}

export function countryOptions(language: Language): CodeOption[] {
  return allTwoLetter()
    .map((c) => c.toUpperCase())
    .filter((code) => !NOT_COUNTRIES.has(code) && safeOf(names('en', 'region'), code) !== undefined)
    .map((code) => ({ code, name: countryName(code, language) }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
}

/**
 * What a person typed into a code picker: a code ("ckb", "SY"), or a name in either UI
 * language ("Kurdish", "العربية", "سوريا"), matched without case, diacritics or hamza
 * differences. Null when it is neither.
 */
export function resolveCode(typed: string, options: readonly CodeOption[], kind: 'language' | 'country', other: readonly CodeOption[] = []): string | null {
  const text = typed.trim();
  if (text === '') return null;
  const pattern = kind === 'language' ? /^[a-z]{2,3}$/i : /^[a-z]{2}$/i;
  if (pattern.test(text)) {
    const code = kind === 'language' ? text.toLowerCase() : text.toUpperCase();
    return kind === 'country' && options.every((o) => o.code !== code) ? null : code;
  }
  const wanted = normalizeForSearch(text);
  const hit = [...options, ...other].find((o) => normalizeForSearch(o.name) === wanted || normalizeForSearch(`${o.name} ${o.code}`) === wanted);
  return hit?.code ?? null;
}
