import { APP_SCHEME } from '../security/app-origin.js';

/**
 * The `app://` scheme as registered before the app is ready: standard (so relative URLs and the origin work as on
 * the web) and secure (a secure context, as https would be). No bypassing the CSP, no service workers, no streaming.
 */
export const APP_SCHEME_PRIVILEGES = [
  {
    scheme: APP_SCHEME,
    privileges: {
      standard: true,
      secure: true,
      supportFetchAPI: true,
      bypassCSP: false,
      allowServiceWorkers: false,
    },
  },
] as const;
