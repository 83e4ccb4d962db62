/** English strings of the redaction screens (one file per feature so features can grow apart). */
export const redaction = {};
