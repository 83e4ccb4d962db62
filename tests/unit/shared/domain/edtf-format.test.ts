import { describe, expect, it } from 'vitest';
import { formatEdtf } from '../../../../shared/domain/edtf';

const both = (input: string) => [formatEdtf(input, 'en'), formatEdtf(input, 'ar')];

describe('formatEdtf', () => {
  it('reads plain dates as an interviewer would say them', () => {
    expect(both('2004')).toEqual(['2004', '2004']);
    expect(both('2004-06')).toEqual(['June 2004', 'حزيران/يونيو 2004']);
    expect(both('2004-06-01')).toEqual(['1 June 2004', '1 حزيران/يونيو 2004']);
    expect(both('2024-02-29')).toEqual(['29 February 2024', '29 شباط/فبراير 2024']);
  });

  it('names months in Arabic as "Levantine/Egyptian", the same pair ICU gives for ar-SY and ar-EG', () => {
    const utc = (locale: string) => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    for (let m = 1; m <= 12; m++) {
      const date = new Date(Date.UTC(2024, m - 1, 15));
      const mm = String(m).padStart(2, '0');
      expect(formatEdtf(`2024-${mm}`, 'ar')).toBe(`${utc('ar-SY').format(date)}/${utc('ar-EG').format(date)} 2024`);
      expect(formatEdtf(`2024-${mm}`, 'en')).toBe(`${utc('en').format(date)} 2024`);
    }
  });

  it('says "about" for approximate and "(uncertain)" for uncertain dates', () => {
    expect(both('2024-03~')).toEqual(['about March 2024', 'حوالي آذار/مارس 2024']);
    expect(both('2004-06-11?')).toEqual(['11 June 2004 (uncertain)', '11 حزيران/يونيو 2004 (غير مؤكد)']);
    expect(both('1984%')).toEqual(['about 1984 (uncertain)', 'حوالي 1984 (غير مؤكد)']);
  });

  it('says which component is qualified when not all are', () => {
    expect(both('2004-?06-~11')).toEqual([
      '11 June 2004 (month uncertain, day approximate)',
      '11 حزيران/يونيو 2004 (الشهر غير مؤكد، اليوم تقريبي)',
    ]);
    expect(both('?2004-06-11')).toEqual(['11 June 2004 (year uncertain)', '11 حزيران/يونيو 2004 (السنة غير مؤكدة)']);
    expect(both('2004-%06')).toEqual(['June 2004 (month uncertain and approximate)', 'حزيران/يونيو 2004 (الشهر غير مؤكد وتقريبي)']);
    expect(formatEdtf('2004-06~-11', 'ar')).toBe('11 حزيران/يونيو 2004 (السنة تقريبية، الشهر تقريبي)');
    // A qualifier on every component is a qualifier on the date.
    expect(formatEdtf('?2004-?06-?11', 'en')).toBe('11 June 2004 (uncertain)');
  });

  it('reads unspecified digits', () => {
    expect(both('201X')).toEqual(['in the 2010s', 'في العقد 2010']);
    expect(both('201X~')).toEqual(['about the 2010s', 'حوالي العقد 2010']);
    expect(both('19XX')).toEqual(['between 1900 and 1999', 'بين 1900 و1999']);
    expect(both('2004-XX')).toEqual(['2004 (month unspecified)', '2004 (الشهر غير محدد)']);
    expect(both('2004-06-XX')).toEqual(['June 2004 (day unspecified)', 'حزيران/يونيو 2004 (اليوم غير محدد)']);
    expect(both('1985-XX-XX')).toEqual(['1985 (month and day unspecified)', '1985 (الشهر واليوم غير محددين)']);
    expect(both('XXXX-12-25')).toEqual(['25 December (year unspecified)', '25 كانون الأول/ديسمبر (السنة غير محددة)']);
    expect(formatEdtf('1984-1X', 'en')).toBe('between October 1984 and December 1984');
    expect(formatEdtf('156X-12-25', 'en')).toBe('between 25 December 1560 and 25 December 1569');
    expect(both('XXXX')).toEqual(['unspecified date', 'تاريخ غير محدد']);
  });

  it('reads seasons and parts of a year', () => {
    expect(both('2001-21')).toEqual(['spring 2001', 'ربيع 2001']);
    expect(both('2001-24?')).toEqual(['winter 2001 (uncertain)', 'شتاء 2001 (غير مؤكد)']);
    expect(both('2001-30')).toEqual(['summer 2001 (Southern Hemisphere)', 'صيف 2001 (نصف الكرة الجنوبي)']);
    expect(both('2001-34')).toEqual(['second quarter of 2001', 'الربع الثاني من 2001']);
    expect(both('2001-41')).toEqual(['second half of 2001', 'النصف الثاني من 2001']);
    expect(formatEdtf('2001-38', 'en')).toBe('May – August 2001');
  });

  it('reads intervals with open and unknown ends', () => {
    expect(both('1964/2008')).toEqual(['from 1964 to 2008', 'من 1964 إلى 2008']);
    expect(both('1985/..')).toEqual(['from 1985 onwards', 'من 1985 فصاعداً']);
    expect(both('../2004-06')).toEqual(['until June 2004', 'حتى حزيران/يونيو 2004']);
    expect(both('/2004')).toEqual(['until 2004 (start unknown)', 'حتى 2004 (البداية غير معروفة)']);
    expect(both('2004-06/')).toEqual(['from June 2004 (end unknown)', 'من حزيران/يونيو 2004 (النهاية غير معروفة)']);
    expect(formatEdtf('1984?/2004-06~', 'en')).toBe('from 1984 (uncertain) to about June 2004');
    expect(formatEdtf('201X/..', 'en')).toBe('from the 2010s onwards');
  });

  it('reads a date with a time and its zone', () => {
    expect(both('2004-01-05T09:30:00Z')).toEqual(['5 January 2004, 09:30:00 UTC', '5 كانون الثاني/يناير 2004، الساعة 09:30:00 UTC']);
    expect(formatEdtf('2004-01-05T09:30:00+03', 'en')).toBe('5 January 2004, 09:30:00 UTC+03:00');
    expect(formatEdtf('2004-01-05T09:30:00', 'en')).toBe('5 January 2004, 09:30:00');
  });

  it('returns invalid input unchanged', () => {
    for (const input of ['', '2023-02-30', 'yesterday', '2005/2004', 'آذار 2024']) {
      expect(formatEdtf(input, 'en')).toBe(input);
      expect(formatEdtf(input, 'ar')).toBe(input);
    }
  });
});
