import { APP_HOST, APP_ORIGIN, APP_SCHEME } from '../../shared/contract/schemes';

/** The page the window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when `url` is on our own origin, app://testimony-vault. Parsed, never compared by
 * prefix: `app://testimony-vault.evil/` or `app://x@testimony-vault/` must not pass. Node's
 * URL gives `origin === 'null'` for non-special schemes, hence the field-by-field check.
 */
export function isAppUrl(url: string | undefined | null): boolean {
  if (typeof url !== 'string' || url.length === 0) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
