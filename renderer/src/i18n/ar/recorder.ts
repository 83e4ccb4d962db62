import type { Translation } from '../en';

/** Arabic strings of the recorder screens: the same keys as English. */
export const recorder: Translation['recorder'] = {};
