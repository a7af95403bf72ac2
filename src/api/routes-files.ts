/**
 * Files for users (apps), under /files: simple and resumable uploads, downloads with Range and
 * access control, thumbnails. Authenticated with the user's login token
 * (`Authorization: Bearer <token>`, or `?access_token=` on GET so that an <img> can load it),
 * not with an API key. Behaviour: docs/files.md; rules: src/files/file-service.ts.
 */
import { Code, ParleyError } from '@parley/protocol';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Download, FileService } from '../files/file-service.ts';
import { THUMBNAIL_MIME } from '../files/thumbnails.ts';
import type { FileRecord } from '../store/types.ts';
import { type ApiDeps, ErrorBody, Uid } from './api-context.ts';

const FileInfo = z
  .object({
    id: z.string().describe('File id'),
    name: z.string(),
    mime: z.string(),
    size: z.number().int().describe('Bytes (the declared size while uploading)'),
    sha256: z
      .string()
      .describe('SHA-256 of the content, hex (the ETag); empty while uploading unless declared'),
    width: z.number().int().describe('Image width in pixels (0 for other files)'),
    height: z.number().int().describe('Image height in pixels (0 for other files)'),
    state: z.enum(['uploading', 'complete']),
    uploadedBytes: z.number().int().describe('Bytes received; resume a resumable upload from here'),
    conv: z.string().describe('Conversation id the file is shared in'),
    owner: z.string().describe('Uploader'),
    createdAt: z.number().int(),
    expiresAt: z.number().int().describe('When it is deleted unless downloaded again (unix ms); 0 = never'),
    url: z.string().describe('Download path (GET)'),
    thumbnailUrl: z.string().nullable().describe('Thumbnail path (WebP), for images'),
  })
  .meta({ id: 'FileInfo' });

const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  413: ErrorBody,
  415: ErrorBody,
  416: ErrorBody,
  422: ErrorBody,
};
const security = [{ userToken: [] }];
const FileId = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });
const Target = {
  conv: z.string().max(140).optional().describe('Conversation id: c:<uid>|<uid> or g:<group id>'),
  to: Uid.optional().describe('Or: the other user of a one-to-one conversation'),
  group: z.string().max(64).optional().describe('Or: a group id'),
};

function infoBody(r: FileRecord): z.infer<typeof FileInfo> {
  return {
    id: r.fileId,
    name: r.name,
    mime: r.mime,
    size: r.size,
    sha256: r.sha256,
    width: r.width,
    height: r.height,
    state: r.state,
    uploadedBytes: r.uploadedBytes,
    conv: r.convId,
    owner: r.ownerUid,
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
    url: `/files/${r.fileId}`,
    thumbnailUrl: r.thumbSha256 === '' ? null : `/files/${r.fileId}/thumbnail`,
  };
}

function userToken(req: FastifyRequest): string {
  const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization?.trim() ?? '');
  if (m?.[1] !== undefined) return m[1];
  const q = (req.query as { access_token?: unknown } | undefined)?.access_token;
  return req.method === 'GET' || req.method === 'HEAD' ? (typeof q === 'string' ? q : '') : '';
}

/** `bytes=a-b`, `bytes=a-`, `bytes=-n`; undefined for none or several ranges (whole file). */
export function parseRange(header: string | undefined): { first?: number; last?: number } | undefined {
  if (header === undefined) return undefined;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (m === null || (m[1] === '' && m[2] === '')) {
    if (/^bytes=[\d\s,-]+$/.test(header.trim())) return undefined;
    throw new ParleyError(Code.RANGE_NOT_SATISFIABLE, `bad range ${header}`, 'range');
  }
  if (m[1] === '') return { last: Number(m[2]) };
  return m[2] === '' ? { first: Number(m[1]) } : { first: Number(m[1]), last: Number(m[2]) };
}

/** Offset and length of a chunk from `Content-Range: bytes a-b/total` (or `bytes a-b/*`). */
function chunkRange(req: FastifyRequest): { offset: number; length?: number } {
  const header = req.headers['content-range'];
  const declared = req.headers['content-length'];
  const length = declared === undefined ? undefined : Number(declared);
  if (header === undefined) return length === undefined ? { offset: 0 } : { offset: 0, length };
  const m = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(header.trim());
  if (m === null)
    throw new ParleyError(Code.BAD_REQUEST, 'Content-Range must be bytes first-last/total', 'content-range');
  const offset = Number(m[1]);
  const n = Number(m[2]) - offset + 1;
  if (n <= 0 || (length !== undefined && length !== n)) {
    throw new ParleyError(Code.BAD_REQUEST, 'Content-Range does not match the body length', 'content-range');
  }
  return { offset, length: n };
}

