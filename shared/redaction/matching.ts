import { cliticVariants } from '../text/arabic-clitics';
import { normalizeWithSpans, searchTokens, type NormalizedSpans } from '../text/normalize';

/**
 * Finds every occurrence of a set of sensitive terms (names, places, numbers) in a text, however
 * each was typed. Both sides go through shared/text normalisation (tashkeel, alef forms, ta
 * marbuta/ha, alef maqsura/ya, tatweel, Latin case and accents), and a term is compared with
 * WHOLE words of the text, so أحمد never lights up inside أحمدي and Ali never inside Alison.
 * On top of the shared rules, what names do in running text:
 * - Attached particles and the article (arabic-clitics.ts): وأحمد, بأحمد, للأحمد, والأحمد.
 *   The match covers the name and the article, not و ف ب ك ل: "وأحمد" becomes "و[Witness A]"
 *   and "بالأحمد" becomes "ب[Witness A]", so the sentence keeps its grammar (و + الشاهد reads
 *   والشاهد) and the particle, a grammatical word, identifies nobody. An article left alone
 *   before a pseudonym ("ال[Witness A]") would be ungrammatical, so it goes with the name.
 * - A recorded name with the article also matches without it (الحلبي: حلبي), Latin too
 *   (al-Halabi: Halabi), and a Latin word glued to al/el (Alhalabi) matches the name; a
 *   separate al/el before a Latin match goes with it (el-Halabi), like the Arabic article.
 * - Words written apart or together: عبد الله / عبدالله, Abu Bakr / Abubakr. Terms are compared
 *   with spaces removed, over up to one word more than the term has, never across . , ; : ! ?
 * - The accusative tanween alef (رأيت محمداً, علياً): the alef is part of the written word and
 *   goes with it. The English possessive (Ahmad's): the match stops before the apostrophe.
 * - Numbers of 6+ digits (phones, IDs, dates written as digits) are compared as digit strings
 *   inside runs of digit groups, by their last 9 digits: +963 944 123 456, 0944-123-456 and
 *   ٠٩٤٤١٢٣٤٥٦ are one phone number.
 * - Low confidence: على (on), إلى, حتى… fold to the same letters as the names علي, الي…; a
 *   match whose written form is one of these function words, where the term was not itself
 *   recorded with alef maqsura, is flagged rather than trusted (see FUNCTION_WORDS).
 */

export interface TermMatch {
  /** UTF-16 offsets in the original text: whole written characters with their diacritics. */
  readonly start: number;
  readonly end: number;
  /** Index of the term in the list given to buildTermIndex. */
  readonly term: number;
  readonly lowConfidence: boolean;
}

export interface TermIndex {
  readonly byCompact: ReadonlyMap<string, readonly number[]>;
  readonly prefixes: ReadonlySet<string>;
  readonly digitKeys: readonly { readonly key: string; readonly term: number }[];
  readonly maxWords: number;
  /** Terms with no letter or digit: nothing can match them. */
  readonly unmatchable: readonly number[];
  readonly recordedWithMaqsura: readonly boolean[];
  /**
   * Prefixes of terms written with . or @ inside (e-mail addresses, web and social handles):
   * only these may join words across a full stop or an @ with nothing else between.
   */
  readonly dottedPrefixes: ReadonlySet<string>;
}

/** Numbers this long are phone or ID numbers, compared as digits (shorter ones as words). */
export const DIGIT_TERM_MIN = 6;
const DIGIT_KEY_LENGTH = 9;

/**
 * Words that fold to a name's letters (على -> علي). Their written form with ى is an
 * everyday word, not a name: flagging every "on" of a testimony about an Ali would bury the
 * editor and block every export. A name recorded with ى (على, as some Egyptian typists write
 * Ali) makes them full matches again.
 */
const FUNCTION_WORDS = new Set(['على', 'الى', 'حتى', 'متى', 'لدى', 'سوى', 'اولى', 'اخرى', 'عسى']);
const lightFold = (s: string) => s.normalize('NFKD').replace(/[\p{M}\u0640]/gu, '');

const ARABIC_LETTER = /[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]$/u;
const LATIN_LETTER = /[a-z]$/u;

