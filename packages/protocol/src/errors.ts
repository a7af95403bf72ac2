/**
 * The one table of status codes. The wire protocol carries the number in the frame header of
 * every response; the HTTP API uses the same numbers in its JSON error body.
 * Ranges: 0 OK, 1xx frame/protocol, 2xx auth/session, 3xx messages, 4xx groups, contacts and
 * conversations, 5xx server, 6xx files (HTTP only).
 */
export const Code = {
  OK: 0,

  BAD_FRAME: 100,
  UNSUPPORTED_VERSION: 101,
  UNKNOWN_COMMAND: 102,
  BAD_BODY: 103,
  FRAME_TOO_LARGE: 104,
  RATE_LIMITED: 105,
  NOT_LOGGED_IN: 106,
  ALREADY_LOGGED_IN: 107,
  BAD_REQUEST: 108,
  IDLE_TIMEOUT: 109,

  BAD_CREDENTIALS: 200,
  TOKEN_INVALID: 201,
  TOKEN_EXPIRED: 202,
  REGISTRATION_CLOSED: 203,
  USER_EXISTS: 204,
  USER_DISABLED: 205,
  KICKED_SAME_PLATFORM: 206,
  LOGGED_OUT: 207,
  API_KEY_INVALID: 208,
  API_KEY_SCOPE: 209,
  NOT_FOUND: 210,

  USER_NOT_FOUND: 300,
  BODY_EMPTY: 301,
  BODY_TOO_LARGE: 302,
  BAD_MSG_TYPE: 303,
  MESSAGE_NOT_FOUND: 304,
  WINDOW_PASSED: 305,
  BLOCKED: 306,
  NOT_FRIENDS: 307,
  REJECTED_BY_POLICY: 308,

  GROUP_NOT_FOUND: 400,
  NOT_GROUP_MEMBER: 401,
  PERMISSION_DENIED: 402,
  MUTED: 403,
  GROUP_FULL: 404,
  GROUP_DISMISSED: 405,
  ALREADY_MEMBER: 406,
  GROUP_EXISTS: 407,
  CONV_NOT_FOUND: 408,
  REQUEST_NOT_FOUND: 409,

  FILE_NOT_FOUND: 600,
  FILE_ACCESS_DENIED: 601,
  FILE_TOO_LARGE: 602,
  FILE_TYPE_REFUSED: 603,
  UPLOAD_OFFSET_MISMATCH: 604,
  UPLOAD_INCOMPLETE: 605,
  FILE_CHECKSUM_MISMATCH: 606,
  RANGE_NOT_SATISFIABLE: 607,

  INTERNAL: 500,
  UNAVAILABLE: 501,
  STORE_ERROR: 502,
} as const;
export type Code = (typeof Code)[keyof typeof Code];

interface CodeInfo {
  readonly name: string;
  readonly text: string;
  /** The same request may succeed if retried later without change. */
  readonly retryable: boolean;
  readonly http: number;
}

