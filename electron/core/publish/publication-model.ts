/**
 * One model of the published narrative that every format is rendered from (issue 6: "from one
 * narrative model"), so that the PDF, HTML, DOCX and Markdown say exactly the same thing and
 * the leak check of one is a fair check of the text of all.
 */

export type Direction = 'rtl' | 'ltr';

export interface PublicationParagraph {
  readonly dir: Direction;
  /** Lines of the paragraph (single line breaks inside it). */
  readonly lines: readonly string[];
}

export interface PublicationMetadata {
  readonly title: string;
  readonly description: string;
  readonly language: 'ar' | 'en';
  /** Day of the publication, YYYY-MM-DD. */
  readonly date: string;
  readonly rights: string;
  readonly publisher: string;
}

export interface PublicationModel {
  readonly language: 'ar' | 'en';
  readonly dir: Direction;
  readonly title: string;
  readonly titleDir: Direction;
  readonly paragraphs: readonly PublicationParagraph[];
  readonly metadata: PublicationMetadata;
}

const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;
const LTR_LETTER = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/u;

/** The direction of a text: its first strong letter (the Unicode bidi rule P2), else the fallback. */
export function directionOf(text: string, fallback: Direction): Direction {
  for (const ch of text) {
    if (RTL_LETTER.test(ch)) return 'rtl';
    if (LTR_LETTER.test(ch)) return 'ltr';
  }
  return fallback;
}

export function buildPublicationModel(input: { title: string; language: 'ar' | 'en'; text: string; metadata: Omit<PublicationMetadata, 'title' | 'language'> }): PublicationModel {
  const dir: Direction = input.language === 'ar' ? 'rtl' : 'ltr';
  const paragraphs = input.text
    .replace(/\r\n?/gu, '\n')
    .split(/\n[ \t]*\n+/u)
    .map((block) => block.split('\n').map((l) => l.trim()).filter((l) => l !== ''))
    .filter((lines) => lines.length > 0)
    .map((lines) => ({ dir: directionOf(lines.join(' '), dir), lines }));
  return {
    language: input.language,
    dir,
    title: input.title,
    titleDir: directionOf(input.title, dir),
    paragraphs,
    metadata: { ...input.metadata, title: input.title, language: input.language },
  };
}
