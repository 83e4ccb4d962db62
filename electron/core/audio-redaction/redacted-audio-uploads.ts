import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { VaultError } from '../../../shared/errors';
import { consentDecision } from '../../../shared/domain/consent';
import type { RedactedAudioFormat, RedactedAudioItem } from '../../../shared/contract/audio-redaction-operations';
import { AgeEncryptor } from '../crypto/age/writer';
import { decodeRecipient } from '../crypto/age/identity';
import { getTestimonyKey } from '../db/queries/testimonies';
import { statement } from '../db/statements';
import { syncDirectory } from '../fs/atomic-write';
import { blobAbsolutePath, PARTIAL_SUFFIX } from '../media/blob-paths';
import { recordView } from '../records/record-view';
import type { VaultSession } from '../vault/session';
import { audioOriginal, getPlan } from './plan-store';
import { readStoredAudio, redactedBlobPath, REDACTED_BLOBS, toItem, type RedactedAudioRow } from './redacted-audio-store';

/**
 * Redacted audio streamed from the renderer (which alone can decode every format) in chunks,
 * each encrypted as it arrives: no plaintext of it ever reaches the disk. Finishing reads the
 * blob back (proving it decrypts) to hash the file as it will be published.
 */
interface Job {
  id: string;
  testimonyId: string;
  mediaId: string;
  format: RedactedAudioFormat;
  sampleRate: number;
  channels: number;
  planAt: string;
  regions: number;
  disguised: boolean;
  encryptor: AgeEncryptor;
  handle: FileHandle;
  partial: string;
  nextSeq: number;
  bytes: number;
}

/** A WAV cannot say more than 4 GiB; Opus of a long interview is far smaller. */
const MAX_BYTES = 0xffffffff - 44;

export function refuseWithoutAudioConsent(session: VaultSession, testimonyId: string): void {
  const { record } = recordView(session, testimonyId);
  const decision = consentDecision(record.consent, 'publishAudio');
  if (decision !== 'granted') {
    const why = decision === 'withdrawn' ? 'was withdrawn' : decision === 'refused' ? 'was refused' : decision === 'not-asked' ? 'was not recorded' : 'was not obtained';
    throw new VaultError('BAD_INPUT', `Testimony ${record.code}: consent to publish audio ${why}, so no redacted audio can be made for publication.`, {
      code: record.code,
      field: 'consent',
      reason: `consent-${decision}`,
      scope: 'publishAudio',
    });
  }
}

