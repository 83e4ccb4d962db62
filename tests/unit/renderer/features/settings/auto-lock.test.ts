import { describe, expect, it } from 'vitest';
import { AUTO_LOCK_MAX, AUTO_LOCK_MIN, formatMinutes, parseAutoLockMinutes } from '../../../../../renderer/src/features/settings/auto-lock';
import { settingsSchema } from '../../../../../shared/contract/operations';

describe('"lock after N minutes" as typed by a person', () => {
  it('takes its bounds from the contract (1 to 240 minutes)', () => {
    expect([AUTO_LOCK_MIN, AUTO_LOCK_MAX]).toEqual([1, 240]);
    expect(settingsSchema.shape.autoLockMinutes.safeParse(AUTO_LOCK_MAX + 1).success).toBe(false);
  });

  it('accepts whole minutes at and inside the bounds, with stray spaces and leading zeros', () => {
    expect(parseAutoLockMinutes('1')).toEqual({ ok: true, minutes: 1 });
    expect(parseAutoLockMinutes(' 240 ')).toEqual({ ok: true, minutes: 240 });
    expect(parseAutoLockMinutes('005')).toEqual({ ok: true, minutes: 5 });
  });

  it('reads Arabic-Indic, Persian and full-width digits as the numbers they are', () => {
    expect(parseAutoLockMinutes('٥')).toEqual({ ok: true, minutes: 5 });
    expect(parseAutoLockMinutes('٢٤٠')).toEqual({ ok: true, minutes: 240 });
    expect(parseAutoLockMinutes('۱۵')).toEqual({ ok: true, minutes: 15 });
    expect(parseAutoLockMinutes('３０')).toEqual({ ok: true, minutes: 30 });
    // Copied out of right-to-left text, with its direction marks.
    expect(parseAutoLockMinutes('\u200F١٠\u200E')).toEqual({ ok: true, minutes: 10 });
  });

  it('refuses what is not a whole number of minutes', () => {
    for (const typed of ['', '   ', '2.5', '٢٫٥', '1e2', '-5', '+5', 'ten', '5 min', '0x10']) {
      expect(parseAutoLockMinutes(typed), JSON.stringify(typed)).toEqual({ ok: false, problem: 'notWhole' });
    }
  });

  it('refuses whole numbers outside the bounds', () => {
    for (const typed of ['0', '241', '100000', '99999999999999999999999']) {
      expect(parseAutoLockMinutes(typed), typed).toEqual({ ok: false, problem: 'outOfRange' });
    }
  });

  it('shows minutes in the UI language and reads them back unchanged', () => {
    for (const language of ['en', 'ar']) {
      for (const minutes of [1, 5, 90, 240]) {
        const shown = formatMinutes(minutes, language);
        expect(parseAutoLockMinutes(shown), `${language} ${shown}`).toEqual({ ok: true, minutes });
      }
    }
    expect(formatMinutes(240, 'en')).toBe('240');
  });
});
