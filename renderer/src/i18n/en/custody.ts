/** English strings of the custody screens (one file per feature so features can grow apart). */
export const custody = {};
