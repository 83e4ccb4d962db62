import type { Translation } from '../en';

/** Arabic strings of the viewer screens: the same keys as English. */
export const viewer: Translation['viewer'] = {};
