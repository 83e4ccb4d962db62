import type { Db } from '../db/connection';
import { statement } from '../db/statements';
import { isRole, type Role } from '../../../shared/contract/roles';
import { VaultError } from '../../../shared/errors';

/** SQL about users (migration 0006 adds username, role, removed_at). */
export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  createdAt: string;
  removedAt: string | null;
}

const SELECT = 'SELECT id, username, display_name AS displayName, role, created_at AS createdAt, removed_at AS removedAt FROM users';

function checked(row: (Omit<UserRow, 'role' | 'username'> & { role: string; username: string | null }) | undefined): UserRow | undefined {
  if (!row) return undefined;
  if (!isRole(row.role)) throw new VaultError('DATABASE_CORRUPT', `The vault database gives user ${row.id} an unknown role.`);
  return { ...row, role: row.role, username: row.username ?? '' };
}

export function insertVaultUser(db: Db, user: Omit<UserRow, 'removedAt'>): void {
  statement(db, 'INSERT INTO users (id, display_name, created_at, username, role) VALUES (?, ?, ?, ?, ?)').run(user.id, user.displayName, user.createdAt, user.username, user.role);
}

export function getVaultUser(db: Db, id: string): UserRow | undefined {
  return checked(statement(db, `${SELECT} WHERE id = ?`).get(id) as Parameters<typeof checked>[0]);
}

export function activeUserByUsername(db: Db, username: string): UserRow | undefined {
  return checked(statement(db, `${SELECT} WHERE username = ? AND removed_at IS NULL`).get(username) as Parameters<typeof checked>[0]);
}

export function listActiveUsers(db: Db): UserRow[] {
  return (statement(db, `${SELECT} WHERE removed_at IS NULL ORDER BY created_at, username`).all() as Parameters<typeof checked>[0][]).map((r) => checked(r)!);
}

export function markUserRemoved(db: Db, id: string, now: string): void {
  statement(db, 'UPDATE users SET removed_at = ? WHERE id = ?').run(now, id);
}
