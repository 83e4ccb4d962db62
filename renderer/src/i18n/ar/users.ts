import type { Translation } from '../en';

/** Arabic strings of the users screens: the same keys as English. */
export const users: Translation['users'] = {};
