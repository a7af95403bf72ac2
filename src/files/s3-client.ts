/**
 * A small client for the S3 REST API over `fetch`, signed with AWS Signature Version 4: the
 * object calls the S3 FileStore needs (PUT, GET with Range, HEAD, DELETE, ListObjectsV2 and
 * multipart upload), path-style (`https://host/bucket/key`) or virtual-host style
 * (`https://bucket.host/key`) URLs. Payloads are always hashed and signed (no streaming
 * signatures): the callers hand over bodies of at most one part.
 */
import { createHash, createHmac } from 'node:crypto';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

/** The part of `fetch` the client uses (tests inject one to reach virtual-host URLs). */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: Uint8Array; signal?: AbortSignal },
) => Promise<Response>;

export interface S3ClientOptions {
  /** Service URL, e.g. `https://s3.eu-west-1.amazonaws.com` or `http://127.0.0.1:9000`. */
  readonly endpoint: string;
  readonly bucket: string;
  readonly region: string;
  readonly accessKey: string;
  readonly secretKey: string;
  /** `https://host/bucket/key` instead of `https://bucket.host/key` (MinIO, most self-hosted). */
  readonly forcePathStyle: boolean;
  /** Limit for calls other than GET (whose body streams for as long as it takes). Default 60 s. */
  readonly timeoutMs?: number;
  readonly fetch?: FetchLike;
}

/** A refusal by the service: its HTTP status and S3 error code (e.g. NoSuchKey). */
export class S3Error extends Error {
  override readonly name = 'S3Error';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(`S3 ${status} ${code}: ${message}`);
  }
}

export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** RFC 3986 encoding as SigV4 wants it (everything but A-Z a-z 0-9 - _ . ~). */
export function uriEncode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export interface SignInput {
  readonly method: string;
  /** Host header value (with the port when it is not the scheme's default). */
  readonly host: string;
  /** The URI path exactly as sent, already encoded. */
  readonly path: string;
  readonly query: readonly (readonly [string, string])[];
  /** Headers to sign besides host (any case); must include x-amz-date and x-amz-content-sha256. */
  readonly headers: Readonly<Record<string, string>>;
  readonly region: string;
  readonly service: string;
  readonly accessKey: string;
  readonly secretKey: string;
}

/** The canonical query string: pairs encoded, sorted by name then value. */
export function canonicalQuery(query: readonly (readonly [string, string])[]): string {
  return query
    .map(([k, v]) => [uriEncode(k), uriEncode(v)] as const)
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data).digest();
export const sha256Hex = (data: string | Uint8Array): string =>
  createHash('sha256').update(data).digest('hex');

/** The Authorization header value of a request (AWS4-HMAC-SHA256). */
export function signV4(req: SignInput): string {
  const amzDate = req.headers['x-amz-date'] ?? '';
  const payloadHash = req.headers['x-amz-content-sha256'] ?? '';
  const all = new Map<string, string>([['host', req.host]]);
  for (const [k, v] of Object.entries(req.headers)) all.set(k.toLowerCase(), v.trim().replace(/\s+/g, ' '));
  const names = [...all.keys()].sort();
  const canonical = [
    req.method,
    req.path,
    canonicalQuery(req.query),
    ...names.map((n) => `${n}:${all.get(n)}`),
    '',
    names.join(';'),
    payloadHash,
  ].join('\n');
  const day = amzDate.slice(0, 8);
  const scope = `${day}/${req.region}/${req.service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${req.secretKey}`, day), req.region), req.service), 'aws4_request');
  const signature = createHmac('sha256', key).update(toSign).digest('hex');
  return `AWS4-HMAC-SHA256 Credential=${req.accessKey}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}`;
}

function amzDateOf(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function xmlValue(xml: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(xml);
  return m?.[1] === undefined ? undefined : unescapeXml(m[1]);
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : '&',
  );
}

export interface ListedObject {
  readonly key: string;
  readonly size: number;
}

export class S3Client {
  private readonly base: URL;
  private readonly fetch: FetchLike;

  constructor(private readonly opts: S3ClientOptions) {
    this.base = new URL(opts.endpoint);
    this.fetch = opts.fetch ?? ((url, init) => fetch(url, init as RequestInit));
  }

  /** URL of `key` (or of the bucket when `key` is empty) in the configured style. */
  url(key: string, query: readonly (readonly [string, string])[] = []): URL {
    const encodedKey = key.split('/').map(uriEncode).join('/');
    const u = new URL(this.base.href);
    const basePath = u.pathname.replace(/\/$/, '');
    if (this.opts.forcePathStyle) {
      u.pathname = `${basePath}/${uriEncode(this.opts.bucket)}/${encodedKey}`;
    } else {
      u.hostname = `${this.opts.bucket}.${u.hostname}`;
      u.pathname = `${basePath}/${encodedKey}`;
    }
    u.search = canonicalQuery(query);
    return u;
  }

