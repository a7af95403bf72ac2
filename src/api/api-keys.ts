/**
 * API keys of the REST API. A key reads `pk_<key id>.<secret>`: 12 hex digits that name the key
 * (stored in clear, shown in listings) and 32 random bytes in base64url that only its holder
 * knows (stored as SHA-256: the secret has full entropy, so a slow hash would add nothing).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { tokenHash } from '../logic/passwords.ts';
import type { ApiKeyRecord, ApiKeyStore, ApiScope } from '../store/types.ts';

export const API_SCOPES: readonly ApiScope[] = ['read', 'write', 'admin'];

const KEY_RE = /^pk_([0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/;

/** A new key: the record to store and the key string to hand out once. */
export function newApiKey(
  name: string,
  scopes: readonly ApiScope[],
  now = Date.now(),
): { key: string; record: ApiKeyRecord } {
  const keyId = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return {
    key: `pk_${keyId}.${secret}`,
    record: {
      keyId,
      name,
      secretHash: tokenHash(secret),
      scopes: [...new Set(scopes)],
      createdAt: now,
      revokedAt: 0,
    },
  };
}

/** Parses a comma list of scopes; throws TypeError naming an unknown one. */
export function parseScopes(text: string): ApiScope[] {
  const out = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const s of out) {
    if (!(API_SCOPES as readonly string[]).includes(s))
      throw new TypeError(`unknown scope "${s}" (read, write, admin)`);
  }
  return out as ApiScope[];
}

/**
 * Checks presented keys against the store, caching each key's record for `cacheMs` so that a
 * busy key costs no store read per request; a revocation therefore takes effect within
 * `cacheMs` on every node.
 */
export class ApiKeyVerifier {
  readonly #cache = new Map<string, { record: ApiKeyRecord | undefined; until: number }>();

  constructor(
    private readonly store: ApiKeyStore,
    private readonly cacheMs = 5000,
  ) {}

  /** Drops the cached record of a key (revoked on this node: refused at once here). */
  forget(keyId: string): void {
    this.#cache.delete(keyId);
  }

  /** The key's record when `presented` is a valid, unrevoked key; else undefined. */
  async verify(presented: string): Promise<ApiKeyRecord | undefined> {
    const m = KEY_RE.exec(presented);
    if (m === null) return undefined;
    const [, keyId, secret] = m as unknown as [string, string, string];
    const now = Date.now();
    let hit = this.#cache.get(keyId);
    if (hit === undefined || hit.until <= now) {
      hit = { record: await this.store.get(keyId), until: now + this.cacheMs };
      if (this.#cache.size > 10_000) this.#cache.clear();
      this.#cache.set(keyId, hit);
    }
    const record = hit.record;
    if (record === undefined || record.revokedAt !== 0) return undefined;
    const a = Buffer.from(tokenHash(secret), 'hex');
    const b = Buffer.from(record.secretHash, 'hex');
    return a.length === b.length && timingSafeEqual(a, b) ? record : undefined;
  }
}
