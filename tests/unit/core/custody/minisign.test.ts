import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { sodium } from '../../../../electron/core/crypto/sodium';
import { formatPublicKey, prehash, signPrehashed, verifyPrehashed } from '../../../../electron/core/custody/minisign';
import { tempDir } from '../../helpers/temp-dir';

async function fixture() {
  const s = await sodium();
  const pair = s.crypto_sign_keypair();
  const key = { publicKey: pair.publicKey, secretKey: pair.privateKey };
  const dir = await tempDir();
  const file = path.join(dir, 'tagmanifest-sha256.txt');
  const content = Buffer.concat([Buffer.from('hash  bag-info.txt\n'), randomBytes(200_000)]);
  await fs.writeFile(file, content);
  const pub = path.join(dir, 'vault.pub');
  await fs.writeFile(pub, await formatPublicKey(key.publicKey, 'Testimony Vault signing key'));
  const sig = await signPrehashed(key, await prehash([content]), 'package 1 by the vault');
  await fs.writeFile(`${file}.minisig`, sig);
  return { key, dir, file, pub, content, sig };
}

describe('minisign', () => {
  it('writes signatures the stock minisign tool verifies, trusted comment included', async () => {
    const { file, pub } = await fixture();
    const out = execFileSync('minisign', ['-V', '-p', pub, '-m', file]).toString();
    expect(out).toContain('Signature and comment signature verified');
    expect(out).toContain('Trusted comment: package 1 by the vault');
  });

  it('verifies its own signatures, and refuses an altered file, comment or key', async () => {
    const { key, pub, content, sig, file } = await fixture();
    const pubText = await fs.readFile(pub, 'utf8');
    expect(await verifyPrehashed(pubText, sig, await prehash([content]))).toEqual({ ok: true, trustedComment: 'package 1 by the vault' });
    const altered = Buffer.from(content);
    altered[5]! ^= 1;
    expect(await verifyPrehashed(pubText, sig, await prehash([altered]))).toMatchObject({ ok: false, reason: expect.stringContaining('does not match') });
    const forged = sig.replace('package 1 by the vault', 'package 2 by the vault');
    expect(await verifyPrehashed(pubText, forged, await prehash([content]))).toMatchObject({ ok: false, reason: expect.stringContaining('trusted comment') });
    const other = (await sodium()).crypto_sign_keypair();
    expect(await verifyPrehashed(await formatPublicKey(other.publicKey, 'x'), sig, await prehash([content]))).toMatchObject({ ok: false });
    // The stock tool agrees about the altered file.
    await fs.writeFile(file, altered);
    expect(spawnSync('minisign', ['-V', '-p', pub, '-m', file]).status).not.toBe(0);
    expect(key.publicKey.length).toBe(32);
  });

  it('hashes a file streamed in pieces as if read whole', async () => {
    const data = randomBytes(300_000);
    const pieces = [data.subarray(0, 1), data.subarray(1, 70_000), data.subarray(70_000)];
    expect(Buffer.from(await prehash(pieces)).equals(Buffer.from(await prehash([data])))).toBe(true);
  });
});
