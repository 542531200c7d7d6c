/**
 * The window's web preferences, one literal: the renderer is isolated from the preload (`contextIsolation`), runs
 * in Chromium's sandbox, has no Node (`nodeIntegration`, also not in workers or frames), and keeps the same-origin
 * policy (`webSecurity`). The preload exposes one `invoke`; nothing else crosses.
 */
export function webPreferences(preload: string) {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  } as const;
}

/**
 * The Content-Security-Policy of every page the app serves: its own scripts and styles only, no inline script, no
 * eval, no connection but to itself, images only its own or made by the page from the API's answers (blob: and data:
 * URLs, for the preview's and the editor's pictures), and no frames, plugins or forms that post elsewhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
