// The Electron shell's security decisions, as pure functions: tested here without the Electron binary, which cannot
// be downloaded on these machines. Each case is a way a page or a request could get out of the app's own pages.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_URL, isAppUrl } from '../electron/security/app-origin.js';
import { appFile } from '../electron/security/app-protocol.js';
import {
  externalUrl,
  mayNavigate,
  mayUsePermission,
  windowOpenAnswer,
} from '../electron/security/navigation.js';
import { fromAppFrame } from '../electron/security/sender.js';
import { CONTENT_SECURITY_POLICY, webPreferences } from '../electron/security/window-options.js';

const ROOT = resolve('/opt/raadsnota/renderer');

describe('the app:// protocol', () => {
  it('serves the renderer’s files, and index.html for the root', () => {
    expect(appFile(APP_URL, ROOT)).toBe(join(ROOT, 'index.html'));
    expect(appFile('app://raadsnota/assets/index-3f2a.js', ROOT)).toBe(join(ROOT, 'assets', 'index-3f2a.js'));
    expect(appFile('app://raadsnota/assets/./a%20b.css?v=1#x', ROOT)).toBe(join(ROOT, 'assets', 'a b.css'));
  });

  it('resolves parent folders as the URL standard does, never above the renderer’s folder', () => {
    // Chromium hands the handler the URL as parsed, where "..", also written "%2e%2e", cannot climb above the root.
    for (const url of ['app://raadsnota/../../etc/passwd', 'app://raadsnota/%2e%2e/%2E%2E/etc/passwd'])
      expect(appFile(url, ROOT), url).toBe(join(ROOT, 'etc', 'passwd'));
  });

  it.each([
    ['an encoded slash', 'app://raadsnota/assets%2f..%2f..%2fsecret'],
    ['a backslash', 'app://raadsnota/assets%5c..%5c..%5csecret'],
    ['a NUL', 'app://raadsnota/index.html%00.png'],
    ['broken percent-encoding', 'app://raadsnota/%E0%A4%A'],
    ['another host', 'app://elders/index.html'],
    ['credentials', 'app://gebruiker@raadsnota/index.html'],
    ['file:', 'file:///etc/passwd'],
    ['https:', 'https://raadsnota/index.html'],
    ['no URL at all', '../index.html'],
  ])('refuses %s', (_, url) => {
    expect(appFile(url, ROOT)).toBeUndefined();
  });
});

describe('the sender of an IPC message', () => {
  it('is answered only from the app’s own page', () => {
    expect(fromAppFrame({ senderFrame: { url: 'app://raadsnota/index.html#/register' } })).toBe(true);
    for (const url of [
      'https://raadsnota.nl/',
      'file:///opt/raadsnota/renderer/index.html',
      'app://elders/index.html',
      'about:blank',
      '',
    ])
      expect(fromAppFrame({ senderFrame: { url } }), url).toBe(false);
    expect(fromAppFrame({ senderFrame: null }), 'a frame already gone').toBe(false);
    expect(fromAppFrame({}), 'no frame').toBe(false);
  });
});

describe('navigation, new windows and permissions', () => {
  it('are refused, whatever is asked', () => {
    expect(mayNavigate()).toBe(false);
    expect(windowOpenAnswer()).toEqual({ action: 'deny' });
    expect(mayUsePermission()).toBe(false);
  });

  it('open an outside link only over https, to a host on the list exactly, without credentials', () => {
    const allowed = ['www.voorbeeld.nl', 'wetten.overheid.nl'];
    expect(externalUrl('https://wetten.overheid.nl/BWBR0005416', allowed)).toBe(
      'https://wetten.overheid.nl/BWBR0005416',
    );
    expect(externalUrl('HTTPS://WWW.Voorbeeld.NL/raad', allowed)).toBe('https://www.voorbeeld.nl/raad');
    for (const url of [
      'http://www.voorbeeld.nl/',
      'https://voorbeeld.nl/',
      'https://www.voorbeeld.nl.evil.example/',
      'https://evil.example/?https://www.voorbeeld.nl/',
      'https://gebruiker:wachtwoord@www.voorbeeld.nl/',
      'javascript:alert(1)',
      'file:///C:/Windows/system32/calc.exe',
      'app://raadsnota/index.html',
      'geen url',
    ])
      expect(externalUrl(url, allowed), url).toBeUndefined();
  });
});

describe('the window', () => {
  it('isolates the renderer: context isolation, sandbox, no Node, web security on', () => {
    expect(webPreferences('/opt/raadsnota/preload.cjs')).toEqual({
      preload: '/opt/raadsnota/preload.cjs',
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
    });
  });

  it('serves its pages with a CSP that allows its own scripts only', () => {
    const policy = new Map(
      CONTENT_SECURITY_POLICY.split('; ').map((directive) => {
        const [name = '', ...values] = directive.split(' ');
        return [name, values] as const;
      }),
    );
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    // Pictures the page made itself from the API's answers (the preview's, the editor's); never another site's.
    expect(policy.get('img-src')).toEqual(["'self'", 'blob:', 'data:']);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('recognises its own pages by scheme and host, since a custom scheme has no web origin', () => {
    expect(new URL(APP_URL).origin).toBe('null');
    expect(isAppUrl(APP_URL)).toBe(true);
    expect(isAppUrl('app://raadsnota:8080/')).toBe(false);
  });
});
