// The built main process (dist/electron/main.cjs) run in Node against a stand-in for the `electron` module: the
// binary cannot be downloaded here, so this shows that main.ts hands each tested decision to Electron — the lock,
// the scheme, the window's preferences and page, the guards, the spellchecker, the menu and the IPC forwarding.
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HOST_GONE } from '../electron/main/forwarder.js';
import { FOREIGN_FRAME } from '../electron/main/ipc.js';
import { APP_SCHEME_PRIVILEGES } from '../electron/main/scheme.js';
import type { HostRequest } from '../electron/register-host/messages.js';
import { hostArgs } from '../electron/register-host/options.js';
import { CONTENT_SECURITY_POLICY, webPreferences } from '../electron/security/window-options.js';
import { ROOT } from './helpers/assets.js';
import { buildMainIfMissing, loadMain } from './helpers/electron-main.js';

type Listener = (...args: unknown[]) => unknown;

/** A stand-in for the parts of `electron` main.ts uses, recording what it is asked. */
function fakeElectron(lock: boolean) {
  const calls: unknown[][] = [];
  const record =
    (name: string, result?: unknown) =>
    (...args: unknown[]) => {
      calls.push([name, ...args]);
      return result;
    };
  const appEvents = new EventEmitter();
  const handled = new Map<string, Listener>();
  const hosts: (EventEmitter & { sent: HostRequest[]; postMessage(m: HostRequest): void })[] = [];
  const windows: FakeWindow[] = [];
  const session = Object.assign(new EventEmitter(), {
    setPermissionRequestHandler: record('setPermissionRequestHandler'),
    setPermissionCheckHandler: record('setPermissionCheckHandler'),
    setSpellCheckerLanguages: record('setSpellCheckerLanguages'),
  });

  class FakeWindow extends EventEmitter {
    url = '';
    shown = 0;
    constructor(readonly options: { webPreferences: unknown }) {
      super();
      windows.push(this);
    }
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
    isMinimized = () => false;
    restore = () => undefined;
    show = () => {
      this.shown++;
    };
    focus = () => undefined;
  }

  const electron = {
    app: {
      isPackaged: false,
      getAppPath: () => ROOT,
      getPath: (name: string) => join('/fake', name),
      setPath: record('setPath'),
      requestSingleInstanceLock: () => lock,
      quit: record('quit'),
      on: (event: string, listener: Listener) => appEvents.on(event, listener),
      whenReady: () => Promise.resolve(),
    },
    protocol: {
      registerSchemesAsPrivileged: record('registerSchemesAsPrivileged'),
      handle: (scheme: string, handler: Listener) => handled.set(`protocol:${scheme}`, handler),
    },
    ipcMain: { handle: (channel: string, handler: Listener) => handled.set(`ipc:${channel}`, handler) },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: record('setApplicationMenu'),
    },
    session: { defaultSession: session },
    shell: { openExternal: record('openExternal', Promise.resolve()) },
    // Asked only when an operation needs a secret (test/electron-secrets.test.ts); none here.
    safeStorage: { isEncryptionAvailable: () => false },
    utilityProcess: {
      fork: (...args: unknown[]) => {
        calls.push(['fork', ...args]);
        const host = Object.assign(new EventEmitter(), {
          sent: [] as HostRequest[],
          postMessage(message: HostRequest) {
            host.sent.push(message);
          },
        });
        hosts.push(host);
        return host;
      },
    },
    BrowserWindow: FakeWindow,
  };
  return { electron, calls, appEvents, handled, hosts, windows };
}

beforeAll(buildMainIfMissing);

describe('the main process, started', () => {
  it('registers app:// before ready, keeps its data in Raadsnota’s folder, and opens one guarded window on app://', async () => {
    const fake = fakeElectron(true);
    await loadMain(fake.electron);
    expect(fake.calls).toContainEqual(['setPath', 'userData', join('/fake', 'appData', 'Raadsnota')]);
    expect(fake.calls).toContainEqual(['registerSchemesAsPrivileged', [...APP_SCHEME_PRIVILEGES]]);
    expect(fake.windows).toHaveLength(1);
    const [window] = fake.windows;
    expect(window?.options.webPreferences).toEqual(
      webPreferences(join(ROOT, 'dist', 'electron', 'preload.cjs')),
    );
    expect(window?.url).toBe('app://raadsnota/');
    window?.emit('ready-to-show');
    expect(window?.shown).toBe(1);
    expect(fake.calls).toContainEqual(['setSpellCheckerLanguages', ['nl']]);
    const menu = fake.calls.find((call) => call[0] === 'setApplicationMenu')?.[1] as { label: string }[];
    expect(menu.map((item) => item.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']);
  });

  it('serves app:// with the CSP, and guards every web contents that is created', async () => {
    const fake = fakeElectron(true);
    await loadMain(fake.electron);
    const serve = fake.handled.get('protocol:app');
    const response = (await serve?.({ url: 'app://raadsnota/../../etc/passwd' })) as Response;
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const contents = Object.assign(new EventEmitter(), {
      handler: undefined as Listener | undefined,
      setWindowOpenHandler(handler: Listener) {
        contents.handler = handler;
      },
    });
    fake.appEvents.emit('web-contents-created', {}, contents);
    expect(contents.handler?.({ url: 'https://wetten.overheid.nl/' })).toEqual({ action: 'deny' });
    expect(fake.calls).toContainEqual(['openExternal', 'https://wetten.overheid.nl/']);
  });

  it('forwards a call of its own page to the register’s process, refuses another frame’s, and survives the process', async () => {
    const fake = fakeElectron(true);
    await loadMain(fake.electron);
    const invoke = fake.handled.get('ipc:raadsnota:invoke');
    expect(await invoke?.({ senderFrame: { url: 'https://kwaad.example/' } }, 'register.search', {})).toEqual(
      FOREIGN_FRAME,
    );
    expect(fake.hosts).toHaveLength(0);

    const answer = invoke?.({ senderFrame: { url: 'app://raadsnota/' } }, 'register.search', { text: 'x' });
    const fork = fake.calls.find((call) => call[0] === 'fork');
    expect(fork?.slice(1, 3)).toEqual([
      join(ROOT, 'dist', 'electron', 'register-host.cjs'),
      hostArgs({
        register: join('/fake', 'appData', 'Raadsnota', 'register.sqlite'),
        templates: join(ROOT, 'templates'),
      }),
    ]);
    const host = fake.hosts[0];
    const sent = host?.sent[0];
    expect(sent).toMatchObject({ name: 'register.search', input: { text: 'x' } });
    host?.emit('message', { id: sent?.id, result: { ok: true, value: 'gevonden' } });
    expect(await answer).toEqual({ ok: true, value: 'gevonden' });

    const waiting = invoke?.({ senderFrame: { url: 'app://raadsnota/' } }, 'register.search', {});
    host?.emit('exit', 1);
    expect(await waiting).toEqual(HOST_GONE);
  });

  it('brings the first window forward on a second start, and a second start without the lock quits at once', async () => {
    const first = fakeElectron(true);
    await loadMain(first.electron);
    const [window] = first.windows;
    first.appEvents.emit('second-instance');
    expect(window?.shown).toBe(1);

    const second = fakeElectron(false);
    await loadMain(second.electron);
    expect(second.calls).toContainEqual(['quit']);
    expect(second.windows).toHaveLength(0);
    expect(second.handled.size).toBe(0);
  });
});
