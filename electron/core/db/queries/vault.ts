import type { Db } from '../connection';
import { statement } from '../statements';

/** Vault-level secrets kept inside the encrypted database (never in vault.json). */
export function putSecret(db: Db, name: string, value: Uint8Array): void {
  statement(db, 'INSERT INTO vault_secrets (name, value) VALUES (?, ?)').run(name, Buffer.from(value));
}

export function getSecret(db: Db, name: string): Uint8Array | undefined {
  const value = statement(db, 'SELECT value FROM vault_secrets WHERE name = ?').pluck().get(name) as Buffer | undefined;
  return value && new Uint8Array(value);
}

export function insertUser(db: Db, user: { id: string; displayName: string; createdAt: string }): void {
  statement(db, 'INSERT INTO users (id, display_name, created_at) VALUES (?, ?, ?)').run(user.id, user.displayName, user.createdAt);
}

export function getUser(db: Db, id: string): { id: string; displayName: string } | undefined {
  return statement(db, 'SELECT id, display_name AS displayName FROM users WHERE id = ?').get(id) as { id: string; displayName: string } | undefined;
}
