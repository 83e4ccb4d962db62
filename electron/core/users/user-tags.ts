import { createHmac, randomBytes } from 'node:crypto';
import { normalizeUsername } from '../../../shared/contract/users-operations';

/**
 * Which key slot belongs to which username, without vault.json listing usernames: a slot
 * carries HMAC-SHA256(tagSalt, vaultId || username), truncated to 128 bits. The salt is in
 * vault.json (it must be usable before unlock), so someone holding the files can test a
 * guessed username offline; the tag only keeps names from being read off the header and
 * keeps tags of one vault from matching another's. Usernames therefore need not be, and
 * should not be, people's real names (the UI says so).
 */
const TAG_BYTES = 16;

export function newTagSalt(): string {
  return randomBytes(16).toString('base64');
}

export function usernameTag(tagSalt: string, vaultId: string, username: string): string {
  return createHmac('sha256', Buffer.from(tagSalt, 'base64'))
    .update(`testimony-vault/v2/user-tag/${vaultId}\u0000${normalizeUsername(username)}`, 'utf8')
    .digest()
    .subarray(0, TAG_BYTES)
    .toString('base64');
}
