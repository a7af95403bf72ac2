/**
 * The admin API (/admin/api, docs/admin.md): its shapes and one fetch wrapper. Every
 * state-changing request sends JSON (the server refuses other writes); an error answer becomes an
 * ApiError carrying the server's `{ error: { code, name, message, field } }`; a 401 on any call but
 * the sign-in itself tells the app to return to the sign-in page, a 403 to check the role again.
 */

export type AdminRole = 'viewer' | 'operator' | 'owner';
export const ADMIN_ROLES: readonly AdminRole[] = ['viewer', 'operator', 'owner'];
const RANK: Record<AdminRole, number> = { viewer: 1, operator: 2, owner: 3 };

/** Whether `role` may do what needs `needed`. */
export function may(role: AdminRole, needed: AdminRole): boolean {
  return RANK[role] >= RANK[needed];
}

export interface Me {
  name: string;
  role: AdminRole;
}

export interface AdminUser {
  uid: string;
  nickname: string;
  avatar: string;
  disabled: boolean;
  createdAt: number;
  online: boolean;
}

export interface Device {
  deviceId: string;
  platform: string;
  lastSeenAt: number;
  ackSeq: number;
  push: string | null;
}

export interface Session {
  deviceId: string;
  platform: string;
  gateId: string;
  connectedAt: number;
}

export interface AdminGroup {
  groupId: string;
  name: string;
  ownerUid: string;
  memberCount: number;
  kind: string;
  dismissed: boolean;
  createdAt: number;
}

export interface GroupMember {
  uid: string;
  role: string;
  nickname: string;
  joinedAt: number;
}

/** Message ids are numbers on the wire; the console only passes them back. */
export type MsgId = number | string;

export interface AuditMessage {
  msgId: MsgId;
  convId: string;
  from: string;
  to: string;
  type: string;
  content: string;
  ts: number;
  recalled: boolean;
  edited: boolean;
}

export interface ApiKey {
  keyId: string;
  name: string;
  scopes: string[];
  createdAt: number;
  revokedAt: number | null;
}

export interface Webhook {
  id: string;
  url: string;
  /** The event sink it delivers as (dead letters name it). */
  sink?: string;
  types: string[];
  source: 'console' | 'config';
  createdAt: number;
  createdBy?: string;
  pending: number;
  dead: number;
  lastError: string | null;
  lastErrorAt: number | null;
  delivered: number;
}

export interface DeadLetter {
  eventId: number | string;
  sink: string;
  type: string;
  ts: number;
  attempts: number;
  lastError: string | null;
}

export type SettingValue = number | string | boolean;

export interface Setting {
  key: string;
  value: SettingValue;
  configured: SettingValue;
  doc: string;
  type: 'number' | 'string' | 'boolean' | 'enum';
  min?: number;
  max?: number;
  choices?: string[];
  changedBy?: string | null;
  changedAt?: number | null;
}

export interface AdminAccount {
  name: string;
  role: AdminRole;
  disabled: boolean;
  createdAt: number;
  lastLoginAt: number | null;
}

export interface AuditEntry {
  id: string | number;
  ts: number;
  admin: string;
  action: string;
  target: string;
  detail: unknown;
}

export interface GateFigures {
  nodeId: string;
  host: string;
  connections: number;
  sessions: number;
  msgsInPerSec: number;
  updatedAt: number;
}

export interface SeriesPoint {
  ts: number;
  online: number;
  connections: number;
  msgsInPerSec: number;
  msgsOutPerSec: number;
}

export interface Dashboard {
  now: number;
  node: string;
  online: number;
  connections: number;
  sessions: number;
  msgsInPerSec?: number;
  msgsOutPerSec?: number;
  gates: GateFigures[];
  store: { engine: string; ok: boolean; latencyMs: number; error?: string };
  push: { providers: string[]; queued: number; sent: number; failed: number };
  events: { sink: string; target: string; pending: number; dead: number }[];
  series: SeriesPoint[];
}

/** An error answer of the admin API (or a network failure: status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    readonly codeName: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A readable sentence for any error a call may throw. */
export function errorText(err: unknown): string {
  if (err instanceof ApiError) {
    const where = err.field ? ` (${err.field})` : '';
    return err.codeName ? `${err.message}${where} — ${err.codeName}` : `${err.message}${where}`;
  }
  return err instanceof Error ? err.message : String(err);
}

let onSignedOut: () => void = () => undefined;

/** The app's handler for a 401: the session has ended, show the sign-in page. */
export function setSignedOutHandler(fn: () => void): void {
  onSignedOut = fn;
}

let onForbidden: () => void = () => undefined;

/**
 * The app's handler for a 403: the role may have changed since the page asked (an owner changed
 * it, or the admin's own), so the app asks who is signed in again and shows only what it may do.
 */
export function setForbiddenHandler(fn: () => void): void {
  onForbidden = fn;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface ErrorBody {
  error?: { code?: number; name?: string; message?: string; field?: string };
}

/** Calls `/admin/api<path>`; `quiet401` keeps a 401 from ending the page's session (sign-in). */
export async function call<T>(method: Method, path: string, body?: unknown, quiet401 = false): Promise<T> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: { accept: 'application/json' } };
  if (method !== 'GET') {
    init.headers = { accept: 'application/json', 'content-type': 'application/json' };
    init.body = JSON.stringify(body ?? {});
  }
  let res: Response;
  try {
    res = await fetch(`/admin/api${path}`, init);
  } catch (err) {
    throw new ApiError(0, 0, '', `The server cannot be reached (${errorText(err)})`);
  }
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : {};
  } catch {
    parsed = undefined;
  }
  if (!res.ok) {
    const e = (parsed as ErrorBody | undefined)?.error;
    if (res.status === 401 && !quiet401) onSignedOut();
    if (res.status === 403 && !quiet401) onForbidden();
    // A 429 says when to try again (sign-ins from the address, a locked account).
    const retry = res.status === 429 ? Number(res.headers.get('retry-after')) : 0;
    const message = e?.message ?? `${res.status} ${res.statusText || 'error'}`;
    throw new ApiError(
      res.status,
      e?.code ?? res.status,
      e?.name ?? '',
      retry > 0 ? `${message} (try again in ${retry} s)` : message,
      e?.field,
    );
  }
  if (parsed === undefined)
    throw new ApiError(res.status, 0, '', 'The server answered with something other than JSON');
  return parsed as T;
}

/** `?a=1&b=2` from the defined, non-empty values. */
export function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const enc = encodeURIComponent;
