import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/temp-dir';
import { CLI, runCli } from './run-cli';

const PASS = 'typed at the terminal';

/** Runs the CLI on a pseudo-terminal (util-linux `script`) and types `keys` once it asks. */
function onTerminal(args: string[], keys: string): Promise<{ code: number; screen: string }> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env.TESTIMONY_VAULT_PASSPHRASE;
    const command = [process.execPath, CLI, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const child = spawn('script', ['-qec', command, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let screen = '';
    let typed = false;
    child.stdout.on('data', (d: Buffer) => {
      screen += d.toString();
      if (!typed && screen.includes('Passphrase:')) {
        typed = true;
        child.stdin.write(keys);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, screen }));
  });
}

describe('passphrase prompt', () => {
  it('asks on the terminal without echoing what is typed, and unlocks with it', async () => {
    const work = await tempDir();
    const vault = path.join(work, 'vault');
    const passFile = path.join(work, 'p');
    await fs.writeFile(passFile, PASS);
    expect((await runCli(['init', '--vault', vault, '--passphrase-file', passFile])).code).toBe(0);
    const ok = await onTerminal(['testimony', 'list', '--vault', vault], `${PASS}\r`);
    expect(ok.code, ok.screen).toBe(0);
    expect(ok.screen).toContain('No testimonies yet.');
    expect(ok.screen).not.toContain(PASS);
    const wrong = await onTerminal(['testimony', 'list', '--vault', vault], 'not it\r');
    expect(wrong.code).toBe(1);
    expect(wrong.screen).toContain('WRONG_PASSPHRASE');
  });
});
