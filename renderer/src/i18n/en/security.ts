/** English strings of security (auto-lock, unlock back-off, clipboard) (one file per feature so features can grow apart). */
export const security = {};
