/**
 * A key for a new vocabulary term from its English label: "Forced conscription" ->
 * "forced-conscription" (keys are lowercase ASCII words and hyphens, the same in every
 * language and file format). An Arabic-only label gives '' and the key is typed.
 */
export function keyFromLabel(label: string): string {
  return label
    .normalize('NFKD')
    // é -> e: the accent is a separate mark after NFKD.
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}
