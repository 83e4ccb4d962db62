import { MONTH_NAMES_EN } from '../domain/edtf-calendar';
import { parseEdtf } from '../domain/edtf';

/**
 * The ways a recorded date (EDTF) is likely written in a testimony, as search terms: a birth
 * date or the date of an arrest narrows down who spoke. Only dates precise to the month or day
 * give terms: a year alone is what dates generalise to, and looking for it would flag every
 * mention of the year. Digits-only forms are compared as digit strings by the matcher
 * (matching.ts), so 1990-05-12, 12/05/1990 and ١٢-٠٥-١٩٩٠ are one term; day-first and
 * month-first orders are both listed (testimonies reach us typed on both kinds of systems).
 */

/** Levantine/Iraqi and Egyptian/Gulf month names (edtf-format.ts prints them as a pair). */
const MONTHS_AR_LEVANT = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
const MONTHS_AR_EGYPT = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

export function dateTerms(edtf: string): string[] {
  const parsed = parseEdtf(edtf);
  if (!parsed.ok || parsed.value.kind !== 'date' || parsed.value.unspecified) return [];
  const date = parsed.value;
  if (date.precision !== 'month' && date.precision !== 'day') return [];
  const y = date.year.text;
  const mm = date.month!.text;
  const m = String(Number(mm));
  const names = [MONTH_NAMES_EN[Number(mm) - 1]!, MONTHS_AR_LEVANT[Number(mm) - 1]!, MONTHS_AR_EGYPT[Number(mm) - 1]!];
  if (date.precision === 'month') return [`${y}-${mm}`, `${mm}/${y}`, ...names.map((name) => `${name} ${y}`)];
  const dd = date.day!.text;
  const d = String(Number(dd));
  const terms = [`${y}-${mm}-${dd}`, `${dd}/${mm}/${y}`, `${d}/${m}/${y}`, `${mm}/${dd}/${y}`, `${m}/${d}/${y}`];
  for (const name of names) terms.push(`${d} ${name} ${y}`);
  terms.push(`${MONTH_NAMES_EN[Number(mm) - 1]!} ${d} ${y}`);
  return [...new Set(terms)];
}
