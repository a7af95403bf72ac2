/**
 * A small S3-compatible server for the tests (no S3 is reachable from the test machine): one
 * bucket in memory, path-style and virtual-host URLs, every request's AWS Signature V4 checked
 * (written here independently of src/files/s3-client.ts, from the raw request as received),
 * and the object calls the S3 FileStore uses: PUT, GET (with Range), HEAD, DELETE,
 * ListObjectsV2 (paged) and multipart upload (with S3's minimum part size, configurable).
 */
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeS3Options {
  bucket: string;
  accessKey: string;
  secretKey: string;
  region: string;
  /** Smallest part but the last of a multipart upload. S3: 5 MiB. */
  minPartSize?: number;
  /** Keys per ListObjectsV2 page. S3: 1000. */
  maxKeys?: number;
}

export interface FakeS3 {
  readonly endpoint: string;
  readonly port: number;
  readonly objects: Map<string, Buffer>;
  /** Requests served, by `METHOD kind` (e.g. `PUT part`, `POST complete`). */
  readonly calls: Map<string, number>;
  /** Requests refused for a bad signature. */
  badSignatures: number;
  close(): Promise<void>;
}

const enc = (s: string): string =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function xmlError(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/xml' });
  res.end(
    `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`,
  );
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts)));
    req.on('error', reject);
  });
}

