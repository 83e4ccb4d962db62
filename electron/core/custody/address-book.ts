import { randomUUID } from 'node:crypto';
import { VaultError } from '../../../shared/errors';
import { recipientSchema, type Recipient } from '../../../shared/domain/custody';
import { AgeError } from '../crypto/age/errors';
import { decodeRecipient } from '../crypto/age/identity';
import { deleteRecipient, getRecipient, getSetting, listRecipients, putRecipient, putSetting, recipientByKey } from '../db/queries/custody';
import type { VaultSession } from '../vault/session';
import { fingerprint } from './package-export';

/**
 * The recipients' address book and the vault details that go into bag-info.txt. A key is
 * checked with the full age Bech32 parser (checksum included), not only its shape: a key
 * with one wrong letter would seal a package nobody can open.
 */
export type RecipientInput = Omit<Recipient, 'id'>;
export type RecipientEntry = Recipient & { fingerprint: string };

export interface VaultDetails {
  organization: string;
  contactName: string;
}

const entry = (r: Recipient): RecipientEntry => ({ ...r, fingerprint: fingerprint(r.publicKey) });

/** The key as age-keygen prints it, or a BAD_INPUT naming what is wrong with it. */
export function checkPublicKey(text: string): string {
  const key = text.trim();
  try {
    decodeRecipient(key);
  } catch (error) {
    if (error instanceof AgeError) throw new VaultError('BAD_INPUT', `${error.message}`, { field: 'publicKey', reason: 'bad-key' });
    throw error;
  }
  return key;
}

export function recipients(session: VaultSession): RecipientEntry[] {
  session.assertOpen();
  return listRecipients(session.db).map(entry);
}

export function recipientById(session: VaultSession, id: string): RecipientEntry {
  const found = getRecipient(session.db, id);
  if (!found) throw new VaultError('NOT_FOUND', 'This recipient is no longer in the address book.', { field: 'recipient' });
  return entry(found);
}

async function save(session: VaultSession, id: string, input: RecipientInput): Promise<RecipientEntry> {
  const recipient = recipientSchema.parse({ ...input, id, publicKey: checkPublicKey(input.publicKey) });
  const holder = recipientByKey(session.db, recipient.publicKey);
  if (holder && holder.id !== id) {
    throw new VaultError('CONFLICT', `This key is already in the address book, for ${holder.name}.`, { field: 'publicKey', name: holder.name });
  }
  await session.commit(() => putRecipient(session.db, recipient, session.now()));
  return entry(recipient);
}

export function addRecipient(session: VaultSession, input: RecipientInput): Promise<RecipientEntry> {
  session.assertOpen();
  return save(session, randomUUID(), input);
}

export function updateRecipient(session: VaultSession, id: string, input: RecipientInput): Promise<RecipientEntry> {
  session.assertOpen();
  recipientById(session, id);
  return save(session, id, input);
}

export async function removeRecipient(session: VaultSession, id: string): Promise<void> {
  session.assertOpen();
  recipientById(session, id);
  // Receipts keep their own copy of the recipient: removing one rewrites no history.
  await session.commit(() => deleteRecipient(session.db, id));
}

export function vaultDetails(session: VaultSession): VaultDetails {
  session.assertOpen();
  return { organization: getSetting(session.db, 'organization') ?? '', contactName: getSetting(session.db, 'contactName') ?? '' };
}

export async function updateVaultDetails(session: VaultSession, details: VaultDetails): Promise<VaultDetails> {
  session.assertOpen();
  await session.commit(() => {
    putSetting(session.db, 'organization', details.organization);
    putSetting(session.db, 'contactName', details.contactName);
  });
  return vaultDetails(session);
}
