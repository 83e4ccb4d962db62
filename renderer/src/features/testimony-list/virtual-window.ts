/**
 * Virtual scrolling for the testimony list: with thousands of testimonies, only the rows in
 * view (plus a margin, so a fast scroll does not show blank space before React catches up)
 * are in the DOM. Every row has the same height, so the window is plain arithmetic.
 */
export interface WindowInput {
  /** Scroll offset of the rows area, in pixels. */
  scrollTop: number;
  /** Height of the visible rows area, in pixels. */
  viewportHeight: number;
  rowHeight: number;
  count: number;
  /** Rows rendered beyond each edge of the viewport. */
  overscan: number;
}

export interface VirtualWindow {
  /** First rendered row (inclusive). */
  start: number;
  /** Last rendered row (exclusive). */
  end: number;
  /** Height of all rows together: the scrollable height. */
  totalHeight: number;
}

export function virtualWindow({ scrollTop, viewportHeight, rowHeight, count, overscan }: WindowInput): VirtualWindow {
  const totalHeight = count * rowHeight;
  if (count === 0 || rowHeight <= 0) return { start: 0, end: 0, totalHeight };
  // A stale scroll offset (the list just got shorter) must not leave the window past the end.
  const top = Math.min(Math.max(0, scrollTop), Math.max(0, totalHeight - viewportHeight));
  const first = Math.floor(top / rowHeight);
  const last = Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight);
  return { start: Math.max(0, first - overscan), end: Math.min(count, Math.max(last, first + 1) + overscan), totalHeight };
}

/** The scroll offset that brings row `index` fully into view, moving as little as possible. */
export function scrollTopToReveal(index: number, scrollTop: number, viewportHeight: number, rowHeight: number): number {
  const rowTop = index * rowHeight;
  const rowBottom = rowTop + rowHeight;
  if (rowTop < scrollTop) return rowTop;
  if (rowBottom > scrollTop + viewportHeight) return Math.max(0, rowBottom - viewportHeight);
  return scrollTop;
}

/** How many whole rows fit in the viewport: the step of Page Up and Page Down. */
export function rowsPerPage(viewportHeight: number, rowHeight: number): number {
  return Math.max(1, Math.floor(viewportHeight / rowHeight));
}

/**
 * The row a navigation key moves to from `index` (null: no row active yet), or null when the
 * key is not a navigation key or there are no rows. Keys as KeyboardEvent.key names them.
 */
export function rowAfterKey(key: string, index: number | null, count: number, pageRows: number): number | null {
  if (count === 0) return null;
  const last = count - 1;
  const clamp = (i: number) => Math.min(last, Math.max(0, i));
  switch (key) {
    case 'ArrowDown':
      return index === null ? 0 : clamp(index + 1);
    case 'ArrowUp':
      return index === null ? 0 : clamp(index - 1);
    case 'PageDown':
      return clamp((index ?? 0) + pageRows);
    case 'PageUp':
      return clamp((index ?? 0) - pageRows);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
