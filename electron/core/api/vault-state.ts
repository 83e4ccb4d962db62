import { VaultError } from '../../../shared/errors';
import type { Host } from '../host';
import type { LockReason } from '../api';
import { MediaAccess } from '../media/media-access';
import { Recordings } from '../originals/recording-service';
import { RedactedAudioUploads } from '../audio-redaction/redacted-audio-uploads';
import type { IngestJob } from '../media/ingest';
import type { VaultSession } from '../vault/session';
import { vaultState } from '../vault/open-vault';

/**
 * Which vault session is open, if any, and everything that lives only as long as it does
 * (media readers, imports in flight). Opening, locking and key changes are serialised so
 * that a lock cannot interleave with an unlock half-way through.
 */
export class VaultState {
  private session: VaultSession | null = null;
  private media: MediaAccess | null = null;
  private recordings: Recordings | null = null;
  private redactedAudio: RedactedAudioUploads | null = null;
  private readonly jobs = new Map<string, IngestJob>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly dir: string,
    private readonly host: Host,
  ) {}

  /** Runs `task` after every earlier exclusive task has finished. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  isUnlocked(): boolean {
    return this.session?.isOpen === true;
  }

  async status(): Promise<{ state: 'absent' | 'locked' | 'unlocked'; vaultId?: string; unlockedWith?: 'passphrase' | 'recoveryKey' }> {
    if (this.session?.isOpen) return { state: 'unlocked', vaultId: this.session.vaultId, unlockedWith: this.session.unlockedWith };
    return { state: await vaultState(this.dir) };
  }

  open(session: VaultSession): void {
    this.session = session;
    this.media = new MediaAccess(session);
    this.recordings = new Recordings(session);
    this.redactedAudio = new RedactedAudioUploads(session);
  }

  current(): VaultSession {
    if (!this.session?.isOpen) throw new VaultError('VAULT_LOCKED', 'The vault is locked. Unlock it first.');
    return this.session;
  }

  mediaAccess(): MediaAccess {
    this.current();
    return this.media!;
  }

  redactedAudioOf(): RedactedAudioUploads {
    this.current();
    return this.redactedAudio!;
  }

  recordingsOf(): Recordings {
    this.current();
    return this.recordings!;
  }

  mediaAccessOrNull(): MediaAccess | null {
    return this.session?.isOpen ? this.media : null;
  }

  trackJob(job: IngestJob): void {
    this.jobs.set(job.jobId, job);
    void job.done.finally(() => this.jobs.delete(job.jobId)).catch(() => undefined);
  }

  cancelJob(jobId: string): void {
    this.jobs.get(jobId)?.cancel();
  }

  /** Drops keys, readers and imports in flight; tells the renderer unless `silent`. */
  lock(reason: LockReason, options: { silent?: boolean } = {}): Promise<void> {
    return this.exclusive(async () => {
      const session = this.session;
      if (!session) return;
      this.session = null;
      const media = this.media;
      this.media = null;
      const recordings = this.recordings;
      this.recordings = null;
      const redactedAudio = this.redactedAudio;
      this.redactedAudio = null;
      await redactedAudio?.close();
      for (const job of this.jobs.values()) job.cancel();
      await Promise.allSettled([...this.jobs.values()].map((j) => j.done));
      await media?.close();
      // A recording still open becomes an interrupted one, offered again at the next unlock.
      await recordings?.close();
      await session.close();
      if (!options.silent) this.host.emit('vault.locked', { reason });
    });
  }
}