/** Checks the Authorization header against the request as received; returns an error text or ''. */
function verify(req: IncomingMessage, body: Buffer, o: FakeS3Options): string {
  const auth = req.headers.authorization ?? '';
  const m =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(
      auth,
    );
  if (!m) return 'malformed authorization';
  const [, key, day, region, signed, signature] = m as unknown as string[];
  if (key !== o.accessKey) return 'unknown access key';
  if (region !== o.region) return 'wrong region';
  const amzDate = String(req.headers['x-amz-date'] ?? '');
  if (!amzDate.startsWith(day!)) return 'date does not match the credential scope';
  const t = Date.parse(amzDate.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z'));
  if (!(Math.abs(Date.now() - t) < 15 * 60_000)) return 'request time too skewed';
  const payload = String(req.headers['x-amz-content-sha256'] ?? '');
  if (payload !== createHash('sha256').update(body).digest('hex')) return 'payload hash mismatch';
  const names = signed!.split(';');
  for (const required of ['host', 'x-amz-date', 'x-amz-content-sha256']) {
    if (!names.includes(required)) return `${required} not signed`;
  }
  const rawUrl = req.url ?? '/';
  const q = rawUrl.indexOf('?');
  const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
  const params = [...new URLSearchParams(q < 0 ? '' : rawUrl.slice(q + 1))]
    .map(([k, v]) => `${enc(k)}=${enc(v)}`)
    .sort();
  const headerLines = names.map(
    (n) =>
      `${n}:${String(req.headers[n] ?? '')
        .trim()
        .replace(/\s+/g, ' ')}\n`,
  );
  const canonical = `${req.method}\n${path}\n${params.join('&')}\n${headerLines.join('')}\n${signed}\n${payload}`;
  const scope = `${day}/${region}/s3/aws4_request`;
  const toSign = `AWS4-HMAC-SHA256\n${amzDate}\n${scope}\n${createHash('sha256').update(canonical).digest('hex')}`;
  let k: Buffer = createHmac('sha256', `AWS4${o.secretKey}`).update(day!).digest();
  for (const part of [region!, 's3', 'aws4_request']) k = createHmac('sha256', k).update(part).digest();
  const expected = createHmac('sha256', k).update(toSign).digest('hex');
  return expected === signature ? '' : 'signature does not match';
}

/** Starts the server on 127.0.0.1, a free port. */
export async function startFakeS3(o: FakeS3Options): Promise<FakeS3> {
  const objects = new Map<string, Buffer>();
  const uploads = new Map<string, { key: string; parts: Map<number, Buffer> }>();
  const calls = new Map<string, number>();
  const count = (k: string) => calls.set(k, (calls.get(k) ?? 0) + 1);
  const minPart = o.minPartSize ?? 5 * 1024 * 1024;
  const maxKeys = o.maxKeys ?? 1000;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readBody(req);
    const problem = verify(req, body, o);
    if (problem !== '') {
      fake.badSignatures++;
      return xmlError(res, 403, 'SignatureDoesNotMatch', problem);
    }
    const url = new URL(req.url ?? '/', 'http://x');
    const host = String(req.headers.host ?? '');
    let path = decodeURIComponent(url.pathname).slice(1);
    if (!host.startsWith(`${o.bucket}.`)) {
      if (path !== o.bucket && !path.startsWith(`${o.bucket}/`))
        return xmlError(res, 404, 'NoSuchBucket', path);
      path = path.slice(o.bucket.length + 1);
    }
    const key = path;
    const qs = url.searchParams;
    const method = req.method ?? 'GET';

    if (key === '' && method === 'GET' && qs.get('list-type') === '2') {
      count('GET list');
      const prefix = qs.get('prefix') ?? '';
      const after = qs.get('continuation-token') ?? '';
      const keys = [...objects.keys()].filter((k) => k.startsWith(prefix) && k > after).sort();
      const page = keys.slice(0, maxKeys);
      const truncated = keys.length > page.length;
      const contents = page
        .map((k) => `<Contents><Key>${k}</Key><Size>${objects.get(k)!.length}</Size></Contents>`)
        .join('');
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(
        `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult><Name>${o.bucket}</Name><Prefix>${prefix}</Prefix><KeyCount>${page.length}</KeyCount><IsTruncated>${truncated}</IsTruncated>${truncated ? `<NextContinuationToken>${page.at(-1)}</NextContinuationToken>` : ''}${contents}</ListBucketResult>`,
      );
      return;
    }
    if (key === '') return xmlError(res, 400, 'InvalidRequest', 'bucket operation not supported');

    if (method === 'POST' && qs.has('uploads')) {
      count('POST create');
      const id = randomUUID();
      uploads.set(id, { key, parts: new Map() });
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(
        `<InitiateMultipartUploadResult><Key>${key}</Key><UploadId>${id}</UploadId></InitiateMultipartUploadResult>`,
      );
      return;
    }
    const uploadId = qs.get('uploadId');
    if (uploadId !== null) {
      const up = uploads.get(uploadId);
      if (up === undefined || up.key !== key) return xmlError(res, 404, 'NoSuchUpload', uploadId);
      if (method === 'PUT') {
        count('PUT part');
        up.parts.set(Number(qs.get('partNumber')), body);
        res.writeHead(200, { etag: `"${createHash('md5').update(body).digest('hex')}"` });
        return void res.end();
      }
      if (method === 'DELETE') {
        count('DELETE abort');
        uploads.delete(uploadId);
        res.writeHead(204);
        return void res.end();
      }
      if (method === 'POST') {
        count('POST complete');
        const numbers = [...body.toString().matchAll(/<PartNumber>(\d+)<\/PartNumber>/g)].map((m) =>
          Number(m[1]),
        );
        const parts = numbers.map((n) => up.parts.get(n));
        if (numbers.length === 0 || parts.some((p) => p === undefined))
          return xmlError(res, 400, 'InvalidPart', '');
        if (parts.slice(0, -1).some((p) => p!.length < minPart))
          return xmlError(res, 400, 'EntityTooSmall', '');
        objects.set(key, Buffer.concat(parts as Buffer[]));
        uploads.delete(uploadId);
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.end(`<CompleteMultipartUploadResult><Key>${key}</Key></CompleteMultipartUploadResult>`);
        return;
      }
    }
    if (method === 'PUT') {
      count('PUT object');
      objects.set(key, body);
      res.writeHead(200, { etag: `"${createHash('md5').update(body).digest('hex')}"` });
      return void res.end();
    }
    if (method === 'DELETE') {
      count('DELETE object');
      objects.delete(key);
      res.writeHead(204);
      return void res.end();
    }
    const obj = objects.get(key);
    if (method === 'HEAD') {
      count('HEAD object');
      res.writeHead(obj === undefined ? 404 : 200, { 'content-length': obj?.length ?? 0 });
      return void res.end();
    }
    if (method === 'GET') {
      count('GET object');
      if (obj === undefined) return xmlError(res, 404, 'NoSuchKey', key);
      const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers.range ?? ''));
      if (range === null) {
        res.writeHead(200, { 'content-length': obj.length });
        return void res.end(obj);
      }
      const start = Number(range[1]);
      const end = Math.min(range[2] === '' ? obj.length - 1 : Number(range[2]), obj.length - 1);
      if (start >= obj.length) return xmlError(res, 416, 'InvalidRange', '');
      res.writeHead(206, {
        'content-length': end - start + 1,
        'content-range': `bytes ${start}-${end}/${obj.length}`,
      });
      return void res.end(obj.subarray(start, end + 1));
    }
    xmlError(res, 405, 'MethodNotAllowed', method);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => xmlError(res, 500, 'InternalError', String(err)));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const fake: FakeS3 = {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    objects,
    calls,
    badSignatures: 0,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
  return fake;
}
