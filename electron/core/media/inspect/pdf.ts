import { Tail } from './tail';
import { Findings, type Inspection, type Inspector } from './types';

/**
 * PDF (ISO 32000): the header's version, the %%EOF marker that closes the file (it must lie in
 * the last 1024 bytes; without it the file was cut or never finished: `truncated`), and the
 * page count when it is in plain sight: the largest /Count of a /Type /Pages dictionary (the
 * root of the page tree), else the /N of a linearisation dictionary. Page trees kept inside
 * compressed object streams (PDF 1.5+) are not inflated, so such files report no page count.
 */
const TAIL = 1024;
/** Text kept from one piece to the next, so a dictionary split by a piece boundary is still seen whole. */
const OVERLAP = 4096;
/** How far around "/Type /Pages" its /Count may be (within the same object). */
const REACH = 1024;

const PAGES = /\/Type\s*\/Pages(?![A-Za-z])/g;
const COUNT = /\/Count\s+(\d{1,9})(?!\d)/;

export class PdfInspector implements Inspector {
  private readonly findings = new Findings();
  private version = '';
  private pages: number | undefined;
  private linearizedPages: number | undefined;
  private text = '';
  /** Absolute offset of `text`'s first character. */
  private textStart = 0;
  /** Matches before this absolute offset were already looked at. */
  private searchedTo = 0;
  private readonly tail = new Tail(TAIL);

  push(bytes: Uint8Array, position: number): void {
    const piece = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    if (position === 0) {
      this.version = /^%PDF-(\d\.\d)/.exec(piece)?.[1] ?? '';
      const linearized = /\/Linearized\b[^>]*?\/N\s+(\d{1,9})/.exec(piece.slice(0, TAIL));
      if (linearized) this.linearizedPages = Number(linearized[1]);
    }
    this.text += piece;
    this.search(false);
    const keep = Math.min(this.text.length, OVERLAP + REACH);
    this.textStart += this.text.length - keep;
    this.text = this.text.slice(this.text.length - keep);
    this.tail.push(bytes);
  }

  finish(totalSize: number): Inspection {
    this.search(true);
    const tail = Buffer.from(this.tail.value).toString('latin1');
    if (!tail.includes('%%EOF')) {
      this.findings.add('truncated', `the file ends at byte ${totalSize.toLocaleString('en-US')} without the %%EOF marker that closes a PDF: it was cut short or never finished`);
    }
    const pages = this.pages ?? this.linearizedPages;
    return this.findings.result({ kind: 'document', formatInfo: { codec: this.version ? `pdf-${this.version}` : 'pdf', ...(pages !== undefined ? { pages } : {}) } });
  }

  /** Looks at every /Type /Pages whose surroundings have arrived (all of them at the end). */
  private search(final: boolean): void {
    PAGES.lastIndex = 0;
    for (let m = PAGES.exec(this.text); m; m = PAGES.exec(this.text)) {
      const absolute = this.textStart + m.index;
      if (absolute < this.searchedTo) continue;
      if (!final && m.index + REACH > this.text.length) break;
      this.searchedTo = absolute + 1;
      // The object holding it: from its "obj" to its "endobj", within reach.
      const from = Math.max(0, this.text.lastIndexOf('obj', m.index), m.index - REACH);
      const endobj = this.text.indexOf('endobj', m.index);
      const to = endobj >= 0 && endobj < m.index + REACH ? endobj : Math.min(this.text.length, m.index + REACH);
      const count = COUNT.exec(this.text.slice(from, to));
      if (count) this.pages = Math.max(this.pages ?? 0, Number(count[1]));
    }
  }
}
