/**
 * The recovery key as people handle it: in short groups they can copy onto paper and read
 * back. The core owns the format (base32 with a checksum); this only splits and compares.
 */
const GROUP_SIZE = 4;

/** Splits on the separators the core put in; an undivided key is cut every four characters. */
export function recoveryKeyGroups(key: string): string[] {
  const parts = key.trim().split(/[\s-]+/u).filter((part) => part.length > 0);
  if (parts.length !== 1) return parts;
  const whole = parts[0] ?? '';
  const groups: string[] = [];
  for (let i = 0; i < whole.length; i += GROUP_SIZE) groups.push(whole.slice(i, i + GROUP_SIZE));
  return groups;
}

/** What a person may type for a group: any case, stray spaces or dashes, full-width forms. */
export function normalizeGroup(typed: string): string {
  return typed.normalize('NFKC').replace(/[\s-]/gu, '').toUpperCase();
}

export function groupMatches(typed: string, group: string): boolean {
  return normalizeGroup(typed) === normalizeGroup(group);
}

/**
 * Two different group indexes (0-based, ascending) for the "prove you saved it" step.
 * Random, so that a person cannot pass by remembering only the first groups.
 */
export function pickTwoGroups(count: number, randomInt: (below: number) => number = secureRandomInt): [number, number] {
  if (count < 2) throw new Error('A recovery key has at least two groups.');
  const first = randomInt(count);
  // Draw from the remaining count - 1 positions and skip over `first`.
  let second = randomInt(count - 1);
  if (second >= first) second += 1;
  return first < second ? [first, second] : [second, first];
}

function secureRandomInt(below: number): number {
  const limit = Math.floor(0x1_0000_0000 / below) * below;
  const buffer = new Uint32Array(1);
  // Rejection sampling keeps every index equally likely.
  for (;;) {
    crypto.getRandomValues(buffer);
    const value = buffer[0] ?? 0;
    if (value < limit) return value % below;
  }
}
