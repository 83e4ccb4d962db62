import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { FakeSession, FakeWebContents, resetElectronMock } from '../../../mocks/electron';
import { installPermissionHandlers } from '../../../../electron/main/permissions';

vi.mock('electron', () => import('../../../mocks/electron'));

const APP_URL = 'app://testimony-vault/index.html';

function setup() {
  const ours = new FakeWebContents();
  const ses = new FakeSession('testimony-vault', undefined);
  installPermissionHandlers(ses as unknown as Session, () => ours as unknown as WebContents);
  const request = (permission: string, details: Record<string, unknown>, from: FakeWebContents = ours): boolean => {
    let granted: boolean | undefined;
    (ses.permissionRequestHandler as (...args: unknown[]) => void)(from, permission, (answer: boolean) => (granted = answer), details);
    if (granted === undefined) throw new Error('the permission request was never answered');
    return granted;
  };
  const check = (permission: string, origin: string, details: Record<string, unknown>, from: FakeWebContents | null = ours): boolean =>
    (ses.permissionCheckHandler as (...args: unknown[]) => boolean)(from, permission, origin, details);
  return { ours, ses, request, check };
}

describe('permission requests', () => {
  beforeEach(() => resetElectronMock());

  it('grants microphone capture to our main frame', () => {
    const { request } = setup();
    expect(request('media', { isMainFrame: true, requestingUrl: APP_URL, mediaTypes: ['audio'] })).toBe(true);
  });

  it.each([
    ['camera', { isMainFrame: true, requestingUrl: APP_URL, mediaTypes: ['video'] }],
    ['camera with microphone', { isMainFrame: true, requestingUrl: APP_URL, mediaTypes: ['audio', 'video'] }],
    ['media without types', { isMainFrame: true, requestingUrl: APP_URL }],
    ['media with an empty type list', { isMainFrame: true, requestingUrl: APP_URL, mediaTypes: [] }],
    ['a subframe', { isMainFrame: false, requestingUrl: APP_URL, mediaTypes: ['audio'] }],
    ['a foreign origin', { isMainFrame: true, requestingUrl: 'https://evil.example/', mediaTypes: ['audio'] }],
    ['a look-alike host', { isMainFrame: true, requestingUrl: 'app://testimony-vault.evil/', mediaTypes: ['audio'] }],
  ])('refuses media for %s', (_label, details) => {
    const { request } = setup();
    expect(request('media', details)).toBe(false);
  });

  it('lets our main frame write text to the clipboard (copy buttons), and nobody else', () => {
    const { request, check } = setup();
    expect(request('clipboard-sanitized-write', { isMainFrame: true, requestingUrl: APP_URL })).toBe(true);
    expect(check('clipboard-sanitized-write', 'app://testimony-vault', { isMainFrame: true })).toBe(true);
    expect(request('clipboard-sanitized-write', { isMainFrame: false, requestingUrl: APP_URL })).toBe(false);
    expect(request('clipboard-sanitized-write', { isMainFrame: true, requestingUrl: 'https://evil.example/' })).toBe(false);
    expect(request('clipboard-sanitized-write', { isMainFrame: true, requestingUrl: APP_URL }, new FakeWebContents())).toBe(false);
    expect(check('clipboard-sanitized-write', 'https://evil.example', { isMainFrame: true })).toBe(false);
  });

  it('refuses the microphone to another webContents', () => {
    const { request } = setup();
    expect(request('media', { isMainFrame: true, requestingUrl: APP_URL, mediaTypes: ['audio'] }, new FakeWebContents())).toBe(false);
  });

  it.each(['display-capture', 'notifications', 'geolocation', 'clipboard-read', 'fullscreen', 'openExternal', 'hid', 'usb', 'serial', 'midiSysex', 'unknown'])(
    'refuses %s even to our own main frame',
    (permission) => {
      const { request, check } = setup();
      expect(request(permission, { isMainFrame: true, requestingUrl: APP_URL })).toBe(false);
      expect(check(permission, 'app://testimony-vault', { isMainFrame: true, requestingUrl: APP_URL })).toBe(false);
    },
  );
});

describe('permission checks', () => {
  beforeEach(() => resetElectronMock());

  it('answers yes only for audio media from our origin and main frame', () => {
    const { check } = setup();
    expect(check('media', 'app://testimony-vault', { isMainFrame: true, mediaType: 'audio' })).toBe(true);
    expect(check('media', 'app://testimony-vault', { isMainFrame: true, mediaType: 'video' })).toBe(false);
    expect(check('media', 'app://testimony-vault', { isMainFrame: true, mediaType: 'unknown' })).toBe(false);
    expect(check('media', 'app://testimony-vault', { isMainFrame: false, mediaType: 'audio' })).toBe(false);
    expect(check('media', 'https://evil.example', { isMainFrame: true, mediaType: 'audio' })).toBe(false);
    expect(check('media', 'app://testimony-vault', { isMainFrame: true, mediaType: 'audio' }, null)).toBe(false);
  });

  it('refuses every HID, USB and serial device', () => {
    const { ses } = setup();
    const handler = ses.devicePermissionHandler as (details: unknown) => boolean;
    for (const deviceType of ['hid', 'usb', 'serial']) expect(handler({ deviceType, origin: 'app://testimony-vault', device: {} })).toBe(false);
  });
});
