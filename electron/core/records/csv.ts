/**
 * CSV as spreadsheets write and read it (RFC 4180): comma-separated, fields quoted with
 * double quotes when they hold a comma, a quote or a line break, quotes doubled, CRLF between
 * records, UTF-8 with a byte-order mark so that Excel reads Arabic correctly.
 *
 * Formula injection: a cell starting with = + - @ (or a tab or carriage return) is run as a
 * formula by spreadsheet programs; such values are written with a leading apostrophe, which
 * spreadsheets hide and which parseCsv removes again.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function formatCsv(rows: readonly (readonly string[])[]): string {
  const cell = (value: string) => {
    const safe = FORMULA_START.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly row: number,
  ) {
    super(message);
  }
}

/** Parses CSV text into rows of cells. Throws CsvSyntaxError (with the 1-based row) on bad quoting. */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endCell = () => {
    // Undo the apostrophe formatCsv puts before a would-be formula.
    row.push(/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        if (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
          throw new CsvSyntaxError('A quoted field is followed by text before the next comma.', rows.length + 1);
        }
        continue;
      }
      cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      i++;
    } else if (ch === ',') {
      endCell();
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      i++;
    }
  }
  if (quoted) throw new CsvSyntaxError('A quoted field is not closed.', rows.length + 1);
  if (cell !== '' || row.length > 0) endRow();
  // Blank lines (a trailing newline, a spreadsheet's empty rows) are not records.
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}
