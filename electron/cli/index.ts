import { parseArgs } from 'node:util';
import { auditVerify } from './commands/audit-verify';
import { backup, restore } from './commands/backup';
import { fixity } from './commands/fixity';
import { exportOriginal } from './commands/export-original';
import { identitiesExport } from './commands/identities-export';
import { importFiles } from './commands/import';
import { init } from './commands/init';
import { passphraseChange } from './commands/passphrase-change';
import { testimonyAdd, testimonyList } from './commands/testimony';
import { recordsExport, recordsImport, recordsSchema, search, testimonyShow } from './commands/records';
import { verify } from './commands/verify';
import { custodyExport } from './commands/custody-export';
import { createOutput, type Output } from './output';
import type { OperationName } from '../../shared/contract/names';
import { EXIT_OK, EXIT_USAGE, USAGE, UsageError, exitCodeFor } from './usage';

/**
 * `testimony-vault`: the custodians' command line. Runs with plain Node (no Electron): it is
 * also what a recipient uses on a machine that has never seen the vault.
 */
const OPTIONS = {
  vault: { type: 'string' },
  json: { type: 'boolean', default: false },
  'passphrase-file': { type: 'string' },
  'new-passphrase-file': { type: 'string' },
  'recovery-key-file': { type: 'string' },
  user: { type: 'string' },
  name: { type: 'string' },
  code: { type: 'string' },
  title: { type: 'string' },
  // Repeatable for `custody export`; the other commands take one (single()).
  testimony: { type: 'string', multiple: true },
  recipient: { type: 'string', multiple: true },
  'recipient-file': { type: 'string' },
  'vault-passphrase-file': { type: 'string' },
  for: { type: 'string' },
  part: { type: 'string', multiple: true },
  media: { type: 'string' },
  out: { type: 'string' },
  checkpoint: { type: 'string' },
  to: { type: 'string' },
  from: { type: 'string' },
  identity: { type: 'string' },
  key: { type: 'string' },
  format: { type: 'string' },
  force: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>['values'];

function vaultOf(values: Values): string {
  const vault = values.vault ?? process.env.TESTIMONY_VAULT_DIR;
  if (!vault) throw new UsageError('--vault DIR is required (or set TESTIMONY_VAULT_DIR).');
  return vault;
}

function single(value: string[] | undefined, option: string): string | undefined {
  if (value && value.length > 1) throw new UsageError(`${option} can be given only once here.`);
  return value?.[0];
}

/** What every vault command needs to unlock; `operation` is the app operation it amounts to, for the role check. */
function secrets(values: Values, operation?: OperationName) {
  return {
    vault: vaultOf(values),
    user: values.user ?? process.env.TESTIMONY_VAULT_USER,
    operation,
    passphraseFile: values['passphrase-file'],
    newPassphraseFile: values['new-passphrase-file'],
    recoveryKeyFile: values['recovery-key-file'],
  };
}

/** Runs one command; returns the exit code. Never throws. */
export async function run(argv: readonly string[]): Promise<number> {
  let out: Output = createOutput(argv.includes('--json'));
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    }
    const { values, positionals } = parsed;
    out = createOutput(values.json);
    const [command, sub, ...rest] = positionals;
    if (values.help || !command) {
      process.stdout.write(`${USAGE}\n`);
      return command || values.help ? EXIT_OK : EXIT_USAGE;
    }
    const noExtra = (args: readonly (string | undefined)[]) => {
      const extra = args.filter((a) => a !== undefined);
      if (extra.length > 0) throw new UsageError(`Unexpected argument(s): ${extra.join(' ')}`);
    };
    switch (command) {
      case 'init':
        noExtra([sub, ...rest]);
        await init({ ...secrets(values), name: values.name }, out);
        return EXIT_OK;
      case 'testimony':
        if (sub === 'show') {
          const [code, ...extra] = rest;
          noExtra(extra);
          await testimonyShow({ ...secrets(values, 'records.get'), code }, out);
          return EXIT_OK;
        }
        noExtra(rest);
        if (sub === 'add') await testimonyAdd({ ...secrets(values, 'testimonies.create'), code: values.code, title: values.title }, out);
        else if (sub === 'list') await testimonyList(secrets(values, 'testimonies.list'), out);
        else throw new UsageError('Use "testimony add --code CODE --title TITLE", "testimony list" or "testimony show CODE".');
        return EXIT_OK;
      case 'records': {
        const [file, ...extra] = rest;
        if (sub === 'schema') {
          noExtra(rest);
          recordsSchema(out);
          return EXIT_OK;
        }
        if (sub === 'import') {
          noExtra(extra);
          return await recordsImport({ ...secrets(values, 'records.import'), file }, out);
        }
        noExtra(rest);
        if (sub !== 'export') throw new UsageError('Use "records import FILE", "records export --out FILE [--format json|csv]" or "records schema".');
        await recordsExport({ ...secrets(values, 'records.export'), out: values.out, format: values.format, force: values.force }, out);
        return EXIT_OK;
      }
      case 'search':
        noExtra(rest);
        await search({ ...secrets(values, 'testimonies.query'), query: sub }, out);
        return EXIT_OK;
      case 'import':
        return await importFiles({ ...secrets(values, 'media.import'), testimony: single(values.testimony, '--testimony'), files: [sub, ...rest].filter((f): f is string => f !== undefined) }, out);
      case 'export-original':
        noExtra([sub, ...rest]);
        await exportOriginal({ ...secrets(values, 'media.exportOriginal'), media: values.media, out: values.out, force: values.force }, out);
        return EXIT_OK;
      case 'identities':
        noExtra(rest);
        if (sub !== 'export') throw new UsageError('Use "identities export --out FILE".');
        await identitiesExport({ ...secrets(values, 'custody.export'), out: values.out, force: values.force }, out);
        return EXIT_OK;
      case 'passphrase':
        noExtra(rest);
        if (sub !== 'change') throw new UsageError('Use "passphrase change".');
        await passphraseChange(secrets(values, 'vault.changePassphrase'), out);
        return EXIT_OK;
      case 'verify':
        // A recipient's command: no vault, and --passphrase-file is the package's passphrase.
        noExtra(rest);
        return await verify({ target: sub, identity: values.identity, passphraseFile: values['passphrase-file'], key: values.key }, out);
      case 'custody':
        noExtra(rest);
        if (sub !== 'export') throw new UsageError('Use "custody export --testimony CODE… (--recipient age1… | --recipient-file FILE | --passphrase-file FILE) --out FILE".');
        // --passphrase-file is the package's passphrase here; the vault's is --vault-passphrase-file.
        return await custodyExport(
          {
            ...secrets(values, 'custody.export'),
            passphraseFile: values['vault-passphrase-file'],
            testimonies: values.testimony ?? [],
            recipients: values.recipient ?? [],
            recipientFile: values['recipient-file'],
            packagePassphraseFile: values['passphrase-file'],
            for: values.for,
            parts: values.part ?? [],
            out: values.out,
            force: values.force,
          },
          out,
        );
      case 'audit':
        noExtra(rest);
        if (sub !== 'verify') throw new UsageError('Use "audit verify".');
        return await auditVerify({ ...secrets(values, 'audit.verify'), checkpoint: values.checkpoint }, out);
      case 'fixity':
        noExtra([sub, ...rest]);
        return await fixity(secrets(values, 'fixity.run'), out);
      case 'backup':
        noExtra([sub, ...rest]);
        return await backup({ ...secrets(values, 'backup.run'), to: values.to }, out);
      case 'restore':
        noExtra([sub, ...rest]);
        return await restore({ ...secrets(values, 'backup.run'), from: values.from }, out);
      default:
        throw new UsageError(`Unknown command "${command}".\n\n${USAGE}`);
    }
  } catch (error) {
    out.error(error);
    return exitCodeFor(error);
  }
}
