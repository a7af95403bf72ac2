/**
 * The FileStore contract: every promise of the doc comments in src/files/types.ts, checked
 * against any engine. Each engine's test file calls runFileStoreContract once.
 *
 * @example
 * runFileStoreContract({ name: 'local', large: 300_000, create: async () => ... });
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BlobMismatchError,
  type FileStore,
  UploadNotFoundError,
  UploadOffsetError,
} from '../../src/files/types.ts';

export interface FileStoreContractOptions {
  name: string;
  /** A new, empty engine and how to dispose of it. Called once per test. */
  create: () => Promise<{ files: FileStore; destroy(): Promise<void> }>;
  /** A size above the engine's part size (S3: multipart), kept small for speed. */
  large: number;
}

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

async function* chunks(b: Buffer, size = 7_000): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < b.length; i += size) yield b.subarray(i, i + size);
}

async function bytesOf(r: Readable | undefined): Promise<Buffer> {
  if (r === undefined) throw new Error('no stream');
  const parts: Buffer[] = [];
  for await (const c of r as AsyncIterable<Buffer>) parts.push(c);
  return Buffer.concat(parts);
}

export function runFileStoreContract(opts: FileStoreContractOptions): void {
  describe(`FileStore contract: ${opts.name}`, () => {
    let files: FileStore;
    let destroy: () => Promise<void>;

    beforeEach(async () => {
      ({ files, destroy } = await opts.create());
    });
    afterEach(async () => {
      await files.close();
      await destroy();
    });

    describe('blobs', () => {
      it('puts content under its sha256 and reads it back', async () => {
        const data = randomBytes(20_000);
        const info = await files.put(chunks(data));
        expect(info).toEqual({ sha256: sha(data), size: data.length });
        expect(await files.stat(info.sha256)).toEqual(info);
        expect((await bytesOf(await files.get(info.sha256))).equals(data)).toBe(true);
      });

      it('stores an empty blob', async () => {
        const info = await files.put(chunks(Buffer.alloc(0)));
        expect(info).toEqual({ sha256: sha(Buffer.alloc(0)), size: 0 });
        expect((await bytesOf(await files.get(info.sha256))).length).toBe(0);
      });

      it('stores the same content once, whoever puts it', async () => {
        const data = Buffer.from('same content 同じ');
        const a = await files.put(chunks(data));
        const b = await files.put(chunks(data, 3));
        expect(b).toEqual(a);
        expect(await files.delete(a.sha256)).toBe(true);
        expect(await files.stat(a.sha256)).toBeUndefined();
        expect(await files.delete(a.sha256)).toBe(false);
      });

      it('reads byte ranges', async () => {
        const data = randomBytes(10_000);
        const { sha256 } = await files.put(chunks(data));
        expect(
          (await bytesOf(await files.get(sha256, { offset: 100, length: 50 }))).equals(
            data.subarray(100, 150),
          ),
        ).toBe(true);
        expect((await bytesOf(await files.get(sha256, { offset: 9_990 }))).equals(data.subarray(9_990))).toBe(
          true,
        );
        expect((await bytesOf(await files.get(sha256, { offset: 0, length: 1 })))[0]).toBe(data[0]);
        expect((await bytesOf(await files.get(sha256, { offset: 5, length: 0 }))).length).toBe(0);
      });

      it('answers undefined for unknown blobs and refuses names that are not hashes', async () => {
        const unknown = sha(Buffer.from('never stored'));
        expect(await files.get(unknown)).toBeUndefined();
        expect(await files.stat(unknown)).toBeUndefined();
        await expect(files.stat('../../etc/passwd')).rejects.toThrow(/not a sha256/);
        await expect(files.appendUpload('../x', 0, chunks(Buffer.from('x')))).rejects.toThrow(
          /not an upload id/,
        );
      });

      it('puts a blob larger than one part', async () => {
        const data = randomBytes(opts.large);
        const info = await files.put(chunks(data, 50_000));
        expect(info).toEqual({ sha256: sha(data), size: data.length });
        expect((await bytesOf(await files.get(info.sha256))).equals(data)).toBe(true);
        const tail = await bytesOf(await files.get(info.sha256, { offset: opts.large - 1000, length: 1000 }));
        expect(tail.equals(data.subarray(opts.large - 1000))).toBe(true);
      });

      it('stores nothing when the input fails', async () => {
        async function* failing(): AsyncGenerator<Uint8Array> {
          yield Buffer.from('partial');
          throw new Error('input broke');
        }
        await expect(files.put(failing())).rejects.toThrow('input broke');
        expect(await files.stat(sha(Buffer.from('partial')))).toBeUndefined();
      });
    });

    describe('pending uploads', () => {
      it('appends in order, reads while growing, commits as a blob', async () => {
        const data = randomBytes(30_000);
        const progress: number[] = [];
        expect(await files.uploadSize('up1')).toBe(0);
        expect(
          await files.appendUpload('up1', 0, chunks(data.subarray(0, 10_000)), (n) => progress.push(n)),
        ).toBe(10_000);
        expect(progress.at(-1)).toBe(10_000);
        expect(progress).toEqual([...progress].sort((a, b) => a - b));
        expect(await files.uploadSize('up1')).toBe(10_000);
        expect(
          (await bytesOf(await files.readUpload('up1', { offset: 9_000 }))).equals(
            data.subarray(9_000, 10_000),
          ),
        ).toBe(true);
        const wrong = await files.appendUpload('up1', 5_000, chunks(data)).catch((e: unknown) => e);
        expect(wrong).toBeInstanceOf(UploadOffsetError);
        expect((wrong as UploadOffsetError).size).toBe(10_000);
        expect(await files.appendUpload('up1', 10_000, chunks(data.subarray(10_000)))).toBe(30_000);
        expect(
          (await bytesOf(await files.readUpload('up1', { offset: 9_500, length: 1_000 }))).equals(
            data.subarray(9_500, 10_500),
          ),
        ).toBe(true);

        const info = await files.commitUpload('up1', { sha256: sha(data), size: data.length });
        expect(info).toEqual({ sha256: sha(data), size: data.length });
        expect((await bytesOf(await files.get(info.sha256))).equals(data)).toBe(true);
        expect(await files.uploadSize('up1')).toBe(0);
        expect(await files.readUpload('up1', { offset: 0 })).toBeUndefined();
      });

      it('keeps the bytes that arrived before the input failed, to resume after them', async () => {
        const data = randomBytes(12_000);
        async function* cut(): AsyncGenerator<Uint8Array> {
          yield data.subarray(0, 5_000);
          throw new Error('client went away');
        }
        await expect(files.appendUpload('up2', 0, cut())).rejects.toThrow('client went away');
        const have = await files.uploadSize('up2');
        expect(have).toBe(5_000);
        await files.appendUpload('up2', have, chunks(data.subarray(have)));
        expect((await files.commitUpload('up2')).sha256).toBe(sha(data));
      });

      it('refuses a commit whose content is not the expected one and keeps the upload', async () => {
        const data = Buffer.from('the real bytes');
        await files.appendUpload('up3', 0, chunks(data));
        await expect(files.commitUpload('up3', { sha256: sha(Buffer.from('other')) })).rejects.toBeInstanceOf(
          BlobMismatchError,
        );
        await expect(files.commitUpload('up3', { size: 1 })).rejects.toBeInstanceOf(BlobMismatchError);
        expect(await files.uploadSize('up3')).toBe(data.length);
        expect(await files.stat(sha(data))).toBeUndefined();
        await files.abortUpload('up3');
        expect(await files.uploadSize('up3')).toBe(0);
        await files.abortUpload('up3');
        await expect(files.commitUpload('up3')).rejects.toBeInstanceOf(UploadNotFoundError);
      });

      it('commits content that exists as the existing blob', async () => {
        const data = randomBytes(3_000);
        const first = await files.put(chunks(data));
        await files.appendUpload('up4', 0, chunks(data));
        expect(await files.commitUpload('up4')).toEqual(first);
        expect((await bytesOf(await files.get(first.sha256))).equals(data)).toBe(true);
      });

      it('commits an upload larger than one part', async () => {
        const data = randomBytes(opts.large);
        await files.appendUpload('up5', 0, chunks(data, 64_000));
        expect(await files.uploadSize('up5')).toBe(opts.large);
        const info = await files.commitUpload('up5');
        expect(info.sha256).toBe(sha(data));
        expect((await bytesOf(await files.get(info.sha256))).equals(data)).toBe(true);
      });
    });
  });
}
