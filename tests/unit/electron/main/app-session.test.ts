import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { createdSessions, FakeWebContents, protocol, resetElectronMock, session } from '../../../mocks/electron';
import { createAppSession } from '../../../../electron/main/app-session';
import { handleProtocols, registerPrivilegedSchemes } from '../../../../electron/main/protocols';

vi.mock('electron', () => import('../../../mocks/electron'));

describe('window session', () => {
  beforeEach(() => resetElectronMock());

  it('is an in-memory partition (no persist: prefix) without HTTP cache', () => {
    createAppSession(() => null);
    expect(session.fromPartition).toHaveBeenCalledOnce();
    const [partition, options] = session.fromPartition.mock.calls[0] ?? [];
    expect(partition).not.toMatch(/^persist:/);
    expect(partition).not.toBe('');
    expect(options).toEqual({ cache: false });
  });

  it('installs all three permission handlers and turns the spellchecker off', () => {
    createAppSession(() => new FakeWebContents() as unknown as WebContents);
    const [ses] = createdSessions();
    expect(ses?.permissionRequestHandler).toBeTypeOf('function');
    expect(ses?.permissionCheckHandler).toBeTypeOf('function');
    expect(ses?.devicePermissionHandler).toBeTypeOf('function');
    expect(ses?.spellChecker).toBe(false);
  });

  it('cancels every network request and every download', () => {
    createAppSession(() => null);
    const [ses] = createdSessions();
    expect(ses?.beforeRequest).toHaveLength(1);
    const [{ filter, listener } = { filter: { urls: [] }, listener: () => undefined }] = ses?.beforeRequest ?? [];
    expect(filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    let answer: unknown;
    (listener as (details: unknown, callback: (response: unknown) => void) => void)({ url: 'https://tracker.example/' }, (response) => (answer = response));
    expect(answer).toEqual({ cancel: true });
    let prevented = false;
    ses?.emit('will-download', { preventDefault: () => (prevented = true) }, {}, {});
    expect(prevented).toBe(true);
  });
});

describe('custom schemes', () => {
  beforeEach(() => resetElectronMock());

  it('registers app:// and vault-media:// as privileged, neither bypassing CSP', () => {
    registerPrivilegedSchemes();
    const [schemes] = protocol.registerSchemesAsPrivileged.mock.calls[0] as unknown as [Array<{ scheme: string; privileges: Record<string, boolean> }>];
    const byName = new Map(schemes.map((s) => [s.scheme, s.privileges]));
    expect([...byName.keys()].sort()).toEqual(['app', 'vault-media']);
    expect(byName.get('app')).toMatchObject({ standard: true, secure: true, bypassCSP: false, allowServiceWorkers: false });
    expect(byName.get('vault-media')).toMatchObject({ standard: true, secure: true, stream: true, supportFetchAPI: false, bypassCSP: false, allowServiceWorkers: false });
  });

  it('handles both schemes on the window session, never on the default one', () => {
    const ses = createAppSession(() => null);
    handleProtocols(ses, { rendererDir: '/nonexistent', api: { serveMedia: () => Promise.reject(new Error('unused')) } });
    expect([...(createdSessions()[0]?.protocolHandlers.keys() ?? [])].sort()).toEqual(['app', 'vault-media']);
    expect(protocol.handle).not.toHaveBeenCalled();
  });
});
