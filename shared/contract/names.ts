/**
 * The fixed list of operations and events that cross the Electron boundary. Kept free of
 * zod so the sandboxed preload can import it without bundling schemas; operations.ts and
 * events.ts are checked (by type) to define exactly these names.
 */
import { CUSTODY_EXPORT_EVENT_NAMES, CUSTODY_EXPORT_OPERATION_NAMES } from './names-custody-export';
import { PUBLISH_EVENT_NAMES, PUBLISH_OPERATION_NAMES } from './names-publish';
import { USER_EVENT_NAMES, USER_OPERATION_NAMES } from './names-users';
import { LIFECYCLE_EVENT_NAMES, LIFECYCLE_OPERATION_NAMES } from './names-lifecycle';
import { AUDIO_REDACTION_EVENT_NAMES, AUDIO_REDACTION_OPERATION_NAMES } from './names-audio-redaction';

export const OPERATION_NAMES = [
  'vault.status',
  'vault.create',
  'vault.unlock',
  'vault.lock',
  'vault.changePassphrase',
  'vault.resetPassphrase',
  'settings.get',
  'settings.update',
  'testimonies.list',
  'testimonies.create',
  'testimonies.query',
  'testimonies.rows',
  'records.get',
  'records.updateOverview',
  'records.updateSource',
  'records.updateConsent',
  'records.withdrawConsent',
  'records.saveSession',
  'records.deleteSession',
  'records.saveEvent',
  'records.deleteEvent',
  'records.linkPerson',
  'records.unlinkPerson',
  'records.import',
  'records.export',
  'people.create',
  'people.update',
  'people.find',
  'vocabularies.list',
  'vocabularies.addTerm',
  'media.list',
  'media.import',
  'media.cancelImport',
  'media.exportOriginal',
  'media.playbackUrl',
  'media.update',
  'media.readRange',
  'media.peaks',
  'media.savePeaks',
  'segments.list',
  'segments.save',
  'segments.delete',
  'transcripts.list',
  'transcripts.create',
  'transcripts.get',
  'transcripts.save',
  'transcripts.versions',
  'transcripts.restore',
  'recording.start',
  'recording.chunk',
  'recording.marker',
  'recording.finish',
  'recording.discard',
  'recording.interrupted',
  'audit.verify',
  'fixity.run',
  'fixity.cancel',
  'backup.run',
  'backup.cancel',
  'custody.importPackage',
  ...CUSTODY_EXPORT_OPERATION_NAMES,
  ...PUBLISH_OPERATION_NAMES,
  ...USER_OPERATION_NAMES,
  ...LIFECYCLE_OPERATION_NAMES,
  ...AUDIO_REDACTION_OPERATION_NAMES,
] as const;

export type OperationName = (typeof OPERATION_NAMES)[number];

export const EVENT_NAMES = [
  'vault.locked',
  'media.importProgress',
  'fixity.progress',
  'backup.progress',
  ...CUSTODY_EXPORT_EVENT_NAMES,
  ...PUBLISH_EVENT_NAMES,
  ...USER_EVENT_NAMES,
  ...LIFECYCLE_EVENT_NAMES,
  ...AUDIO_REDACTION_EVENT_NAMES,
] as const;

export type EventName = (typeof EVENT_NAMES)[number];

/** IPC channel prefixes; main refuses any other channel. */
export const INVOKE_CHANNEL_PREFIX = 'tv:op:';
export const EVENT_CHANNEL_PREFIX = 'tv:ev:';

/**
 * The one channel that carries file paths from the renderer's side: the preload fills it with
 * the paths of files the user really dropped (Electron's webUtils.getPathForFile), never with a
 * path the page names. Outside `tv:op:`, so the generic `invoke` cannot reach it.
 */
export const DROP_IMPORT_CHANNEL = 'tv:drop:import';

export function isOperationName(value: unknown): value is OperationName {
  return typeof value === 'string' && (OPERATION_NAMES as readonly string[]).includes(value);
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (EVENT_NAMES as readonly string[]).includes(value);
}