export class RedactedAudioUploads {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly session: VaultSession) {}

  async begin(mediaId: string, format: RedactedAudioFormat, sampleRate: number, channels: number): Promise<string> {
    const media = audioOriginal(this.session, mediaId);
    refuseWithoutAudioConsent(this.session, media.testimonyId);
    const plan = getPlan(this.session, mediaId);
    // Publishing a recording with nothing hidden is a decision for the editor, but it must be one: a saved (maybe empty) plan.
    if (plan.updatedAt === null) throw new VaultError('BAD_INPUT', 'Save the regions to hide first (an empty list is allowed, but must be saved).');
    const key = getTestimonyKey(this.session.db, media.testimonyId);
    if (!key) throw new VaultError('DATABASE_CORRUPT', 'This testimony has no key.');
    const id = randomUUID();
    const dir = path.join(this.session.dir, REDACTED_BLOBS);
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    const partial = blobAbsolutePath(this.session.dir, redactedBlobPath(id)) + PARTIAL_SUFFIX;
    const encryptor = await AgeEncryptor.create([decodeRecipient(key.recipient)]);
    const handle = await fs.open(partial, 'wx', 0o600);
    try {
      await handle.write(encryptor.header);
    } catch (error) {
      encryptor.dispose();
      await handle.close();
      await fs.rm(partial, { force: true });
      throw error;
    }
    this.jobs.set(id, {
      id,
      testimonyId: media.testimonyId,
      mediaId,
      format,
      sampleRate,
      channels,
      planAt: plan.updatedAt,
      regions: plan.regions.length,
      disguised: plan.disguise !== null,
      encryptor,
      handle,
      partial,
      nextSeq: 0,
      bytes: 0,
    });
    return id;
  }

  private job(jobId: string): Job {
    this.session.assertOpen();
    const job = this.jobs.get(jobId);
    if (!job) throw new VaultError('NOT_FOUND', 'This redacted audio is not being written (it was finished, cancelled, or the vault was locked).');
    return job;
  }

  async chunk(jobId: string, seq: number, data: Uint8Array): Promise<void> {
    const job = this.job(jobId);
    if (seq !== job.nextSeq) throw new VaultError('BAD_INPUT', `Chunk ${seq} arrived where chunk ${job.nextSeq} was expected.`);
    if (job.bytes + data.length > MAX_BYTES) {
      await this.cancel(jobId);
      throw new VaultError('BAD_INPUT', 'The redacted audio is larger than 4 GiB: choose Opus for a recording this long.');
    }
    for (const sealed of job.encryptor.update(data)) await job.handle.write(sealed);
    job.nextSeq++;
    job.bytes += data.length;
  }

  async finish(jobId: string): Promise<RedactedAudioItem> {
    const job = this.job(jobId);
    this.jobs.delete(jobId);
    try {
      if (job.bytes === 0) throw new VaultError('EMPTY_FILE', 'No audio was received.');
      if (job.format === 'wav' && job.bytes % (2 * job.channels) !== 0) throw new VaultError('BAD_INPUT', 'The WAV samples end in the middle of a frame.');
      await job.handle.write(job.encryptor.finish());
      await job.handle.sync();
      await job.handle.close();
      const relative = redactedBlobPath(job.id);
      await fs.rename(job.partial, blobAbsolutePath(this.session.dir, relative));
      await syncDirectory(path.dirname(job.partial));
      const now = new Date().toISOString();
      const r: RedactedAudioRow = {
        id: job.id,
        testimony_id: job.testimonyId,
        media_id: job.mediaId,
        format: job.format,
        sample_rate: job.sampleRate,
        channels: job.channels,
        plan_at: job.planAt,
        regions: job.regions,
        disguised: job.disguised ? 1 : 0,
        blob_path: relative,
        size: job.bytes + (job.format === 'wav' ? 44 : 0),
        sha256: '',
        created_at: now,
        created_by: this.session.user.id,
      };
      // Read back through decryption before recording it: the hash is of the file as published, and proves the blob opens.
      const hash = createHash('sha256');
      for await (const piece of readStoredAudio(this.session, r)) hash.update(piece);
      r.sha256 = hash.digest('hex');
      await this.session.commit((record) => {
        statement(
          this.session.db,
          `INSERT INTO redacted_audio (id, testimony_id, media_id, format, sample_rate, channels, plan_at, regions, disguised, blob_path, size, sha256, created_at, created_by)
           VALUES (@id, @testimony_id, @media_id, @format, @sample_rate, @channels, @plan_at, @regions, @disguised, @blob_path, @size, @sha256, @created_at, @created_by)`,
        ).run(r);
        record({ type: 'redaction', objectType: 'media', objectId: job.mediaId, detail: { action: 'redacted audio made', redactedAudio: job.id, format: job.format, regions: job.regions } });
      });
      return toItem(this.session, r);
    } catch (error) {
      job.encryptor.dispose();
      await job.handle.close().catch(() => undefined);
      await fs.rm(job.partial, { force: true });
      await fs.rm(blobAbsolutePath(this.session.dir, redactedBlobPath(job.id)), { force: true });
      throw error;
    }
  }

  async cancel(jobId: string): Promise<void> {
    const job = this.jobs.get(jobId);
    if (!job) return;
    this.jobs.delete(jobId);
    job.encryptor.dispose();
    await job.handle.close().catch(() => undefined);
    await fs.rm(job.partial, { force: true });
  }

  /** On lock: every upload in flight is abandoned and its encrypted partial file removed. */
  async close(): Promise<void> {
    await Promise.all([...this.jobs.keys()].map((id) => this.cancel(id)));
  }
}
