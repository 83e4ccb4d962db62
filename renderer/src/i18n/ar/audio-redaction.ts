import type { Translation } from '../en';

/** Arabic strings of the audio redaction screens: the same keys as English. */
export const audioRedaction: Translation['audioRedaction'] = {};
