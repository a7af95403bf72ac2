import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

export interface ChildServer {
  proc: ChildProcess;
  tcpPort: number;
  wsPort: number;
  httpPort: number;
  apiPort: number;
  /** Resolves with the exit code (or the signal name) when the process ends. */
  exited: Promise<number | string>;
}

/** Runs `parley start` as a real child process on loopback with free ports. */
export async function startChildServer(dataDir: string, extraArgs: string[] = []): Promise<ChildServer> {
  const proc = fork(
    main,
    [
      'start',
      '--data-dir',
      dataDir,
      '--set',
      'host=127.0.0.1',
      '--set',
      'gate.tcpPort=0',
      '--set',
      'gate.wsPort=0',
      '--set',
      'http.port=0',
      '--set',
      'api.port=0',
      '--set',
      'log.level=warn',
      ...extraArgs,
    ],
    { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  const exited = new Promise<number | string>((resolve) => {
    proc.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
  const ready = await new Promise<{ tcpPort: number; wsPort: number; httpPort: number; apiPort: number }>(
    (resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('child server did not start within 20 s')), 20_000);
      proc.on('message', (m) => {
        const msg = m as {
          ready?: boolean;
          tcpPort: number;
          wsPort: number;
          httpPort: number;
          apiPort: number;
        };
        if (msg.ready) {
          clearTimeout(timer);
          resolve(msg);
        }
      });
      void exited.then((code) => reject(new Error(`child server exited early (${code})`)));
    },
  );
  return { proc, ...ready, exited };
}
