// The local-directory FileStore: the contract, plus its layout and crash-safety promises.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { LocalFileStore } from '../../src/files/file-store-local.ts';
import { runFileStoreContract } from '../contract/file-store.contract.ts';
import { tempDir } from '../helpers/server.ts';

runFileStoreContract({
  name: 'local',
  large: 300_000,
  create: async () => {
    const tmp = tempDir('parley-files-');
    return { files: await LocalFileStore.open({ dir: tmp.dir }), destroy: async () => tmp.cleanup() };
  },
});

describe('LocalFileStore layout', () => {
  it('keeps blobs in ab/cd/<sha256> folders and leaves no temporary files', async () => {
    const tmp = tempDir('parley-files-');
    try {
      const files = await LocalFileStore.open({ dir: tmp.dir });
      const data = Buffer.from('layout');
      const sha = createHash('sha256').update(data).digest('hex');
      await files.put(Readable.from([data]));
      const path = join(tmp.dir, sha.slice(0, 2), sha.slice(2, 4), sha);
      expect(files.blobPath(sha)).toBe(path);
      expect(statSync(path).size).toBe(data.length);
      expect(readdirSync(join(tmp.dir, 'tmp'))).toEqual([]);
      await files.appendUpload('u1', 0, Readable.from([data]));
      expect(existsSync(join(tmp.dir, 'uploads', 'u1'))).toBe(true);
      await files.commitUpload('u1');
      expect(readdirSync(join(tmp.dir, 'uploads'))).toEqual([]);
    } finally {
      tmp.cleanup();
    }
  });
});
