import { spawn } from 'node:child_process';
import path from 'node:path';

/** The bundled command, as custodians run it (built by the test global setup). */
export const CLI = path.resolve(import.meta.dirname, '../../../dist/cli/testimony-vault.cjs');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  json: () => Record<string, unknown>;
}

export function runCli(args: string[], options: { env?: Record<string, string>; input?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, ...options.env };
    delete env.TESTIMONY_VAULT_DIR;
    if (!options.env?.TESTIMONY_VAULT_PASSPHRASE) delete env.TESTIMONY_VAULT_PASSPHRASE;
    const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.end(options.input ?? '');
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code: code ?? -1,
        stdout,
        stderr,
        json: () => {
          const lines = stdout.trim().split('\n');
          expectSingleLine(lines);
          return JSON.parse(lines[0]!) as Record<string, unknown>;
        },
      }),
    );
  });
}

function expectSingleLine(lines: string[]): void {
  if (lines.length !== 1) throw new Error(`--json printed ${lines.length} lines:\n${lines.join('\n')}`);
}
