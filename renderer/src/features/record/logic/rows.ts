/** The rows with row `index` changed (forms keep their rows immutable: React compares them). */
export function patchRow<T extends object>(rows: readonly T[], index: number, change: Partial<T>): T[] {
  return rows.map((row, i) => (i === index ? { ...row, ...change } : row));
}

export function dropRow<T>(rows: readonly T[], index: number): T[] {
  return rows.filter((_, i) => i !== index);
}
