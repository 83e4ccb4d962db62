/**
 * Operation and event names of issue 6: narratives, redaction, review workflow, audio redaction and publication export. Zod-free like names.ts (the preload imports it); merged
 * into OPERATION_NAMES / EVENT_NAMES there. Each name needs its schema in publish-operations.ts and its
 * handler in electron/core/api/publish-handlers.ts (the types check both).
 */
export const PUBLISH_OPERATION_NAMES = [
  'publish.list',
  'publish.get',
  'publish.create',
  'publish.save',
  'publish.suggest',
  'publish.preview',
  'publish.submit',
  'publish.approve',
  'publish.returnToDraft',
  'publish.export',
] as const;

export const PUBLISH_EVENT_NAMES = [] as const;
