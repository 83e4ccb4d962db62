import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { isAppUrl } from './app-origin';

/**
 * True only for a message from the main frame of our own window, showing our own origin.
 * Refused: another webContents (a devtools extension, a future second window), a subframe
 * (an injected iframe would otherwise reach the vault through the preload), a frame that has
 * navigated or been destroyed (senderFrame null), and any page not on app://testimony-vault.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, expected: WebContents | null): boolean {
  if (expected === null || expected.isDestroyed()) return false;
  if (event.sender !== expected) return false;
  const frame = event.senderFrame;
  if (frame === null || frame.isDestroyed()) return false;
  if (frame.parent !== null) return false;
  // The frame must be this webContents' main frame, compared by id as well as by object: the
  // two checks overlap on purpose (a WebFrameMain wrapper is not promised to be the same object).
  const mainFrame = expected.mainFrame;
  if (frame !== mainFrame && (frame.frameTreeNodeId !== mainFrame.frameTreeNodeId || frame.processId !== mainFrame.processId)) return false;
  return isAppUrl(frame.url);
}
