import type { MediaAccessPermissionRequest, PermissionCheckHandlerHandlerDetails, PermissionRequest, Session, WebContents } from 'electron';
import { isAppUrl } from './app-origin';

type Permission = Parameters<NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>>[1];

/**
 * A permission prompt: granted only to the main frame of our own page, and only for
 * microphone capture ('media' asking for audio and nothing else) and writing plain text to
 * the clipboard (the copy buttons of the recovery key and of hashes). Camera, screen,
 * notifications, geolocation, clipboard reads, HID/USB/serial and the rest are refused
 * without asking.
 */
export function allowPermissionRequest(
  permission: Permission,
  details: PermissionRequest | MediaAccessPermissionRequest,
  webContents: WebContents,
  ours: WebContents | null,
): boolean {
  if (ours === null || webContents !== ours) return false;
  if (!details.isMainFrame || !isAppUrl(details.requestingUrl)) return false;
  if (permission === 'clipboard-sanitized-write') return true;
  if (permission !== 'media') return false;
  const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined;
  return mediaTypes !== undefined && mediaTypes.length > 0 && mediaTypes.every((type) => type === 'audio');
}

/** A synchronous permission check (e.g. before enumerating devices): same rule. */
export function allowPermissionCheck(
  permission: Permission,
  requestingOrigin: string,
  details: PermissionCheckHandlerHandlerDetails,
  webContents: WebContents | null,
  ours: WebContents | null,
): boolean {
  if (ours === null || webContents !== ours || !details.isMainFrame || !isAppUrl(requestingOrigin)) return false;
  if (permission === 'clipboard-sanitized-write') return true;
  return permission === 'media' && details.mediaType === 'audio';
}

export function installPermissionHandlers(ses: Session, getWebContents: () => WebContents | null): void {
  ses.setPermissionRequestHandler((webContents, permission, callback, details) => {
    callback(allowPermissionRequest(permission, details, webContents, getWebContents()));
  });
  ses.setPermissionCheckHandler((webContents, permission, requestingOrigin, details) =>
    allowPermissionCheck(permission, requestingOrigin, details, webContents, getWebContents()),
  );
  // WebHID, WebUSB and Web Serial: a vault has no business talking to devices.
  ses.setDevicePermissionHandler(() => false);
}
