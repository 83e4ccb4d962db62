/** English strings of the audio redaction screens (one file per feature so features can grow apart). */
export const audioRedaction = {};
