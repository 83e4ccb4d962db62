import { VaultError } from '../../shared/errors';

/**
 * What a command prints. With --json exactly one JSON object goes to stdout (success or
 * failure) so scripts can parse it; people get plain lines, errors on stderr.
 */
export interface Output {
  readonly json: boolean;
  /** Human lines (ignored with --json). */
  line(text: string): void;
  /** The JSON result (ignored without --json). */
  result(value: Record<string, unknown>): void;
  /** Progress for people, on stderr, only when stderr is a terminal. */
  progress(label: string, done: number, total: number): void;
  error(error: unknown): void;
}

function describe(error: unknown): { code: string; message: string } {
  if (error instanceof VaultError) return { code: error.code, message: error.message };
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

function bar(done: number, total: number): string {
  const width = 30;
  const ratio = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(ratio * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(ratio * 100).toFixed(0).padStart(3)}%`;
}

export function createOutput(json: boolean): Output {
  const tty = Boolean(process.stderr.isTTY);
  let lastProgress = '';
  return {
    json,
    line(text) {
      if (!json) process.stdout.write(`${text}\n`);
    },
    result(value) {
      if (json) process.stdout.write(`${JSON.stringify(value)}\n`);
    },
    progress(label, done, total) {
      if (!tty) return;
      const text = `\r${label} ${bar(done, total)}`;
      if (text !== lastProgress) process.stderr.write(text);
      lastProgress = text;
      if (done >= total) {
        process.stderr.write('\n');
        lastProgress = '';
      }
    },
    error(error) {
      const { code, message } = describe(error);
      if (json) process.stdout.write(`${JSON.stringify({ ok: false, code, message })}\n`);
      else process.stderr.write(`testimony-vault: ${message} (${code})\n`);
    },
  };
}
