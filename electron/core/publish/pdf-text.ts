import type { CheckedText } from './publication-leaks';

/**
 * The text of a PDF as a reader's tools see it, for the leak check: each page's text layer
 * and the document properties (Title, Author, Subject, Keywords, Creator, Producer).
 *
 * pdf.js (run in this process with its worker code loaded in-process: no worker file to find
 * in a bundle, no eval, no network) gives the text items in drawing order. Chromium draws a
 * right-to-left line in visual order, so the items of an Arabic line come left to right; each
 * line is rebuilt in visual order from the items' positions and then read both ways: as a
 * right-to-left reader would (reversed, with Latin and digit runs turned back) and as drawn.
 * A name hides in neither. Presentation forms (ﻣﺤﻤﺪ) are folded by the leak check's own
 * normalisation (shared/text).
 */

interface PdfJs {
  getDocument(params: Record<string, unknown>): { promise: Promise<PdfDocument> };
}
interface PdfItem {
  str: string;
  dir: string;
  transform: number[];
  width: number;
  hasEOL: boolean;
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }> }>;
  getMetadata(): Promise<{ info: unknown; metadata: { getAll(): unknown } | null }>;
  destroy(): Promise<void>;
}

let loading: Promise<PdfJs> | undefined;

/** Identity matrix: all pdf.js needs of DOMMatrix to load when it only extracts text. */
class TextOnlyMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
}

async function pdfjs(): Promise<PdfJs> {
  loading ??= (async () => {
    const worker = (await import('pdfjs-dist/legacy/build/pdf.worker.mjs')) as unknown;
    // pdf.js looks for an already loaded worker here before trying to import a worker file.
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    // pdf.js builds a DOMMatrix when it loads (for drawing, which text extraction never does).
    // Node has none, and its polyfill (a native canvas found through import.meta.url) is not
    // there in the bundled app: lend a stand-in for the load only.
    const scope = globalThis as { DOMMatrix?: unknown };
    const lent = scope.DOMMatrix === undefined;
    if (lent) scope.DOMMatrix = TextOnlyMatrix;
    try {
      return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
    } finally {
      if (lent) delete scope.DOMMatrix;
    }
  })();
  return loading;
}

function isItem(item: unknown): item is PdfItem {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item && Array.isArray((item as PdfItem).transform);
}

const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;
const LTR = /[\p{L}\p{N}]/u;
/** A run a right-to-left reader still reads left to right: Latin words, numbers, with what joins them. */
const LTR_RUN = /[A-Za-z0-9\u00c0-\u024f\u0660-\u0669\u06f0-\u06f9](?:[A-Za-z0-9\u00c0-\u024f\u0660-\u0669\u06f0-\u06f9 .,:\-+@_/'()]*[A-Za-z0-9\u00c0-\u024f\u0660-\u0669\u06f0-\u06f9])?/gu;

interface Line {
  readonly y: number;
  readonly items: PdfItem[];
}

/** Items grouped into lines: a line ends at an end-of-line mark or where the baseline moves. */
function linesOf(items: readonly PdfItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    const size = Math.abs(item.transform[3] ?? 0) || 10;
    if (current === null || Math.abs(current.y - y) > size / 2) {
      current = { y, items: [] };
      lines.push(current);
    }
    if (item.str !== '') current.items.push(item);
    if (item.hasEOL) current = null;
  }
  return lines.filter((l) => l.items.length > 0);
}

const MARKS_ONLY = /^\s*\p{M}+\s*$/u;

/**
 * The line as drawn, left to right; a gap wider than a fifth of the type size is a space. A
 * vowel sign drawn on its own (Chromium emits " ِ", a space and a kasra, placed over its
 * letter) is left out: its space would cut "فاطِمة" in two and let it slip past the check, and
 * the check ignores vowel signs anyway.
 */
function visualLine(line: Line): string {
  const sorted = [...line.items].sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0));
  let out = '';
  let reach: number | null = null;
  for (const item of sorted) {
    const x = item.transform[4] ?? 0;
    const size = Math.abs(item.transform[3] ?? 0) || 10;
    if (MARKS_ONLY.test(item.str)) continue;
    if (reach !== null && x - reach > size / 5 && !out.endsWith(' ')) out += ' ';
    // pdf.js hands a right-to-left item in reading order: back to drawing order.
    out += item.dir === 'rtl' ? [...item.str].reverse().join('') : item.str;
    reach = Math.max(reach ?? x, x + item.width);
  }
  return out;
}

/** How a right-to-left reader reads a line drawn left to right. */
export function readRightToLeft(visual: string): string {
  const reversed = [...visual].reverse().join('');
  return reversed.replace(LTR_RUN, (run) => [...run].reverse().join(''));
}

function isRightToLeft(text: string): boolean {
  let rtl = 0;
  let ltr = 0;
  for (const ch of text) {
    if (RTL.test(ch)) rtl++;
    else if (LTR.test(ch)) ltr++;
  }
  return rtl > ltr;
}

function propertyText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null) return Object.values(value).map(propertyText).join('\n');
  return '';
}

export async function pdfTextOutputs(file: string, bytes: Uint8Array): Promise<CheckedText[]> {
  const lib = await pdfjs();
  // pdf.js takes ownership of the buffer it is given: pass a copy.
  const doc = await lib.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: true }).promise;
  try {
    const out: CheckedText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const visual = linesOf(content.items.filter(isItem)).map(visualLine);
      out.push({ file, part: 'text layer', page: n, text: visual.map((l) => (isRightToLeft(l) ? readRightToLeft(l) : l)).join('\n') });
      out.push({ file, part: 'text layer (as drawn)', page: n, text: visual.join('\n') });
    }
    const meta = await doc.getMetadata();
    out.push({ file, part: 'document properties', page: null, text: [propertyText(meta.info), propertyText(meta.metadata?.getAll() ?? '')].join('\n') });
    return out;
  } finally {
    await doc.destroy();
  }
}
