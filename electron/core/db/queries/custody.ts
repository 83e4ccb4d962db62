import type { Db } from '../connection';
import { statement } from '../statements';
import { receiptSchema, recipientSchema, type Receipt, type Recipient } from '../../../../shared/domain/custody';

/** All SQL about the recipients' address book, vault-wide settings and handover receipts. */
interface RecipientRow {
  id: string;
  name: string;
  organization: string;
  kind: string;
  public_key: string;
  notes: string;
}

const toRecipient = (r: RecipientRow): Recipient => recipientSchema.parse({ id: r.id, name: r.name, organization: r.organization, kind: r.kind, publicKey: r.public_key, notes: r.notes });

export function listRecipients(db: Db): Recipient[] {
  return statement<[], RecipientRow>(db, 'SELECT * FROM recipients ORDER BY name COLLATE NOCASE').all().map(toRecipient);
}

export function getRecipient(db: Db, id: string): Recipient | undefined {
  const row = statement<[string], RecipientRow>(db, 'SELECT * FROM recipients WHERE id = ?').get(id);
  return row && toRecipient(row);
}

export function recipientByKey(db: Db, publicKey: string): Recipient | undefined {
  const row = statement<[string], RecipientRow>(db, 'SELECT * FROM recipients WHERE public_key = ?').get(publicKey);
  return row && toRecipient(row);
}

export function putRecipient(db: Db, r: Recipient, now: string): void {
  statement(
    db,
    `INSERT INTO recipients (id, name, organization, kind, public_key, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, organization = excluded.organization, kind = excluded.kind,
       public_key = excluded.public_key, notes = excluded.notes, updated_at = excluded.updated_at`,
  ).run(r.id, r.name, r.organization, r.kind, r.publicKey, r.notes, now, now);
}

export function deleteRecipient(db: Db, id: string): void {
  statement(db, 'DELETE FROM recipients WHERE id = ?').run(id);
}

export function getSetting(db: Db, key: string): string | undefined {
  return statement<[string], string>(db, 'SELECT value FROM vault_settings WHERE key = ?').pluck().get(key);
}

export function putSetting(db: Db, key: string, value: string): void {
  statement(db, 'INSERT INTO vault_settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

export function insertReceipt(db: Db, receipt: Receipt): void {
  statement(db, 'INSERT INTO custody_receipts (id, created_at, data) VALUES (?, ?, ?)').run(receipt.id, receipt.createdAt, JSON.stringify(receipt));
}

export function listReceipts(db: Db): Receipt[] {
  return statement<[], string>(db, 'SELECT data FROM custody_receipts ORDER BY created_at DESC')
    .pluck()
    .all()
    .map((d) => receiptSchema.parse(JSON.parse(d) as unknown));
}

export function getReceipt(db: Db, id: string): Receipt | undefined {
  const data = statement<[string], string>(db, 'SELECT data FROM custody_receipts WHERE id = ?').pluck().get(id);
  return data === undefined ? undefined : receiptSchema.parse(JSON.parse(data) as unknown);
}
