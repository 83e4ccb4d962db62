import { VaultError } from '../../../shared/errors';
import { RECIPIENT_KINDS, type PackagePart, type Receipt, type RecipientKind } from '../../../shared/domain/custody';
import { passphraseBytes } from '../crypto/passphrase';
import { recipientByKey } from '../db/queries/custody';
import { getTestimony, getTestimonyByCode } from '../db/queries/testimonies';
import type { VaultSession } from '../vault/session';
import { checkPublicKey, recipientById, vaultDetails } from './address-book';
import { consentRefusals, type ConsentRefusal } from './consent-check';
import { generateHandoverPassphrase } from './handover-passphrase';
import { exportPackage, type PackageRecipients } from './package-export';

/**
 * One custody export as the app and the CLI ask for it: recipients from the address book,
 * keys given directly (CLI), or a passphrase (generated here when none is given, returned
 * once). Consent is checked for every testimony and recipient kind before anything is
 * asked or written, so the answer lists every refusal with its reason.
 */
export type RecipientChoice =
  | { kind: 'address-book'; recipientIds: string[] }
  /** Keys given directly (CLI). The kind is `recipientKind`, else the address book's entry for the key. */
  | { kind: 'keys'; recipientKind?: RecipientKind; publicKeys: string[] }
  | { kind: 'passphrase'; recipientKind: RecipientKind; name: string; organization: string; passphrase?: Uint8Array };

export interface CustodyExportRequest {
  testimonyIds: string[];
  parts: PackagePart[];
  recipients: RecipientChoice;
}

export type CustodyExportOutcome =
  | { status: 'refused'; refusals: ConsentRefusal[] }
  | { status: 'cancelled' }
  | { status: 'exported'; receipt: Receipt; passphrase?: string };

/** Codes as custodians type them, to ids; an unknown code is named. */
export function testimonyIdsByCode(session: VaultSession, codes: readonly string[]): string[] {
  return codes.map((code) => {
    const t = getTestimonyByCode(session.db, code.trim());
    if (!t) throw new VaultError('NOT_FOUND', `There is no testimony with the code ${code}.`, { code });
    return t.id;
  });
}

type KeyRecipient = { name: string; organization: string; kind: RecipientKind; publicKey: string };

function keyRecipients(session: VaultSession, choice: Extract<RecipientChoice, { kind: 'keys' }>): KeyRecipient[] {
  return [...new Set(choice.publicKeys.map(checkPublicKey))].map((publicKey) => {
    const known = recipientByKey(session.db, publicKey);
    const kind = choice.recipientKind ?? known?.kind;
    if (!kind) {
      throw new VaultError('BAD_INPUT', `The key ${publicKey} is not in the address book: say what kind of recipient it is (${RECIPIENT_KINDS.join(', ')}), so consent can be checked.`, { field: 'recipientKind', publicKey });
    }
    return { name: known?.name ?? '', organization: known?.organization ?? '', kind, publicKey };
  });
}

function kindsOf(session: VaultSession, choice: RecipientChoice): RecipientKind[] {
  if (choice.kind === 'address-book') return choice.recipientIds.map((id) => recipientById(session, id).kind);
  if (choice.kind === 'keys') return keyRecipients(session, choice).map((r) => r.kind);
  return [choice.recipientKind];
}

/** Everything that can be refused before the save dialog opens. */
export function checkExport(session: VaultSession, request: CustodyExportRequest): ConsentRefusal[] {
  session.assertOpen();
  if (request.testimonyIds.length === 0) throw new VaultError('BAD_INPUT', 'Choose at least one testimony.', { field: 'testimonyIds' });
  for (const id of request.testimonyIds) {
    if (!getTestimony(session.db, id)) throw new VaultError('NOT_FOUND', 'A chosen testimony is no longer in the vault.', { field: 'testimonyIds' });
  }
  if (new Set(request.testimonyIds).size !== request.testimonyIds.length) throw new VaultError('BAD_INPUT', 'A testimony was chosen twice.', { field: 'testimonyIds' });
  if (request.parts.length === 0) throw new VaultError('BAD_INPUT', 'Choose what the package holds: originals, transcripts, metadata.', { field: 'parts' });
  const choice = request.recipients;
  if ((choice.kind === 'address-book' ? choice.recipientIds : choice.kind === 'keys' ? choice.publicKeys : ['passphrase']).length === 0) {
    throw new VaultError('BAD_INPUT', 'Choose at least one recipient.', { field: 'recipients' });
  }
  const details = vaultDetails(session);
  if (!details.organization || !details.contactName) {
    throw new VaultError('BAD_INPUT', 'Set the organisation name and the contact person for custody packages first.', { field: 'organization', reason: 'vault-details' });
  }
  return consentRefusals(session, request.testimonyIds, kindsOf(session, choice));
}

function packageRecipients(session: VaultSession, choice: RecipientChoice, passphrase: string | undefined): PackageRecipients {
  if (choice.kind === 'address-book') {
    return { kind: 'keys', recipients: choice.recipientIds.map((id) => recipientById(session, id)) };
  }
  if (choice.kind === 'keys') {
    return { kind: 'keys', recipients: keyRecipients(session, choice) };
  }
  const bytes = choice.passphrase ?? passphraseBytes(passphrase!);
  return { kind: 'passphrase', passphrase: bytes, recipientKind: choice.recipientKind, name: choice.name, organization: choice.organization };
}

export interface ExportRun {
  /** The package to write; asked only once consent and settings passed. Null: the person cancelled. */
  target: () => Promise<string | null>;
  /** True when the target's owner already agreed to replace it (a save dialog asks). */
  overwrite: boolean;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export async function runCustodyExport(session: VaultSession, request: CustodyExportRequest, run: ExportRun): Promise<CustodyExportOutcome> {
  const refusals = checkExport(session, request);
  if (refusals.length > 0) return { status: 'refused', refusals };
  const target = await run.target();
  if (!target) return { status: 'cancelled' };
  const choice = request.recipients;
  const passphrase = choice.kind === 'passphrase' && !choice.passphrase ? generateHandoverPassphrase() : undefined;
  try {
    const receipt = await session.runTask((lockSignal) =>
      exportPackage(session, {
        testimonyIds: request.testimonyIds,
        parts: request.parts,
        recipients: packageRecipients(session, choice, passphrase),
        target,
        overwrite: run.overwrite,
        ...(run.onProgress ? { onProgress: run.onProgress } : {}),
        signal: run.signal ? AbortSignal.any([lockSignal, run.signal]) : lockSignal,
      }),
    );
    return passphrase ? { status: 'exported', receipt, passphrase } : { status: 'exported', receipt };
  } catch (error) {
    if (error instanceof VaultError && error.code === 'CANCELLED') return { status: 'cancelled' };
    throw error;
  }
}
