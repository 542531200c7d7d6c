import { SignJWT } from 'jose';

export interface TokenClaims {
  clientId: string;
  secret: string;
  /** Who acts, as the API's audit trail records it. */
  user: string;
  now: Date;
}

/**
 * The bearer token of the ZGW APIs: a JWT signed with the client's secret (HS256), naming the client as `iss` and
 * `client_id` and the person as `user_id` and `user_representation`, with `iat` for the API's time window. Made per
 * request, so that a long upload with retries never sends a token the API already finds too old.
 */
export function zgwToken({ clientId, secret, user, now }: TokenClaims): Promise<string> {
  return new SignJWT({ client_id: clientId, user_id: user, user_representation: user })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(clientId)
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .sign(new TextEncoder().encode(secret));
}
