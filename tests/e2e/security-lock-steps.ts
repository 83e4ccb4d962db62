import type { Page } from 'playwright-core';

/**
 * Where testimony data could outlive a lock in the renderer, looked at from outside the page.
 *
 * The page must never be handed a marker to look for: a marker passed into `page.evaluate` or
 * a Playwright locator is itself a string in the page's JS heap, and the heap check would
 * find the test's own copy. So the page only hands its data out, and Node does the search.
 */

interface HeapSnapshot {
  strings: string[];
}

/**
 * Every string in the page's JS heap (all worlds of the renderer's V8 isolate), after garbage
 * collection: what a lock left reachable. A string nobody can reach any more is collected;
 * one that is still found is held by something (a cache, a closure, a detached component).
 */
export async function heapStrings(page: Page): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  try {
    const chunks: string[] = [];
    session.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
    await session.send('HeapProfiler.enable');
    // Twice: a first collection can free objects whose finalizers release more.
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    await session.send('HeapProfiler.disable');
    return (JSON.parse(chunks.join('')) as HeapSnapshot).strings;
  } finally {
    await session.detach();
  }
}

/**
 * What the page keeps at window level, as text: title and address, history state, Web
 * Storage, IndexedDB and Cache Storage names and every global variable that holds data.
 * Written as a string so that it runs in the page as is (the Node-side types have no DOM).
 */
const WINDOW_STATE = `(async () => {
  const out = [document.title, location.href, JSON.stringify(history.state)];
  for (const storage of [localStorage, sessionStorage]) {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      out.push(key, storage.getItem(key));
    }
  }
  if (indexedDB.databases) out.push(JSON.stringify(await indexedDB.databases()));
  if (globalThis.caches) {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      out.push(name, ...(await cache.keys()).map((request) => request.url));
    }
  }
  for (const name of Object.getOwnPropertyNames(globalThis)) {
    let value;
    try { value = globalThis[name]; } catch { continue; }
    if (typeof value === 'string') out.push(value);
    else if (value && typeof value === 'object' && value !== globalThis && !(value instanceof Node)) {
      try { out.push(JSON.stringify(value)); } catch { /* cyclic or host object */ }
    }
  }
  for (const field of document.querySelectorAll('input, textarea, select')) out.push(field.value);
  return out.filter((text) => typeof text === 'string').join('\\n');
})()`;

export function windowState(page: Page): Promise<string> {
  return page.evaluate<string>(WINDOW_STATE);
}

/** Which of the markers occur in any of the texts. */
export function markersIn(texts: readonly string[], markers: readonly string[]): string[] {
  return markers.filter((marker) => texts.some((text) => text.includes(marker)));
}
