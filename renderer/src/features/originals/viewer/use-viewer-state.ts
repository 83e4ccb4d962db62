import { useCallback, useEffect, useState } from 'react';
import type { ZoomCommand } from './viewer-frame';
import { clampPage, nextZoom, scaleOf, type Zoom } from './viewer-logic';

/** The width the stage offers its page (it follows the window and the column beside the transcript). */
function useWidth(element: HTMLElement | null): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (!element) return;
    const measure = () => {
      const style = getComputedStyle(element);
      setWidth(element.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

export interface ViewerState {
  page: number;
  setPage: (page: number) => void;
  scale: number;
  zoom: (command: ZoomCommand) => void;
  setStage: (element: HTMLDivElement | null) => void;
}

/** Page and zoom of one opened document whose page `n` is `naturalOf(n)` wide at scale 1 (0 while unknown). */
export function useViewerState(count: number, naturalOf: (page: number) => number): ViewerState {
  const [page, setPageRaw] = useState(1);
  const [zoomLevel, setZoom] = useState<Zoom>('fit');
  const [stage, setStage] = useState<HTMLDivElement | null>(null);
  const width = useWidth(stage);
  const shown = clampPage(page, count);
  const scale = scaleOf(zoomLevel, naturalOf(shown), width);
  const setPage = useCallback((next: number) => setPageRaw(clampPage(next, count)), [count]);
  const zoom = useCallback((command: ZoomCommand) => setZoom(command === 'fit' ? 'fit' : nextZoom(scale, command)), [scale]);
  return { page: shown, setPage, scale, zoom, setStage };
}
