/** English strings of the recorder screens (one file per feature so features can grow apart). */
export const recorder = {};
