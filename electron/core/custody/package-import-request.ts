import { VaultError } from '../../../shared/errors';
import { passphraseBytes } from '../crypto/passphrase';
import type { Host } from '../host';
import type { VaultSession } from '../vault/session';
import { importPackage, type ImportOutcome } from './package-import';
import { packageKind, parseIdentityFile, readInputFile } from './package-verify';
import type { PackageSecret } from './package-verify-types';

/**
 * `custody.importPackage` in the app: the renderer never names a path. Main asks for the
 * package with the open dialog; a passphrase comes with the request (typed in the app), and
 * when there is none and the package is encrypted, a second open dialog asks for the age
 * identity file (AGE-SECRET-KEY-1… lines) the package was made for. Cancelling either dialog
 * changes nothing.
 */
export async function pickAndImportPackage(session: VaultSession, host: Host, input: { passphrase?: string | undefined }): Promise<ImportOutcome | { status: 'cancelled' }> {
  const chosen = await host.pickImportFiles();
  if (chosen.length === 0) return { status: 'cancelled' };
  if (chosen.length > 1) throw new VaultError('BAD_INPUT', 'Choose one custody package at a time.');
  const file = chosen[0]!;
  let secret: PackageSecret | null = null;
  if (input.passphrase !== undefined) secret = { kind: 'passphrase', passphrase: passphraseBytes(input.passphrase) };
  else if ((await packageKind(file)) === 'age') {
    const identity = await host.pickImportFiles();
    if (identity.length === 0) return { status: 'cancelled' };
    if (identity.length > 1) throw new VaultError('BAD_INPUT', 'Choose one identity file (it may hold several AGE-SECRET-KEY-1… lines).');
    const bytes = await readInputFile(identity[0]!, 'identity file');
    try {
      secret = { kind: 'identities', secretKeys: parseIdentityFile(bytes.toString('utf8')) };
    } finally {
      bytes.fill(0);
    }
  }
  return importPackage(session, { path: file, secret });
}
