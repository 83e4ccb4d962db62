import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { DROP_IMPORT_CHANNEL, OPERATION_NAMES } from '../../../../shared/contract/names';
import type { Envelope } from '../../../../shared/contract/envelope';
import { FakeFrame, FakeWebContents, ipcMain, resetElectronMock } from '../../../mocks/electron';
import { registerIpc } from '../../../../electron/main/ipc';

vi.mock('electron', () => import('../../../mocks/electron'));

type Invoke = (event: unknown, input: unknown) => Promise<Envelope<unknown>>;

function setup() {
  const ours = new FakeWebContents();
  const dispatch = vi.fn((operation: unknown, input: unknown): Promise<Envelope<unknown>> => Promise.resolve({ ok: true, value: { operation, input } }));
  const importDroppedFiles = vi.fn((input: unknown): Promise<Envelope<unknown>> => Promise.resolve({ ok: true, value: { dropped: input } }));
  registerIpc(ipcMain, { dispatch, importDroppedFiles }, () => ours as unknown as WebContents);
  const handler = (operation: string): Invoke => {
    const found = ipcMain.handlers.get(operation === DROP_IMPORT_CHANNEL ? operation : `tv:op:${operation}`);
    if (!found) throw new Error(`no handler for ${operation}`);
    return found as Invoke;
  };
  return { ours, dispatch, importDroppedFiles, handler };
}

const FORBIDDEN = expect.objectContaining({ ok: false, code: 'FORBIDDEN_SENDER' }) as unknown;

describe('IPC registration', () => {
  beforeEach(() => resetElectronMock());

  it('registers exactly one handler per contract operation, on its tv:op: channel, plus the drop-import channel, and nothing else', () => {
    setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...OPERATION_NAMES.map((name) => `tv:op:${name}`), DROP_IMPORT_CHANNEL].sort());
    expect(ipcMain.handle).toHaveBeenCalledTimes(OPERATION_NAMES.length + 1);
    expect(ipcMain.handleOnce).not.toHaveBeenCalled();
    expect(ipcMain.eventNames()).toEqual([]);
  });

  it('passes a call from our main frame to core with the raw, unparsed input', async () => {
    const { ours, dispatch, handler } = setup();
    const input = { code: 'T-1', title: 'x', extra: ['kept for the schema to judge'] };
    const answer = await handler('testimonies.create')({ sender: ours, senderFrame: ours.mainFrame }, input);
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('testimonies.create', input);
    expect(dispatch.mock.calls[0]?.[1]).toBe(input);
    expect(answer).toEqual({ ok: true, value: { operation: 'testimonies.create', input } });
  });

  it('routes each channel to its own operation', async () => {
    const { ours, dispatch, handler } = setup();
    for (const operation of OPERATION_NAMES) await handler(operation)({ sender: ours, senderFrame: ours.mainFrame }, null);
    expect(dispatch.mock.calls.map(([operation]) => operation)).toEqual([...OPERATION_NAMES]);
  });

  it('passes dropped-file paths from our main frame to core’s drop import, not to an operation', async () => {
    const { ours, dispatch, importDroppedFiles, handler } = setup();
    const input = { testimonyId: 'x', paths: ['/home/a/interview.wav'] };
    const answer = await handler(DROP_IMPORT_CHANNEL)({ sender: ours, senderFrame: ours.mainFrame }, input);
    expect(importDroppedFiles).toHaveBeenCalledExactlyOnceWith(input);
    expect(importDroppedFiles.mock.calls[0]?.[0]).toBe(input);
    expect(dispatch).not.toHaveBeenCalled();
    expect(answer).toEqual({ ok: true, value: { dropped: input } });
  });

  it('turns a throwing core into an INTERNAL envelope without its message', async () => {
    const ours = new FakeWebContents();
    const reject = () => Promise.reject(new Error('/home/a/vault/secret path'));
    registerIpc(ipcMain, { dispatch: reject, importDroppedFiles: reject }, () => ours as unknown as WebContents);
    const handler = ipcMain.handlers.get('tv:op:vault.status') as Invoke;
    expect(await handler({ sender: ours, senderFrame: ours.mainFrame }, undefined)).toEqual({ ok: false, code: 'INTERNAL', message: 'An internal error occurred.' });
    const drop = ipcMain.handlers.get(DROP_IMPORT_CHANNEL) as Invoke;
    expect(await drop({ sender: ours, senderFrame: ours.mainFrame }, undefined)).toEqual({ ok: false, code: 'INTERNAL', message: 'An internal error occurred.' });
  });
});

describe('IPC sender check', () => {
  beforeEach(() => resetElectronMock());

  it('refuses another webContents, even one showing our own page', async () => {
    const { dispatch, handler } = setup();
    const other = new FakeWebContents('app://testimony-vault/index.html');
    expect(await handler('vault.unlock')({ sender: other, senderFrame: other.mainFrame }, { passphrase: 'x' })).toEqual(FORBIDDEN);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a subframe of our own window', async () => {
    const { ours, dispatch, handler } = setup();
    const subframe = new FakeFrame('app://testimony-vault/index.html', ours.mainFrame);
    expect(await handler('media.list')({ sender: ours, senderFrame: subframe }, {})).toEqual(FORBIDDEN);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses dropped-file paths from anything but our main frame', async () => {
    const { ours, importDroppedFiles, handler } = setup();
    const input = { testimonyId: 'x', paths: ['/etc/shadow'] };
    const other = new FakeWebContents('app://testimony-vault/index.html');
    expect(await handler(DROP_IMPORT_CHANNEL)({ sender: other, senderFrame: other.mainFrame }, input)).toEqual(FORBIDDEN);
    const subframe = new FakeFrame('app://testimony-vault/index.html', ours.mainFrame);
    expect(await handler(DROP_IMPORT_CHANNEL)({ sender: ours, senderFrame: subframe }, input)).toEqual(FORBIDDEN);
    ours.mainFrame.url = 'https://evil.example/';
    expect(await handler(DROP_IMPORT_CHANNEL)({ sender: ours, senderFrame: ours.mainFrame }, input)).toEqual(FORBIDDEN);
    expect(importDroppedFiles).not.toHaveBeenCalled();
  });

  it.each([
    'https://evil.example/',
    'file:///etc/passwd',
    'app://testimony-vault.evil/index.html',
    'app://x@testimony-vault/index.html',
    'app://testimony-vault:8080/index.html',
    'vault-media://media/t/m',
    'about:blank',
    '',
  ])('refuses our main frame once it shows a foreign origin: %s', async (url) => {
    const { ours, dispatch, handler } = setup();
    ours.mainFrame.url = url;
    expect(await handler('vault.status')({ sender: ours, senderFrame: ours.mainFrame }, {})).toEqual(FORBIDDEN);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a message whose frame is gone (navigated or destroyed)', async () => {
    const { ours, dispatch, handler } = setup();
    expect(await handler('vault.status')({ sender: ours, senderFrame: null }, {})).toEqual(FORBIDDEN);
    ours.mainFrame.destroyed = true;
    expect(await handler('vault.status')({ sender: ours, senderFrame: ours.mainFrame }, {})).toEqual(FORBIDDEN);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses everything when the window is gone', async () => {
    const ours = new FakeWebContents();
    const dispatch = vi.fn();
    registerIpc(ipcMain, { dispatch, importDroppedFiles: dispatch }, () => null);
    const handler = ipcMain.handlers.get('tv:op:vault.status') as Invoke;
    expect(await handler({ sender: ours, senderFrame: ours.mainFrame }, {})).toEqual(FORBIDDEN);
    expect(dispatch).not.toHaveBeenCalled();
  });
});