function letterCount(s: string): number {
  return [...s].filter((c) => /\p{L}|\p{N}/u.test(c)).length;
}

export function buildTermIndex(terms: readonly string[]): TermIndex {
  const byCompact = new Map<string, number[]>();
  const prefixes = new Set<string>();
  const digitKeys: { key: string; term: number }[] = [];
  const unmatchable: number[] = [];
  const dottedPrefixes = new Set<string>();
  let maxWords = 1;
  const add = (compact: string, term: number) => {
    const list = byCompact.get(compact) ?? [];
    if (!list.includes(term)) list.push(term);
    byCompact.set(compact, list);
    for (let p = 1; p <= compact.length; p++) prefixes.add(compact.slice(0, p));
  };
  terms.forEach((term, index) => {
    const tokens = searchTokens(term);
    const compact = tokens.join('');
    if (compact === '') {
      unmatchable.push(index);
      return;
    }
    maxWords = Math.max(maxWords, tokens.length + 1);
    if (/^\d+$/u.test(compact) && compact.length >= DIGIT_TERM_MIN) {
      digitKeys.push({ key: compact.slice(-DIGIT_KEY_LENGTH), term: index });
      return;
    }
    add(compact, index);
    if (/\S[.@]\S/u.test(term)) for (let p = 1; p <= compact.length; p++) dottedPrefixes.add(compact.slice(0, p));
    const first = tokens[0]!;
    const rest = tokens.slice(1).join('');
    if (first.startsWith('ال') && letterCount(first.slice(2)) >= 3) add(first.slice(2) + rest, index);
    if ((first === 'al' || first === 'el') && letterCount(rest) >= 3) add(rest, index);
  });
  const recordedWithMaqsura = terms.map((t) => lightFold(t).includes('ى'));
  return { byCompact, prefixes, digitKeys, maxWords, unmatchable, recordedWithMaqsura, dottedPrefixes };
}

interface WordVariant {
  readonly text: string;
  /** Normalised offset in the word where the match starts (article included, particles not). */
  readonly from: number;
  /**
   * Only as the first word of a longer name: a particle before a two-letter word (وأم خالد,
   * لأبي …) is cut here although shared/text keeps such words whole (ولد, بلد are words).
   */
  readonly multiWordOnly?: boolean;
}

const PARTICLES = /^(?:[وف][بكل]?|[بكل])(?=\p{L}{2}$)/u;

/** The forms of a normalised word a term may match, with where a match would start. */
function wordVariants(word: string): WordVariant[] {
  const out: WordVariant[] = [];
  for (const v of cliticVariants(word)) {
    const prefix = word.slice(0, v.start);
    let from = v.start;
    if (!v.restoredAlef && prefix.endsWith('ال')) from -= 2;
    else if (!v.restoredAlef && /^[وف]?لل$/u.test(prefix)) from -= 1;
    out.push({ text: v.text, from });
  }
  if (/^(al|el)[a-z]/u.test(word) && letterCount(word.slice(2)) >= 3) out.push({ text: word.slice(2), from: 0 });
  const particles = PARTICLES.exec(word)?.[0];
  if (particles !== undefined) out.push({ text: word.slice(particles.length), from: particles.length, multiWordOnly: true });
  return out;
}

interface Word {
  readonly text: string;
  readonly offset: number;
}

