import { createPrivateKey, type KeyObject } from 'node:crypto';
import { parseJson, parseRetryAfter, pick, signJwt } from './internal.ts';
import type { IssuedCredential } from './push-credential.ts';
import type { PushHttpClient } from './push-http.ts';

export const FCM_SCOPE = 'https://www.googleapis.com/auth/firebase.messaging';
export const GOOGLE_TOKEN_URI = 'https://oauth2.googleapis.com/token';

/** The fields of a Google service-account key file that FCM needs. */
export interface ServiceAccount {
  readonly clientEmail: string;
  readonly privateKey: KeyObject;
  /** `private_key_id`, sent as the assertion's `kid` when present. */
  readonly privateKeyId?: string;
  readonly projectId: string;
  readonly tokenUri: string;
}

/**
 * Reads a service-account key (the JSON text of the downloaded file, or it parsed). Throws a
 * TypeError naming the first missing or malformed field.
 */
export function parseServiceAccount(json: string | Record<string, unknown>): ServiceAccount {
  const obj: unknown = typeof json === 'string' ? parseJson(json) : json;
  if (obj === null || typeof obj !== 'object') throw new TypeError('fcm: service account is not JSON');
  const field = (k: string, required: boolean): string | undefined => {
    const v = (obj as Record<string, unknown>)[k];
    if (typeof v === 'string' && v !== '') return v;
    if (required) throw new TypeError(`fcm: service account has no ${k}`);
    return undefined;
  };
  const privateKey = createPrivateKey(field('private_key', true)!);
  if (privateKey.asymmetricKeyType !== 'rsa') throw new TypeError('fcm: private_key must be an RSA key');
  const privateKeyId = field('private_key_id', false);
  return {
    clientEmail: field('client_email', true)!,
    privateKey,
    ...(privateKeyId !== undefined && { privateKeyId }),
    projectId: field('project_id', true)!,
    tokenUri: field('token_uri', false) ?? GOOGLE_TOKEN_URI,
  };
}

/**
 * An access-token request that did not succeed. `transient` failures (network, 429, 5xx) are worth
 * retrying later; the others (invalid_grant, a revoked key) need an operator.
 */
export class AccessTokenError extends Error {
  override readonly name = 'AccessTokenError';
  constructor(
    message: string,
    readonly transient: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** Treat a token as expired this long before Google's `expires_in` says. */
const EXPIRY_MARGIN_MS = 60_000;

/**
 * Gets an OAuth2 access token with the JWT-bearer grant (RFC 7523): an RS256 assertion signed
 * with the service account's key, scope `FCM_SCOPE`, audience the token URI, valid one hour.
 * Resolves with the token and when to stop using it; rejects with `AccessTokenError`.
 */
export async function fetchAccessToken(
  http: PushHttpClient,
  sa: ServiceAccount,
  tokenUri: string,
  now: number,
  timeoutMs: number,
): Promise<IssuedCredential> {
  const iat = Math.floor(now / 1000);
  const assertion = signJwt(
    'RS256',
    sa.privateKey,
    sa.privateKeyId !== undefined ? { kid: sa.privateKeyId } : {},
    { iss: sa.clientEmail, scope: FCM_SCOPE, aud: tokenUri, iat, exp: iat + 3600 },
  );
  const form = new URLSearchParams({
    grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
    assertion,
  }).toString();
  let reply: Awaited<ReturnType<PushHttpClient['request']>>;
  try {
    reply = await http.request(tokenUri, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form,
      timeoutMs,
    });
  } catch (err) {
    throw new AccessTokenError(`token endpoint: ${err instanceof Error ? err.message : String(err)}`, true);
  }
  const json = parseJson(reply.body);
  if (reply.status !== 200) {
    const what = pick(json, 'error_description') ?? pick(json, 'error') ?? `HTTP ${reply.status}`;
    const transient = reply.status === 429 || reply.status >= 500;
    throw new AccessTokenError(
      `token endpoint: ${String(what)}`,
      transient,
      transient ? parseRetryAfter(reply.headers['retry-after'], now) : undefined,
    );
  }
  const token = pick(json, 'access_token');
  const expiresIn = Number(pick(json, 'expires_in') ?? 3600);
  if (typeof token !== 'string' || token === '' || !Number.isFinite(expiresIn)) {
    throw new AccessTokenError('token endpoint: reply without access_token', true);
  }
  const lifetimeMs = Math.max(expiresIn * 1000 - EXPIRY_MARGIN_MS, (expiresIn * 1000) / 2);
  return { value: token, expiresAt: now + lifetimeMs };
}
