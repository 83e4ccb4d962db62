import { protocol, type Session } from 'electron';
import { APP_SCHEME, MEDIA_SCHEME } from '../../shared/contract/schemes';
import type { VaultApi } from '../core/api';
import { createAppProtocolHandler } from './app-protocol';
import { createMediaProtocolHandler } from './media-protocol';

/**
 * Must run before the app is ready. app:// is standard and secure so the page is a secure
 * context (getUserMedia for the microphone) with a real origin for CSP 'self'; no scheme
 * bypasses CSP. vault-media:// only streams (media elements read it in ranges); it is not
 * open to fetch(), which the CSP does not grant either.
 */
export function registerPrivilegedSchemes(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, bypassCSP: false, allowServiceWorkers: false, codeCache: false } },
    { scheme: MEDIA_SCHEME, privileges: { standard: true, secure: true, stream: true, supportFetchAPI: false, bypassCSP: false, allowServiceWorkers: false } },
  ]);
}

/** Serves both schemes on the window's own (in-memory) session, not the default one. */
export function handleProtocols(ses: Session, options: { rendererDir: string; api: Pick<VaultApi, 'serveMedia'> }): void {
  ses.protocol.handle(APP_SCHEME, createAppProtocolHandler(options.rendererDir));
  ses.protocol.handle(MEDIA_SCHEME, createMediaProtocolHandler(options.api));
}
