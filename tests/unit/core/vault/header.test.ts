import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { HEADER_BACKUP_FILE, HEADER_FILE } from '../../../../electron/core/vault/header';
import { newVault, snapshot, unlock } from '../../helpers/vault';

async function editHeader(dir: string, files: string[], edit: (h: Record<string, unknown>) => void): Promise<void> {
  for (const file of files) {
    const h = JSON.parse(await fs.readFile(path.join(dir, file), 'utf8')) as Record<string, unknown>;
    edit(h);
    await fs.writeFile(path.join(dir, file), JSON.stringify(h));
  }
}

describe('vault.json', () => {
  it('refuses a vault written by a newer format version with a clear message, changing nothing', async () => {
    const { dir, session } = await newVault();
    await session.close();
    await editHeader(dir, [HEADER_FILE, HEADER_BACKUP_FILE], (h) => (h.formatVersion = 3));
    const before = await snapshot(dir);
    await expect(unlock(dir)).rejects.toMatchObject({ code: 'VAULT_FORMAT_TOO_NEW', message: expect.stringMatching(/newer version/) });
    expect(await snapshot(dir)).toEqual(before);
  });

  it('opens from the backup copy when vault.json is damaged, and repairs vault.json', async () => {
    const { dir, session } = await newVault();
    await session.close();
    const good = await fs.readFile(path.join(dir, HEADER_FILE), 'utf8');
    await fs.writeFile(path.join(dir, HEADER_FILE), good.slice(0, good.length / 2));
    const reopened = await unlock(dir);
    await reopened.close();
    expect(JSON.parse(await fs.readFile(path.join(dir, HEADER_FILE), 'utf8'))).toEqual(JSON.parse(good));
  });

  it('says which field is wrong when both copies are damaged, and leaves the files for a backup restore', async () => {
    const { dir, session } = await newVault();
    await session.close();
    await editHeader(dir, [HEADER_FILE, HEADER_BACKUP_FILE], (h) => delete h.database);
    const before = await snapshot(dir);
    await expect(unlock(dir)).rejects.toMatchObject({ code: 'VAULT_HEADER_CORRUPT', message: expect.stringMatching(/database/) });
    expect(await snapshot(dir)).toEqual(before);
  });

  it('does not let anyone lower the Argon2id cost of a slot: the slot stops opening instead', async () => {
    const { dir, session } = await newVault();
    await session.close();
    // Within the allowed range but different from what was bound at creation.
    await editHeader(dir, [HEADER_FILE, HEADER_BACKUP_FILE], (h) => {
      const slots = h.slots as { kdf: { opsLimit: number } }[];
      slots[0]!.kdf.opsLimit = 4;
    });
    await expect(unlock(dir)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await editHeader(dir, [HEADER_FILE, HEADER_BACKUP_FILE], (h) => {
      const slots = h.slots as { kdf: { opsLimit: number; memLimitBytes: number } }[];
      slots[0]!.kdf.opsLimit = 1;
      slots[0]!.kdf.memLimitBytes = 1024 * 1024;
    });
    await expect(unlock(dir)).rejects.toMatchObject({ code: 'VAULT_HEADER_CORRUPT' });
  });

  it('detects a swapped database key wrap', async () => {
    const a = await newVault();
    const b = await newVault();
    await Promise.all([a.session.close(), b.session.close()]);
    const bHeader = JSON.parse(await fs.readFile(path.join(b.dir, HEADER_FILE), 'utf8')) as { database: unknown };
    await editHeader(a.dir, [HEADER_FILE, HEADER_BACKUP_FILE], (h) => (h.database = bHeader.database));
    await expect(unlock(a.dir)).rejects.toMatchObject({ code: 'VAULT_HEADER_CORRUPT' });
  });
});
