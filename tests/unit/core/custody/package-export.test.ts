import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { consentSchema } from '../../../../shared/domain/record';
import { createTestimony } from '../../../../electron/core/records/testimonies';
import { updateConsent, withdrawConsent } from '../../../../electron/core/records/record-service';
import { startIngest } from '../../../../electron/core/media/ingest';
import { createTranscript, saveTranscript } from '../../../../electron/core/originals/transcripts-service';
import { exportPackage } from '../../../../electron/core/custody/package-export';
import { putSetting } from '../../../../electron/core/db/queries/custody';
import type { VaultSession } from '../../../../electron/core/vault/session';
import { newVault } from '../../helpers/vault';
import { tempDir } from '../../helpers/temp-dir';

async function recipientKey(dir: string): Promise<{ identityFile: string; publicKey: string }> {
  const identityFile = path.join(dir, 'recipient.key');
  execFileSync('age-keygen', ['-o', identityFile], { stdio: 'pipe' });
  const publicKey = execFileSync('age-keygen', ['-y', identityFile]).toString().trim();
  return { identityFile, publicKey };
}

async function testimonyWithOriginal(session: VaultSession, code: string, courts: boolean) {
  const t = await createTestimony(session, { code, title: `شهادة ${code}` });
  await updateConsent(session, t.id, consentSchema.parse({ obtained: 'yes', scopes: { ...consentSchema.parse({}).scopes, archive: true, shareInternationalCourts: courts } }));
  const file = path.join(await tempDir(), 'statement.txt');
  const original = Buffer.from(`Written statement ${randomBytes(8).toString('hex')}\n`.repeat(2000));
  await fs.writeFile(file, original);
  const media = await (await startIngest(session, t.id, file, () => undefined)).done;
  const tr = await createTranscript(session, { testimonyId: t.id, mediaId: media.id, kind: 'transcript', language: 'ar', sourceId: null });
  await saveTranscript(session, tr.id, 0, [{ id: randomUUID(), start: null, speaker: 'W', text: 'نص الشهادة' }]);
  return { t, media, original };
}

describe('custody package export', () => {
  it('writes a bag the stock tools verify: age, tar, sha256sum, sha512sum and minisign', async () => {
    const { session } = await newVault();
    putSetting(session.db, 'organization', 'Syrian Archive Test');
    putSetting(session.db, 'contactName', 'Custodian One');
    const { original, media } = await testimonyWithOriginal(session, 'SY-1', true);
    const work = await tempDir();
    const { identityFile, publicKey } = await recipientKey(work);
    const target = path.join(work, 'handover.tar.age');
    const receipt = await exportPackage(session, {
      testimonyIds: [(await import('../../../../electron/core/db/queries/testimonies')).getTestimonyByCode(session.db, 'SY-1')!.id],
      parts: ['originals', 'transcripts', 'metadata'],
      recipients: { kind: 'keys', recipients: [{ name: 'ICC OTP', organization: 'ICC', kind: 'international-court', publicKey }] },
      target,
      overwrite: false,
    });
    expect(receipt.packageSha256).toBe(createHash('sha256').update(await fs.readFile(target)).digest('hex'));
    // A recipient with nothing but standard tools:
    const tar = path.join(work, 'bag.tar');
    execFileSync('age', ['-d', '-i', identityFile, '-o', tar, target]);
    execFileSync('tar', ['-xf', tar, '-C', work]);
    const bag = path.join(work, `custody-${receipt.bagId}`);
    execFileSync('sha256sum', ['-c', '--quiet', 'manifest-sha256.txt'], { cwd: bag });
    execFileSync('sha512sum', ['-c', '--quiet', 'manifest-sha512.txt'], { cwd: bag });
    execFileSync('sha256sum', ['-c', '--quiet', 'tagmanifest-sha256.txt'], { cwd: bag });
    const minisign = execFileSync('minisign', ['-V', '-p', 'vault-signing-key.pub', '-m', 'tagmanifest-sha256.txt'], { cwd: bag }).toString();
    expect(minisign).toContain(`bag ${receipt.bagId}`);
    const copy = await fs.readFile(path.join(bag, 'data', 'originals', 'SY-1', `${media.id}.txt`));
    expect(copy.equals(original)).toBe(true);
    const info = await fs.readFile(path.join(bag, 'bag-info.txt'), 'utf8');
    expect(info).toMatch(/Source-Organization: Syrian Archive Test/);
    expect(info).toMatch(/Payload-Oxum: \d+\.\d+/);
    const files = execFileSync('find', ['data', '-type', 'f'], { cwd: bag }).toString().trim().split('\n');
    const octets = (await Promise.all(files.map(async (f) => (await fs.stat(path.join(bag, f))).size))).reduce((a, b) => a + b, 0);
    expect(info).toContain(`Payload-Oxum: ${octets}.${files.length}`);
    expect(await fs.readFile(path.join(bag, 'data', 'metadata', 'SY-1', 'premis.xml'), 'utf8')).toContain(media.sha512);
    expect(JSON.parse(await fs.readFile(path.join(bag, 'data', 'audit', 'events.json'), 'utf8'))).toMatchObject({ treeSize: expect.any(Number), events: expect.any(Array) });
    expect(session.db.prepare("SELECT count(*) FROM audit_events WHERE type = 'dissemination'").pluck().get()).toBe(1);
    await session.close();
  });

  it('refuses a testimony whose consent does not cover the recipient, or was withdrawn, naming it', async () => {
    const { session } = await newVault();
    putSetting(session.db, 'organization', 'Org');
    putSetting(session.db, 'contactName', 'Custodian');
    const refused = await testimonyWithOriginal(session, 'NO-1', false);
    const withdrawn = await testimonyWithOriginal(session, 'WD-1', true);
    await withdrawConsent(session, withdrawn.t.id, { withdrawnOn: '2025-01-01', scopes: ['shareInternationalCourts'], notes: '' });
    const work = await tempDir();
    const { publicKey } = await recipientKey(work);
    for (const [t, word] of [
      [refused.t, 'refused'],
      [withdrawn.t, 'withdrawn'],
    ] as const) {
      await expect(
        exportPackage(session, {
          testimonyIds: [t.id],
          parts: ['originals'],
          recipients: { kind: 'keys', recipients: [{ name: 'Court', organization: '', kind: 'international-court', publicKey }] },
          target: path.join(work, `${t.code}.age`),
          overwrite: false,
        }),
      ).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining(word) });
    }
    expect(await fs.readdir(work)).toEqual(['recipient.key']);
    await session.close();
  });
});
