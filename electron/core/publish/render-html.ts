import type { PublicationModel } from './publication-model';

/**
 * The HTML of a publication: one self-contained page, no script, no external resource (a CSP
 * says so to whoever opens it), no generator or author meta. The same page is what Chromium
 * prints to PDF, with another font list: Noto Sans Arabic builds letters from a dotless base
 * and separate dots, so a PDF set in it has a text layer in which names cannot be read (nor
 * found by the leak check, nor by a reader's search). For print, fonts whose glyphs map back to
 * letters one to one are asked for first; export.ts checks that the text layer reads back.
 */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
  @page { size: A4; margin: 22mm 20mm; }
  html { font-family: FONTS; font-size: 12pt; line-height: 1.7; color: #111; }
  body { margin: 0 auto; max-width: 42em; padding: 1em; }
  h1 { font-size: 1.6em; line-height: 1.3; margin: 0 0 1em; }
  p { margin: 0 0 0.9em; text-align: start; unicode-bidi: plaintext; }
  @media print { body { padding: 0; max-width: none; } }
`;

const SCREEN_FONTS = "'Noto Sans Arabic', 'Noto Sans', 'Segoe UI', Tahoma, Arial, sans-serif";
const PRINT_FONTS = "'DejaVu Sans', 'Segoe UI', Tahoma, Arial, 'Geeza Pro', sans-serif";

export interface HtmlOptions {
  /** The page Chromium prints to PDF (see above). */
  readonly forPrint?: boolean;
}

export function renderHtml(model: PublicationModel, options: HtmlOptions = {}): string {
  const paragraphs = model.paragraphs
    .map((p) => `<p dir="${p.dir}">${p.lines.map(escapeHtml).join('<br>\n')}</p>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${model.language}" dir="${model.dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src 'none'; img-src 'none'; script-src 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(model.title)}</title>
<style>${STYLE.replace('FONTS', options.forPrint === true ? PRINT_FONTS : SCREEN_FONTS)}</style>
</head>
<body>
<h1 dir="${model.titleDir}">${escapeHtml(model.title)}</h1>
${paragraphs}
</body>
</html>
`;
}
