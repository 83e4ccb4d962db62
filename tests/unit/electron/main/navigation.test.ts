import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { FakeWebContents, resetElectronMock, shell } from '../../../mocks/electron';
import { guardNavigation } from '../../../../electron/main/navigation';
import { allowedExternalUrl, safeOpenURL } from '../../../../electron/main/external-links';

vi.mock('electron', () => import('../../../mocks/electron'));

function guarded(): FakeWebContents {
  const webContents = new FakeWebContents();
  guardNavigation(webContents as unknown as WebContents);
  return webContents;
}

function fire(webContents: FakeWebContents, name: string, details: Record<string, unknown>): boolean {
  let prevented = false;
  webContents.emit(name, { ...details, preventDefault: () => (prevented = true) });
  return prevented;
}

describe('navigation guard', () => {
  beforeEach(() => resetElectronMock());

  it.each(['app://testimony-vault/other.html', 'https://evil.example/', 'file:///home/user/', 'javascript:alert(1)'])('refuses to navigate the window to %s', (url) => {
    expect(fire(guarded(), 'will-navigate', { url, isMainFrame: true })).toBe(true);
  });

  it('refuses redirects, webviews and subframe navigation', () => {
    const webContents = guarded();
    expect(fire(webContents, 'will-redirect', { url: 'https://evil.example/' })).toBe(true);
    expect(fire(webContents, 'will-attach-webview', {})).toBe(true);
    expect(fire(webContents, 'will-frame-navigate', { url: 'https://evil.example/', isMainFrame: false })).toBe(true);
  });

  it('denies every window.open and sends only allow-listed https links to the system browser', () => {
    const webContents = guarded();
    const open = webContents.windowOpenHandler;
    if (!open) throw new Error('no window open handler installed');
    expect(open({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(open({ url: 'app://testimony-vault/index.html' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).not.toHaveBeenCalled();
    expect(open({ url: 'https://age-encryption.org/v1' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://age-encryption.org/v1');
  });

  it('opens a clicked allow-listed link externally while keeping the window where it is', () => {
    const webContents = guarded();
    expect(fire(webContents, 'will-navigate', { url: 'https://www.rfc-editor.org/rfc/rfc8493', isMainFrame: true })).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://www.rfc-editor.org/rfc/rfc8493');
  });
});

describe('safeOpenURL', () => {
  beforeEach(() => resetElectronMock());

  it.each([
    'http://age-encryption.org/',
    'https://age-encryption.org.evil.example/',
    'https://evil.example/?https://age-encryption.org',
    'https://user@age-encryption.org/',
    'https://age-encryption.org:8443/',
    'file:///etc/passwd',
    'smb://age-encryption.org/share',
    'ms-msdt:/id PCWDiagnostic',
    'not a url',
  ])('refuses %s', (url) => {
    expect(allowedExternalUrl(url)).toBeNull();
    expect(safeOpenURL(url)).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('opens an allow-listed https URL in its normalised form', () => {
    expect(safeOpenURL('https://C2SP.org/tlog-checkpoint')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://c2sp.org/tlog-checkpoint');
  });
});