export function findTerms(text: string, index: TermIndex, spans: NormalizedSpans = normalizeWithSpans(text)): TermMatch[] {
  const { normalized, starts, ends } = spans;
  const words: Word[] = [];
  let offset = 0;
  for (const w of normalized.split(' ')) {
    if (w !== '') words.push({ text: w, offset });
    offset += w.length + 1;
  }
  const found = new Map<string, TermMatch>();
  const emit = (fromN: number, toN: number, terms: readonly number[], single: boolean) => {
    const start = starts[fromN]!;
    const end = ends[toN - 1]!;
    const written = single ? lightFold(text.slice(start, end)) : '';
    for (const term of terms) {
      const lowConfidence = single && FUNCTION_WORDS.has(written) && !index.recordedWithMaqsura[term];
      found.set(`${start}:${end}:${term}`, { start, end, term, lowConfidence });
    }
  };
  const cache = new Map<string, WordVariant[]>();
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    let variants = cache.get(first.text);
    if (variants === undefined) {
      variants = wordVariants(first.text);
      cache.set(first.text, variants);
    }
    // A separate Latin article before the name goes with it, as the Arabic one does (al-Halabi).
    const previous = words[i - 1];
    const latinArticle =
      previous !== undefined &&
      (previous.text === 'al' || previous.text === 'el') &&
      /^[a-z]/u.test(first.text) &&
      /^[- ]$/u.test(text.slice(ends[previous.offset + 1], starts[first.offset]));
    for (const v of variants) {
      const fromN = latinArticle && v.from === 0 ? previous.offset : first.offset + v.from;
      let candidate = v.text;
      for (let j = i; j < words.length && j - i < index.maxWords; j++) {
        const word = words[j]!;
        // Words of one name are apart by spaces, a hyphen or a line break, never by a full stop
        // or a comma: joining across those would find names in unrelated neighbours.
        if (j > i) {
          const previousWord = words[j - 1]!;
          const gap = text.slice(ends[previousWord.offset + previousWord.text.length - 1], starts[word.offset]);
          const dotted = /^[.@]$/u.test(gap) && index.dottedPrefixes.has(candidate + word.text);
          if (!dotted && /[.,،;؛:!?؟]/u.test(gap)) break;
          candidate += word.text;
        }
        const wordEnd = word.offset + word.text.length;
        const exact = v.multiWordOnly && j === i ? undefined : index.byCompact.get(candidate);
        if (exact !== undefined) emit(fromN, wordEnd, exact, i === j);
        const base = candidate.slice(0, -1);
        if (candidate.endsWith('ا') && ARABIC_LETTER.test(base) && !/[اه]$/u.test(base)) {
          const tanween = index.byCompact.get(base);
          if (tanween !== undefined) emit(fromN, wordEnd, tanween, false);
        }
        if (candidate.endsWith('s') && LATIN_LETTER.test(base) && word.text.length > 1) {
          const possessive = index.byCompact.get(base);
          const gap = text.slice(ends[wordEnd - 2], starts[wordEnd - 1]);
          if (possessive !== undefined && /['’ʼ]/u.test(gap)) emit(fromN, wordEnd - 1, possessive, false);
        }
        if (!index.prefixes.has(candidate)) break;
      }
    }
  }
  if (index.digitKeys.length > 0) for (const m of findDigitRuns(text, words, spans, index)) found.set(`${m.start}:${m.end}:${m.term}`, m);
  return [...found.values()].sort((a, b) => a.start - b.start || b.end - a.end || a.term - b.term);
}

/** Runs of digit groups joined by at most three of space - . / ( ) +, matched by digit key. */
function findDigitRuns(text: string, words: readonly Word[], spans: NormalizedSpans, index: TermIndex): TermMatch[] {
  const { starts, ends } = spans;
  const out: TermMatch[] = [];
  const isDigits = (w: Word | undefined) => w !== undefined && /^\d+$/u.test(w.text);
  for (let i = 0; i < words.length; i++) {
    if (!isDigits(words[i])) continue;
    let j = i;
    while (isDigits(words[j + 1])) {
      const gap = text.slice(ends[words[j]!.offset + words[j]!.text.length - 1], starts[words[j + 1]!.offset]);
      if (!/^[ \u00a0\u202f\-./()+]{1,3}$/u.test(gap)) break;
      j++;
    }
    const digits = words
      .slice(i, j + 1)
      .map((w) => w.text)
      .join('');
    // A leading + belongs to the number (+963…): leaving it would leave "+[detail]".
    const first = starts[words[i]!.offset]!;
    const start = text[first - 1] === '+' ? first - 1 : first;
    const last = words[j]!;
    const end = ends[last.offset + last.text.length - 1]!;
    for (const { key, term } of index.digitKeys) if (digits.includes(key)) out.push({ start, end, term, lowConfidence: false });
    i = j;
  }
  return out;
}
