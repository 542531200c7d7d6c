/**
 * The sites a link in the app may open in the user's own browser, exactly these hosts over https: the laws and
 * the official publications a memo refers to. Every other link is refused.
 */
export const OUTSIDE_HOSTS = [
  'wetten.overheid.nl',
  'zoek.officielebekendmakingen.nl',
  'www.officielebekendmakingen.nl',
] as const;
