import { currentPassphrase, newPassphrase } from '../secrets';
import type { Output } from '../output';
import { withSession, type VaultOptions } from '../session';

/**
 * With the passphrase: asks for the current one (proof of the passphrase being replaced).
 * With --recovery-key-file: the recovery key is the proof, so a forgotten passphrase can
 * be replaced. Both passphrases are read before the slow unlock, so a mistyped repeat
 * costs nothing.
 */
export async function passphraseChange(options: VaultOptions, out: Output): Promise<void> {
  if (options.recoveryKeyFile) {
    const next = await newPassphrase(options, false);
    await withSession(options, (session) => session.resetPassphrase(next));
  } else {
    const current = await currentPassphrase(options);
    const next = await newPassphrase(options, false);
    await withSession(options, (session) => session.changePassphrase(current, next), Uint8Array.from(current));
  }
  out.result({ ok: true });
  out.line('Passphrase changed. The recovery key is unchanged.');
}
