// The preload of the app's window, sandboxed: it may require only `electron`, so the build bundles it into one file.
// It exposes exactly two functions to the page, through contextBridge; the page never sees ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import { INVOKE_CHANNEL, SHOW_SAVED_CHANNEL } from './ipc-channel.js';
import { raadsnotaBridge } from './preload/bridge.js';

contextBridge.exposeInMainWorld(
  'raadsnota',
  raadsnotaBridge(
    (name, input) => ipcRenderer.invoke(INVOKE_CHANNEL, name, input),
    (naam) => ipcRenderer.invoke(SHOW_SAVED_CHANNEL, naam),
  ),
);
