import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { openEncryptedDatabase } from '../../../../../electron/core/db/connection';
import { migrate, schemaVersion } from '../../../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../../../electron/core/db/migrations';
import { tempDir } from '../../../helpers/temp-dir';

describe('migration 0003 (originals)', () => {
  it('keeps the media of version 2, giving each a kind from its type and empty provenance', async () => {
    const db = openEncryptedDatabase(path.join(await tempDir(), 'vault.db'), randomBytes(32).toString('hex'));
    migrate(db, MIGRATIONS, 2);
    db.prepare("INSERT INTO users VALUES ('u1', 'Owner', 'now')").run();
    db.prepare("INSERT INTO testimonies (id, code, title, created_at, updated_at) VALUES ('t1', 'A-1', 'T', 'now', 'now')").run();
    const media = db.prepare("INSERT INTO media (id, testimony_id, blob_path, original_name, content_type, size, sha256, sha512, created_at, ingested_by) VALUES (?, 't1', ?, ?, ?, 1, 'x', 'y', 'now', 'u1')");
    media.run('m1', 'blobs/m1', 'a.wav', 'audio/wav');
    media.run('m2', 'blobs/m2', 'b.pdf', 'application/pdf');
    media.run('m3', 'blobs/m3', 'c.jpg', 'image/jpeg');
    media.run('m4', 'blobs/m4', 'd.txt', 'text/plain');
    media.run('m5', 'blobs/m5', 'e.bin', 'application/octet-stream');
    migrate(db, MIGRATIONS, 3);
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT id, kind, damage, provenance, duration_seconds FROM media ORDER BY id').all()).toEqual([
      { id: 'm1', kind: 'audio', damage: '', provenance: '{}', duration_seconds: null },
      { id: 'm2', kind: 'document', damage: '', provenance: '{}', duration_seconds: null },
      { id: 'm3', kind: 'image', damage: '', provenance: '{}', duration_seconds: null },
      { id: 'm4', kind: 'text', damage: '', provenance: '{}', duration_seconds: null },
      { id: 'm5', kind: 'other', damage: '', provenance: '{}', duration_seconds: null },
    ]);
    expect(() => db.prepare("INSERT INTO segments VALUES ('s', 'm1', 5, 4, '{}', 'n', 'n')").run()).toThrow(/CHECK/);
    db.close();
  });
});
