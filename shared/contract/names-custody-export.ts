/**
 * Operation and event names of issue 5: the address book of recipients, vault details for bag-info, custody export and handover receipts. Zod-free like names.ts (the preload imports it); merged
 * into OPERATION_NAMES / EVENT_NAMES there. Each name needs its schema in custody-export-operations.ts and its
 * handler in electron/core/api/custody-export-handlers.ts (the types check both).
 */
export const CUSTODY_EXPORT_OPERATION_NAMES = [
  'custody.recipients.list',
  'custody.recipients.add',
  'custody.recipients.update',
  'custody.recipients.remove',
  'custody.details.get',
  'custody.details.update',
  'custody.export',
  'custody.cancelExport',
  'custody.receipts.list',
] as const;

export const CUSTODY_EXPORT_EVENT_NAMES = ['custody.exportProgress'] as const;
