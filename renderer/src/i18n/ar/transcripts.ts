import type { Translation } from '../en';

/** Arabic strings of the transcripts screens: the same keys as English. */
export const transcripts: Translation['transcripts'] = {};
