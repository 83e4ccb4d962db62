import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { openEncryptedDatabase } from '../../../../../electron/core/db/connection';
import { migrate, schemaVersion } from '../../../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../../../electron/core/db/migrations';
import { tempDir } from '../../../helpers/temp-dir';

describe('migration 0004 (custody)', () => {
  it('keeps the testimonies and media of version 3 and adds recipients (one per key, known kinds only) and receipts', async () => {
    const db = openEncryptedDatabase(path.join(await tempDir(), 'vault.db'), randomBytes(32).toString('hex'));
    migrate(db, MIGRATIONS, 3);
    db.prepare("INSERT INTO users VALUES ('u1', 'Owner', 'now')").run();
    db.prepare("INSERT INTO testimonies (id, code, title, created_at, updated_at) VALUES ('t1', 'A-1', 'T', 'now', 'now')").run();
    db.prepare("INSERT INTO media (id, testimony_id, blob_path, original_name, content_type, kind, size, sha256, sha512, created_at, ingested_by) VALUES ('m1', 't1', 'blobs/m1', 'a.wav', 'audio/wav', 'audio', 1, 'x', 'y', 'now', 'u1')").run();
    migrate(db, MIGRATIONS, 4);
    expect(schemaVersion(db)).toBe(4);
    expect(db.prepare('SELECT id, kind FROM media').all()).toEqual([{ id: 'm1', kind: 'audio' }]);
    expect(db.prepare('SELECT code FROM testimonies').all()).toEqual([{ code: 'A-1' }]);
    const recipient = db.prepare("INSERT INTO recipients VALUES (?, 'Name', 'Org', ?, ?, '', 'now', 'now')");
    recipient.run('r1', 'un-mechanism', 'age1key');
    expect(() => recipient.run('r2', 'archive', 'age1key')).toThrow(/UNIQUE/);
    expect(() => recipient.run('r3', 'journalist', 'age1other')).toThrow(/CHECK/);
    db.prepare("INSERT INTO custody_receipts VALUES ('c1', 'now', '{}')").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM custody_receipts').get()).toEqual({ n: 1 });
    db.close();
  });
});
