import { VaultError, type ErrorCode } from '../../shared/errors';

/** Exit codes are an interface custodians' scripts rely on. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** Bad usage or input: the person must change the command or its files, not retry it. */
const INPUT_ERRORS: ReadonlySet<ErrorCode> = new Set([
  'BAD_INPUT',
  'NO_VAULT',
  'VAULT_EXISTS',
  'FILE_NOT_FOUND',
  'FILE_UNREADABLE',
  'FILE_EXISTS',
  'CONTENT_MISMATCH',
  'RECOVERY_KEY_TYPO',
  'WEAK_PASSPHRASE',
  'DUPLICATE_CODE',
  'NOT_FOUND',
]);

export function exitCodeFor(error: unknown): number {
  return error instanceof VaultError && INPUT_ERRORS.has(error.code) ? EXIT_USAGE : EXIT_FAILED;
}

export class UsageError extends VaultError {
  constructor(message: string) {
    super('BAD_INPUT', message);
  }
}

export const USAGE = `Usage: testimony-vault <command> --vault DIR [options] [--json]

Commands:
  init                                 create a vault; prints the recovery key once
  testimony add --code CODE --title T  add a testimony
  testimony list                       list testimonies
  testimony show CODE                  the whole record of a testimony
  search QUERY                         testimonies matching QUERY (Arabic-aware), with the fields matched
  records import FILE                  import testimonies from JSON or CSV (all or nothing)
  records export --out FILE [--format json|csv] [--force]
                                       export every record
  records schema                       print the JSON Schema of the records file
  import --testimony CODE FILE...      import files into a testimony
  export-original --media ID --out FILE [--force]
                                       write an original, bit-exact, to FILE
  identities export --out FILE [--force]
                                       write the age identities of all testimonies
                                       (decrypt any blob with the stock age tool)
  passphrase change                    change the passphrase (asks for the current one)
  audit verify [--checkpoint FILE]     verify the audit log and its signed checkpoints
  fixity                               decrypt and rehash every original (SHA-256, SHA-512)
                                       against its ingest hashes; exit 1 if any fails
  backup --to DIR                      a verified copy of the vault into DIR (a new or empty
                                       folder, or an earlier backup of this vault: only new
                                       blobs are copied)
  restore --from DIR --vault NEWDIR    restore a backup into a new folder, then check it
                                       (unlock, audit verify, fixity)
  custody export --testimony CODE... (--recipient age1... | --recipient-file FILE | --passphrase-file FILE)
                 --out FILE [--for KIND] [--part PART...] [--force]
                                       a sealed custody package (BagIt, signed, age-encrypted) for the
                                       recipients' keys (repeat --recipient; a file holds one key a line)
                                       or a passphrase (read from the file); a handover receipt is
                                       recorded. KIND (un-mechanism, international-court,
                                       national-prosecutor, archive) is checked against consent; without
                                       --for a key's kind comes from the address book. PART: originals,
                                       transcripts, metadata (default all). Unlock the vault with
                                       --vault-passphrase-file FILE (or as below). Exit 1 when consent
                                       refuses a testimony (each one named), nothing written.
  verify PACKAGE [--identity FILE | --passphrase-file FILE] [--key FILE]
                                       verify a custody package (or its bag folder) with no vault:
                                       decryption, bag, checksums, signature, audit proofs

Unlocking (commands other than init):
  a prompt on the terminal, or --passphrase-file FILE, or TESTIMONY_VAULT_PASSPHRASE,
  or --recovery-key-file FILE. With several users, --user NAME (or TESTIMONY_VAULT_USER)
  says whose passphrase it is; the command then runs with that user's role (an editor cannot
  export originals, only custodians and administrators run fixity, backup and custody export).
  init --user NAME names the administrator it creates (default: admin).
New passphrase (init, passphrase change):
  a prompt (asked twice), or --new-passphrase-file FILE, or TESTIMONY_VAULT_NEW_PASSPHRASE
  (init also takes --passphrase-file / TESTIMONY_VAULT_PASSPHRASE).

Options:
  --vault DIR   the vault folder (or TESTIMONY_VAULT_DIR)
  --json        print one JSON object on stdout
  -h, --help    this help

Exit status: 0 success, 1 a failed check or operation, 2 bad usage or input.`;
