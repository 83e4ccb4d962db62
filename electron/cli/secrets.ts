import { promises as fs } from 'node:fs';
import { NEW_PASSPHRASE_MIN_LENGTH, passphraseLength } from '../../shared/domain/passphrase';
import { VaultError } from '../../shared/errors';
import { passphraseBytes } from '../core/crypto/passphrase';
import { promptHidden } from './prompt';
import { UsageError } from './usage';

/**
 * Secrets for the CLI: from a file (automation), an environment variable, or a hidden
 * prompt when a person is at a terminal. Never from a command-line argument: those are
 * visible to every user of the machine in the process list.
 */
export interface SecretOptions {
  passphraseFile?: string | undefined;
  newPassphraseFile?: string | undefined;
  recoveryKeyFile?: string | undefined;
}

/** A secret file holds the secret and at most one trailing newline, as `echo` or an editor leaves it. */
async function readSecretFile(file: string, what: string): Promise<string> {
  let raw: Buffer;
  try {
    raw = await fs.readFile(file);
  } catch {
    throw new VaultError('FILE_NOT_FOUND', `The ${what} file ${file} cannot be read.`, { fileName: file });
  }
  let text = raw.toString('utf8');
  raw.fill(0);
  if (text.endsWith('\r\n')) text = text.slice(0, -2);
  else if (text.endsWith('\n')) text = text.slice(0, -1);
  if (text.length === 0) throw new UsageError(`The ${what} file ${file} is empty.`);
  return text;
}

function interactive(): boolean {
  return Boolean(process.stdin.isTTY && process.stderr.isTTY);
}

export async function currentPassphrase(options: SecretOptions): Promise<Uint8Array> {
  if (options.passphraseFile) return passphraseBytes(await readSecretFile(options.passphraseFile, 'passphrase'));
  const env = process.env.TESTIMONY_VAULT_PASSPHRASE;
  if (env) return passphraseBytes(env);
  if (interactive()) return passphraseBytes(await promptHidden('Passphrase: '));
  throw new UsageError('No passphrase: give --passphrase-file FILE, set TESTIMONY_VAULT_PASSPHRASE, or run in a terminal.');
}

function checkNew(passphrase: string): void {
  if (passphraseLength(passphrase) < NEW_PASSPHRASE_MIN_LENGTH) {
    throw new VaultError('WEAK_PASSPHRASE', `A new passphrase needs at least ${NEW_PASSPHRASE_MIN_LENGTH} characters.`, { min: NEW_PASSPHRASE_MIN_LENGTH });
  }
}

/** For `init`, --passphrase-file / TESTIMONY_VAULT_PASSPHRASE also name the new passphrase. */
export async function newPassphrase(options: SecretOptions, allowCurrentSources: boolean): Promise<Uint8Array> {
  let text: string | undefined;
  if (options.newPassphraseFile) text = await readSecretFile(options.newPassphraseFile, 'new passphrase');
  else if (process.env.TESTIMONY_VAULT_NEW_PASSPHRASE) text = process.env.TESTIMONY_VAULT_NEW_PASSPHRASE;
  else if (allowCurrentSources && options.passphraseFile) text = await readSecretFile(options.passphraseFile, 'passphrase');
  else if (allowCurrentSources && process.env.TESTIMONY_VAULT_PASSPHRASE) text = process.env.TESTIMONY_VAULT_PASSPHRASE;
  if (text === undefined) {
    if (!interactive()) throw new UsageError('No new passphrase: give --new-passphrase-file FILE, set TESTIMONY_VAULT_NEW_PASSPHRASE, or run in a terminal.');
    text = await promptHidden('New passphrase: ');
    checkNew(text);
    if ((await promptHidden('Repeat the new passphrase: ')) !== text) throw new UsageError('The two passphrases differ; nothing was changed.');
  }
  checkNew(text);
  return passphraseBytes(text);
}

export async function recoveryKey(options: SecretOptions): Promise<string | undefined> {
  return options.recoveryKeyFile ? readSecretFile(options.recoveryKeyFile, 'recovery key') : undefined;
}
