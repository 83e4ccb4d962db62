import type { Translation } from '../en';

/** Arabic strings of the redaction screens: the same keys as English. */
export const redaction: Translation['redaction'] = {};
