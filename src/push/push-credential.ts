/** A credential value and the instant (ms, the provider's clock) after which it must not be used. */
export interface IssuedCredential {
  readonly value: string;
  readonly expiresAt: number;
}

/**
 * A cached bearer credential (an APNs provider JWT, an OAuth2 access token), issued on first use
 * and again once it expires.
 *
 * Contract:
 * - Concurrent `get()` calls share one issue in progress; an issue that fails rejects every
 *   waiting caller and caches nothing, so the next `get()` tries again.
 * - `invalidate(value)` drops the cached credential only if it is still `value`: many requests
 *   rejected with the same stale credential cause one re-issue, not one each. It answers whether
 *   the credential was dropped (or had already been replaced), so the caller may retry.
 * - `minReissueMs` bounds forced re-issues: within that time after the last forced one,
 *   `invalidate` keeps the credential and answers false.
 */
export class CachedCredential {
  private current: IssuedCredential | undefined;
  private pending: Promise<IssuedCredential> | undefined;
  private lastForcedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly issue: () => Promise<IssuedCredential>,
    private readonly now: () => number,
    private readonly minReissueMs = 0,
  ) {}

  async get(): Promise<string> {
    const cur = this.current;
    if (cur && this.now() < cur.expiresAt) return cur.value;
    if (!this.pending) {
      const p = this.issue().then(
        (c) => {
          if (this.pending === p) {
            this.current = c;
            this.pending = undefined;
          }
          return c;
        },
        (err: unknown) => {
          if (this.pending === p) this.pending = undefined;
          throw err;
        },
      );
      this.pending = p;
    }
    return (await this.pending).value;
  }

  invalidate(value: string): boolean {
    if (this.current?.value !== value) return true;
    const now = this.now();
    if (now - this.lastForcedAt < this.minReissueMs) return false;
    this.lastForcedAt = now;
    this.current = undefined;
    return true;
  }
}
