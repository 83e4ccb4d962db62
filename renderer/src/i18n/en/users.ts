/** English strings of the users screens (one file per feature so features can grow apart). */
export const users = {};
