/**
 * The files scenario: upload and download throughput of the local file engine over HTTP, on a
 * one-process server in this process (SQLite, a temp directory). Bounded: a fixed amount of
 * data per direction; each file is uploaded with one POST /files and downloaded whole.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { startParley } from '../src/app/parley.ts';
import { loadConfig } from '../src/config/load.ts';

export interface FilesResult {
  engine: string;
  fileBytes: number;
  files: number;
  uploadMBps: number;
  downloadMBps: number;
  /** Downloads of the same files 4 at a time. */
  parallelDownloadMBps: number;
}

/** Uploads `files` files of `fileBytes` each, then downloads them, and reports MB/s (10^6 bytes). */
export async function runFilesBench(opts: { files: number; fileBytes: number }): Promise<FilesResult> {
  const dir = mkdtempSync(join(os.tmpdir(), 'parley-bench-files-'));
  const config = loadConfig({
    overrides: {
      host: '127.0.0.1',
      dataDir: dir,
      'gate.tcpPort': 0,
      'gate.wsPort': 0,
      'http.port': 0,
      'api.port': 0,
      'log.level': 'warn',
      'files.maxBytes': opts.fileBytes,
    },
  });
  const node = await startParley({ config });
  try {
    for (const uid of ['bench-a', 'bench-b']) {
      await node.store.users.create({ uid, nickname: uid, passwordHash: '', createdAt: Date.now() });
    }
    const { token } = await node.logic.auth.issueToken('bench-a', 'bench');
    const base = `http://127.0.0.1:${node.apiPort}`;
    const auth = { authorization: `Bearer ${token}` };
    // Distinct content per file, so dedup does not skip any write.
    const bodies = Array.from({ length: opts.files }, () => randomBytes(opts.fileBytes));
    const urls: string[] = [];
    const t0 = performance.now();
    for (const body of bodies) {
      const res = await fetch(`${base}/files?to=bench-b&name=bench.bin`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/octet-stream' },
        body,
      });
      if (res.status !== 201) throw new Error(`upload answered ${res.status}: ${await res.text()}`);
      urls.push(((await res.json()) as { url: string }).url);
    }
    const upSec = (performance.now() - t0) / 1000;
    const download = async (url: string): Promise<void> => {
      const res = await fetch(`${base}${url}`, { headers: auth });
      const got = (await res.arrayBuffer()).byteLength;
      if (got !== opts.fileBytes) throw new Error(`download of ${url} gave ${got} bytes`);
    };
    const t1 = performance.now();
    for (const url of urls) await download(url);
    const downSec = (performance.now() - t1) / 1000;
    const t2 = performance.now();
    for (let i = 0; i < urls.length; i += 4) await Promise.all(urls.slice(i, i + 4).map(download));
    const parSec = (performance.now() - t2) / 1000;
    const mb = (opts.files * opts.fileBytes) / 1e6;
    return {
      engine: node.files.engine.engine,
      fileBytes: opts.fileBytes,
      files: opts.files,
      uploadMBps: mb / upSec,
      downloadMBps: mb / downSec,
      parallelDownloadMBps: mb / parSec,
    };
  } finally {
    await node.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
