#!/usr/bin/env node
/**
 * Builds the web client and the admin console (web/ → web/dist) when either page is missing or
 * older than the sources (web/, web/admin/, and the SDK and protocol packages it bundles). Run by `npm start` (prestart) and by the
 * browser tests; `npm run build:web` always builds. A lock file keeps two builds from running
 * at once (parallel test files): the second waits, then finds the build fresh.
 */
import { closeSync, existsSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const web = join(root, 'web');
/** Every page `vite build` writes (web/vite.config.ts's inputs). */
const BUILT = [join(web, 'dist', 'index.html'), join(web, 'dist', 'admin', 'index.html')];
const lock = join(web, '.build.lock');
const SOURCES = [
  join(web, 'index.html'),
  join(web, 'vite.config.ts'),
  join(web, 'src'),
  join(web, 'admin'),
  join(root, 'packages', 'client', 'src'),
  join(root, 'packages', 'protocol', 'src'),
];
const LOCK_WAIT_MS = 180_000;

/** Newest modification time under `path` (a file or a directory tree). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = st.mtimeMs;
  for (const name of readdirSync(path)) t = Math.max(t, newest(join(path, name)));
  return t;
}

function fresh() {
  if (!BUILT.every((f) => existsSync(f))) return false;
  const oldest = Math.min(...BUILT.map((f) => statSync(f).mtimeMs));
  return oldest >= Math.max(...SOURCES.map(newest));
}

async function takeLock() {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      return;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      // A lock older than the longest build is left over from a killed build.
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })?.mtimeMs > LOCK_WAIT_MS)
        rmSync(lock, { force: true });
      if (Date.now() > deadline)
        throw new Error(`ensure-web: ${lock} held for ${LOCK_WAIT_MS} ms; remove it`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

if (!fresh()) {
  await takeLock();
  try {
    if (!fresh()) {
      let vite;
      try {
        vite = await import('vite');
      } catch {
        console.error(
          'ensure-web: vite is not installed; run `npm install` (dev dependencies) to build web/',
        );
        process.exit(1);
      }
      console.log('ensure-web: building the web client into web/dist');
      await vite.build({ configFile: join(web, 'vite.config.ts'), logLevel: 'warn' });
    }
  } finally {
    rmSync(lock, { force: true });
  }
}
