import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * The one stand-in for the `electron` module (the binary cannot be downloaded on the build
 * machines). A test file opts in with
 *
 *   vi.mock('electron', () => import('../../../mocks/electron'));
 *
 * and drives the fakes below. They record what the glue registers (IPC handlers, protocol
 * handlers, permission handlers, listeners) so a test can call those handlers the way
 * Electron would; they implement no policy of their own. `resetElectronMock()` in a
 * beforeEach gives each test a clean slate.
 */

type Handler = (...args: never[]) => unknown;

let nextFrameId = 1;

export class FakeFrame {
  readonly frameTreeNodeId = nextFrameId++;
  readonly processId = 7;
  readonly routingId = this.frameTreeNodeId;
  destroyed = false;
  constructor(
    public url: string,
    readonly parent: FakeFrame | null = null,
  ) {}
  get top(): FakeFrame {
    return this.parent === null ? this : this.parent.top;
  }
  get origin(): string {
    try {
      const parsed = new URL(this.url);
      return `${parsed.protocol}//${parsed.host}`;
    } catch {
      return 'null';
    }
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export class FakeWebContents extends EventEmitter {
  readonly mainFrame: FakeFrame;
  destroyed = false;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  constructor(url = 'app://testimony-vault/index.html') {
    super();
    this.mainFrame = new FakeFrame(url);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export class BrowserWindow extends EventEmitter {
  static readonly created: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(() => Promise.resolve());
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  destroyed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.created.push(this);
    // As Electron does for every new webContents.
    app.emit('web-contents-created', {}, this.webContents);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return false;
  }
}

export class FakeSession extends EventEmitter {
  readonly protocolHandlers = new Map<string, (request: Request) => Promise<Response> | Response>();
  readonly protocol = {
    handle: (scheme: string, handler: (request: Request) => Promise<Response> | Response) => {
      if (this.protocolHandlers.has(scheme)) throw new Error(`scheme ${scheme} handled twice`);
      this.protocolHandlers.set(scheme, handler);
    },
  };
  permissionRequestHandler: Handler | null = null;
  permissionCheckHandler: Handler | null = null;
  devicePermissionHandler: Handler | null = null;
  spellChecker: boolean | undefined;
  readonly beforeRequest: Array<{ filter: { urls: string[] }; listener: Handler }> = [];
  readonly webRequest = {
    onBeforeRequest: (filter: { urls: string[] }, listener: Handler) => {
      this.beforeRequest.push({ filter, listener });
    },
  };
  constructor(
    readonly partition: string,
    readonly options: unknown,
  ) {
    super();
  }
  setPermissionRequestHandler(handler: Handler | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Handler | null): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: Handler | null): void {
    this.devicePermissionHandler = handler;
  }
  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellChecker = enabled;
  }
}

const sessions: FakeSession[] = [];
export const session = {
  fromPartition: vi.fn((partition: string, options?: unknown) => {
    const created = new FakeSession(partition, options);
    sessions.push(created);
    return created;
  }),
  get defaultSession(): never {
    throw new Error('the app must not use the default (persistent) session');
  },
};
export function createdSessions(): readonly FakeSession[] {
  return sessions;
}

class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  readonly handle = vi.fn((channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  });
  readonly handleOnce = vi.fn();
  readonly removeHandler = vi.fn((channel: string) => this.handlers.delete(channel));
}
export const ipcMain = new FakeIpcMain();

class FakeIpcRenderer extends EventEmitter {
  readonly invoke = vi.fn((_channel: string, ..._args: unknown[]): Promise<unknown> => Promise.resolve(undefined));
  readonly send = vi.fn();
  readonly sendSync = vi.fn();
}
export const ipcRenderer = new FakeIpcRenderer();

/**
 * Where Electron would say a dropped file lies: a test registers the File objects it "drops";
 * any other File (one made by page script) has no path, as in Electron.
 */
export const droppedFilePaths = new WeakMap<object, string>();
export const webUtils = {
  getPathForFile: vi.fn((file: unknown): string => (typeof file === 'object' && file !== null ? (droppedFilePaths.get(file) ?? '') : '')),
};

export const exposedInMainWorld = new Map<string, unknown>();
export const contextBridge = {
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    if (exposedInMainWorld.has(key)) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`);
    exposedInMainWorld.set(key, api);
  }),
};

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(() => {
    throw new Error('protocol.handle on the default session: use the window session');
  }),
};

class FakePowerMonitor extends EventEmitter {
  idleSeconds = 0;
  getSystemIdleTime(): number {
    return this.idleSeconds;
  }
}
export const powerMonitor = new FakePowerMonitor();

/** A clipboard: one text slot, as another program would see it (asynchronous, as in Electron 45). */
class FakeClipboard {
  text = '';
  readonly readText = vi.fn(() => Promise.resolve(this.text));
  readonly writeText = vi.fn((text: string) => {
    this.text = text;
    return Promise.resolve();
  });
  readonly clear = vi.fn(() => {
    this.text = '';
  });
}
/** The system clipboard, with the selection clipboard it has on Linux. */
class FakeSystemClipboard extends FakeClipboard {
  readonly selection = new FakeClipboard();
}
export const clipboard = new FakeSystemClipboard();

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn(),
};

export const dialog = {
  showOpenDialog: vi.fn((..._args: unknown[]) => Promise.resolve({ canceled: true, filePaths: [] as string[] })),
  showSaveDialog: vi.fn((..._args: unknown[]) => Promise.resolve({ canceled: true, filePath: '' })),
};

export const shell = {
  openExternal: vi.fn((_url: string) => Promise.resolve()),
  openPath: vi.fn(() => {
    throw new Error('shell.openPath is never used: it would open a decrypted file with whatever program');
  }),
};

export const crashReporter = {
  start: vi.fn(),
};

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  readonly switches: string[] = [];
  readonly commandLine = { appendSwitch: vi.fn((name: string) => this.switches.push(name)) };
  readonly enableSandbox = vi.fn();
  singleInstance = true;
  readonly requestSingleInstanceLock = vi.fn(() => this.singleInstance);
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly paths: Record<string, string> = {};
  appPath = '/nonexistent/tv-app';
  private ready = deferred();
  readonly whenReady = vi.fn(() => this.ready.promise);
  /** Test helper: what Electron does once Chromium has started. */
  becomeReady(): void {
    this.ready.resolve();
  }
  getAppPath(): string {
    return this.appPath;
  }
  getPath(name: string): string {
    const value = this.paths[name];
    if (value === undefined) throw new Error(`app.getPath('${name}') was not set up by the test`);
    return value;
  }
  reset(): void {
    this.removeAllListeners();
    this.isPackaged = false;
    this.switches.length = 0;
    this.singleInstance = true;
    for (const key of Object.keys(this.paths)) delete this.paths[key];
    this.appPath = '/nonexistent/tv-app';
    this.ready = deferred();
  }
}
export const app = new FakeApp();

export function resetElectronMock(): void {
  ipcMain.handlers.clear();
  ipcMain.removeAllListeners();
  ipcRenderer.removeAllListeners();
  powerMonitor.removeAllListeners();
  powerMonitor.idleSeconds = 0;
  clipboard.text = '';
  clipboard.selection.text = '';
  exposedInMainWorld.clear();
  sessions.length = 0;
  BrowserWindow.created.length = 0;
  app.reset();
  vi.clearAllMocks();
}

export default {
  app,
  BrowserWindow,
  clipboard,
  contextBridge,
  crashReporter,
  dialog,
  ipcMain,
  ipcRenderer,
  Menu,
  powerMonitor,
  protocol,
  session,
  shell,
};
