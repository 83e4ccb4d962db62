import { CONTENT_SECURITY_POLICY_META } from '../../../../../shared/contract/csp';

/**
 * The app's CSP enforces Trusted Types (`require-trusted-types-for 'script'`), and `new
 * Worker(url)` is a script-URL sink: a plain URL is refused. A worker therefore needs a policy
 * that the CSP names in `trusted-types`. This one vouches for one URL only, the bundled
 * waveform worker of our own origin; anything else throws. While the CSP does not list the
 * policy, the waveform is computed on the page instead (same code, same result, more work on
 * the page's thread): see `workerAllowedByCsp`.
 */
export const WORKER_POLICY = 'tv-waveform-worker';

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
interface PolicyFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

/** Whether the CSP the build ships (header and meta alike) lets this policy be created. */
export function workerAllowedByCsp(csp = CONTENT_SECURITY_POLICY_META): boolean {
  const directive = csp.split(';').map((d) => d.trim().split(/\s+/)).find(([name]) => name === 'trusted-types');
  return !directive || directive.slice(1).includes(WORKER_POLICY);
}

let policy: ScriptUrlPolicy | null = null;

/** The worker's URL as the document accepts it: vouched for by the policy where Trusted Types are on. */
export function trustedWorkerUrl(url: URL): string | URL {
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  if (!factory) return url;
  const expected = url.href;
  policy ??= factory.createPolicy(WORKER_POLICY, {
    createScriptURL: (candidate) => {
      if (candidate !== expected || new URL(candidate).origin !== (globalThis as unknown as { location: { origin: string } }).location.origin) throw new TypeError('Only the waveform worker may be loaded.');
      return candidate;
    },
  });
  // A TrustedScriptURL is what the Worker constructor takes in place of a string.
  return policy.createScriptURL(expected) as string;
}
