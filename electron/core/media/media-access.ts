import { randomBytes, timingSafeEqual } from 'node:crypto';
import { VaultError } from '../../../shared/errors';
import { MEDIA_HOST, MEDIA_SCHEME } from '../../../shared/contract/schemes';
import { getMedia, type MediaRecord } from '../db/queries/media';
import { getTestimonyKey } from '../db/queries/testimonies';
import { AgeFileReader } from '../crypto/age/reader';
import { decodeIdentity } from '../crypto/age/identity';
import type { VaultSession } from '../vault/session';
import { blobAbsolutePath } from './blob-paths';

const MAX_OPEN_READERS = 8;

/**
 * Random access to decrypted media during one unlocked session. Readers stay open (their
 * file keys in memory) for the few blobs being played, and all of it is dropped at lock.
 * URLs carry an opaque per-session token, never a key: a URL copied out of the renderer is
 * useless after the next lock.
 */
export class MediaAccess {
  private readonly token = randomBytes(32).toString('hex');
  private readonly readers = new Map<string, Promise<AgeFileReader>>();

  constructor(private readonly session: VaultSession) {}

  record(mediaId: string): MediaRecord {
    this.session.assertOpen();
    const record = getMedia(this.session.db, mediaId);
    if (!record) throw new VaultError('NOT_FOUND', 'This file is not in the vault.');
    return record;
  }

  /** The testimony's identity, decoded; the caller wipes it. */
  identityFor(testimonyId: string): Uint8Array {
    const key = getTestimonyKey(this.session.db, testimonyId);
    if (!key) throw new VaultError('DATABASE_CORRUPT', 'This testimony has no key.');
    return decodeIdentity(key.identity);
  }

  async reader(mediaId: string): Promise<{ record: MediaRecord; reader: AgeFileReader }> {
    const record = this.record(mediaId);
    let pending = this.readers.get(mediaId);
    if (pending) {
      // Most recently used goes to the back of the eviction order.
      this.readers.delete(mediaId);
    } else {
      const identity = this.identityFor(record.testimonyId);
      const opening = AgeFileReader.open(blobAbsolutePath(this.session.dir, record.blobPath), [identity]).finally(() => identity.fill(0));
      // A failed open must not stay cached.
      opening.catch(() => this.readers.delete(mediaId));
      pending = opening;
    }
    this.readers.set(mediaId, pending);
    while (this.readers.size > MAX_OPEN_READERS) {
      const [oldest, evicted] = this.readers.entries().next().value as [string, Promise<AgeFileReader>];
      this.readers.delete(oldest);
      void evicted.then((r) => r.close()).catch(() => undefined);
    }
    return { record, reader: await pending };
  }

  playbackUrl(mediaId: string): string {
    this.record(mediaId);
    return `${MEDIA_SCHEME}://${MEDIA_HOST}/${this.token}/${mediaId}`;
  }

  /** The media id a vault-media:// URL names, or null when it is not one of this session's. */
  resolveUrl(url: string): string | null {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return null;
    }
    if (parsed.protocol !== `${MEDIA_SCHEME}:` || parsed.host !== MEDIA_HOST) return null;
    const [, token = '', mediaId = '', ...rest] = parsed.pathname.split('/');
    if (rest.length > 0 || token.length !== this.token.length) return null;
    if (!timingSafeEqual(Buffer.from(token), Buffer.from(this.token))) return null;
    return /^[0-9a-f-]{36}$/.test(mediaId) ? mediaId : null;
  }

  async close(): Promise<void> {
    const all = [...this.readers.values()];
    this.readers.clear();
    await Promise.allSettled(all.map(async (p) => (await p).close()));
  }
}
