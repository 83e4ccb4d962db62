/**
 * Proleptic Gregorian calendar arithmetic for EDTF bounds (ISO 8601 uses the Gregorian
 * calendar for every year, including those before 1582), and the months each EDTF season
 * (sub-year grouping) covers.
 */

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `YYYY-MM-DD`, zero-padded, for years 0000–9999 (the only years the parser accepts). */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The last day the parser can express: bounds past it are clamped (a winter of 9999). */
export const LAST_DAY = '9999-12-31';

/**
 * Months covered by each season code of ISO 8601-2 / EDTF: [first month, number of months].
 * Seasons follow the meteorological convention (whole months): spring is March–May, summer
 * June–August, autumn September–November, winter December to February of the NEXT year
 * (so winter 2001 runs 2001-12-01..2002-02-28, as in the edtf.js and go-edtf libraries).
 * 21–24 are level 1 (hemisphere-independent; we read them as northern, where our users live);
 * 25–28 northern and 29–32 southern hemisphere, 33–36 quarters, 37–39 quadrimesters (four
 * months), 40–41 semesters (six months) are level 2.
 */
export const SEASON_MONTHS: Readonly<Record<number, readonly [number, number]>> = {
  21: [3, 3],
  22: [6, 3],
  23: [9, 3],
  24: [12, 3],
  25: [3, 3],
  26: [6, 3],
  27: [9, 3],
  28: [12, 3],
  29: [9, 3],
  30: [12, 3],
  31: [3, 3],
  32: [6, 3],
  33: [1, 3],
  34: [4, 3],
  35: [7, 3],
  36: [10, 3],
  37: [1, 4],
  38: [5, 4],
  39: [9, 4],
  40: [1, 6],
  41: [7, 6],
};

/** First and last day of a season of a given year; a winter spilling past 9999 is clamped. */
export function seasonBounds(year: number, season: number): { earliest: string; latest: string } {
  const [first, count] = SEASON_MONTHS[season]!;
  const lastMonthIndex = first - 1 + count - 1;
  const endYear = year + Math.floor(lastMonthIndex / 12);
  const endMonth = (lastMonthIndex % 12) + 1;
  const latest = endYear > 9999 ? LAST_DAY : isoDate(endYear, endMonth, daysInMonth(endYear, endMonth));
  return { earliest: isoDate(year, first, 1), latest };
}

/** English month names, for error messages and display (identical in Node and Chromium). */
export const MONTH_NAMES_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
