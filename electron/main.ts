// The Electron main process, thin: it opens one window on the app:// page, guards it, and forwards every call of the
// page to the register's utility process. Each decision is a plain function beside this file, tested in Node.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  session,
  shell,
  utilityProcess,
} from 'electron';
import { INVOKE_CHANNEL, SHOW_SAVED_CHANNEL } from './ipc-channel.js';
import { appResponse } from './main/app-response.js';
import { bringForward } from './main/focus.js';
import { registerForwarder } from './main/forwarder.js';
import { guardContents } from './main/guard-contents.js';
import { guardSession } from './main/guard-session.js';
import { invokeHandler } from './main/ipc.js';
import { menuTemplate } from './main/menu.js';
import { shellPaths } from './main/paths.js';
import { savedFiles } from './main/saved-files.js';
import { showSavedHandler } from './main/show-saved.js';
import { APP_SCHEME_PRIVILEGES } from './main/scheme.js';
import { hostArgs } from './register-host/options.js';
import { APP_SCHEME, APP_URL } from './security/app-origin.js';
import { webPreferences } from './security/window-options.js';
import { secretStore } from './secrets.js';

const paths = shellPaths({
  isPackaged: app.isPackaged,
  appPath: app.getAppPath(),
  resourcesPath: process.resourcesPath,
  appData: app.getPath('appData'),
});
// Before ready, so that Chromium's own files land in the same folder as the register, whatever the app is called.
app.setPath('userData', paths.userData);
protocol.registerSchemesAsPrivileged([...APP_SCHEME_PRIVILEGES]);

let window: BrowserWindow | undefined;

function openWindow(): void {
  window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    title: 'Raadsnota',
    show: false,
    webPreferences: webPreferences(paths.preload),
  });
  window.once('ready-to-show', () => window?.show());
  window.on('closed', () => {
    window = undefined;
  });
  void window.loadURL(APP_URL);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    bringForward(window);
  });
  app.on('web-contents-created', (_event, contents) => {
    guardContents(contents, (url) => void shell.openExternal(url));
  });
  app.on('window-all-closed', () => {
    app.quit();
  });

  void app.whenReady().then(() => {
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(menuTemplate({ packaged: app.isPackaged, mac: process.platform === 'darwin' })),
    );
    guardSession(session.defaultSession, () => app.getPath('downloads'));
    const saved = savedFiles();
    session.defaultSession.on('will-download', (_event, item) => {
      saved.track(item);
    });
    protocol.handle(APP_SCHEME, (request) =>
      appResponse(request.url, paths.renderer, (file) => readFile(file)),
    );

    const secrets = secretStore(safeStorage, join(paths.userData, 'geheimen.json'));
    const forwarder = registerForwarder(
      () =>
        utilityProcess.fork(paths.host, hostArgs(paths), {
          serviceName: 'Raadsnota-register',
          stdio: 'inherit',
        }),
      (naam) => secrets.get(naam),
    );
    ipcMain.handle(INVOKE_CHANNEL, invokeHandler(forwarder));
    ipcMain.handle(
      SHOW_SAVED_CHANNEL,
      showSavedHandler(saved, (path) => {
        shell.showItemInFolder(path);
      }),
    );

    openWindow();
  });
}
