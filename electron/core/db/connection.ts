import Database from 'better-sqlite3-multiple-ciphers';
import { VaultError } from '../../../shared/errors';
import { runtimeConfig } from '../runtime';

export type Db = Database.Database;

const KEY_HEX = /^[0-9a-f]{64}$/;

/**
 * Opens (or creates) the SQLCipher database with a raw 256-bit key. The key is the only
 * value ever interpolated into SQL, and only after it has been checked to be 64 lowercase
 * hex digits: it never comes from user text (DESIGN.md, "Database").
 *
 * Throws WRONG key as DATABASE_CORRUPT: the key was unwrapped by an authenticated slot, so a
 * database that does not open with it has been damaged or replaced.
 */
export function openEncryptedDatabase(file: string, keyHex: string, options: { readonly?: boolean } = {}): Db {
  if (!KEY_HEX.test(keyHex)) throw new Error('database key must be 64 lowercase hex digits');
  const nativeBinding = runtimeConfig().sqliteNativeBinding;
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  try {
    // Select the cipher explicitly: sqlite3mc's default is not SQLCipher, and plain
    // better-sqlite3 would silently ignore PRAGMA key (DESIGN.md, pitfalls).
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${keyHex}'"`);
    // Touch the schema: this is where a wrong key or a damaged file shows.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    db.close();
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new VaultError('DATABASE_CORRUPT', 'The vault database cannot be read with this vault\'s key: it is damaged or was replaced.');
    }
    throw error;
  }
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
  }
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  // Sorts and temporary indexes would otherwise spill plaintext-derived pages to temp files.
  db.pragma('temp_store = MEMORY');
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -65536');
  return db;
}
