import { APP_SCHEME } from '../security/app-origin.js';

/**
 * The `app://` scheme as registered before the app is ready: standard (so relative URLs and the origin work as on
 * the web) and secure (a secure context, as https would be). CORS-enabled, because Vite's build loads its scripts as
 * `<script type="module" crossorigin>`, a CORS-mode request Chromium makes only to such schemes. No bypassing the
 * CSP, no service workers.
 */
export const APP_SCHEME_PRIVILEGES = [
  {
    scheme: APP_SCHEME,
    privileges: {
      standard: true,
      secure: true,
      supportFetchAPI: true,
      corsEnabled: true,
      bypassCSP: false,
      allowServiceWorkers: false,
    },
  },
] as const;