/**
 * Types a browser may show inline: they cannot run script. Everything else (SVG, HTML, PDF, ...)
 * is sent as an attachment, and active types as plain bytes, so a shared file can never run in
 * the API's origin.
 */
const INLINE_TYPES = /^(image\/(png|jpeg|gif|webp|avif|bmp)|audio\/[\w.+-]+|video\/[\w.+-]+|text\/plain)$/i;
const ACTIVE_TYPES =
  /^(image\/svg\+xml|text\/html|application\/xhtml\+xml|text\/xml|application\/xml|text\/javascript|application\/javascript)$/i;

function contentDisposition(name: string, inline: boolean): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function sendDownload(reply: FastifyReply, dl: Download): FastifyReply {
  const r = dl.record;
  const mime = r.mime.split(';')[0]!.trim();
  reply.header('content-type', ACTIVE_TYPES.test(mime) ? 'application/octet-stream' : r.mime);
  reply.header('x-content-type-options', 'nosniff');
  reply.header('content-security-policy', "sandbox; default-src 'none'");
  reply.header('referrer-policy', 'no-referrer');
  reply.header('accept-ranges', 'bytes');
  reply.header('content-disposition', contentDisposition(r.name, INLINE_TYPES.test(mime)));
  reply.header('cache-control', 'private, max-age=31536000, immutable');
  if (r.state === 'complete') reply.header('etag', `"${r.sha256}"`);
  else reply.header('x-parley-relay', '1');
  if (dl.end !== undefined) reply.header('content-length', dl.end - dl.start + 1);
  if (dl.partial && dl.total !== undefined && dl.end !== undefined) {
    reply.header('content-range', `bytes ${dl.start}-${dl.end}/${dl.total}`);
    reply.status(206);
  }
  return reply.send(dl.body);
}

/** Upload routes whose body is the raw file: no parsing, the request stream is read as it comes. */
function rawRoutes(d: ApiDeps, files: FileService): FastifyPluginAsyncZod {
  return async (app) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', (_req, _payload, done) => done(null, undefined));

    app.post(
      '/files',
      {
        schema: {
          tags: ['files'],
          summary: 'Upload a file in one request',
          description: `The body is the file; Content-Type is its type (see files.allowedTypes), at most files.maxBytes (${d.config['files.maxBytes']}) bytes. With sha256 (and Content-Length) of content the server holds, it completes without reading the body. Answers what an image or file message carries.`,
          security,
          querystring: z.object({
            ...Target,
            name: z
              .string()
              .min(1)
              .max(255)
              .optional()
              .describe('File name (or the X-File-Name header, URI-encoded)'),
            sha256: z.string().optional().describe('SHA-256 of the body, hex: checked, and enables dedup'),
          }),
          response: { 201: FileInfo, ...errors },
        },
      },
      async (req, reply) => {
        const uid = await files.userOf(userToken(req));
        const length = req.headers['content-length'];
        const header = req.headers['x-file-name'];
        const name = req.query.name ?? (typeof header === 'string' ? decodeURIComponent(header) : 'file');
        const rec = await files.upload(
          uid,
          {
            ...req.query,
            name,
            mime: (req.headers['content-type'] ?? 'application/octet-stream').split(';')[0]!.trim(),
            size: length === undefined ? undefined : Number(length),
          },
          req.raw,
        );
        return reply.status(201).send(infoBody(rec));
      },
    );

    app.put(
      '/files/uploads/:id',
      {
        schema: {
          tags: ['files'],
          summary: 'Send a chunk of a resumable upload',
          description:
            'The body is the chunk; `Content-Range: bytes first-last/total` says where it goes and must start at the bytes received so far (else UPLOAD_OFFSET_MISMATCH). Without Content-Range the body is the whole file from offset 0. A chunk cut off midway keeps what arrived: ask GET /files/uploads/{id} and go on from uploadedBytes.',
          security,
          params: FileId,
          response: { 200: FileInfo, ...errors },
        },
      },
      async (req) => {
        const uid = await files.userOf(userToken(req));
        const { offset, length } = chunkRange(req);
        await files.append(uid, req.params.id, offset, req.raw, length);
        return infoBody(await files.status(uid, req.params.id));
      },
    );
  };
}

