#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx parley ...` works without a build step. The server
// runs with a larger V8 young generation (as `npm start` does): fewer scavenges under load.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
// Resolved from here, not from the caller's directory.
const tsx = import.meta.resolve('tsx');
const child = spawn(
  process.execPath,
  ['--max-semi-space-size=32', '--import', tsx, main, ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
