import { describe, expect, it } from 'vitest';
import { findPatterns, type PatternKind } from '../../../../shared/redaction/patterns';

function kinds(text: string): [PatternKind, string][] {
  return findPatterns(text).map((m) => [m.kind, text.slice(m.start, m.end)]);
}

describe('findPatterns', () => {
  it('finds phone numbers, international and local, in every digit class', () => {
    expect(kinds('اتصل على +963 944 123 456 أو 0944-123-456')).toEqual([
      ['phone', '+963 944 123 456'],
      ['phone', '0944-123-456'],
    ]);
    expect(kinds('الرقم ٠٩٤٤١٢٣٤٥٦ أو +٩٦٣ ٩٤٤ ١٢٣ ٤٥٦')).toEqual([
      ['phone', '٠٩٤٤١٢٣٤٥٦'],
      ['phone', '+٩٦٣ ٩٤٤ ١٢٣ ٤٥٦'],
    ]);
    expect(kinds('شماره ۰۹۱۲ ۳۴۵ ۶۷۸۹ و 00963944123456')).toEqual([
      ['phone', '۰۹۱۲ ۳۴۵ ۶۷۸۹'],
      ['phone', '00963944123456'],
    ]);
    expect(kinds('call (011) 234-5678.')).toEqual([['phone', '(011) 234-5678']]);
  });

  it('finds e-mail addresses, also with non-Latin letters', () => {
    expect(kinds('Write to fatima.h+1@example.org, or أحمد@مثال.شبكة')).toEqual([
      ['email', 'fatima.h+1@example.org'],
      ['email', 'أحمد@مثال.شبكة'],
    ]);
  });

  it('finds national ID and passport numbers', () => {
    expect(kinds('ID 12345678901, passport N012345678, old passport AB-1234567')).toEqual([
      ['idNumber', '12345678901'],
      ['passport', 'N012345678'],
      ['passport', 'AB-1234567'],
    ]);
    expect(kinds('الرقم الوطني ٠٣٠١٢٣٤٥٦٧٨')).toEqual([['phone', '٠٣٠١٢٣٤٥٦٧٨']]);
    expect(kinds('الرقم الوطني ٣٠١٢٣٤٥٦٧٨٩')).toEqual([['idNumber', '٣٠١٢٣٤٥٦٧٨٩']]);
  });

  it('finds numeric dates, in every digit class, before phone numbers can take them', () => {
    expect(kinds('on 12/05/1990, 2013-03-15, 5.6.13 and ١٢/٠٥/١٩٩٠ or ۱۲-۰۵-۱۹۹۰')).toEqual([
      ['date', '12/05/1990'],
      ['date', '2013-03-15'],
      ['date', '5.6.13'],
      ['date', '١٢/٠٥/١٩٩٠'],
      ['date', '۱۲-۰۵-۱۹۹۰'],
    ]);
    // Not a day and a month.
    expect(kinds('ratio 45/67/20')).toEqual([]);
  });

  it('finds dates with Arabic month names of both calendars, keeping particles outside', () => {
    expect(kinds('اعتقل في ١٥ آذار ٢٠١١ ثم في 3 شباط/فبراير 2012')).toEqual([
      ['date', '١٥ آذار ٢٠١١'],
      ['date', '3 شباط/فبراير 2012'],
    ]);
    expect(kinds('بآذار ٢٠١٢ وفي تشرين الأول عام 2013 و5 من شهر أيار')).toEqual([
      ['date', 'آذار ٢٠١٢'],
      ['date', 'تشرين الأول عام 2013'],
      ['date', '5 من شهر أيار'],
    ]);
  });

  it('finds dates with English month names', () => {
    expect(kinds('May 5, 2013, the 5th of June, March 2011 and 12 Sept 1999')).toEqual([
      ['date', 'May 5, 2013'],
      ['date', '5th of June'],
      ['date', 'March 2011'],
      ['date', '12 Sept 1999'],
    ]);
  });

  it('leaves alone what identifies nobody: timestamps, times, years, months alone, small numbers', () => {
    expect(kinds('[00:12:30] he said at 10:30 in 2013, in May I may go; أب 45 سنة')).toEqual([]);
    expect(kinds('we were 20 people in 3 rooms, 1990 2000, 2011/2012, 12.5 kg, 500,000')).toEqual([]);
  });
});
