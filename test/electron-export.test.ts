// "Map openen" after an export in the desktop app, with stand-ins for Electron's objects: the main process shows only
// a package it saved itself through the save dialog, named by the name the page offered; never a path the page names,
// and nothing for a frame that is not the app's own page.
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { saveDialogOptions } from '../electron/main/downloads.js';
import { FOREIGN_FRAME } from '../electron/main/ipc.js';
import { savedFiles, type SavedItem } from '../electron/main/saved-files.js';
import { NOT_SAVED, showSavedHandler } from '../electron/main/show-saved.js';
import { SHOW_SAVED_CHANNEL } from '../electron/ipc-channel.js';
import { raadsnotaBridge } from '../electron/preload/bridge.js';
import { ROOT } from './helpers/assets.js';
import { buildMainIfMissing, loadMain } from './helpers/electron-main.js';

const APP = { senderFrame: { url: 'app://raadsnota/' } };
const NAAM = 'RN-2026-014 Zwemlessen.zip';
const SAVED = join('/home/ambtenaar/Downloads', NAAM);

/** A stand-in DownloadItem: the name the page offered, the path the user chose, and its end. */
function download(naam: string, savePath: string) {
  const events = new EventEmitter();
  const item: SavedItem = {
    getFilename: () => naam,
    getSavePath: () => savePath,
    once: (event, listener) => events.once(event, listener),
  };
  return { item, end: (state: string) => events.emit('done', {}, state) };
}

function setUp() {
  const saved = savedFiles();
  const shown: string[] = [];
  const handler = showSavedHandler(saved, (path) => shown.push(path));
  return { saved, shown, handler };
}

describe('"Map openen" in the main process', () => {
  it('shows the package the user saved, in its folder, by the name the page offered', async () => {
    const { saved, shown, handler } = setUp();
    const { item, end } = download(NAAM, SAVED);
    saved.track(item);
    expect(await handler(APP, NAAM)).toEqual(NOT_SAVED);
    end('completed');
    expect(await handler(APP, NAAM)).toEqual({ ok: true, value: null });
    expect(shown).toEqual([SAVED]);
  });

  it('refuses a frame that is not the app’s own page, and shows nothing for it', async () => {
    const { saved, shown, handler } = setUp();
    const { item, end } = download(NAAM, SAVED);
    saved.track(item);
    end('completed');
    for (const sender of [
      { senderFrame: { url: 'https://kwaad.example/' } },
      { senderFrame: { url: 'file:///etc/passwd' } },
      { senderFrame: null },
      {},
    ]) {
      expect(await handler(sender, NAAM)).toEqual(FOREIGN_FRAME);
    }
    expect(shown).toEqual([]);
  });

  it('never shows a path the page names, a file it did not save, or a download that was cancelled', async () => {
    const { saved, shown, handler } = setUp();
    const cancelled = download('Ander pakket.zip', '/home/ambtenaar/Downloads/Ander pakket.zip');
    saved.track(cancelled.item);
    cancelled.end('cancelled');
    const docx = download('nota.docx', '/home/ambtenaar/Downloads/nota.docx');
    saved.track(docx.item);
    docx.end('completed');
    const { item, end } = download(NAAM, SAVED);
    saved.track(item);
    end('completed');
    for (const naam of [
      SAVED,
      '/etc/passwd',
      '../../etc/passwd',
      `../${NAAM}`,
      `sub/${NAAM}`,
      'Ander pakket.zip',
      'nota.docx',
      '',
      42,
      { naam: NAAM },
      undefined,
    ]) {
      expect(await handler(APP, naam)).toEqual(NOT_SAVED);
    }
    expect(shown).toEqual([]);
  });

  it('keeps the last place a package of that name was saved', async () => {
    const { saved, shown, handler } = setUp();
    for (const path of [SAVED, '/media/usb/Pakketten/RN-2026-014 Zwemlessen.zip']) {
      const { item, end } = download(NAAM, path);
      saved.track(item);
      end('completed');
    }
    await handler(APP, NAAM);
    expect(shown).toEqual(['/media/usb/Pakketten/RN-2026-014 Zwemlessen.zip']);
  });

  it('offers a package in the downloads folder with a ZIP filter', () => {
    expect(saveDialogOptions(NAAM, '/dl')).toEqual({
      title: 'Bestand opslaan',
      buttonLabel: 'Opslaan',
      defaultPath: join('/dl', NAAM),
      filters: [{ name: 'Exportpakket (ZIP)', extensions: ['zip'] }],
    });
  });
});

describe('the preload’s "Map openen"', () => {
  it('sends only the name on its own channel, and never throws', async () => {
    const sent: unknown[] = [];
    const bridge = raadsnotaBridge(
      () => Promise.resolve({ ok: true, value: null }),
      (naam) => {
        sent.push(naam);
        return Promise.resolve({ ok: true, value: null });
      },
    );
    expect(await bridge.showSaved?.(NAAM)).toEqual({ ok: true, value: null });
    expect(sent).toEqual([NAAM]);
    const broken = raadsnotaBridge(
      () => Promise.resolve({ ok: true, value: null }),
      () => Promise.reject(new Error('An object could not be cloned.')),
    );
    expect(await broken.showSaved?.(NAAM)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

type Listener = (...args: unknown[]) => unknown;

/** The built main process, loaded against a stand-in `electron`: its session, its IPC handlers and its shell. */
async function startMain() {
  const handled = new Map<string, Listener>();
  const shown: string[] = [];
  const session = Object.assign(new EventEmitter(), {
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
    setSpellCheckerLanguages: () => undefined,
  });
  class FakeWindow extends EventEmitter {
    loadURL = () => Promise.resolve();
  }
  const electron = {
    app: {
      isPackaged: false,
      getAppPath: () => ROOT,
      getPath: (name: string) => join('/fake', name),
      setPath: () => undefined,
      requestSingleInstanceLock: () => true,
      quit: () => undefined,
      on: () => undefined,
      whenReady: () => Promise.resolve(),
    },
    protocol: { registerSchemesAsPrivileged: () => undefined, handle: () => undefined },
    ipcMain: { handle: (channel: string, handler: Listener) => handled.set(channel, handler) },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => undefined },
    session: { defaultSession: session },
    shell: { openExternal: () => Promise.resolve(), showItemInFolder: (path: string) => shown.push(path) },
    utilityProcess: { fork: () => new EventEmitter() },
    BrowserWindow: FakeWindow,
  };
  await loadMain(electron);
  return { session, handled, shown };
}

describe('"Map openen" as the built main process wires it', () => {
  beforeAll(buildMainIfMissing);

  it('shows a package the session saved, for the app’s page only, and nothing the page names', async () => {
    const { session, handled, shown } = await startMain();
    const show = handled.get(SHOW_SAVED_CHANNEL);
    expect(show).toBeDefined();
    const { item, end } = download(NAAM, SAVED);
    session.emit('will-download', {}, { ...item, setSaveDialogOptions: () => undefined });
    end('completed');
    expect(await show?.({ senderFrame: { url: 'https://kwaad.example/' } }, NAAM)).toEqual(FOREIGN_FRAME);
    expect(await show?.(APP, SAVED)).toEqual(NOT_SAVED);
    expect(shown).toEqual([]);
    expect(await show?.(APP, NAAM)).toEqual({ ok: true, value: null });
    expect(shown).toEqual([SAVED]);
  });
});
