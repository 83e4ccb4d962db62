/**
 * Operation and event names of issue 7: deleting a testimony (crypto-shredding) and other whole-testimony lifecycle operations. Zod-free like names.ts (the preload imports it); merged
 * into OPERATION_NAMES / EVENT_NAMES there. Each name needs its schema in lifecycle-operations.ts and its
 * handler in electron/core/api/lifecycle-handlers.ts (the types check both).
 */
export const LIFECYCLE_OPERATION_NAMES = ['testimonies.delete'] as const;

export const LIFECYCLE_EVENT_NAMES = [] as const;
