import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AgeEncryptor } from '../../../../../electron/core/crypto/age/writer';
import { AgeFileReader } from '../../../../../electron/core/crypto/age/reader';
import { generateIdentity } from '../../../../../electron/core/crypto/age/identity';
import { tempDir } from '../../../helpers/temp-dir';

const PASS = 'handover passphrase 7';
const bytesOf = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

async function encrypt(file: string, data: Uint8Array, recipients: Parameters<typeof AgeEncryptor.create>[0]) {
  const enc = await AgeEncryptor.create(recipients);
  await fs.writeFile(file, Buffer.concat([enc.header, ...enc.update(data), enc.finish()]));
}

/** Runs stock `age` on a pseudo-terminal (it reads passphrases only from a terminal), answering every prompt. */
function ageOnTerminal(args: string[], answer: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const command = ['age', ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const child = spawn('script', ['-qec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let screen = '';
    let answered = 0;
    child.stdout.on('data', (d: Buffer) => {
      screen += d.toString();
      const prompts = (screen.match(/passphrase/gi) ?? []).length;
      while (answered < prompts) {
        answered++;
        child.stdin.write(`${answer}\r`);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? -1));
  });
}

describe('age passphrase (scrypt) recipients', () => {
  it('writes files the stock age decrypts with the passphrase', async () => {
    const dir = await tempDir();
    const data = new Uint8Array(randomBytes(100_000));
    const file = path.join(dir, 'p.age');
    await encrypt(file, data, [{ passphrase: bytesOf(PASS), logN: 14 }]);
    const out = path.join(dir, 'out.bin');
    expect(await ageOnTerminal(['-d', '-o', out, file], PASS)).toBe(0);
    expect((await fs.readFile(out)).equals(Buffer.from(data))).toBe(true);
  });

  it('reads files the stock age encrypted with a passphrase, and refuses a wrong one', async () => {
    const dir = await tempDir();
    const data = randomBytes(70_000);
    const plain = path.join(dir, 'in.bin');
    await fs.writeFile(plain, data);
    const file = path.join(dir, 'age-p.age');
    expect(await ageOnTerminal(['-p', '-o', file, plain], PASS)).toBe(0);
    const reader = await AgeFileReader.open(file, [{ passphrase: bytesOf(PASS) }]);
    expect(Buffer.from(await reader.read(0, reader.size)).equals(data)).toBe(true);
    await reader.close();
    await expect(AgeFileReader.open(file, [{ passphrase: bytesOf('not it') }])).rejects.toMatchObject({ code: 'NO_MATCHING_IDENTITY' });
  });

  it('refuses a passphrase mixed with other recipients, both ways', async () => {
    const { publicKey } = await generateIdentity();
    await expect(AgeEncryptor.create([publicKey, { passphrase: bytesOf(PASS) }])).rejects.toMatchObject({ code: 'BAD_RECIPIENT' });
  });
});
