import { randomUUID } from 'node:crypto';
import { VaultError } from '../../../shared/errors';
import type { TestimonySummary } from '../../../shared/domain/testimony';
import { codeExists, getTestimony, insertTestimony, listTestimonies } from '../db/queries/testimonies';
import { encodeIdentity, encodeRecipient, generateIdentity } from '../crypto/age/identity';
import type { VaultSession } from '../vault/session';
import { refreshDerived } from './record-store';

/**
 * Testimonies (the minimal record of the foundation: code and title). Each gets its own age
 * X25519 identity at creation, kept only in the encrypted database; all of its blobs are
 * encrypted to it, so deleting it later destroys them all at once.
 */
export async function createTestimony(session: VaultSession, input: { code: string; title: string }): Promise<TestimonySummary> {
  session.assertOpen();
  const code = input.code.normalize('NFC');
  const title = input.title.normalize('NFC');
  if (codeExists(session.db, code)) {
    throw new VaultError('DUPLICATE_CODE', `A testimony with the code "${code}" already exists.`, { code });
  }
  const identity = await generateIdentity();
  const id = randomUUID();
  const now = session.now();
  await session.commit((record) => {
    insertTestimony(session.db, { id, code, title, now, identity: encodeIdentity(identity.secretKey), recipient: encodeRecipient(identity.publicKey) });
    refreshDerived(session.db, id);
    record({ type: 'creation', objectType: 'testimony', objectId: id, detail: {} });
  });
  identity.secretKey.fill(0);
  return getTestimony(session.db, id)!;
}

export function testimonies(session: VaultSession): TestimonySummary[] {
  session.assertOpen();
  return listTestimonies(session.db);
}
