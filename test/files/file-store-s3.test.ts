// The S3 FileStore against a local S3-compatible server that checks every SigV4 signature:
// the contract in path style and in virtual-host style, plus the signer against AWS's own
// published example.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3FileStore } from '../../src/files/file-store-s3.ts';
import { EMPTY_SHA256, type FetchLike, S3Client, signV4 } from '../../src/files/s3-client.ts';
import { runFileStoreContract } from '../contract/file-store.contract.ts';
import { type FakeS3, startFakeS3 } from './fake-s3-server.ts';

const creds = { accessKey: 'AKIDPARLEYTEST', secretKey: 'parley/secret+key', region: 'eu-test-1' };
const PART = 64 * 1024;
let s3: FakeS3;
let run = 0;

beforeAll(async () => {
  s3 = await startFakeS3({ bucket: 'parley-files', ...creds, minPartSize: PART, maxKeys: 3 });
});
afterAll(async () => {
  expect(s3.badSignatures).toBe(0);
  await s3?.close();
});

/** fetch that connects to the fake server whatever the host name, sending the URL's Host. */
const vhostFetch: FetchLike = (url, init) =>
  new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = request(
      {
        host: '127.0.0.1',
        port: s3.port,
        method: init.method,
        path: u.pathname + u.search,
        headers: { ...init.headers, host: u.host },
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => {
          const headers = new Headers();
          for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') headers.set(k, v);
          const status = res.statusCode ?? 500;
          const body = status === 204 || init.method === 'HEAD' ? null : Buffer.concat(parts);
          resolve(new Response(body, { status, headers }));
        });
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });

for (const style of ['path', 'virtual-host'] as const) {
  runFileStoreContract({
    name: `s3 (${style})`,
    large: 3 * PART + 12_345,
    create: async () => ({
      files: new S3FileStore({
        endpoint: style === 'path' ? s3.endpoint : `http://s3.localhost:${s3.port}`,
        bucket: 'parley-files',
        ...creds,
        forcePathStyle: style === 'path',
        prefix: `run${++run}/`,
        partSize: PART,
        ...(style === 'path' ? {} : { fetch: vhostFetch }),
      }),
      destroy: async () => {},
    }),
  });
}

describe('S3 client', () => {
  it('signs as in the AWS Signature V4 example (GET object with a range)', () => {
    const auth = signV4({
      method: 'GET',
      host: 'examplebucket.s3.amazonaws.com',
      path: '/test.txt',
      query: [],
      headers: { range: 'bytes=0-9', 'x-amz-content-sha256': EMPTY_SHA256, 'x-amz-date': '20130524T000000Z' },
      region: 'us-east-1',
      service: 's3',
      accessKey: 'AKIAIOSFODNN7EXAMPLE',
      secretKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    });
    expect(auth).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });

  it('builds path-style and virtual-host URLs', () => {
    const opts = { endpoint: 'https://s3.example.com', bucket: 'b', ...creds };
    expect(new S3Client({ ...opts, forcePathStyle: true }).url('a b/c').href).toBe(
      'https://s3.example.com/b/a%20b/c',
    );
    expect(new S3Client({ ...opts, forcePathStyle: false }).url('k').href).toBe('https://b.s3.example.com/k');
  });

  it('used multipart upload for large blobs, and a wrong secret is refused', async () => {
    expect(s3.calls.get('POST complete') ?? 0).toBeGreaterThan(0);
    const bad = new S3FileStore({
      endpoint: s3.endpoint,
      bucket: 'parley-files',
      ...creds,
      secretKey: 'wrong',
      forcePathStyle: true,
    });
    await expect(bad.stat('0'.repeat(64))).rejects.toThrow(/403/);
    s3.badSignatures--;
  });
});
