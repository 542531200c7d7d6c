// The Electron shell's wiring, as plain functions driven with stand-ins for Electron's objects: the binary cannot be
// downloaded here, so each thing main.ts hands to Electron is tested on its own.
import { EventEmitter } from 'node:events';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../api/contract/api-error.js';
import { defaultRegisterPath } from '../api/register-path.js';
import { appResponse } from '../electron/main/app-response.js';
import { saveDialogOptions } from '../electron/main/downloads.js';
import { bringForward } from '../electron/main/focus.js';
import { HOST_GONE, registerForwarder, type HostProcess } from '../electron/main/forwarder.js';
import { guardContents } from '../electron/main/guard-contents.js';
import { guardSession, type DownloadLike } from '../electron/main/guard-session.js';
import { FOREIGN_FRAME, invokeHandler } from '../electron/main/ipc.js';
import { menuTemplate } from '../electron/main/menu.js';
import { shellPaths } from '../electron/main/paths.js';
import { APP_SCHEME_PRIVILEGES } from '../electron/main/scheme.js';
import { raadsnotaBridge } from '../electron/preload/bridge.js';
import { assetFolders, hostArgs, parseHostArgs } from '../electron/register-host/options.js';
import type { HostRequest } from '../electron/register-host/messages.js';
import { CONTENT_SECURITY_POLICY } from '../electron/security/window-options.js';

const ROOT = resolve('/opt/raadsnota/renderer');

describe('the app:// protocol’s answers', () => {
  const files: Record<string, string> = {
    [join(ROOT, 'index.html')]: '<!doctype html><title>Raadsnota</title>',
    [join(ROOT, 'assets', 'app.js')]: 'console.log(1)',
  };
  const read = (file: string): Promise<Uint8Array> => {
    const text = files[file];
    return text === undefined
      ? Promise.reject(new Error(`ENOENT: ${file}`))
      : Promise.resolve(new TextEncoder().encode(text));
  };

  it('serves the renderer’s index.html for the root, with its type and the CSP', async () => {
    const response = await appResponse('app://raadsnota/', ROOT, read);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Raadsnota</title>');
    const script = await appResponse('app://raadsnota/assets/app.js', ROOT, read);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404, with the CSP, for a missing file and for every path the guard refuses, without reading it', async () => {
    const asked: string[] = [];
    const spy = (file: string) => {
      asked.push(file);
      return read(file);
    };
    expect((await appResponse('app://raadsnota/ontbreekt.js', ROOT, spy)).status).toBe(404);
    for (const url of [
      'app://raadsnota/assets%2f..%2f..%2fgeheim',
      'app://elders/index.html',
      'file:///etc/passwd',
    ]) {
      const response = await appResponse(url, ROOT, spy);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
    expect(asked).toEqual([join(ROOT, 'ontbreekt.js')]);
  });

  it('registers app:// as a standard, secure scheme that does not bypass the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual([
      {
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, bypassCSP: false }) as unknown,
      },
    ]);
  });
});

