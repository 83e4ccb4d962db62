import { describe, expect, it } from 'vitest';
import { canZoom, clampPage, nextZoom, parsePageNumber, scaleOf, viewerKeyAction } from '../../../../../../renderer/src/features/originals/viewer/viewer-logic';

const key = (k: string, code = '', mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({ key: k, code, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('pages and zoom of the document viewer', () => {
  it('turns pages with Page Up/Down and Home/End, never past the first or last', () => {
    expect(viewerKeyAction(key('PageDown'), 1, 3)).toEqual({ kind: 'page', page: 2 });
    expect(viewerKeyAction(key('PageDown'), 3, 3)).toEqual({ kind: 'page', page: 3 });
    expect(viewerKeyAction(key('PageUp'), 1, 3)).toEqual({ kind: 'page', page: 1 });
    expect(viewerKeyAction(key('End'), 1, 3)).toEqual({ kind: 'page', page: 3 });
    expect(viewerKeyAction(key('Home'), 3, 3)).toEqual({ kind: 'page', page: 1 });
    // Modified keys belong to the app and the browser.
    expect(viewerKeyAction(key('PageDown', 'PageDown', { ctrlKey: true }), 1, 3)).toBeNull();
    // The arrows stay with scrolling.
    expect(viewerKeyAction(key('ArrowRight'), 1, 3)).toBeNull();
  });

  it('zooms with + and −, and fits with 0, on an Arabic layout too (by physical key)', () => {
    expect(viewerKeyAction(key('+', 'Equal'), 1, 1)).toEqual({ kind: 'zoom', direction: 1 });
    expect(viewerKeyAction(key('ة', 'Equal'), 1, 1)).toEqual({ kind: 'zoom', direction: 1 });
    expect(viewerKeyAction(key('-', 'Minus'), 1, 1)).toEqual({ kind: 'zoom', direction: -1 });
    expect(viewerKeyAction(key('٠', 'Digit0'), 1, 1)).toEqual({ kind: 'fit' });
    expect(viewerKeyAction(key('+', 'NumpadAdd', { altKey: true }), 1, 1)).toBeNull();
  });

  it('steps the zoom from wherever "fit" left it, within 25 %–400 %', () => {
    expect(nextZoom(0.83, 1)).toBe(1);
    expect(nextZoom(0.83, -1)).toBe(0.75);
    expect(nextZoom(1, 1)).toBe(1.25);
    expect(nextZoom(4, 1)).toBe(4);
    expect(nextZoom(0.25, -1)).toBe(0.25);
    expect(canZoom(4, 1)).toBe(false);
    expect(canZoom(0.25, -1)).toBe(false);
    expect(canZoom(1, 1) && canZoom(1, -1)).toBe(true);
  });

  it('fits the page to the width the viewer has, bounded', () => {
    expect(scaleOf('fit', 400, 600)).toBe(1.5);
    expect(scaleOf('fit', 10_000, 500)).toBe(0.25);
    expect(scaleOf('fit', 0, 500)).toBe(1);
    expect(scaleOf(2, 400, 600)).toBe(2);
  });

  it('reads a typed page number in Latin or Arabic-Indic digits, and nothing else', () => {
    expect(parsePageNumber(' 12 ')).toBe(12);
    expect(parsePageNumber('١٢')).toBe(12);
    expect(parsePageNumber('۳')).toBe(3);
    expect(parsePageNumber('2a')).toBeNull();
    expect(parsePageNumber('-1')).toBeNull();
    expect(parsePageNumber('')).toBeNull();
    expect(clampPage(0, 5)).toBe(1);
    expect(clampPage(9, 5)).toBe(5);
    expect(clampPage(3, 0)).toBe(1);
  });
});
