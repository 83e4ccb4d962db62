import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  groupMatches,
  normalizeGroup,
  pickTwoGroups,
  recoveryKeyGroups,
} from '../../../../../renderer/src/features/create-vault/recovery-key';

describe('recovery key groups', () => {
  it('splits a key on the dashes the core puts between groups', () => {
    expect(recoveryKeyGroups('5ATF-634A-R7Z1-PD18')).toEqual(['5ATF', '634A', 'R7Z1', 'PD18']);
  });

  it('accepts spaces and stray separators as typed from paper', () => {
    expect(recoveryKeyGroups('  5ATF 634A--R7Z1\tPD18 ')).toEqual(['5ATF', '634A', 'R7Z1', 'PD18']);
  });

  it('cuts an undivided key every four characters', () => {
    expect(recoveryKeyGroups('5ATF634AR7Z1PD1')).toEqual(['5ATF', '634A', 'R7Z1', 'PD1']);
  });

  it('compares a typed group ignoring case, spaces, dashes and full-width forms', () => {
    expect(normalizeGroup(' 5a-tf ')).toBe('5ATF');
    expect(groupMatches('５ａｔｆ', '5ATF')).toBe(true);
    expect(groupMatches('5ATE', '5ATF')).toBe(false);
    expect(groupMatches('', '5ATF')).toBe(false);
  });
});

describe('pickTwoGroups', () => {
  it('always gives two different groups in order, within the key', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), (count) => {
        const [a, b] = pickTwoGroups(count);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(a).toBeLessThan(b);
        expect(b).toBeLessThan(count);
      }),
    );
  });

  it('can ask for every pair, each equally often', () => {
    // Feed every possible pair of random draws: each unordered pair must come out twice.
    const count = 5;
    const seen = new Map<string, number>();
    for (let first = 0; first < count; first++) {
      for (let second = 0; second < count - 1; second++) {
        const draws = [first, second];
        const pair = pickTwoGroups(count, () => draws.shift() ?? 0).join(',');
        seen.set(pair, (seen.get(pair) ?? 0) + 1);
      }
    }
    expect(seen.size).toBe((count * (count - 1)) / 2);
    expect(new Set(seen.values())).toEqual(new Set([2]));
  });

  it('refuses a key too short to ask two groups of', () => {
    expect(() => pickTwoGroups(1)).toThrow();
  });
});
