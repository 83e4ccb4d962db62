/**
 * EDTF dates for the testimony record: parsing with bounds (edtf-parse.ts, where the supported
 * features are listed) and display for interviewers in English and Arabic (edtf-format.ts).
 */
export type * from './edtf-types';
export { isValidEdtf, parseEdtf } from './edtf-parse';
export { formatEdtf } from './edtf-format';
