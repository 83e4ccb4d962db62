import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { escapeHtml } from './render-html';
import type { Direction, PublicationModel } from './publication-model';

/**
 * The DOCX of a publication, with the `docx` package: right-to-left paragraphs (w:bidi) and
 * runs (w:rtl, complex-script font and size) where the text is Arabic. The package fills
 * docProps with its own creator ("Un-named"), revision and app name; those parts are replaced
 * by ours (title and language only) and the archive is rebuilt with a fixed timestamp, so
 * nothing in the file names a person, a machine or a moment of editing.
 */

const FONT = 'Noto Sans Arabic';
const RTL_RUN = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;
const LTR_RUN = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/u;

/**
 * Splits a line into runs of one direction: Word lays out a run marked w:rtl right to left,
 * so a Latin name inside Arabic text needs a run of its own. Neutral characters (spaces,
 * digits, punctuation) stay with the run they follow.
 */
export function directionRuns(line: string, base: Direction): { text: string; rtl: boolean }[] {
  const runs: { text: string; rtl: boolean }[] = [];
  for (const ch of line) {
    const last = runs.at(-1);
    const strong = RTL_RUN.test(ch) ? true : LTR_RUN.test(ch) ? false : null;
    const rtl = strong ?? last?.rtl ?? base === 'rtl';
    if (last === undefined || last.rtl !== rtl) runs.push({ text: ch, rtl });
    else last.text += ch;
  }
  return runs;
}

function paragraphOf(lines: readonly string[], dir: Direction, heading: boolean): Paragraph {
  const children: TextRun[] = [];
  lines.forEach((line, i) => {
    directionRuns(line, dir).forEach((run, j) => {
      children.push(
        new TextRun({
          text: run.text,
          rightToLeft: run.rtl,
          font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT },
          size: heading ? 32 : 24,
          sizeComplexScript: heading ? 32 : 24,
          bold: heading,
          boldComplexScript: heading,
          break: i > 0 && j === 0 ? 1 : undefined,
        }),
      );
    });
  });
  return new Paragraph({
    children,
    bidirectional: dir === 'rtl',
    alignment: AlignmentType.START,
    heading: heading ? HeadingLevel.TITLE : undefined,
    spacing: { after: 200, line: 360 },
  });
}

const CORE_XML = (title: string, language: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeHtml(title)}</dc:title><dc:language>${language}</dc:language></cp:coreProperties>`;

const APP_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"></Properties>`;

const CUSTOM_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"></Properties>`;

/** 1980-01-01, the earliest time a ZIP entry can carry: no editing time in the archive. */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

export function scrubDocx(bytes: Uint8Array, title: string, language: string): Uint8Array {
  const files = unzipSync(bytes);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(files)) {
    if (name === 'docProps/core.xml') out[name] = [strToU8(CORE_XML(title, language)), { mtime: FIXED_TIME }];
    else if (name === 'docProps/app.xml') out[name] = [strToU8(APP_XML), { mtime: FIXED_TIME }];
    else if (name === 'docProps/custom.xml') continue;
    else out[name] = [data, { mtime: FIXED_TIME }];
  }
  // The package's relationships name a custom-properties part: it exists, and holds nothing.
  out['docProps/custom.xml'] = [strToU8(CUSTOM_XML), { mtime: FIXED_TIME }];
  return zipSync(out, { level: 9 });
}

export async function renderDocx(model: PublicationModel): Promise<Uint8Array> {
  const doc = new Document({
    creator: '',
    lastModifiedBy: '',
    title: model.title,
    description: '',
    revision: 1,
    styles: { default: { document: { run: { font: FONT } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1247, bottom: 1247, left: 1134, right: 1134 } } },
        children: [paragraphOf([model.title], model.titleDir, true), ...model.paragraphs.map((p) => paragraphOf(p.lines, p.dir, false))],
      },
    ],
  });
  const packed = new Uint8Array(await Packer.toBuffer(doc));
  return scrubDocx(packed, model.title, model.language);
}