export function filesRoutes(d: ApiDeps, files: FileService): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(rawRoutes(d, files));

    app.post(
      '/files/uploads',
      {
        schema: {
          tags: ['files'],
          summary: 'Start a resumable upload',
          description:
            'Declares the file; then PUT its bytes to /files/uploads/{id} in chunks and POST /files/uploads/{id}/complete. The id can be sent in a message at once: recipients may download while the upload runs (relay). With sha256 of content the server holds, the answer is already complete (dedup).',
          security,
          body: z.object({
            ...Target,
            name: z.string().min(1).max(255),
            mime: z.string().min(3).max(127),
            size: z.number().int().min(0).describe('Total bytes'),
            sha256: z
              .string()
              .optional()
              .describe('SHA-256 of the content, hex: checked at completion, enables dedup'),
          }),
          response: { 201: FileInfo, ...errors },
        },
      },
      async (req, reply) => {
        const uid = await files.userOf(userToken(req));
        return reply.status(201).send(infoBody(await files.create(uid, req.body)));
      },
    );

    app.get(
      '/files/uploads/:id',
      {
        schema: {
          tags: ['files'],
          summary: 'Status of an upload (to resume it)',
          security,
          params: FileId,
          response: { 200: FileInfo, ...errors },
        },
      },
      async (req) => infoBody(await files.status(await files.userOf(userToken(req)), req.params.id)),
    );

    app.post(
      '/files/uploads/:id/complete',
      {
        schema: {
          tags: ['files'],
          summary: 'Finish a resumable upload',
          description:
            'Checks the size (UPLOAD_INCOMPLETE) and the declared sha256 (FILE_CHECKSUM_MISMATCH), stores the content once per hash, makes thumbnails of images. Completing twice answers the same.',
          security,
          params: FileId,
          response: { 200: FileInfo, ...errors },
        },
      },
      async (req) => infoBody(await files.complete(await files.userOf(userToken(req)), req.params.id)),
    );

    app.delete(
      '/files/uploads/:id',
      {
        schema: {
          tags: ['files'],
          summary: 'Cancel an upload (or delete your file)',
          security,
          params: FileId,
          response: { 204: z.null(), ...errors },
        },
      },
      async (req, reply) => {
        await files.abort(await files.userOf(userToken(req)), req.params.id);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/files/:id',
      {
        schema: {
          tags: ['files'],
          summary: 'Download a file',
          description:
            'For the uploader and whoever is in the conversation it was shared in (else FILE_ACCESS_DENIED). Supports Range (206); ETag is the quoted sha256. A file still uploading is relayed: bytes stream as they arrive, and the response ends when the upload completes (or is cut if it stalls for files.relayWaitMs).',
          security,
          params: FileId,
          querystring: z.object({
            access_token: z.string().optional().describe('The login token, for links'),
          }),
          response: {
            200: z.string().describe('The file'),
            206: z.string().describe('A range'),
            304: z.null().describe('If-None-Match named the current ETag'),
            ...errors,
          },
        },
      },
      async (req, reply) => {
        const uid = await files.userOf(userToken(req));
        const range = parseRange(req.headers.range);
        const dl = await files.open(uid, req.params.id, range);
        if (dl.record.state === 'complete' && req.headers['if-none-match'] === `"${dl.record.sha256}"`) {
          dl.body.destroy();
          return reply.status(304).send(null);
        }
        return sendDownload(reply, dl);
      },
    );

    app.get(
      '/files/:id/thumbnail',
      {
        schema: {
          tags: ['files'],
          summary: 'Thumbnail of an image (WebP)',
          security,
          params: FileId,
          querystring: z.object({ access_token: z.string().optional() }),
          response: { 200: z.string().describe('WebP image'), ...errors },
        },
      },
      async (req, reply) => {
        const { body } = await files.thumbnail(await files.userOf(userToken(req)), req.params.id);
        const raw = reply as FastifyReply;
        raw.header('content-type', THUMBNAIL_MIME);
        raw.header('cache-control', 'private, max-age=31536000, immutable');
        return raw.send(body);
      },
    );

    app.get(
      '/files/:id/info',
      {
        schema: {
          tags: ['files'],
          summary: 'What is known of a file',
          security,
          params: FileId,
          response: { 200: FileInfo, ...errors },
        },
      },
      async (req) => infoBody(await files.info(await files.userOf(userToken(req)), req.params.id)),
    );
  };
}
