import { SignJWT } from 'jose';

export interface TokenClaims {
  clientId: string;
  secret: string;
  /** Who acts, as the API's audit trail records it. */
  user: string;
  now: Date;
}

/** How long a token is valid: one request, with room for a clock that runs a little behind the API's. */
const GELDIG_S = 5 * 60;

/**
 * The bearer token of the ZGW APIs: a JWT signed with the client's secret (HS256), naming the client as `iss` and
 * `client_id` and the person as `user_id` and `user_representation`, with `iat` for the API's time window and `exp` a
 * few minutes later, so that a token that leaks is of no use for long. Made per request, so that a long upload with
 * retries never sends a token the API already finds too old.
 */
export function zgwToken({ clientId, secret, user, now }: TokenClaims): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ client_id: clientId, user_id: user, user_representation: user })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(clientId)
    .setIssuedAt(iat)
    .setExpirationTime(iat + GELDIG_S)
    .sign(new TextEncoder().encode(secret));
}