  /** Sends one signed request; throws S3Error for a status other than 2xx (and `allow`). */
  async send(
    method: string,
    key: string,
    opts: {
      query?: readonly (readonly [string, string])[];
      headers?: Record<string, string>;
      body?: Uint8Array;
      allow?: readonly number[];
    } = {},
  ): Promise<Response> {
    const query = opts.query ?? [];
    const u = this.url(key, query);
    const headers: Record<string, string> = {
      ...opts.headers,
      'x-amz-date': amzDateOf(new Date()),
      'x-amz-content-sha256': opts.body === undefined ? EMPTY_SHA256 : sha256Hex(opts.body),
    };
    headers.authorization = signV4({
      method,
      host: u.host,
      path: u.pathname,
      query,
      headers,
      region: this.opts.region,
      service: 's3',
      accessKey: this.opts.accessKey,
      secretKey: this.opts.secretKey,
    });
    const init: Parameters<FetchLike>[1] = { method, headers };
    if (opts.body !== undefined) init.body = opts.body;
    if (method !== 'GET') init.signal = AbortSignal.timeout(this.opts.timeoutMs ?? 60_000);
    const res = await this.fetch(u.href, init);
    if ((res.status >= 200 && res.status < 300) || opts.allow?.includes(res.status)) return res;
    const text = method === 'HEAD' ? '' : await res.text().catch(() => '');
    throw new S3Error(res.status, xmlValue(text, 'Code') ?? 'Unknown', xmlValue(text, 'Message') ?? text);
  }

  async putObject(key: string, body: Uint8Array): Promise<void> {
    await this.send('PUT', key, { body, headers: { 'content-type': 'application/octet-stream' } });
  }

  /** The object's bytes (a range of them), or undefined when it does not exist. */
  async getObject(key: string, range?: { offset: number; length?: number }): Promise<Readable | undefined> {
    const headers: Record<string, string> = {};
    if (range !== undefined && (range.offset > 0 || range.length !== undefined)) {
      const end = range.length === undefined ? '' : String(range.offset + range.length - 1);
      headers.range = `bytes=${range.offset}-${end}`;
    }
    const res = await this.send('GET', key, { headers, allow: [404, 416] });
    if (res.status === 404) {
      await res.body?.cancel();
      return undefined;
    }
    if (res.status === 416 || res.body === null) {
      await res.body?.cancel();
      return Readable.from([]);
    }
    return Readable.fromWeb(res.body as WebReadableStream<Uint8Array>);
  }

  /** The object's size, or undefined when it does not exist. */
  async headObject(key: string): Promise<{ size: number } | undefined> {
    const res = await this.send('HEAD', key, { allow: [404] });
    if (res.status === 404) return undefined;
    return { size: Number(res.headers.get('content-length') ?? 0) };
  }

  async deleteObject(key: string): Promise<void> {
    await this.send('DELETE', key);
  }

  /** Every object whose key starts with `prefix`, in key order. */
  async list(prefix: string): Promise<ListedObject[]> {
    const out: ListedObject[] = [];
    let token: string | undefined;
    do {
      const query: [string, string][] = [
        ['list-type', '2'],
        ['prefix', prefix],
      ];
      if (token !== undefined) query.push(['continuation-token', token]);
      const xml = await (await this.send('GET', '', { query })).text();
      for (const m of xml.matchAll(/<Contents>([\s\S]*?)<\/Contents>/g)) {
        const body = m[1] ?? '';
        out.push({ key: xmlValue(body, 'Key') ?? '', size: Number(xmlValue(body, 'Size') ?? 0) });
      }
      token = xmlValue(xml, 'IsTruncated') === 'true' ? xmlValue(xml, 'NextContinuationToken') : undefined;
    } while (token !== undefined);
    return out;
  }

  async createMultipart(key: string): Promise<string> {
    const res = await this.send('POST', key, {
      query: [['uploads', '']],
      headers: { 'content-type': 'application/octet-stream' },
    });
    const id = xmlValue(await res.text(), 'UploadId');
    if (id === undefined)
      throw new S3Error(res.status, 'NoUploadId', 'multipart upload answer without UploadId');
    return id;
  }

  /** Uploads part `partNumber` (1-based); returns its ETag for the completion. */
  async uploadPart(key: string, uploadId: string, partNumber: number, body: Uint8Array): Promise<string> {
    const res = await this.send('PUT', key, {
      query: [
        ['partNumber', String(partNumber)],
        ['uploadId', uploadId],
      ],
      body,
    });
    await res.body?.cancel();
    return res.headers.get('etag') ?? '';
  }

  async completeMultipart(key: string, uploadId: string, etags: readonly string[]): Promise<void> {
    const parts = etags
      .map((e, i) => `<Part><PartNumber>${i + 1}</PartNumber><ETag>${e.replace(/&/g, '&amp;')}</ETag></Part>`)
      .join('');
    const body = Buffer.from(`<CompleteMultipartUpload>${parts}</CompleteMultipartUpload>`);
    const res = await this.send('POST', key, { query: [['uploadId', uploadId]], body });
    // S3 may answer 200 with an error document when the completion fails late.
    const text = await res.text();
    if (text.includes('<Error>')) {
      throw new S3Error(res.status, xmlValue(text, 'Code') ?? 'Unknown', xmlValue(text, 'Message') ?? text);
    }
  }

  async abortMultipart(key: string, uploadId: string): Promise<void> {
    await this.send('DELETE', key, { query: [['uploadId', uploadId]], allow: [404] });
  }
}
