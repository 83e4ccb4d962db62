/** English strings of the viewer screens (one file per feature so features can grow apart). */
export const viewer = {};
