import { parseEdtf } from '../domain/edtf';
import { searchTokens } from '../text/normalize';
import type { Entity, OutputLanguage, RedactionCategory } from './types';

/**
 * The generalise policy: keep what the narrative needs, drop what points to a person.
 * - A date becomes its year: the year the span itself names (12 May 2013, ١٢/٥/٢٠١٣ -> 2013),
 *   else the years of the entity's EDTF date (199X -> 1990–1999). Digits keep the span's style
 *   (Arabic-Indic in, Arabic-Indic out), so the sentence still reads as typed.
 * - A place becomes its region (the record's adminArea) when the record knows it.
 * - An age ("34", "34 years old", "عمره ٣٤ عاماً") becomes its decade: aged 30–39.
 * Anything else cannot be generalised: null, and the caller uses the category label.
 */

const AGE_WORDS = new Set(
  'years year yrs old aged age about around approximately nearly almost of سنه سنوات سنين عام عاما اعوام سن العمر عمر عمره عمرها بعمر من حوالي تقريبا نحو قرابه'.split(' '),
);

/** Four-digit years named in a text (any digit class), or null when it names none or several. */
function yearOf(text: string): string | null {
  const years = new Set(searchTokens(text).filter((t) => /^\d{4}$/u.test(t) && Number(t) >= 1000));
  return years.size === 1 ? [...years][0]! : null;
}

function yearsOfEdtf(edtf: string | null): string | null {
  if (edtf === null) return null;
  const parsed = parseEdtf(edtf);
  if (!parsed.ok) return null;
  const from = parsed.value.bounds.earliest?.slice(0, 4);
  const to = parsed.value.bounds.latest?.slice(0, 4);
  if (from === undefined || to === undefined) return null;
  return from === to ? from : `${from}–${to}`;
}

/** Writes ASCII digits in the digit class the source text used. */
function inDigitsOf(source: string, value: string): string {
  const base = /[\u0660-\u0669]/u.test(source) ? 0x0660 : /[\u06f0-\u06f9]/u.test(source) ? 0x06f0 : null;
  return base === null ? value : value.replace(/\d/gu, (d) => String.fromCodePoint(base + Number(d)));
}

function ageRange(text: string, language: OutputLanguage): string | null {
  const tokens = searchTokens(text);
  const numbers = tokens.filter((t) => /^\d{1,3}$/u.test(t));
  if (numbers.length !== 1 || !tokens.every((t) => /^\d{1,3}$/u.test(t) || AGE_WORDS.has(t))) return null;
  const age = Number(numbers[0]);
  if (age > 120) return null;
  const lo = Math.floor(age / 10) * 10;
  if (lo === 0) return language === 'en' ? 'under 10' : 'دون العاشرة';
  return inDigitsOf(text, language === 'en' ? `aged ${lo}–${lo + 9}` : `بين ${lo} و${lo + 9} عامًا`);
}

export function generalise(category: RedactionCategory, text: string, entity: Entity | undefined, language: OutputLanguage): string | null {
  switch (category) {
    case 'date': {
      const year = yearOf(text) ?? yearsOfEdtf(entity?.edtf ?? null);
      return year === null ? null : inDigitsOf(text, year);
    }
    case 'place':
      return entity !== undefined && entity.adminArea !== '' ? entity.adminArea : null;
    case 'identifying':
    case 'other':
      return ageRange(text, language);
    default:
      return null;
  }
}
