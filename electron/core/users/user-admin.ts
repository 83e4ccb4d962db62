import { randomUUID } from 'node:crypto';
import { VaultError } from '../../../shared/errors';
import type { Role } from '../../../shared/contract/roles';
import type { UserSummary } from '../../../shared/contract/users-operations';
import { normalizeUsername } from '../../../shared/contract/users-operations';
import type { VaultSession } from '../vault/session';
import { activeUserByUsername, getVaultUser, insertVaultUser, listActiveUsers, markUserRemoved, type UserRow } from './users-store';

/**
 * Adding and removing users (administrators only; the router checks the role, and these
 * check it again because the CLI calls them without the router).
 */
function assertAdministrator(session: VaultSession): void {
  if (session.user.role !== 'administrator') {
    throw new VaultError('FORBIDDEN_ROLE', `Only an administrator manages users; you are signed in as ${session.user.role}.`, { role: session.user.role, allowed: 'administrator' });
  }
}

export function toSummary(row: Pick<UserRow, 'id' | 'username' | 'displayName' | 'role' | 'createdAt'>): UserSummary {
  return { id: row.id, username: row.username, displayName: row.displayName, role: row.role, createdAt: row.createdAt };
}

export function listUsers(session: VaultSession): UserSummary[] {
  assertAdministrator(session);
  return listActiveUsers(session.db).map(toSummary);
}

/**
 * The new user's row and audit event first, their key slot second: a crash in between
 * leaves a user who cannot unlock (and is marked removed when the slot write fails), never
 * a slot the database does not know. An editor's slot wraps the editor key, not the master key.
 * Consumes (zeroes) the passphrase bytes.
 */
export async function addUser(session: VaultSession, input: { username: string; displayName: string; role: Role; passphrase: Uint8Array }): Promise<UserSummary> {
  try {
    assertAdministrator(session);
  } catch (error) {
    input.passphrase.fill(0);
    throw error;
  }
  const username = normalizeUsername(input.username);
  if (activeUserByUsername(session.db, username)) {
    input.passphrase.fill(0);
    throw new VaultError('CONFLICT', `There is already a user named "${username}".`, { username, field: 'username' });
  }
  const row = { id: randomUUID(), username, displayName: input.displayName.trim(), role: input.role, createdAt: session.now() };
  const slot = await session.newSlot(row.id, username, input.role === 'editor' ? 'editor' : 'full', input.passphrase);
  await session.commit((record) => {
    insertVaultUser(session.db, row);
    record({ type: 'creation', objectType: 'user', objectId: row.id, detail: { role: row.role, keySlot: slot.id } });
  });
  try {
    await session.replaceHeader((header) => ({ ...header, slots: [...header.slots, slot] }));
  } catch (error) {
    await session.commit((record) => {
      markUserRemoved(session.db, row.id, session.now());
      record({ type: 'deletion', objectType: 'user', objectId: row.id, detail: { reason: 'the key slot could not be written' } });
    });
    throw error;
  }
  return toSummary(row);
}

/**
 * Deletes every key slot of the user from vault.json and its backup copy; their row stays
 * (marked removed) so the audit log keeps naming them. An administrator cannot remove
 * themself, the last administrator, or the holder of the recovery key (its slot is bound to
 * that user and cannot be moved without the key).
 */
export async function removeUser(session: VaultSession, userId: string): Promise<void> {
  assertAdministrator(session);
  const target = getVaultUser(session.db, userId);
  if (!target || target.removedAt !== null) throw new VaultError('NOT_FOUND', 'This user does not exist or was already removed.');
  if (target.id === session.user.id) throw new VaultError('CONFLICT', 'You cannot remove yourself; another administrator can.');
  if (target.role === 'administrator' && listActiveUsers(session.db).filter((u) => u.role === 'administrator').length <= 1) {
    throw new VaultError('CONFLICT', 'The vault needs at least one administrator.');
  }
  if (session.header.slots.some((s) => s.type === 'recovery' && s.userId === userId)) {
    throw new VaultError('CONFLICT', `${target.displayName} holds the vault's recovery key slot; it cannot be removed.`);
  }
  const removedSlots = session.header.slots.filter((s) => s.userId === userId).map((s) => s.id);
  // Header first: once it is written the user can no longer unlock, whatever happens next.
  await session.replaceHeader((header) => ({ ...header, slots: header.slots.filter((s) => s.userId !== userId) }));
  await session.commit((record) => {
    markUserRemoved(session.db, userId, session.now());
    record({ type: 'deletion', objectType: 'user', objectId: userId, detail: { role: target.role, keySlots: removedSlots.join(',') } });
  });
}
