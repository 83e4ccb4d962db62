import { MEDIA_SCHEME } from '../../shared/contract/schemes';

/**
 * The Content-Security-Policy header sent with every app:// answer. No 'unsafe-eval', no
 * 'unsafe-inline': an injected string (a crafted file name, a testimony title) can never run
 * as script or style; Trusted Types with no policy allowed means no HTML-string sink at all.
 * Media and images come only from the bundle, vault-media:// and blob: URLs the page made;
 * nothing may be fetched from the network, framed, posted or embedded. It must allow exactly
 * what the <meta> policy in renderer/index.html allows (both apply; a test compares them) and
 * adds what only a header can carry (frame-ancestors). React's
 * `style={{…}}` goes through CSSOM, which style-src does not restrict.
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
  ['frame-ancestors', "'none'"],
  ['form-action', "'none'"],
  ['base-uri', "'none'"],
  ['require-trusted-types-for', "'script'"],
  ['trusted-types', "'none'"],
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');
