/**
 * Operation and event names of issue 7: users, roles and the identity key. Zod-free like names.ts (the preload imports it); merged
 * into OPERATION_NAMES / EVENT_NAMES there. Each name needs its schema in users-operations.ts and its
 * handler in electron/core/api/users-handlers.ts (the types check both).
 */
export const USER_OPERATION_NAMES = ['users.unlock', 'users.unlockStatus', 'users.me', 'users.list', 'users.add', 'users.remove'] as const;

export const USER_EVENT_NAMES = [] as const;
