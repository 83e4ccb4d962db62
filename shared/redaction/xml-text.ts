import type { LeakOutput } from './leak-check';

/**
 * Text of XML outputs (DOCX parts, HTML, XMP/Dublin Core metadata) for the leak check. Word
 * splits text into runs wherever formatting, spell-check marks or revisions change, often
 * inside a word (<w:t>أح</w:t></w:r><w:r><w:t>مد</w:t>), so a search in the raw XML misses
 * names. Two views are needed, and xmlLeakOutputs gives both:
 * - runs: element text only, tags removed without a space so split runs join again; paragraph,
 *   line, tab and table-cell ends become breaks. Equivalent to concatenating the w:t runs of
 *   each paragraph, which is what a caller extracting DOCX text itself should do.
 * - markup: every tag replaced by a space and its attribute values, comments and processing
 *   instructions kept. Catches what runs would glue together (<dc:creator>X</dc:creator>
 *   <dc:title>Y</dc:title>) and what is not text at all: w:author on a revision or comment,
 *   alt text of an image (descr=""), hyperlink targets.
 * Entities (&amp;, &#1571;, &#x0623;, &nbsp;) are decoded in both. Offsets of hits refer to
 * these views, not to the XML.
 */

const BLOCK_ENDS = new Set(['w:p', 'w:br', 'w:tab', 'w:cr', 'w:tc', 'a:p', 'a:br', 'text:p', 'text:h', 'p', 'br', 'div', 'li', 'td', 'th', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'title']);
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad' };
const TOKEN = /<!--([\s\S]*?)-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?([\s\S]*?)\?>|<!([^>]*)>|<(\/?)([^\s/>]+)([^>]*?)(\/?)>|([^<]+)|</gu;
const ATTRIBUTE = /[^\s=]+\s*=\s*(?:"([^"]*)"|'([^']*)')/gu;

export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

export function xmlText(xml: string, view: 'runs' | 'markup'): string {
  let out = '';
  for (const m of xml.matchAll(TOKEN)) {
    const [, comment, cdata, instruction, declaration, closing, name, attributes, selfClosing, text] = m;
    if (text !== undefined) out += decodeXmlEntities(text);
    else if (cdata !== undefined) out += cdata;
    else if (name !== undefined) {
      if (view === 'markup') {
        const values = [...(attributes ?? '').matchAll(ATTRIBUTE)].map((a) => decodeXmlEntities(a[1] ?? a[2] ?? ''));
        out += ` ${values.join(' ')} `;
      } else if (BLOCK_ENDS.has(name.toLowerCase()) && (closing === '/' || selfClosing === '/' || name === 'br')) out += '\n';
    } else if (view === 'markup') out += ` ${comment ?? instruction ?? declaration ?? ''} `;
    else if (m[0] === '<') out += '<';
  }
  return out;
}

/** Both views of one XML output, named after it. */
export function xmlLeakOutputs(where: string, xml: string): LeakOutput[] {
  return [
    { where: `${where} (text)`, text: xmlText(xml, 'runs') },
    { where: `${where} (markup)`, text: xmlText(xml, 'markup') },
  ];
}
