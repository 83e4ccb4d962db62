/** Page and zoom of the document viewer, kept pure so the keyboard behaviour is unit-tested. */

/** 'fit': as wide as the viewer; a number: that many CSS pixels per PDF point or image pixel. */
export type Zoom = 'fit' | number;

export const ZOOM_STEPS = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4] as const;
const MIN = ZOOM_STEPS[0];
const MAX = ZOOM_STEPS[ZOOM_STEPS.length - 1]!;

/** The scale a zoom means for content `natural` wide in a viewer `available` wide. */
export function scaleOf(zoom: Zoom, natural: number, available: number): number {
  if (zoom !== 'fit') return zoom;
  if (natural <= 0 || available <= 0) return 1;
  return Math.min(MAX, Math.max(MIN, available / natural));
}

/** The next step in or out from the scale shown now (from "fit", the step beyond its scale). */
export function nextZoom(current: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((s) => s > current + 1e-6) ?? MAX;
  return [...ZOOM_STEPS].reverse().find((s) => s < current - 1e-6) ?? MIN;
}

export function canZoom(current: number, direction: 1 | -1): boolean {
  return direction > 0 ? current < MAX - 1e-6 : current > MIN + 1e-6;
}

export function clampPage(page: number, count: number): number {
  return Math.min(Math.max(1, Math.round(page)), Math.max(1, count));
}

/** A page number typed by a person, in Latin or Arabic-Indic digits; null when it is not one. */
export function parsePageNumber(text: string): number | null {
  const latin = text.trim().replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.codePointAt(0)! & 0xf) % 10));
  return /^\d{1,6}$/.test(latin) ? Number(latin) : null;
}

export type ViewerAction = { kind: 'page'; page: number } | { kind: 'zoom'; direction: 1 | -1 } | { kind: 'fit' };

/**
 * What a key pressed on the viewer does. Page Up/Down and Home/End turn pages (the arrows
 * stay with scrolling, as in every document viewer); + and − zoom and 0 fits the width, on the
 * main keys and the number pad alike, in either keyboard layout (by `code` as well as `key`).
 */
export function viewerKeyAction(event: { key: string; code: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }, page: number, count: number): ViewerAction | null {
  if (event.altKey) return null;
  const modified = event.ctrlKey || event.metaKey;
  switch (event.key) {
    case 'PageDown':
      return modified ? null : { kind: 'page', page: clampPage(page + 1, count) };
    case 'PageUp':
      return modified ? null : { kind: 'page', page: clampPage(page - 1, count) };
    case 'Home':
      return modified ? null : { kind: 'page', page: 1 };
    case 'End':
      return modified ? null : { kind: 'page', page: Math.max(1, count) };
  }
  if (event.key === '+' || event.key === '=' || event.code === 'NumpadAdd' || event.code === 'Equal') return { kind: 'zoom', direction: 1 };
  if (event.key === '-' || event.code === 'NumpadSubtract' || event.code === 'Minus') return { kind: 'zoom', direction: -1 };
  if (event.key === '0' || event.code === 'Digit0' || event.code === 'Numpad0') return { kind: 'fit' };
  return null;
}
