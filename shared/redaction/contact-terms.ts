import { normalizeForSearch, searchTokens } from '../text/normalize';
import { findPatterns } from './patterns';

/**
 * The contact details in a person's free-text contact field, one search term each: every
 * phone number, e-mail address, ID or passport number (patterns.ts), and every line that
 * is left once those are taken out and its label ("Address:", "العنوان:") removed, which
 * is usually an address. Lines made only of labels ("Phone / WhatsApp") are dropped.
 */

export interface ContactTerm {
  readonly display: string;
  readonly variants: readonly string[];
}

const LABEL_WORDS = new Set(
  'phone tel telephone mobile cell whatsapp signal telegram viber email mail e id address home number no contact or and / هاتف الهاتف جوال الجوال موبايل خليوي محمول واتس واتساب تلغرام سيغنال بريد البريد ايميل الايميل الالكتروني عنوان العنوان رقم هويه الهويه او و'.split(
    ' ',
  ),
);

export function contactTerms(contact: string): ContactTerm[] {
  const terms: ContactTerm[] = [];
  const seen = new Set<string>();
  const add = (display: string) => {
    const key = normalizeForSearch(display);
    if (key === '' || seen.has(key)) return;
    seen.add(key);
    terms.push({ display, variants: [display] });
  };
  const matches = findPatterns(contact).filter((m) => m.kind !== 'date');
  for (const m of matches) add(contact.slice(m.start, m.end));
  let rest = contact;
  for (const m of [...matches].reverse()) rest = rest.slice(0, m.start) + ' '.repeat(m.end - m.start) + rest.slice(m.end);
  for (const rawLine of rest.split(/\r?\n/u)) {
    const line = rawLine.replace(/^[^:：]{1,30}[:：]/u, '').trim();
    const tokens = searchTokens(line);
    if (tokens.length === 0 || tokens.every((t) => LABEL_WORDS.has(t))) continue;
    if (tokens.length >= 2 || tokens.join('').length >= 6) add(line.replace(/^[\s,،;؛.-]+|[\s,،;؛.-]+$/gu, ''));
  }
  return terms;
}
