import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { openEncryptedDatabase } from '../../../../electron/core/db/connection';
import { migrate } from '../../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { tempDir } from '../../helpers/temp-dir';

const hexKey = () => randomBytes(32).toString('hex');

async function header(file: string): Promise<string> {
  return (await fs.readFile(file)).subarray(0, 16).toString('latin1');
}

describe('encrypted database', () => {
  it('is encrypted on disk from the first write: never a plain "SQLite format 3" header', async () => {
    const file = path.join(await tempDir(), 'vault.db');
    const db = openEncryptedDatabase(file, hexKey());
    migrate(db, MIGRATIONS);
    db.close();
    expect((await fs.stat(file)).size).toBeGreaterThan(0);
    expect(await header(file)).not.toBe('SQLite format 3\0');
  });

  it('keeps a marker written into it out of the file, the WAL included', async () => {
    const file = path.join(await tempDir(), 'vault.db');
    const db = openEncryptedDatabase(file, hexKey());
    migrate(db, MIGRATIONS);
    const marker = `MARKER-${randomBytes(8).toString('hex')}`;
    db.prepare('INSERT INTO users (id, display_name, created_at) VALUES (?, ?, ?)').run('u1', marker, 'now');
    // Look before the checkpoint (data in the WAL) and after (data in the main file).
    for (const name of await fs.readdir(path.dirname(file))) {
      expect((await fs.readFile(path.join(path.dirname(file), name))).includes(marker)).toBe(false);
    }
    db.close();
    for (const name of await fs.readdir(path.dirname(file))) {
      expect((await fs.readFile(path.join(path.dirname(file), name))).includes(marker)).toBe(false);
    }
  });

  it('reopens with the same key and keeps its rows', async () => {
    const file = path.join(await tempDir(), 'vault.db');
    const key = hexKey();
    let db = openEncryptedDatabase(file, key);
    migrate(db, MIGRATIONS);
    db.prepare('INSERT INTO users (id, display_name, created_at) VALUES (?, ?, ?)').run('u1', 'Interviewer', 'now');
    db.close();
    db = openEncryptedDatabase(file, key);
    expect(db.prepare('SELECT display_name FROM users').pluck().get()).toBe('Interviewer');
    db.close();
  });

  it('refuses another key with DATABASE_CORRUPT and leaves the file untouched', async () => {
    const file = path.join(await tempDir(), 'vault.db');
    const db = openEncryptedDatabase(file, hexKey());
    migrate(db, MIGRATIONS);
    db.close();
    const before = await fs.readFile(file);
    expect(() => openEncryptedDatabase(file, hexKey())).toThrow(expect.objectContaining({ code: 'DATABASE_CORRUPT' }));
    expect((await fs.readFile(file)).equals(before)).toBe(true);
  });

  it('never interpolates anything but 64 hex digits as the key', () => {
    expect(() => openEncryptedDatabase(':memory:', `${'a'.repeat(63)}'`)).toThrow(/64 lowercase hex/);
    expect(() => openEncryptedDatabase(':memory:', 'passphrase')).toThrow(/64 lowercase hex/);
  });

  it('runs with the durability and secrecy settings of DESIGN.md', async () => {
    const file = path.join(await tempDir(), 'vault.db');
    const db = openEncryptedDatabase(file, hexKey());
    migrate(db, MIGRATIONS);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('temp_store', { simple: true })).toBe(2); // MEMORY
    expect(db.pragma('cipher', { simple: true })).toBe('sqlcipher');
    db.close();
  });
});
