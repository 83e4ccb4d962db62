import { formatOffset } from '../record/logic/time-offsets';

/** A duration as a player shows it (h:mm:ss or m:ss, Latin digits like every clock in the app). */
export function durationText(seconds: number): string {
  return formatOffset(Math.round(seconds));
}

/** The same duration for <time dateTime> (ISO 8601: PT1H2M3S). */
export function isoDuration(seconds: number): string {
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  return `PT${h > 0 ? `${h}H` : ''}${m > 0 ? `${m}M` : ''}${s}S`;
}
