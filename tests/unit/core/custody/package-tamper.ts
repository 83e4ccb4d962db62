import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { manifest } from '../../../../electron/core/custody/bag-files';
import { formatPublicKey, prehash, signPrehashed } from '../../../../electron/core/custody/minisign';
import { sodium } from '../../../../electron/core/crypto/sodium';
import type { CheckResult, VerifyReport } from '../../../../electron/core/custody/package-verify-types';

/**
 * What an attacker (or an accident) can do to a bag, for the tamper tests: edit a file, and,
 * for a careful attacker, recompute every manifest and sign again, with a key of their own
 * since the vault's key never leaves the vault.
 */
export async function editFile(bag: string, relative: string, change: (text: string) => string): Promise<void> {
  const file = path.join(bag, relative);
  await fs.writeFile(file, change(await fs.readFile(file, 'utf8')));
}

async function payloadFiles(bag: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string, prefix: string) => {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      const relative = `${prefix}/${entry.name}`;
      if (entry.isDirectory()) await walk(path.join(dir, entry.name), relative);
      else out.push(relative);
    }
  };
  await walk(path.join(bag, 'data'), 'data');
  return out;
}

const hashOf = (algorithm: string, bytes: Uint8Array) => createHash(algorithm).update(bytes).digest('hex');

export async function attackerKey(): Promise<{ publicKey: Uint8Array; secretKey: Uint8Array }> {
  const s = await sodium();
  const pair = s.crypto_sign_keypair();
  return { publicKey: pair.publicKey, secretKey: pair.privateKey };
}

/** Recomputes the manifests (payload too when asked), the tag manifests and the signature with `key`. */
export async function reseal(bag: string, options: { payload: boolean; key: { publicKey: Uint8Array; secretKey: Uint8Array } }): Promise<void> {
  if (options.payload) {
    const files = await payloadFiles(bag);
    const bytes = await Promise.all(files.map((f) => fs.readFile(path.join(bag, f))));
    for (const algorithm of ['sha256', 'sha512']) {
      await fs.writeFile(path.join(bag, `manifest-${algorithm}.txt`), manifest(files.map((f, i) => ({ path: f, hash: hashOf(algorithm, bytes[i]!) }))));
    }
  }
  await fs.writeFile(path.join(bag, 'vault-signing-key.pub'), await formatPublicKey(options.key.publicKey, 'attacker'));
  const tagFiles = ['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt', 'manifest-sha512.txt', 'vault-signing-key.pub'];
  const tagBytes = await Promise.all(tagFiles.map((f) => fs.readFile(path.join(bag, f))));
  const tag256 = manifest(tagFiles.map((f, i) => ({ path: f, hash: hashOf('sha256', tagBytes[i]!) })));
  await fs.writeFile(path.join(bag, 'tagmanifest-sha256.txt'), tag256);
  await fs.writeFile(path.join(bag, 'tagmanifest-sha512.txt'), manifest(tagFiles.map((f, i) => ({ path: f, hash: hashOf('sha512', tagBytes[i]!) }))));
  const signature = await signPrehashed(options.key, await prehash([Buffer.from(tag256)]), 'resealed');
  await fs.writeFile(path.join(bag, 'tagmanifest-sha256.txt.minisig'), signature);
}

/** The failed checks of a report, with their problems. */
export function failures(report: VerifyReport): Record<string, string[]> {
  return Object.fromEntries(report.checks.filter((c: CheckResult) => !c.ok).map((c) => [c.check, c.problems]));
}
