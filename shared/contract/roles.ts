import type { OperationName } from './names';

/**
 * Team roles (issue 7) and which of them may call each operation. The router checks this
 * table before any handler runs; an operation missing from it cannot compile (the type is
 * a Record over every operation name), and one whose list is empty is refused to everyone.
 *
 * - interviewer: archives testimonies (records, people with identity details, originals).
 * - editor: produces redacted narratives; works with codes and pseudonyms only. Never sees
 *   identity details (the identity key is not in an editor's key slot) and never takes an
 *   original out of the vault.
 * - custodian: keeps originals safe and hands them over (fixity, backup, custody packages).
 * - administrator: everything, and the only one who manages users.
 */
export const ROLES = ['interviewer', 'editor', 'custodian', 'administrator'] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose key slots hold the identity key (everyone but editors). */
export const IDENTITY_ROLES: readonly Role[] = ['interviewer', 'custodian', 'administrator'];

export function holdsIdentityKey(role: Role): boolean {
  return IDENTITY_ROLES.includes(role);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Allowed before unlocking (there is no user yet): the unlock screen's own operations. */
const ANYONE: readonly Role[] = ROLES;
const ALL: readonly Role[] = ROLES;
const NOT_EDITOR: readonly Role[] = ['interviewer', 'custodian', 'administrator'];
const ARCHIVISTS: readonly Role[] = ['interviewer', 'custodian', 'administrator'];
const EDITORS: readonly Role[] = ['editor', 'administrator'];
const CUSTODIANS: readonly Role[] = ['custodian', 'administrator'];
const ADMINS: readonly Role[] = ['administrator'];

/** Operations that run without an unlocked session: no role is checked for them. */
export const PUBLIC_OPERATIONS: ReadonlySet<OperationName> = new Set<OperationName>([
  'vault.status',
  'vault.create',
  'vault.unlock',
  'vault.lock',
  'settings.get',
  'settings.update',
  'users.unlock',
  'users.unlockStatus',
]);

export const OPERATION_ROLES: Record<OperationName, readonly Role[]> = {
  'vault.status': ANYONE,
  'vault.create': ANYONE,
  'vault.unlock': ANYONE,
  'vault.lock': ANYONE,
  'vault.changePassphrase': ALL,
  // Only a recovery-key session may reset; the recovery key is the administrator's.
  'vault.resetPassphrase': ADMINS,
  'settings.get': ANYONE,
  'settings.update': ANYONE,
  'testimonies.list': ALL,
  'testimonies.create': ARCHIVISTS,
  'testimonies.query': ALL,
  'testimonies.rows': ALL,
  'records.get': ALL,
  'records.updateOverview': ARCHIVISTS,
  'records.updateSource': ARCHIVISTS,
  'records.updateConsent': ARCHIVISTS,
  'records.withdrawConsent': ARCHIVISTS,
  'records.saveSession': ARCHIVISTS,
  'records.deleteSession': ARCHIVISTS,
  'records.saveEvent': ARCHIVISTS,
  'records.deleteEvent': ARCHIVISTS,
  'records.linkPerson': ARCHIVISTS,
  'records.unlinkPerson': ARCHIVISTS,
  // Record files carry people's identity details.
  'records.import': NOT_EDITOR,
  'records.export': NOT_EDITOR,
  'people.create': NOT_EDITOR,
  'people.update': NOT_EDITOR,
  // Editors find people by code only: without the identity key there are no names to match.
  'people.find': ALL,
  'vocabularies.list': ALL,
  'vocabularies.addTerm': ARCHIVISTS,
  'media.list': ALL,
  'media.import': ARCHIVISTS,
  'media.cancelImport': ARCHIVISTS,
  // Taking an original out of the vault: never an editor.
  'media.exportOriginal': NOT_EDITOR,
  // Editors listen to the audio they redact, inside the app.
  'media.playbackUrl': ALL,
  'media.update': ARCHIVISTS,
  'media.readRange': ALL,
  'media.peaks': ALL,
  'media.savePeaks': ALL,
  'segments.list': ALL,
  'segments.save': ARCHIVISTS,
  'segments.delete': ARCHIVISTS,
  'transcripts.list': ALL,
  'transcripts.create': ARCHIVISTS,
  'transcripts.get': ALL,
  'transcripts.save': ARCHIVISTS,
  'transcripts.versions': ALL,
  'transcripts.restore': ARCHIVISTS,
  'recording.start': ARCHIVISTS,
  'recording.chunk': ARCHIVISTS,
  'recording.marker': ARCHIVISTS,
  'recording.finish': ARCHIVISTS,
  'recording.discard': ARCHIVISTS,
  // Read-only: which recordings were cut off (the page asks on opening; keeping one is an archivist's).
  'recording.interrupted': ALL,
  'audit.verify': ALL,
  'fixity.run': CUSTODIANS,
  'fixity.cancel': CUSTODIANS,
  'backup.run': CUSTODIANS,
  'backup.cancel': CUSTODIANS,
  'custody.importPackage': CUSTODIANS,
  // Sealed packages of originals for a mechanism or court: custodians only.
  'custody.recipients.list': CUSTODIANS,
  'custody.recipients.add': CUSTODIANS,
  'custody.recipients.update': CUSTODIANS,
  'custody.recipients.remove': CUSTODIANS,
  'custody.details.get': CUSTODIANS,
  'custody.details.update': CUSTODIANS,
  'custody.export': CUSTODIANS,
  'custody.cancelExport': CUSTODIANS,
  'custody.receipts.list': CUSTODIANS,
  'publish.list': ALL,
  'publish.get': ALL,
  'publish.create': EDITORS,
  'publish.save': EDITORS,
  'publish.suggest': EDITORS,
  'publish.preview': EDITORS,
  'publish.submit': EDITORS,
  'publish.approve': EDITORS,
  'publish.returnToDraft': EDITORS,
  'publish.export': EDITORS,
  // Redacted audio for publication: the editors' work.
  'audioRedaction.plan': EDITORS,
  'audioRedaction.savePlan': EDITORS,
  'audioRedaction.begin': EDITORS,
  'audioRedaction.chunk': EDITORS,
  'audioRedaction.finish': EDITORS,
  'audioRedaction.cancel': EDITORS,
  'audioRedaction.list': ALL,
  'audioRedaction.delete': EDITORS,
  // Crypto-shredding a testimony: custody decides what is destroyed.
  'testimonies.delete': CUSTODIANS,
  'users.unlock': ANYONE,
  'users.unlockStatus': ANYONE,
  'users.me': ALL,
  'users.list': ADMINS,
  'users.add': ADMINS,
  'users.remove': ADMINS,
};

/** The roles that may call `operation` (none: refused to everyone). */
export function rolesFor(operation: OperationName): readonly Role[] {
  return (OPERATION_ROLES as Partial<Record<OperationName, readonly Role[]>>)[operation] ?? [];
}
