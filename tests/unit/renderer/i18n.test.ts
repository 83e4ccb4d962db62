import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/errors';
import { ar } from '../../../renderer/src/i18n/ar';
import { en } from '../../../renderer/src/i18n/en';

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf as [dotted key, string]. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

/** The {{variables}} a string interpolates, without their format (`{{n, number}}` -> n). */
function variables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();
}

const english = new Map(leaves(en));
const arabic = new Map(leaves(ar));

// Strings that are the same in both languages on purpose.
const SAME_IN_BOTH = new Set(['language.en', 'language.ar', 'media.sha256']);

describe('UI translations', () => {
  it('English and Arabic have exactly the same keys', () => {
    expect([...arabic.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('every error code of shared/errors.ts has a message in both languages', () => {
    for (const code of ERROR_CODES) {
      expect(english.get(`errors.${code}`), `English errors.${code}`).toBeTruthy();
      expect(arabic.get(`errors.${code}`), `Arabic errors.${code}`).toBeTruthy();
    }
  });

  it('has no error message for a code that does not exist', () => {
    const codes = new Set<string>(ERROR_CODES);
    const extra = [...english.keys()].filter((key) => key.startsWith('errors.') && !codes.has(key.slice('errors.'.length)));
    expect(extra).toEqual([]);
  });

  it('interpolates the same values in both languages', () => {
    for (const [key, text] of english) {
      expect(variables(arabic.get(key) ?? ''), key).toEqual(variables(text));
    }
  });

  it('has no empty string and no English left untranslated in Arabic', () => {
    for (const [key, text] of arabic) {
      expect(text.trim(), key).not.toBe('');
      if (!SAME_IN_BOTH.has(key)) expect(text, key).not.toBe(english.get(key));
    }
  });

  it('every string renders through i18next with all its values filled in', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { en: { translation: en }, ar: { translation: ar } }, lng: 'en', interpolation: { escapeValue: false } });
    for (const language of ['en', 'ar'] as const) {
      const t = i18n.getFixedT(language);
      for (const [key, text] of language === 'en' ? english : arabic) {
        const values = Object.fromEntries(variables(text).map((name) => [name, name === 'code' || name === 'shortcut' ? 'X-1' : 12]));
        const rendered: unknown = t(key as never, values as never);
        expect(typeof rendered, `${language} ${key}`).toBe('string');
        expect(String(rendered), `${language} ${key}`).not.toMatch(/\{\{|\}\}/);
        if (variables(text).length > 0) expect(String(rendered), `${language} ${key}`).toMatch(/12|X-1/);
      }
    }
  });
});