const info: Record<Code, CodeInfo> = {
  [Code.OK]: { name: 'OK', text: 'ok', retryable: false, http: 200 },
  [Code.BAD_FRAME]: { name: 'BAD_FRAME', text: 'malformed frame header', retryable: false, http: 400 },
  [Code.UNSUPPORTED_VERSION]: {
    name: 'UNSUPPORTED_VERSION',
    text: 'protocol version not supported',
    retryable: false,
    http: 400,
  },
  [Code.UNKNOWN_COMMAND]: {
    name: 'UNKNOWN_COMMAND',
    text: 'unknown service or command',
    retryable: false,
    http: 404,
  },
  [Code.BAD_BODY]: { name: 'BAD_BODY', text: 'body could not be decoded', retryable: false, http: 400 },
  [Code.FRAME_TOO_LARGE]: {
    name: 'FRAME_TOO_LARGE',
    text: 'frame exceeds the maximum size',
    retryable: false,
    http: 413,
  },
  [Code.RATE_LIMITED]: { name: 'RATE_LIMITED', text: 'too many requests', retryable: true, http: 429 },
  [Code.NOT_LOGGED_IN]: { name: 'NOT_LOGGED_IN', text: 'log in first', retryable: false, http: 401 },
  [Code.ALREADY_LOGGED_IN]: {
    name: 'ALREADY_LOGGED_IN',
    text: 'this connection is already logged in',
    retryable: false,
    http: 409,
  },
  [Code.BAD_REQUEST]: { name: 'BAD_REQUEST', text: 'invalid request field', retryable: false, http: 400 },
  [Code.IDLE_TIMEOUT]: {
    name: 'IDLE_TIMEOUT',
    text: 'no heartbeat within the timeout',
    retryable: true,
    http: 408,
  },
  [Code.BAD_CREDENTIALS]: {
    name: 'BAD_CREDENTIALS',
    text: 'wrong user id or password',
    retryable: false,
    http: 401,
  },
  [Code.TOKEN_INVALID]: { name: 'TOKEN_INVALID', text: 'token not valid', retryable: false, http: 401 },
  [Code.TOKEN_EXPIRED]: { name: 'TOKEN_EXPIRED', text: 'token expired', retryable: false, http: 401 },
  [Code.REGISTRATION_CLOSED]: {
    name: 'REGISTRATION_CLOSED',
    text: 'registration is closed on this server',
    retryable: false,
    http: 403,
  },
  [Code.USER_EXISTS]: { name: 'USER_EXISTS', text: 'user id already taken', retryable: false, http: 409 },
  [Code.USER_DISABLED]: { name: 'USER_DISABLED', text: 'user is disabled', retryable: false, http: 403 },
  [Code.KICKED_SAME_PLATFORM]: {
    name: 'KICKED_SAME_PLATFORM',
    text: 'logged in on another device of the same platform class',
    retryable: false,
    http: 409,
  },
  [Code.LOGGED_OUT]: { name: 'LOGGED_OUT', text: 'session logged out', retryable: false, http: 401 },
  [Code.API_KEY_INVALID]: {
    name: 'API_KEY_INVALID',
    text: 'missing, unknown or revoked API key',
    retryable: false,
    http: 401,
  },
  [Code.API_KEY_SCOPE]: {
    name: 'API_KEY_SCOPE',
    text: 'the API key lacks the scope this call needs',
    retryable: false,
    http: 403,
  },
  [Code.NOT_FOUND]: {
    name: 'NOT_FOUND',
    text: 'no such admin account, API key or webhook',
    retryable: false,
    http: 404,
  },
  [Code.USER_NOT_FOUND]: { name: 'USER_NOT_FOUND', text: 'no such user', retryable: false, http: 404 },
  [Code.BODY_EMPTY]: { name: 'BODY_EMPTY', text: 'message body is empty', retryable: false, http: 400 },
  [Code.BODY_TOO_LARGE]: {
    name: 'BODY_TOO_LARGE',
    text: 'message body is too large',
    retryable: false,
    http: 413,
  },
  [Code.BAD_MSG_TYPE]: { name: 'BAD_MSG_TYPE', text: 'unknown message type', retryable: false, http: 400 },
  [Code.MESSAGE_NOT_FOUND]: {
    name: 'MESSAGE_NOT_FOUND',
    text: 'no such message, or not visible to you',
    retryable: false,
    http: 404,
  },
  [Code.WINDOW_PASSED]: {
    name: 'WINDOW_PASSED',
    text: 'the time allowed for this change has passed',
    retryable: false,
    http: 409,
  },
  [Code.BLOCKED]: { name: 'BLOCKED', text: 'the recipient has blocked you', retryable: false, http: 403 },
  [Code.NOT_FRIENDS]: {
    name: 'NOT_FRIENDS',
    text: 'only friends may message each other on this server',
    retryable: false,
    http: 403,
  },
  [Code.REJECTED_BY_POLICY]: {
    name: 'REJECTED_BY_POLICY',
    text: 'the message was rejected by the server policy',
    retryable: false,
    http: 403,
  },
  [Code.GROUP_NOT_FOUND]: { name: 'GROUP_NOT_FOUND', text: 'no such group', retryable: false, http: 404 },
  [Code.NOT_GROUP_MEMBER]: {
    name: 'NOT_GROUP_MEMBER',
    text: 'you are not a member of this group',
    retryable: false,
    http: 403,
  },
  [Code.PERMISSION_DENIED]: {
    name: 'PERMISSION_DENIED',
    text: 'your role does not allow this',
    retryable: false,
    http: 403,
  },
  [Code.MUTED]: { name: 'MUTED', text: 'you are muted in this group', retryable: false, http: 403 },
  [Code.GROUP_FULL]: { name: 'GROUP_FULL', text: 'the group has no room left', retryable: false, http: 409 },
  [Code.GROUP_DISMISSED]: {
    name: 'GROUP_DISMISSED',
    text: 'the group was dismissed',
    retryable: false,
    http: 410,
  },
  [Code.ALREADY_MEMBER]: {
    name: 'ALREADY_MEMBER',
    text: 'already a member of the group',
    retryable: false,
    http: 409,
  },
  [Code.GROUP_EXISTS]: { name: 'GROUP_EXISTS', text: 'group id already taken', retryable: false, http: 409 },
  [Code.CONV_NOT_FOUND]: {
    name: 'CONV_NOT_FOUND',
    text: 'no such conversation, or not yours',
    retryable: false,
    http: 404,
  },
  [Code.REQUEST_NOT_FOUND]: {
    name: 'REQUEST_NOT_FOUND',
    text: 'no such pending request',
    retryable: false,
    http: 404,
  },
  [Code.FILE_NOT_FOUND]: { name: 'FILE_NOT_FOUND', text: 'no such file', retryable: false, http: 404 },
  [Code.FILE_ACCESS_DENIED]: {
    name: 'FILE_ACCESS_DENIED',
    text: 'the file was not shared with you',
    retryable: false,
    http: 403,
  },
  [Code.FILE_TOO_LARGE]: {
    name: 'FILE_TOO_LARGE',
    text: 'file exceeds the size limit',
    retryable: false,
    http: 413,
  },
  [Code.FILE_TYPE_REFUSED]: {
    name: 'FILE_TYPE_REFUSED',
    text: 'files of this content type are not accepted',
    retryable: false,
    http: 415,
  },
  [Code.UPLOAD_OFFSET_MISMATCH]: {
    name: 'UPLOAD_OFFSET_MISMATCH',
    text: 'chunk does not start where the upload ends',
    retryable: false,
    http: 409,
  },
  [Code.UPLOAD_INCOMPLETE]: {
    name: 'UPLOAD_INCOMPLETE',
    text: 'the upload has not received all its bytes',
    retryable: false,
    http: 409,
  },
  [Code.FILE_CHECKSUM_MISMATCH]: {
    name: 'FILE_CHECKSUM_MISMATCH',
    text: 'content does not match the declared sha256 or size',
    retryable: false,
    http: 422,
  },
  [Code.RANGE_NOT_SATISFIABLE]: {
    name: 'RANGE_NOT_SATISFIABLE',
    text: 'requested range is outside the file',
    retryable: false,
    http: 416,
  },
  [Code.INTERNAL]: { name: 'INTERNAL', text: 'internal server error', retryable: true, http: 500 },
  [Code.UNAVAILABLE]: {
    name: 'UNAVAILABLE',
    text: 'server is shutting down or overloaded',
    retryable: true,
    http: 503,
  },
  [Code.STORE_ERROR]: { name: 'STORE_ERROR', text: 'storage failed', retryable: true, http: 503 },
};

export const ALL_CODES: readonly Code[] = Object.values(Code);

export function codeInfo(code: number): CodeInfo {
  return (
    info[code as Code] ?? { name: `CODE_${code}`, text: 'unknown status code', retryable: false, http: 500 }
  );
}

/**
 * An error that carries a status code from the table. Thrown by logic and by the SDK for
 * refused requests; match on `code`, never on the message.
 */
export class ParleyError extends Error {
  override readonly name = 'ParleyError';
  constructor(
    readonly code: Code,
    message?: string,
    readonly field?: string,
    readonly retryAfterMs?: number,
  ) {
    super(message ?? codeInfo(code).text);
  }
  get codeName(): string {
    return codeInfo(this.code).name;
  }
}
