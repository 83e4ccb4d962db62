import { describe, expect, it } from 'vitest';
import { formatBytes, formatDateTime, formatPercent } from '../../../../renderer/src/i18n/format';

describe('locale formatting', () => {
  it('writes sizes in SI units, bytes in full', () => {
    expect(formatBytes(0, 'en')).toBe('0 bytes');
    expect(formatBytes(999, 'en')).toBe('999 bytes');
    expect(formatBytes(1000, 'en')).toBe('1 kB');
    expect(formatBytes(32_080, 'en')).toBe('32.1 kB');
    expect(formatBytes(104_857_644, 'en')).toBe('104.9 MB');
    expect(formatBytes(1.5e12, 'en')).toBe('1.5 TB');
  });

  it('uses the Arabic unit names in Arabic', () => {
    expect(formatBytes(32_080, 'ar')).toBe(new Intl.NumberFormat('ar', { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }).format(32.1));
    expect(formatBytes(32_080, 'ar')).toMatch(/[\u0600-\u06ff]/u);
  });

  it('rounds percentages to whole numbers', () => {
    expect(formatPercent(0.264, 'en')).toBe('26%');
  });

  it('shows a date it cannot parse as it came, not "Invalid Date"', () => {
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
    expect(formatDateTime('2024-03-05T10:00:00Z', 'en')).toMatch(/2024/);
  });
});
