import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyRedactions } from '../../../../shared/redaction/apply';
import { acceptSuggestions } from '../../../../shared/redaction/decisions';
import { buildEntities } from '../../../../shared/redaction/entities';
import { checkLeaks } from '../../../../shared/redaction/leak-check';
import { buildLeakTerms } from '../../../../shared/redaction/leak-terms';
import { suggest } from '../../../../shared/redaction/suggest';
import { customEntitySchema } from '../../../../shared/redaction/types';
import { mergeRanges } from '../../../../shared/text/match';
import { mixedText } from '../text/text-arbitraries';
import { doc, idCounter, recordSource } from './record-fixture';

/**
 * For random texts with names inserted in random spellings (tashkeel, hamza and alef forms,
 * ta marbuta/ha, alef maqsura/ya, tatweel, attached particles and article, Latin case and
 * accents, parts of names alone), suggestions cover every inserted name, and accepting every
 * suggestion gives an output that passes the leak check.
 */

const PEOPLE = [
  { display: 'سلمى خوري', variants: ['Salma Khoury'] },
  { display: 'إبراهيم الزعبي', variants: ['Ibrahim al-Zoubi'] },
  { display: 'مصطفى حمّود', variants: ['Mustafa Hammoud'] },
  { display: 'آمنة درويش', variants: ['Amina Darwish'] },
];
const customs = PEOPLE.map((p, i) => customEntitySchema.parse({ id: `c${i}`, category: i % 2 === 0 ? 'person' : 'thirdParty', ...p }));
const entities = buildEntities(recordSource(customs));

/** Spellings people type for a name: whole names and the parts worth finding alone. */
const FORMS = PEOPLE.flatMap((p) => [p.display, ...p.variants, ...p.display.split(' '), ...p.variants.flatMap((v) => v.split(/[ -]/u))]).filter(
  (f) => f.length >= 3 && f !== 'al',
);

const ALEFS = ['ا', 'أ', 'إ', 'آ', 'ٱ'];
const TASHKEEL = ['\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u064B'];
const ACCENTED: Readonly<Record<string, string[]>> = { a: ['á', 'à', 'â', 'a\u0301'], e: ['é', 'è'], i: ['í', 'ï'], o: ['ó', 'ô'], u: ['ú', 'ü'] };

/** One random spelling of a form; the choices come from fast-check so failures shrink. */
function respell(form: string, choices: readonly number[]): string {
  let out = '';
  [...form].forEach((ch, i) => {
    const c = choices[i % choices.length]!;
    let written = ch;
    if (ALEFS.includes(ch)) written = ALEFS[c % ALEFS.length]!;
    else if (ch === 'ة' && c % 2 === 0) written = 'ه';
    else if (ch === 'ى' && c % 2 === 0) written = 'ي';
    else if (/[a-z]/iu.test(ch)) {
      const accents = ACCENTED[ch.toLowerCase()];
      written = accents !== undefined && c % 3 === 0 ? accents[c % accents.length]! : c % 2 === 0 ? ch.toUpperCase() : ch.toLowerCase();
    }
    out += written;
    if (/[\u0621-\u064a]/u.test(ch) && c % 4 === 1) out += TASHKEEL[c % TASHKEEL.length]!;
    if (/[\u0621-\u064a]/u.test(ch) && c % 7 === 3 && i < form.length - 1) out += 'ـ';
  });
  return out;
}

const PARTICLES = ['', '', 'و', 'ب', 'ل', 'ف', 'وب', 'ول', 'فب', 'ك'];
const FILLER = ['ذهبنا', 'إلى', 'السوق', 'في', 'الصباح', 'ثم', 'عدنا', 'كان', 'الجو', 'باردا', 'the', 'soldiers', 'came', 'at', 'night', 'took', '،', '.', '\n'];

interface Inserted {
  readonly text: string;
  /** Where the name itself is (after its particle), in UTF-16 units. */
  readonly names: readonly { start: number; end: number }[];
}

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FILLER).map((text) => ({ text, name: false, offset: 0 })) },
  { weight: 1, arbitrary: mixedText(false).map((text) => ({ text, name: false, offset: 0 })) },
  {
    weight: 2,
    arbitrary: fc
      .record({ form: fc.constantFrom(...FORMS), choices: fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), particle: fc.constantFrom(...PARTICLES) })
      .map(({ form, choices, particle }) => {
        const arabic = /[\u0600-\u06ff]/u.test(form);
        const spelled = respell(form, choices);
        // ل before the article is written لل, the article's alef dropped (للزعبي).
        const lam = arabic && particle.endsWith('ل') && spelled.startsWith('ال');
        const text = arabic ? particle + (lam ? spelled.slice(1) : spelled) : spelled;
        return { text, name: true, offset: arabic ? particle.length : 0 };
      }),
  },
);

const texts: fc.Arbitrary<Inserted> = fc.array(piece, { minLength: 1, maxLength: 25 }).map((pieces) => {
  let text = '';
  const names: { start: number; end: number }[] = [];
  for (const p of pieces) {
    if (text !== '') text += ' ';
    if (p.name) names.push({ start: text.length + p.offset, end: text.length + p.text.length });
    text += p.text;
  }
  return { text, names };
});

describe('redaction engine, property', () => {
  it('suggests every inserted name, and accepting every suggestion leaves no leak', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom('en' as const, 'ar' as const), ({ text, names }, language) => {
        const suggestions = suggest(doc(text), entities);
        const ranges = mergeRanges(suggestions);
        for (const name of names) {
          const covered = ranges.some((r) => r.start <= name.start && r.end >= name.end);
          expect(covered, `not suggested: ${JSON.stringify(text.slice(name.start, name.end))} in ${JSON.stringify(text)}`).toBe(true);
        }
        const accepted = acceptSuggestions(doc(text), suggestions, idCounter());
        const output = applyRedactions(accepted, entities, { language }).text;
        const report = checkLeaks([{ where: 'narrative', text: output }], buildLeakTerms(accepted, entities));
        expect(report.hits.filter((h) => !h.allowed), JSON.stringify({ text, output })).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
