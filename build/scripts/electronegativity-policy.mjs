// @ts-check
// What `npm run lint:electron` (build/scripts/electronegativity.mjs) accepts from
// @doyensec/electronegativity: nothing above "low", unless the README's `## Security`
// section lists the finding with a reason. Plain functions, no I/O, so a unit test can hold
// the rule (tests/unit/build/scripts/electronegativity-policy.test.ts).

/** Severity values of electronegativity (src/finder/attributes.js). */
export const SEVERITY = Object.freeze({ INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 });

/** An accepted finding needs a reason a reviewer can check, not a placeholder. */
export const MIN_REASON_LENGTH = 20;

const CHECK_ID = /^[A-Z][A-Z0-9_]+$/;

/**
 * The accepted findings: rows of a Markdown table inside the README's `## Security` section
 * whose first cell is a check id in backticks: `| \`CHECK_ID\` | \`file\` or * | reason |`.
 * @param {string} readme
 * @returns {{ id: string, file: string, reason: string }[]}
 */
export function acceptedFindings(readme) {
  const lines = readme.split(/\r?\n/);
  const start = lines.findIndex((line) => /^## Security\s*$/.test(line));
  if (start === -1) return [];
  const accepted = [];
  for (const line of lines.slice(start + 1)) {
    if (/^## /.test(line)) break;
    const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim());
    if (cells.length < 3) continue;
    const id = unquote(cells[0] ?? '');
    if (!CHECK_ID.test(id)) continue;
    accepted.push({ id, file: unquote(cells[1] ?? ''), reason: cells.slice(2).join('|').trim() });
  }
  return accepted;
}

/** @param {string} cell */
function unquote(cell) {
  return cell.replace(/^`(.*)`$/, '$1').trim();
}

/**
 * @typedef {{ id: string, file?: string, location?: { line?: number, column?: number }, severity?: { value?: number, name?: string }, description?: string }} Issue
 * @typedef {{ file?: string, message?: string, tolerable?: boolean }} ScanError
 */

/**
 * Splits a scan into what fails the check and what is only shown.
 * - A finding above LOW fails unless accepted (same id, same file or `*`, a real reason).
 *   A finding without a severity (electronegativity's global checks report some that way)
 *   counts as above LOW: unknown is not harmless.
 * - A file the scanner could not parse fails: an unscanned file is not a clean one.
 * - An accepted row that matched nothing is reported as stale, so the README does not keep
 *   explaining findings that no longer exist.
 * @param {{ issues: Issue[], errors: ScanError[] }} scan
 * @param {{ id: string, file: string, reason: string }[]} accepted
 */
export function judgeScan(scan, accepted) {
  const used = new Set();
  /** @type {Issue[]} */
  const failing = [];
  /** @type {{ issue: Issue, reason: string }[]} */
  const explained = [];
  /** @type {Issue[]} */
  const minor = [];
  for (const issue of scan.issues) {
    const value = issue.severity?.value;
    if (typeof value === 'number' && value <= SEVERITY.LOW) {
      minor.push(issue);
      continue;
    }
    const row = accepted.find((candidate) => candidate.id === issue.id && (candidate.file === '*' || candidate.file === issue.file) && candidate.reason.length >= MIN_REASON_LENGTH);
    if (row) {
      used.add(row);
      explained.push({ issue, reason: row.reason });
    } else {
      failing.push(issue);
    }
  }
  const unparsed = scan.errors.filter((error) => error.tolerable !== true);
  const stale = accepted.filter((row) => !used.has(row));
  return { failing, explained, minor, unparsed, stale, ok: failing.length === 0 && unparsed.length === 0 };
}

/**
 * One line per finding, the way a person reading CI output wants it.
 * @param {Issue} issue
 */
export function describeIssue(issue) {
  const where = `${issue.file ?? 'N/A'}:${issue.location?.line ?? 0}:${issue.location?.column ?? 0}`;
  return `${issue.id} [${issue.severity?.name ?? 'UNRATED'}] ${where} ${issue.description ?? ''}`.trim();
}

