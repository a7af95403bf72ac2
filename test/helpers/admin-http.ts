/** A client of the admin API (/admin/api) for tests: the session cookie, Origin and JSON handled. */
import { AdminAccounts } from '../../src/admin/admin-accounts.ts';
import type { AdminRole } from '../../src/admin/admin-context.ts';
import type { ParleyNode } from '../../src/app/parley.ts';
import { loadConfig } from '../../src/config/load.ts';

export interface AdminReply<T = Record<string, unknown>> {
  status: number;
  body: T;
}

export class AdminHttp {
  private cookie = '';

  constructor(readonly base: string) {}

  /** Creates an account in the node's store and signs in over HTTP. */
  static async signedIn(
    node: ParleyNode,
    name: string,
    role: AdminRole,
    password = 'admin-password-1',
  ): Promise<AdminHttp> {
    const accounts = new AdminAccounts(node.store, loadConfig({}));
    await accounts.create('', name, role, password).catch(async (err: unknown) => {
      if ((await node.store.admins.get(name)) === undefined) throw err;
    });
    const http = new AdminHttp(`http://127.0.0.1:${node.apiPort}`);
    const r = await http.call('POST', '/admin/api/login', { name, password });
    if (r.status !== 200) throw new Error(`admin login failed: ${r.status} ${JSON.stringify(r.body)}`);
    return http;
  }

  async call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<AdminReply<T>> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET') {
      headers['content-type'] = 'application/json';
      headers.origin = this.base;
    }
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers,
      ...(method === 'GET' ? {} : { body: JSON.stringify(body ?? {}) }),
    });
    for (const c of res.headers.getSetCookie()) {
      const pair = c.split(';')[0]!;
      if (pair.startsWith('parley_admin=')) this.cookie = pair;
    }
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : {}) as T };
  }

  get<T = Record<string, unknown>>(path: string): Promise<AdminReply<T>> {
    return this.call<T>('GET', path);
  }
}
