import { describe, expect, it } from 'vitest';
import { acceptedFindings, judgeScan, MIN_REASON_LENGTH, SEVERITY, type Issue } from '../../../../build/scripts/electronegativity-policy.mjs';

const README = `# Testimony Vault

## Security

Some text.

| Check | File | Why it is acceptable |
| --- | --- | --- |
| \`OPEN_EXTERNAL_JS_CHECK\` | \`electron/main/external-links.ts\` | Only https links that passed the allow-list reach shell.openExternal. |
| \`PRELOAD_JS_CHECK\` | * | The one preload exposes a typed client and never ipcRenderer itself. |
| \`LAZY_CHECK\` | * | ok |

## Development

| \`AUXCLICK_JS_CHECK\` | * | A row outside the security section does not count at all. |
`;

const medium = (id: string, file: string): Issue => ({ id, file, severity: { value: SEVERITY.MEDIUM, name: 'MEDIUM' }, location: { line: 3, column: 1 } });

describe('electronegativity policy', () => {
  it('reads accepted findings only from the README security section', () => {
    expect(acceptedFindings(README).map((row) => [row.id, row.file])).toEqual([
      ['OPEN_EXTERNAL_JS_CHECK', 'electron/main/external-links.ts'],
      ['PRELOAD_JS_CHECK', '*'],
      ['LAZY_CHECK', '*'],
    ]);
    expect(acceptedFindings('# No security section\n| `X_CHECK` | * | a long enough reason here |')).toEqual([]);
  });

  it('fails a finding above low unless the README explains that check in that file', () => {
    const accepted = acceptedFindings(README);
    const verdict = judgeScan(
      {
        issues: [
          medium('OPEN_EXTERNAL_JS_CHECK', 'electron/main/external-links.ts'),
          medium('OPEN_EXTERNAL_JS_CHECK', 'electron/main/menu.ts'),
          medium('PRELOAD_JS_CHECK', 'electron/main/window.ts'),
          medium('AUXCLICK_JS_CHECK', 'electron/main/window.ts'),
        ],
        errors: [],
      },
      accepted,
    );
    expect(verdict.ok).toBe(false);
    expect(verdict.failing.map((issue) => [issue.id, issue.file])).toEqual([
      ['OPEN_EXTERNAL_JS_CHECK', 'electron/main/menu.ts'],
      ['AUXCLICK_JS_CHECK', 'electron/main/window.ts'],
    ]);
    expect(verdict.explained.map(({ issue }) => issue.file)).toEqual(['electron/main/external-links.ts', 'electron/main/window.ts']);
  });

  it('does not accept a placeholder reason', () => {
    expect('ok'.length).toBeLessThan(MIN_REASON_LENGTH);
    const verdict = judgeScan({ issues: [medium('LAZY_CHECK', 'a.ts')], errors: [] }, acceptedFindings(README));
    expect(verdict.failing).toHaveLength(1);
  });

  it('lets low and informational findings pass but treats an unrated one as failing', () => {
    const verdict = judgeScan(
      {
        issues: [
          { id: 'PRELOAD_JS_CHECK', file: 'x', severity: { value: SEVERITY.LOW } },
          { id: 'ELECTRON_VERSION_JSON_CHECK', file: 'package.json', severity: { value: SEVERITY.INFORMATIONAL } },
          { id: 'CSP_GLOBAL_CHECK', file: 'N/A' },
        ],
        errors: [],
      },
      [],
    );
    expect(verdict.minor).toHaveLength(2);
    expect(verdict.failing.map((issue) => issue.id)).toEqual(['CSP_GLOBAL_CHECK']);
  });

  it('fails when a file could not be parsed, and reports README rows that match nothing', () => {
    const verdict = judgeScan({ issues: [], errors: [{ file: 'main/index.js', message: 'Unexpected token', tolerable: false }, { file: 'x.js', message: 'warning', tolerable: true }] }, acceptedFindings(README));
    expect(verdict.ok).toBe(false);
    expect(verdict.unparsed).toHaveLength(1);
    expect(verdict.stale.map((row) => row.id)).toEqual(['OPEN_EXTERNAL_JS_CHECK', 'PRELOAD_JS_CHECK', 'LAZY_CHECK']);
  });
});