/** A stand-in for Electron's WebContents: an emitter with the window-open handler kept. */
function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
      openHandler = handler;
    },
  });
  const event = () => {
    const e = { prevented: false, preventDefault: () => void (e.prevented = true) };
    return e;
  };
  return {
    contents,
    navigate(name: string, url?: string) {
      const e = event();
      emitter.emit(name, e, url);
      return e.prevented;
    },
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('the window’s web contents', () => {
  it('never navigates away or opens a window, and opens an allowed https link in the user’s browser', () => {
    const page = fakeContents();
    const opened: string[] = [];
    guardContents(page.contents, (url) => opened.push(url));
    expect(page.navigate('will-navigate', 'https://wetten.overheid.nl/BWBR0005416/')).toBe(true);
    expect(page.navigate('will-navigate', 'https://kwaadaardig.example/')).toBe(true);
    expect(page.navigate('will-navigate', 'app://raadsnota/anders.html')).toBe(true);
    expect(page.navigate('will-redirect', 'https://wetten.overheid.nl/')).toBe(true);
    expect(page.navigate('will-attach-webview')).toBe(true);
    expect(page.open('https://zoek.officielebekendmakingen.nl/gmb-2026-1.html')).toEqual({ action: 'deny' });
    expect(page.open('http://wetten.overheid.nl/')).toEqual({ action: 'deny' });
    expect(page.open('https://wetten.overheid.nl.kwaad.example/')).toEqual({ action: 'deny' });
    expect(page.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(opened).toEqual([
      'https://wetten.overheid.nl/BWBR0005416/',
      'https://zoek.officielebekendmakingen.nl/gmb-2026-1.html',
    ]);
  });
});

describe('the window’s session', () => {
  function fakeSession() {
    const emitter = new EventEmitter();
    const state: {
      request?: (c: unknown, p: string, cb: (granted: boolean) => void) => void;
      check?: () => boolean;
      languages?: string[];
    } = {};
    const session = Object.assign(emitter, {
      setPermissionRequestHandler: (h: NonNullable<typeof state.request>) => void (state.request = h),
      setPermissionCheckHandler: (h: NonNullable<typeof state.check>) => void (state.check = h),
      setSpellCheckerLanguages: (languages: string[]) => void (state.languages = languages),
    });
    return { session, state, emitter };
  }

  it('refuses every permission, spells Dutch, and gives each download a Dutch save dialog with its own name', () => {
    const { session, state, emitter } = fakeSession();
    guardSession(session, () => '/home/ambtenaar/Downloads');
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const answers: boolean[] = [];
      state.request?.({}, permission, (granted) => answers.push(granted));
      expect(answers, permission).toEqual([false]);
    }
    expect(state.check?.()).toBe(false);
    expect(state.languages).toEqual(['nl']);

    const chosen: unknown[] = [];
    const item: DownloadLike = {
      getFilename: () => 'Stand van zaken moties en toezeggingen.docx',
      setSaveDialogOptions: (options) => chosen.push(options),
    };
    emitter.emit('will-download', {}, item);
    expect(chosen).toEqual([
      {
        title: 'Bestand opslaan',
        buttonLabel: 'Opslaan',
        defaultPath: join('/home/ambtenaar/Downloads', 'Stand van zaken moties en toezeggingen.docx'),
        filters: [{ name: 'Word-document', extensions: ['docx'] }],
      },
    ]);
  });

  it('keeps a download’s name a name: no folders from the page, no filter for an unknown kind', () => {
    expect(saveDialogOptions('..\\..\\Windows\\overzicht.csv', '/dl')).toMatchObject({
      defaultPath: join('/dl', 'overzicht.csv'),
      filters: [{ name: 'CSV-bestand', extensions: ['csv'] }],
    });
    expect(saveDialogOptions('../../etc/notities.txt', '/dl')).toMatchObject({
      defaultPath: join('/dl', 'notities.txt'),
      filters: [],
    });
    expect(saveDialogOptions('', '/dl').defaultPath).toBe(join('/dl', 'raadsnota'));
  });
});

describe('the application menu', () => {
  it('is Dutch: Bestand, Bewerken, Beeld, Venster, Help, every item labelled', () => {
    const menu = menuTemplate({ packaged: true, mac: false });
    expect(menu.map((item) => item.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']);
    const items = menu.flatMap((top) => (Array.isArray(top.submenu) ? top.submenu : []));
    for (const item of items) if (item.type !== 'separator') expect(item.label, item.role).toMatch(/\S/);
    const labels = items.map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['Afsluiten', 'Kopiëren', 'Plakken', 'Over Raadsnota']));
    expect(items.map((item) => item.role)).not.toContain('toggleDevTools');
  });

  it('offers the developer tools only when run from the sources, and says Stoppen on a Mac', () => {
    const roles = (packaged: boolean) =>
      menuTemplate({ packaged, mac: false }).flatMap((top) =>
        Array.isArray(top.submenu) ? top.submenu.map((item) => item.role) : [],
      );
    expect(roles(false)).toContain('toggleDevTools');
    const mac = menuTemplate({ packaged: true, mac: true })[0];
    expect(Array.isArray(mac?.submenu) && mac.submenu.map((item) => item.label)).toContain(
      'Raadsnota stoppen',
    );
  });
});

describe('where the shell finds and keeps its files', () => {
  it('keeps the register in the same folder as the command line, and the templates next to the packed program', () => {
    const appData = join(process.env.XDG_CONFIG_HOME ?? join(process.env.HOME ?? '/', '.config'));
    const packed = shellPaths({
      isPackaged: true,
      appPath: '/opt/Raadsnota/resources/app.asar',
      resourcesPath: '/opt/Raadsnota/resources',
      appData,
    });
    if (process.platform === 'linux') expect(packed.register).toBe(defaultRegisterPath());
    expect(packed.templates).toBe(join('/opt/Raadsnota/resources', 'templates'));
    expect(packed.renderer).toBe(join('/opt/Raadsnota/resources/app.asar', 'dist', 'renderer'));
    expect(packed.preload).toBe(join('/opt/Raadsnota/resources/app.asar', 'dist', 'electron', 'preload.cjs'));
    expect(packed.host).toBe(
      join('/opt/Raadsnota/resources/app.asar', 'dist', 'electron', 'register-host.cjs'),
    );
    const sources = shellPaths({
      isPackaged: false,
      appPath: '/src/raadsnota',
      resourcesPath: '/x',
      appData,
    });
    expect(sources.templates).toBe(join('/src/raadsnota', 'templates'));
  });

  it('starts the register host with those folders, wherever Electron puts its own arguments', () => {
    const options = {
      register: '/data/Raadsnota/register met spatie.sqlite',
      templates: 'C:\\Raadsnota\\templates',
    };
    expect(parseHostArgs(['/opt/electron', '--type=utility', ...hostArgs(options), 'extra'])).toEqual(
      options,
    );
    expect(() => parseHostArgs(['--register=/r.sqlite'])).toThrow(/--templates/);
    expect(assetFolders('/t')).toEqual({
      templatesDir: '/t',
      huisstijlDir: join('/t', 'huisstijl', 'gemeente-voorbeeld'),
      wordListFile: join('/t', 'taal', 'ambtelijke-woorden.json'),
    });
  });
});

describe('a second start', () => {
  it('brings the first window forward, restoring it when minimised', () => {
    const calls: string[] = [];
    const window = (minimized: boolean) => ({
      isMinimized: () => minimized,
      restore: () => calls.push('restore'),
      show: () => calls.push('show'),
      focus: () => calls.push('focus'),
    });
    bringForward(window(true));
    expect(calls).toEqual(['restore', 'show', 'focus']);
    calls.length = 0;
    bringForward(window(false));
    bringForward(undefined);
    expect(calls).toEqual(['show', 'focus']);
  });
});

describe('the preload’s bridge', () => {
  it('passes a call through and gives back its ApiResult as it came', async () => {
    const sent: unknown[] = [];
    const bridge = raadsnotaBridge((name, input) => {
      sent.push([name, input]);
      return Promise.resolve({ ok: true, value: { total: 0 } });
    });
    expect(await bridge.invoke('register.search', { tekst: 'motie' })).toEqual({
      ok: true,
      value: { total: 0 },
    });
    expect(sent).toEqual([['register.search', { tekst: 'motie' }]]);
  });

  it('never throws: a channel that fails answers a Dutch internal error', async () => {
    const bridge = raadsnotaBridge(() => Promise.reject(new Error('An object could not be cloned.')));
    const result = await bridge.invoke('register.search', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(!result.ok && result.error.message).toMatch(/Raadsnota niet bereiken/);
  });
});

/** A stand-in for a UtilityProcess: records what it is sent; the test answers, or lets it die. */
class FakeHost extends EventEmitter implements HostProcess {
  sent: HostRequest[] = [];
  postMessage(message: HostRequest): void {
    this.sent.push(message);
  }
  answer(id: number, result: ApiResult<unknown>): void {
    this.emit('message', { id, result });
  }
}

describe('the forwarder to the register’s process', () => {
  it('starts the process on the first call, and answers each call by its id, in any order', async () => {
    const started: FakeHost[] = [];
    const forwarder = registerForwarder(() => {
      const host = new FakeHost();
      started.push(host);
      return host;
    });
    expect(started).toHaveLength(0);
    const first = forwarder.invoke('register.search', {});
    const second = forwarder.invoke('register.get', { soort: 'motie', id: 1 });
    const host = started[0];
    if (!host) throw new Error('no host started');
    expect(started).toHaveLength(1);
    const [a, b] = host.sent;
    if (!a || !b) throw new Error('calls not sent');
    expect([a.name, b.name]).toEqual(['register.search', 'register.get']);
    expect(a.id).not.toBe(b.id);
    host.emit('message', { nonsense: true });
    host.answer(b.id, { ok: false, error: { code: 'not_found', message: 'Motie 1 bestaat niet' } });
    host.answer(a.id, { ok: true, value: 'eerste' });
    expect(await first).toEqual({ ok: true, value: 'eerste' });
    expect(await second).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('answers every waiting call with a Dutch internal error when the process dies, and starts a new one next', async () => {
    const started: FakeHost[] = [];
    const forwarder = registerForwarder(() => {
      const host = new FakeHost();
      started.push(host);
      return host;
    });
    const waiting = [forwarder.invoke('register.import', {}), forwarder.invoke('register.search', {})];
    started[0]?.emit('exit', 1);
    expect(await Promise.all(waiting)).toEqual([HOST_GONE, HOST_GONE]);
    expect(HOST_GONE.ok || HOST_GONE.error.message).toMatch(/^Het register is onverwacht gestopt/);
    const next = forwarder.invoke('register.search', {});
    expect(started).toHaveLength(2);
    const id = started[1]?.sent[0]?.id ?? -1;
    started[1]?.answer(id, { ok: true, value: 'weer' });
    expect(await next).toEqual({ ok: true, value: 'weer' });
  });

  it('answers an internal error when the process cannot be sent to', async () => {
    const forwarder = registerForwarder(() =>
      Object.assign(new FakeHost(), {
        postMessage() {
          throw new Error('process gone');
        },
      }),
    );
    expect(await forwarder.invoke('register.search', {})).toEqual(HOST_GONE);
  });
});

describe('the main process’s IPC handler', () => {
  const echo = {
    invoke: (name: string, input: unknown): Promise<ApiResult<unknown>> =>
      Promise.resolve({ ok: true, value: { name, input } }),
  };

  it('forwards a call from the app’s own page', async () => {
    const handle = invokeHandler(echo);
    expect(
      await handle({ senderFrame: { url: 'app://raadsnota/#/register' } }, 'register.search', { a: 1 }),
    ).toEqual({
      ok: true,
      value: { name: 'register.search', input: { a: 1 } },
    });
  });

  it('refuses, as a Dutch ApiResult, a call from any other frame, without forwarding it', async () => {
    const forwarded: string[] = [];
    const handle = invokeHandler({
      invoke: (name) => {
        forwarded.push(name);
        return Promise.resolve({ ok: true, value: null });
      },
    });
    for (const senderFrame of [{ url: 'https://kwaad.example/' }, { url: 'file:///tmp/x.html' }, null]) {
      expect(await handle({ senderFrame }, 'backup.restore', {})).toEqual(FOREIGN_FRAME);
    }
    expect(FOREIGN_FRAME.ok || FOREIGN_FRAME.error).toMatchObject({ code: 'refused', message: /Raadsnota/ });
    expect(forwarded).toEqual([]);
  });
});
