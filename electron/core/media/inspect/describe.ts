/** Wording shared by the inspectors' damage details (English; the renderer translates the code). */

/** A time in a recording as hh:mm:ss.d, the way players show it ("01:42:11.3"). */
export function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '??:??:??';
  const tenths = Math.floor(seconds * 10 + 1e-6);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(tenths / 36_000))}:${pad(Math.floor(tenths / 600) % 60)}:${pad(Math.floor(tenths / 10) % 60)}.${tenths % 10}`;
}

/** "at 00:01:23.4", or nothing when the time is not known. */
export function at(seconds: number | undefined): string {
  return seconds === undefined || !Number.isFinite(seconds) ? '' : ` (at ${clock(seconds)})`;
}

/** A byte offset as people count them (1,234,567). */
export function byteAt(offset: number): string {
  return `byte ${offset.toLocaleString('en-US')}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
