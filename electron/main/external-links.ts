import { shell } from 'electron';

/**
 * The only sites a link in the app may open, in the system browser. One list, in one place,
 * reviewed like code: documentation the app points custodians and recipients to. Everything
 * else (other hosts, http:, file:, custom schemes that launch local programs) is dropped.
 */
export const EXTERNAL_LINK_HOSTS: ReadonlySet<string> = new Set([
  'age-encryption.org',
  'c2sp.org',
  'jedisct1.github.io',
  'www.rfc-editor.org',
  'www.loc.gov',
]);

/** The URL to hand to the system browser, or null when the allow-list refuses it. */
export function allowedExternalUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return null;
  if (!EXTERNAL_LINK_HOSTS.has(parsed.hostname)) return null;
  return parsed.href;
}

/** Opens `url` in the system browser if, and only if, the allow-list accepts it. */
export function safeOpenURL(url: string): boolean {
  const allowed = allowedExternalUrl(url);
  if (allowed === null) return false;
  shell.openExternal(allowed).catch(() => {
    // No browser configured: nothing to do, and nothing worth logging.
  });
  return true;
}
