import type { Translation } from '../en';

/** Arabic strings of the custody screens: the same keys as English. */
export const custody: Translation['custody'] = {};
