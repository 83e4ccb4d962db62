/** English strings of the transcripts screens (one file per feature so features can grow apart). */
export const transcripts = {};
