import { describe, expect, it } from 'vitest';
import { TERM_KEY_PATTERN } from '../../../../../../shared/domain/vocabularies';
import { keyFromLabel } from '../../../../../../renderer/src/features/record/logic/term-key';

describe('the key of a new vocabulary term', () => {
  it('is made from the English label in the form keys must have', () => {
    expect(keyFromLabel('Forced conscription')).toBe('forced-conscription');
    expect(keyFromLabel('  Déplacement (forcé)!  ')).toBe('deplacement-force');
    expect(keyFromLabel('x '.repeat(40))).toMatch(TERM_KEY_PATTERN);
    expect(keyFromLabel('x '.repeat(40)).length).toBeLessThanOrEqual(64);
  });

  it('is left to be typed when the label has no Latin letters', () => {
    expect(keyFromLabel('التجنيد القسري')).toBe('');
  });
});
