import { session, type Session, type WebContents } from 'electron';
import { installPermissionHandlers } from './permissions';

/**
 * No `persist:` prefix: the partition lives in memory only, so nothing the page loads or
 * caches (decoded media, IndexedDB, HTTP cache) is ever written under userData.
 */
export const SESSION_PARTITION = 'testimony-vault';

/** Everything the app is offline: a request to the network is a bug or an attack. */
const NETWORK_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

export function createAppSession(getWebContents: () => WebContents | null): Session {
  const ses = session.fromPartition(SESSION_PARTITION, { cache: false });
  installPermissionHandlers(ses, getWebContents);
  ses.setSpellCheckerEnabled(false);
  ses.webRequest.onBeforeRequest({ urls: NETWORK_URLS }, (_details, callback) => callback({ cancel: true }));
  // A download would write whatever the page points at (a decoded blob: URL) to disk in clear.
  ses.on('will-download', (event) => event.preventDefault());
  return ses;
}
