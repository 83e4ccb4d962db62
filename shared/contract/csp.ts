import { MEDIA_SCHEME } from './schemes';

/**
 * The one Content-Security-Policy of the renderer: sent as a header with every app://
 * answer (electron/main/app-protocol.ts) and written into index.html's <meta> by the Vite
 * build (renderer/vite.config.ts), so the two can never drift apart. No 'unsafe-eval', no
 * 'unsafe-inline': an injected string (a crafted file name, a testimony title) can never run
 * as script or style; Trusted Types with no policy allowed means no HTML-string sink at all.
 * Media and images come only from the bundle, vault-media:// and blob: URLs the page made;
 * nothing may be fetched from the network, framed, posted or embedded. React's `style={{…}}`
 * goes through CSSOM, which style-src does not restrict.
 */
const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['font-src', "'self'"],
  // blob: for what the page makes itself (a recording under review, a rendered waveform).
  ['img-src', `'self' blob: ${MEDIA_SCHEME}:`],
  ['media-src', `'self' blob: ${MEDIA_SCHEME}:`],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['frame-src', "'none'"],
  ['form-action', "'none'"],
  ['base-uri', "'none'"],
  ['require-trusted-types-for', "'script'"],
  ['trusted-types', "'none'"],
];

/** What a <meta> tag can carry. */
export const CONTENT_SECURITY_POLICY_META = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** The header adds what only a header can carry: nobody may frame the app. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY_META}; frame-ancestors 'none'`;
