/**
 * The bench population, shared by the preparation step (run.ts, through the store API) and the
 * load generator: user i has uid `u00042` and a login token created for it in advance, so a
 * login costs a token lookup instead of an argon2 verification.
 */

/** Users the scenarios log in as (memory at 10k uses all of them). */
export const BENCH_USERS = 10_000;
/**
 * Extra users for the memory scenario's warm-up connections: logged in and kept before the
 * "before" RSS sample so that first-use costs (JIT, caches, heap growth) are not charged to the
 * measured connections.
 */
export const WARMUP_USERS = 256;
export const TOTAL_USERS = BENCH_USERS + WARMUP_USERS;

export const BENCH_PASSWORD = 'bench-password';
export const DEVICE_ID = 'bench-device';

export function uidOf(i: number): string {
  return `u${String(i).padStart(5, '0')}`;
}

/** The login token prepared for `uid` (stored hashed, as the server does). */
export function tokenOf(uid: string): string {
  return `parley-bench-token-${uid}`;
}
