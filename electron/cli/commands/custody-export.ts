import path from 'node:path';
import { PACKAGE_PARTS, packagePartSchema, recipientKindSchema, type PackagePart, type RecipientKind } from '../../../shared/domain/custody';
import { VaultError } from '../../../shared/errors';
import { describeRefusal } from '../../core/custody/consent-check';
import { runCustodyExport, testimonyIdsByCode, type RecipientChoice } from '../../core/custody/custody-export';
import { readInputFile } from '../../core/custody/package-verify';
import type { Output } from '../output';
import { withSession, type VaultOptions } from '../session';
import { EXIT_FAILED, EXIT_OK, UsageError } from '../usage';
import { parseWith } from '../validate';

/**
 * `testimony-vault custody export --testimony CODE… (--recipient age1… | --recipient-file FILE |
 * --passphrase-file FILE) --out FILE [--for KIND] [--part PART…] [--force] [--json]`: the
 * same choices as the app's export dialog. Here --passphrase-file is the package's passphrase
 * (the recipient's), so the vault is unlocked with --vault-passphrase-file, the environment,
 * a prompt or the recovery key. Exit 0 written, 1 refused by consent (each testimony named)
 * or failed, 2 bad usage or input.
 */
export interface CustodyExportOptions extends VaultOptions {
  testimonies: string[];
  recipients: string[];
  recipientFile?: string | undefined;
  packagePassphraseFile?: string | undefined;
  for?: string | undefined;
  parts: string[];
  out?: string | undefined;
  force: boolean;
}

/** A recipients file as age -R reads it: one age1… key a line; blank lines and # comments ignored. */
async function recipientsFromFile(file: string): Promise<string[]> {
  const keys = (await readInputFile(file, 'recipients file'))
    .toString('utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  if (keys.length === 0) throw new UsageError(`The recipients file ${file} holds no age1… key.`);
  return keys;
}

async function passphraseFromFile(file: string): Promise<Uint8Array> {
  const bytes = await readInputFile(file, 'passphrase file');
  // A secret file may end with one newline, as `echo` or an editor leaves it.
  const end = bytes.at(-1) === 0x0a ? (bytes.at(-2) === 0x0d ? bytes.length - 2 : bytes.length - 1) : bytes.length;
  const passphrase = Uint8Array.from(bytes.subarray(0, end));
  bytes.fill(0);
  if (passphrase.length === 0) throw new UsageError(`The passphrase file ${file} is empty.`);
  return passphrase;
}

async function recipientChoice(options: CustodyExportOptions, kind: RecipientKind | undefined): Promise<RecipientChoice> {
  const given = [options.recipients.length > 0, options.recipientFile !== undefined, options.packagePassphraseFile !== undefined].filter(Boolean).length;
  if (given !== 1) {
    throw new UsageError(
      'Give the recipients with --recipient age1… (repeatable), --recipient-file FILE, or --passphrase-file FILE (the package passphrase), exactly one of them. Unlock the vault with --vault-passphrase-file FILE, TESTIMONY_VAULT_PASSPHRASE or the prompt.',
    );
  }
  if (options.packagePassphraseFile) {
    if (!kind) throw new UsageError('With --passphrase-file, say who receives the package with --for KIND, so consent can be checked.');
    return { kind: 'passphrase', recipientKind: kind, name: '', organization: '', passphrase: await passphraseFromFile(options.packagePassphraseFile) };
  }
  const publicKeys = options.recipientFile ? await recipientsFromFile(options.recipientFile) : options.recipients;
  return { kind: 'keys', publicKeys, ...(kind ? { recipientKind: kind } : {}) };
}

export async function custodyExport(options: CustodyExportOptions, out: Output): Promise<number> {
  if (options.testimonies.length === 0) throw new UsageError('--testimony CODE is required (repeat it for more testimonies).');
  if (!options.out) throw new UsageError('--out FILE is required: where to write the encrypted package.');
  const kind = options.for === undefined ? undefined : parseWith(recipientKindSchema, options.for, '--for');
  const parts: PackagePart[] = options.parts.length === 0 ? [...PACKAGE_PARTS] : [...new Set(options.parts.map((p) => parseWith(packagePartSchema, p, '--part')))];
  const recipients = await recipientChoice(options, kind);
  const target = path.resolve(options.out);
  const outcome = await withSession(options, async (session) =>
    runCustodyExport(
      session,
      { testimonyIds: testimonyIdsByCode(session, options.testimonies), parts, recipients },
      { target: async () => target, overwrite: options.force, onProgress: (done, total) => out.progress('Exporting', done, total) },
    ),
  );
  if (outcome.status === 'refused') {
    const message = outcome.refusals.map(describeRefusal).join('\n');
    out.result({ ok: false, code: 'CONSENT_REFUSED', message, refusals: outcome.refusals.map(({ testimonyId: _id, ...r }) => r) });
    if (!out.json) process.stderr.write(`testimony-vault: refused; nothing was written.\n${message}\n`);
    return EXIT_FAILED;
  }
  // The CLI has no dialog to cancel and no passphrase to generate.
  if (outcome.status !== 'exported') throw new VaultError('CANCELLED', 'The custody export was cancelled.');
  const { receipt } = outcome;
  out.result({ ok: true, package: target, receipt });
  out.line(`Custody package written: ${target}`);
  out.line(`  ${receipt.packageBytes} bytes, SHA-256 ${receipt.packageSha256}`);
  out.line(`  bag ${receipt.bagId}; testimonies: ${receipt.testimonies.map((t) => t.code).join(', ')}; parts: ${receipt.parts.join(', ')}`);
  for (const r of receipt.recipients) out.line(`  for ${r.name || r.kind}${r.publicKey ? ` (key ${r.fingerprint})` : ' (passphrase)'}`);
  out.line(`  handover receipt ${receipt.id} recorded in the audit log.`);
  return EXIT_OK;
}
