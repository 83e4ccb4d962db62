/**
 * The parsed form of an EDTF string (Library of Congress EDTF, ISO 8601-2:2019). See edtf.ts
 * for what is accepted.
 */

/** EDTF conformance level of the features an expression uses (0 = plain ISO 8601-1). */
export type EdtfLevel = 0 | 1 | 2;

/**
 * ISO calendar dates (`YYYY-MM-DD`) covering every day the expression may name, for filtering
 * and sorting. `null` is an open (`..`) or unknown (empty) interval end. Qualifiers do not
 * widen the bounds: how far "about 2004" reaches is the caller's call (the flags say which
 * dates are approximate or uncertain).
 */
export interface EdtfBounds {
  readonly earliest: string | null;
  readonly latest: string | null;
}

export interface EdtfQualification {
  readonly uncertain: boolean;
  readonly approximate: boolean;
}

/** One component (year, month or season, day) as written, with its own qualification. */
export interface EdtfComponent extends EdtfQualification {
  /** Digits and X as written: `2004`, `201X`, `06`, `XX`, `21`. */
  readonly text: string;
  /** Holds at least one X (unspecified digit). */
  readonly unspecified: boolean;
}

interface EdtfValueBase extends EdtfQualification {
  /** The EDTF string itself. */
  readonly edtf: string;
  readonly level: EdtfLevel;
  /** Some digit is unspecified (X) somewhere in the expression. */
  readonly unspecified: boolean;
  readonly bounds: EdtfBounds;
}

export interface EdtfDate extends EdtfValueBase {
  readonly kind: 'date';
  readonly precision: 'year' | 'month' | 'season' | 'day';
  readonly year: EdtfComponent;
  /** The month, or the season code when precision is 'season'. */
  readonly month: EdtfComponent | null;
  /** Season code 21–41 when precision is 'season'. */
  readonly season: number | null;
  readonly day: EdtfComponent | null;
}

export interface EdtfDateTime extends EdtfValueBase {
  readonly kind: 'datetime';
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** 'Z', an offset as `+hh:mm` / `-hh:mm`, or null for a local time without a zone. */
  readonly offset: string | null;
}

export type EdtfIntervalEnd = { readonly type: 'date'; readonly date: EdtfDate } | { readonly type: 'open' } | { readonly type: 'unknown' };

export interface EdtfInterval extends EdtfValueBase {
  readonly kind: 'interval';
  readonly start: EdtfIntervalEnd;
  readonly end: EdtfIntervalEnd;
}

export type EdtfValue = EdtfDate | EdtfDateTime | EdtfInterval;

/** Why an input was refused, for the renderer to translate; `message` is the English text. */
export type EdtfErrorCode = 'empty' | 'syntax' | 'unsupported' | 'impossible-date' | 'interval-order';

export type EdtfParse =
  | { readonly ok: true; readonly value: EdtfValue }
  | { readonly ok: false; readonly code: EdtfErrorCode; readonly message: string; readonly position?: number };
