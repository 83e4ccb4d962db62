import { zipEntry } from './zip-entry';

/** A paragraph of a text original; `rtl` when the document says so (Word's bidi mark), else the text decides. */
export interface TextParagraph {
  text: string;
  rtl: boolean;
}

/** The most a text or DOCX original may inflate to for the viewer (the original itself is never limited). */
export const MAX_TEXT_BYTES = 16 * 1024 * 1024;

/** Plain text in UTF-8 or UTF-16 (by its byte order mark); unknown bytes become U+FFFD, never an error. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // TextDecoder drops a UTF-8 byte order mark itself.
  return new TextDecoder('utf-8').decode(bytes);
}

/** Paragraphs of plain text: separated by blank lines; single line breaks stay inside a paragraph. */
export function textParagraphs(text: string): TextParagraph[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n(?:[ \t]*\n)+/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '')
    .map((p) => ({ text: p, rtl: false }));
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return safeCodePoint(parseInt(name.slice(2), 16)) ?? whole;
    if (name.startsWith('#')) return safeCodePoint(Number(name.slice(1))) ?? whole;
    return ENTITIES[name] ?? whole;
  });
}

function safeCodePoint(n: number): string | null {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : null;
}

/**
 * The text of word/document.xml, paragraph by paragraph (runs, tabs and breaks). Read with a
 * scanner, not an XML parser: DOMParser is an HTML sink under the app's Trusted Types policy,
 * and the text is all the viewer shows (the typed transcription sits beside it).
 */
export function docxParagraphs(xml: string): TextParagraph[] {
  const out: TextParagraph[] = [];
  let text = '';
  let rtl = false;
  const token = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:(?:br|cr)(?:\s[^>]*)?\/>|<w:bidi(?:\s+w:val="(?:1|true|on)")?\s*\/>|<\/w:p>|<w:p(?:\s[^>]*)?\/>/g;
  for (const match of xml.matchAll(token)) {
    const tag = match[0];
    if (match[1] !== undefined) text += unescapeXml(match[1]);
    else if (tag === '<w:tab/>') text += '\t';
    else if (tag.startsWith('<w:br') || tag.startsWith('<w:cr')) text += '\n';
    else if (tag.startsWith('<w:bidi')) rtl = true;
    else {
      // The end of a paragraph (or an empty one). A paragraph inside a text box ends first and
      // stands on its own; the text of its outer paragraph so far goes with it.
      out.push({ text, rtl });
      text = '';
      rtl = false;
    }
  }
  return out;
}

/** The paragraphs of a DOCX original. */
export async function docxText(bytes: Uint8Array): Promise<TextParagraph[]> {
  const xml = await zipEntry(bytes, 'word/document.xml', MAX_TEXT_BYTES);
  if (!xml) throw new Error('This DOCX has no word/document.xml.');
  return docxParagraphs(new TextDecoder('utf-8').decode(xml));
}
