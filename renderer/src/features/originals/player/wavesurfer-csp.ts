import Renderer from 'wavesurfer.js/dist/renderer.js';
import WaveSurfer from 'wavesurfer.js/dist/wavesurfer.js';

/**
 * wavesurfer.js 8 under the app's CSP (shared/contract/csp.ts). Its renderer builds its shadow
 * DOM with `shadow.innerHTML = '<style>…'` and clears its canvases with `innerHTML = ''`; with
 * Trusted Types enforced and no policy allowed, every one of those assignments throws (and an
 * inline <style> would break `style-src 'self'` anyway). Rather than loosen the CSP for the
 * whole app, the renderer's DOM is built here with createElement, its styles go into a
 * constructed stylesheet (CSSOM, which the CSP does not restrict), and the containers it
 * clears get an own `innerHTML` setter that accepts only '' (replaceChildren). Any other
 * string still throws, so nothing can smuggle markup in through these elements.
 *
 * The unbundled ES modules are imported on purpose: the `wavesurfer.js` entry is a bundle with
 * its own private copy of Renderer, which this patch would not reach.
 */

const BASE_CSS = `
:host { user-select: none; min-width: 1px; }
:host audio { display: block; width: 100%; }
:host .scroll { overflow-x: auto; overflow-y: hidden; width: 100%; position: relative; }
:host .noScrollbar { scrollbar-color: transparent; scrollbar-width: none; }
:host .noScrollbar::-webkit-scrollbar { display: none; -webkit-appearance: none; }
:host .wrapper { position: relative; overflow: visible; z-index: 2; }
:host .canvases { pointer-events: none; }
:host .canvases > div { position: relative; }
:host canvas { display: block; position: absolute; top: 0; image-rendering: pixelated; }
:host .progress { pointer-events: none; position: absolute; z-index: 2; top: 0; left: 0; width: 0; height: 100%; overflow: hidden; }
:host .progress > div { position: relative; }
:host .cursor { pointer-events: none; position: absolute; z-index: 5; top: 0; left: 0; height: 100%; border-radius: 2px; }
`;

interface RendererInternals {
  options: { height?: number | 'auto'; splitChannels?: unknown };
  getHeight(height: unknown, splitChannels: unknown): number;
}

type InitHtml = (this: RendererInternals) => [HTMLElement, ShadowRoot];

/** `innerHTML = ''` empties the element; any other assignment is refused, as Trusted Types would. */
function allowClearingOnly(element: HTMLElement): void {
  Object.defineProperty(element, 'innerHTML', {
    configurable: true,
    get: () => '',
    set: (value: unknown) => {
      if (value !== '') throw new TypeError('Only clearing is allowed here (Trusted Types).');
      element.replaceChildren();
    },
  });
}

/** The containers wavesurfer clears, and the per-render containers it appends to them and clears later. */
function guardContainer(element: HTMLElement): void {
  allowClearingOnly(element);
  const append = element.appendChild.bind(element);
  Object.defineProperty(element, 'appendChild', {
    configurable: true,
    value: <T extends Node>(child: T): T => {
      if (child instanceof HTMLElement) allowClearingOnly(child);
      return append(child);
    },
  });
}

function part(name: string, parent: Node): HTMLDivElement {
  const div = document.createElement('div');
  div.className = name;
  div.setAttribute('part', name);
  parent.appendChild(div);
  return div;
}

const initHtml: InitHtml = function initHtml() {
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`${BASE_CSS}\n:host .canvases { min-height: ${this.getHeight(this.options.height, this.options.splitChannels)}px; }`);
  shadow.adoptedStyleSheets = [sheet];
  const scroll = part('scroll', shadow);
  const wrapper = part('wrapper', scroll);
  guardContainer(part('canvases', wrapper));
  guardContainer(part('progress', wrapper));
  part('cursor', wrapper);
  return [host, shadow];
};

let patched = false;

/** Patches the renderer once; refuses loudly if wavesurfer.js no longer has the method replaced. */
function patchRenderer(): void {
  if (patched) return;
  const prototype = Renderer.prototype as unknown as { initHtml?: unknown };
  if (typeof prototype.initHtml !== 'function') {
    throw new Error('wavesurfer.js changed: Renderer.initHtml is gone; review player/wavesurfer-csp.ts.');
  }
  prototype.initHtml = initHtml;
  patched = true;
}

export type { WaveSurferOptions } from 'wavesurfer.js/dist/wavesurfer.js';

/** WaveSurfer.create, with the renderer patched for the CSP first. */
export function createWaveSurfer(options: ConstructorParameters<typeof WaveSurfer>[0]): WaveSurfer {
  patchRenderer();
  return WaveSurfer.create(options);
}

export type { WaveSurfer };
