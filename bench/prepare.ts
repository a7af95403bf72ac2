/**
 * Builds the bench population once per run, through the store API (no SQL here): every user
 * gets the same argon2 PHC string (hashed once) and a login token, so no scenario pays for
 * 10 000 registrations or password verifications. Each scenario then starts from a copy of
 * this database in a fresh data directory.
 */
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { hashPassword, tokenHash } from '../src/logic/passwords.ts';
import { createSqliteStore } from '../src/store/index.ts';
import { BENCH_PASSWORD, DEVICE_ID, TOTAL_USERS, tokenOf, uidOf } from './users.ts';

const DB_FILE = 'parley.db';
/** Store calls issued together; they queue on the store's one connection. */
const CHUNK = 500;

/** Creates the template database in `dir`; returns how many users it holds. */
export async function prepareTemplate(dir: string, onProgress: (done: number, total: number) => void) {
  // The template is copied, never served: NORMAL is enough and saves an fsync per insert.
  const store = await createSqliteStore({ file: join(dir, DB_FILE), synchronous: 'NORMAL' });
  try {
    const phc = await hashPassword(BENCH_PASSWORD);
    const now = Date.now();
    const expiresAt = now + 7 * 24 * 3600 * 1000;
    for (let start = 0; start < TOTAL_USERS; start += CHUNK) {
      const work: Promise<void>[] = [];
      for (let i = start; i < Math.min(TOTAL_USERS, start + CHUNK); i++) {
        const uid = uidOf(i);
        work.push(
          store.users.create({ uid, nickname: uid, passwordHash: phc, createdAt: now }).then(() =>
            store.tokens.create({
              tokenHash: tokenHash(tokenOf(uid)),
              uid,
              deviceId: DEVICE_ID,
              createdAt: now,
              expiresAt,
            }),
          ),
        );
      }
      await Promise.all(work);
      onProgress(Math.min(TOTAL_USERS, start + CHUNK), TOTAL_USERS);
    }
  } finally {
    // Closing checkpoints the WAL into the main file.
    await store.close();
  }
  return TOTAL_USERS;
}

/** Copies the template database into a scenario's data directory. */
export function copyTemplate(from: string, to: string): void {
  for (const suffix of ['', '-wal', '-shm']) {
    const f = join(from, DB_FILE + suffix);
    if (existsSync(f)) copyFileSync(f, join(to, DB_FILE + suffix));
  }
}
