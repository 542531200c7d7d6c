import { capitalised, quote, type Issue } from '../../../core/errors.js';

/** How a message names the API: by its host, which the user typed and recognises. */
export function apiNaam(api: URL): string {
  return `de Documenten API op ${api.host}`;
}

/** The part of a ZGW error body (Fout, ValidatieFout) a message uses; anything may be missing from a server. */
export interface ZgwFout {
  title?: unknown;
  detail?: unknown;
  invalidParams?: unknown;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** The API's field errors (`invalidParams[]`: name and reason) as issues at the API's field names. */
export function fieldErrors(body: ZgwFout | undefined): Issue[] {
  const params = Array.isArray(body?.invalidParams) ? (body.invalidParams as unknown[]) : [];
  return params.flatMap((param) => {
    const { name, reason } = (param ?? {}) as { name?: unknown; reason?: unknown };
    const message = text(reason);
    return message === undefined ? [] : [{ path: text(name) ?? '', message }];
  });
}

/** A refusal (4xx) in Dutch: who refused what, with the API's own words after it. */
export function refusedMessage(api: URL, wat: string, status: number, body: ZgwFout | undefined): string {
  const own = text(body?.detail) ?? text(body?.title);
  return `${capitalised(apiNaam(api))} weigert ${wat} (${status})${own === undefined ? '' : `: ${own}`}`;
}

export function keyRefusedMessage(api: URL, status: number): string {
  return `${capitalised(apiNaam(api))} weigert de sleutel (client id of secret onjuist; ${status}); vraag de beheerder van de API om de juiste, of om rechten voor het aanmaken van documenten`;
}

export function notJsonMessage(api: URL, wat: string, status: number): string {
  return `${capitalised(apiNaam(api))} gaf bij ${wat} een antwoord (${status}) dat geen JSON is; is het adres (--api) wel dat van de Documenten API?`;
}

export function redirectMessage(api: URL, wat: string, status: number): string {
  return `${capitalised(apiNaam(api))} stuurt ${wat} door naar een ander adres (${status}); Raadsnota volgt dat niet met zijn sleutel: geef het adres van de API zelf`;
}

export function gaveUpMessage(api: URL, wat: string, pogingen: number, laatste: string): string {
  return `${capitalised(apiNaam(api))} gaf bij ${wat} na ${pogingen} pogingen nog geen antwoord waarmee Raadsnota verder kan (${laatste}); probeer het later opnieuw`;
}

/** What a failed connection was, in Dutch, from Node's error code (fetch puts it in `cause`). */
export function connectionFailure(error: unknown): { reden: string; opnieuw: boolean } {
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return { reden: 'geen antwoord binnen de wachttijd', opnieuw: true };
  }
  const code = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  switch (code) {
    case 'ECONNREFUSED':
      return { reden: 'er luistert niets op dat adres (verbinding geweigerd)', opnieuw: false };
    case 'ENOTFOUND':
      return { reden: 'de naam van de server is onbekend', opnieuw: false };
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return { reden: 'het netwerk bereikt de server niet', opnieuw: false };
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
      return { reden: 'de verbinding werd onderweg verbroken', opnieuw: true };
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'EAI_AGAIN':
      return { reden: 'de server antwoordde niet op tijd', opnieuw: true };
    default:
      return {
        reden: typeof code === 'string' ? `de verbinding mislukte (${code})` : 'de verbinding mislukte',
        opnieuw: false,
      };
  }
}

export function unreachableMessage(api: URL, reden: string): string {
  return `${capitalised(apiNaam(api))} is niet bereikbaar: ${reden}; controleer het adres (--api) en de verbinding`;
}

export function foreignAddressMessage(api: URL, url: string): string {
  return `${capitalised(apiNaam(api))} noemt een adres buiten de API, ${quote(url)}; Raadsnota stuurt zijn sleutel daar niet heen`;
}

/** A message never carries a secret, also not when a server echoes what it was sent. */
export function withoutSecrets(message: string, secrets: readonly string[]): string {
  return secrets.reduce((out, secret) => (secret === '' ? out : out.replaceAll(secret, '***')), message);
}
