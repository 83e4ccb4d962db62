import type { Language } from '../../i18n/languages';

/**
 * Intl formatters for the list's cells, made once per UI language: a list of 10,000 rows
 * re-renders on every scroll, and building an Intl object costs far more than using one.
 */
const languageNames = new Map<Language, Intl.DisplayNames>();
const lists = new Map<Language, Intl.ListFormat>();

/** A language code (ISO 639) as a name in the UI language; an unknown code as itself. */
export function languageName(code: string, language: Language): string {
  let names = languageNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'language', fallback: 'code' });
    languageNames.set(language, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    // A code Intl refuses to parse (it came from an import) is still shown.
    return code;
  }
}

/** Several short values joined the way the UI language writes a list ("a, b, c"; "a، وb"). */
export function joinList(values: readonly string[], language: Language): string {
  let format = lists.get(language);
  if (!format) {
    format = new Intl.ListFormat(language, { style: 'short', type: 'unit' });
    lists.set(language, format);
  }
  return format.format(values);
}
