import { randomBytes, randomUUID } from 'node:crypto';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AuditLog } from '../../../../electron/core/custody/audit-log';
import { sodium } from '../../../../electron/core/crypto/sodium';
import { openEncryptedDatabase, type Db } from '../../../../electron/core/db/connection';
import { migrate } from '../../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';

/**
 * A real vault-like folder for audit log tests: an encrypted SQLCipher database on disk with
 * the real schema, a fresh Ed25519 key from libsodium, and the checkpoint file beside it.
 */
export class AuditFixture {
  db: Db;
  log!: AuditLog;
  private others: Db[] = [];
  private tick = 0;

  private constructor(
    readonly dir: string,
    readonly keyHex: string,
    readonly origin: string,
    readonly keys: { publicKey: Uint8Array; privateKey: Uint8Array },
  ) {
    this.db = this.openDb();
    migrate(this.db, MIGRATIONS);
  }

  static async create(): Promise<AuditFixture> {
    const dir = await mkdtemp(path.join(tmpdir(), 'tv-audit-'));
    const keys = (await sodium()).crypto_sign_keypair();
    const fixture = new AuditFixture(dir, randomBytes(32).toString('hex'), `testimony-vault/${randomUUID()}`, keys);
    fixture.log = await fixture.openLog();
    return fixture;
  }

  get dbFile(): string {
    return path.join(this.dir, 'vault.db');
  }

  get checkpointFile(): string {
    return path.join(this.dir, 'audit-checkpoint.txt');
  }

  /** A clock that moves one second per reading, so every event has its own time. */
  now = (): Date => new Date(Date.UTC(2025, 0, 1) + 1000 * this.tick++);

  openDb(): Db {
    return openEncryptedDatabase(this.dbFile, this.keyHex);
  }

  openLog(db: Db = this.db, now: () => Date = this.now): Promise<AuditLog> {
    return AuditLog.open(db, {
      origin: this.origin,
      keyName: this.origin,
      publicKey: this.keys.publicKey,
      secretKey: this.keys.privateKey,
      checkpointFile: this.checkpointFile,
      now,
    });
  }

  /** Appends `count` events, each in its own transaction (as the app does), returning their seqs. */
  record(count: number): number[] {
    const seqs: number[] = [];
    for (let i = 0; i < count; i++) {
      this.db.transaction(() => {
        const { seq } = this.log.append({ type: 'ingestion', actor: 'user-1', objectType: 'media', objectId: `media-${i}`, detail: { size: 100 + i } });
        seqs.push(seq);
      })();
    }
    return seqs;
  }

  /** A second connection without the append-only triggers: an attacker holding the database key. */
  attacker(): Db {
    const db = this.openDb();
    this.others.push(db);
    db.exec(`
      DROP TRIGGER IF EXISTS audit_events_no_update;
      DROP TRIGGER IF EXISTS audit_events_no_delete;
      DROP TRIGGER IF EXISTS audit_checkpoints_no_update;
      DROP TRIGGER IF EXISTS audit_checkpoints_no_delete;
    `);
    return db;
  }

  /** Copies the database file as it is now (WAL folded in first), for restoring later. */
  async snapshotDatabase(name: string): Promise<string> {
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    const copy = path.join(this.dir, name);
    await copyFile(this.dbFile, copy);
    return copy;
  }

  /** Puts an older copy of the database in place, as a restore from an old backup would. */
  async restoreDatabase(copy: string): Promise<void> {
    for (const db of [...this.others, this.db]) if (db.open) db.close();
    await rm(`${this.dbFile}-wal`, { force: true });
    await rm(`${this.dbFile}-shm`, { force: true });
    await copyFile(copy, this.dbFile);
    this.db = this.openDb();
    this.log = await this.openLog();
  }

  async dispose(): Promise<void> {
    for (const db of [...this.others, this.db]) if (db.open) db.close();
    await rm(this.dir, { recursive: true, force: true });
  }
}
