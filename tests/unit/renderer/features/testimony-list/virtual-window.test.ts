import { describe, expect, it } from 'vitest';
import { rowAfterKey, rowsPerPage, scrollTopToReveal, virtualWindow } from '../../../../../renderer/src/features/testimony-list/virtual-window';

const base = { rowHeight: 60, viewportHeight: 600, overscan: 5 };

describe('the virtual window of the testimony list', () => {
  it('renders the rows in view plus the overscan on each side, not the whole list', () => {
    const view = virtualWindow({ ...base, count: 10_000, scrollTop: 60 * 1000 });
    // Rows 1000..1009 are in view.
    expect(view).toEqual({ start: 995, end: 1015, totalHeight: 600_000 });
  });

  it('starts at the first row and never before it', () => {
    expect(virtualWindow({ ...base, count: 10_000, scrollTop: 0 })).toMatchObject({ start: 0, end: 15 });
  });

  it('counts a row cut by the bottom edge as in view', () => {
    // 630 px down: row 10 is half visible at the top, row 20 half visible at the bottom.
    expect(virtualWindow({ ...base, overscan: 0, count: 100, scrollTop: 630 })).toMatchObject({ start: 10, end: 21 });
  });

  it('stops at the last row, also when a stale scroll offset points past the end of a shorter list', () => {
    expect(virtualWindow({ ...base, count: 12, scrollTop: 0 })).toMatchObject({ start: 0, end: 12, totalHeight: 720 });
    expect(virtualWindow({ ...base, count: 30, scrollTop: 60 * 5000 })).toMatchObject({ start: 15, end: 30 });
  });

  it('renders nothing for an empty list', () => {
    expect(virtualWindow({ ...base, count: 0, scrollTop: 0 })).toEqual({ start: 0, end: 0, totalHeight: 0 });
  });

  it('scrolls as little as possible to bring a row into view', () => {
    // Already in view: no scroll.
    expect(scrollTopToReveal(5, 0, 600, 60)).toBe(0);
    // Above the view: its top at the top.
    expect(scrollTopToReveal(3, 600, 600, 60)).toBe(180);
    // Below the view: its bottom at the bottom.
    expect(scrollTopToReveal(10, 0, 600, 60)).toBe(60);
    // Partly hidden at the bottom edge: just enough to show it whole.
    expect(scrollTopToReveal(9, 30, 600, 60)).toBe(30);
    expect(scrollTopToReveal(10, 30, 600, 60)).toBe(60);
  });

  it('moves through the rows with the arrow, page, Home and End keys, staying inside the list', () => {
    expect(rowAfterKey('ArrowDown', null, 50, 10)).toBe(0);
    expect(rowAfterKey('ArrowDown', 3, 50, 10)).toBe(4);
    expect(rowAfterKey('ArrowDown', 49, 50, 10)).toBe(49);
    expect(rowAfterKey('ArrowUp', 0, 50, 10)).toBe(0);
    expect(rowAfterKey('ArrowUp', 7, 50, 10)).toBe(6);
    expect(rowAfterKey('PageDown', 45, 50, 10)).toBe(49);
    expect(rowAfterKey('PageUp', 12, 50, 10)).toBe(2);
    expect(rowAfterKey('Home', 30, 50, 10)).toBe(0);
    expect(rowAfterKey('End', null, 50, 10)).toBe(49);
    expect(rowAfterKey('a', 3, 50, 10)).toBeNull();
    expect(rowAfterKey('ArrowDown', null, 0, 10)).toBeNull();
  });

  it('pages by the whole rows that fit, at least one', () => {
    expect(rowsPerPage(600, 60)).toBe(10);
    expect(rowsPerPage(650, 60)).toBe(10);
    expect(rowsPerPage(30, 60)).toBe(1);
  });
});
