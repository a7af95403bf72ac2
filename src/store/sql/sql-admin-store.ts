import { type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import { NotFoundError } from '../errors.ts';
import type {
  AdminAuditEntry,
  AdminPatch,
  AdminRecord,
  AdminRoleName,
  AdminSessionRecord,
  AdminStore,
} from '../types.ts';
import { type SqlDialectOps, toStoreError } from './dialect-ops.ts';
import type { AdminAuditTable, AdminSessionsTable, AdminsTable, Database } from './schema.ts';

const ROLES: readonly AdminRoleName[] = ['viewer', 'operator', 'owner'];

function toAdmin(row: Selectable<AdminsTable>): AdminRecord {
  return {
    name: row.name,
    passwordHash: row.password_hash,
    // An unknown role in the row (written by a newer version) gets the least rights.
    role: ROLES.includes(row.role) ? row.role : 'viewer',
    disabled: row.disabled !== 0,
    createdAt: Number(row.created_at),
    lastLoginAt: Number(row.last_login_at),
    failedLogins: Number(row.failed_logins),
    lockedUntil: Number(row.locked_until),
  };
}

function toSession(row: Selectable<AdminSessionsTable>): AdminSessionRecord {
  return {
    tokenHash: row.token_hash,
    name: row.name,
    createdAt: Number(row.created_at),
    expiresAt: Number(row.expires_at),
  };
}

function toEntry(row: Selectable<AdminAuditTable>): AdminAuditEntry {
  return {
    id: Number(row.id),
    ts: Number(row.ts),
    admin: row.admin,
    action: row.action,
    target: row.target,
    detail: row.detail,
  };
}

/** Admin accounts, sessions and the audit log over one database. */
export class SqlAdminStore implements AdminStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly ops: SqlDialectOps,
  ) {}

  async create(a: AdminRecord): Promise<void> {
    try {
      await this.db
        .insertInto('admins')
        .values({
          name: a.name,
          password_hash: a.passwordHash,
          role: a.role,
          disabled: a.disabled ? 1 : 0,
          created_at: a.createdAt,
          last_login_at: a.lastLoginAt,
          failed_logins: a.failedLogins,
          locked_until: a.lockedUntil,
        })
        .execute();
    } catch (err) {
      throw toStoreError(this.ops, err, `admin ${a.name}`);
    }
  }

  async get(name: string): Promise<AdminRecord | undefined> {
    const row = await this.db.selectFrom('admins').selectAll().where('name', '=', name).executeTakeFirst();
    return row === undefined ? undefined : toAdmin(row);
  }

  async list(): Promise<AdminRecord[]> {
    const rows = await this.db.selectFrom('admins').selectAll().orderBy('name').execute();
    return rows.map(toAdmin);
  }

  async update(name: string, patch: AdminPatch): Promise<AdminRecord> {
    const set: Updateable<AdminsTable> = {};
    if (patch.passwordHash !== undefined) set.password_hash = patch.passwordHash;
    if (patch.role !== undefined) set.role = patch.role;
    if (patch.disabled !== undefined) set.disabled = patch.disabled ? 1 : 0;
    if (patch.lastLoginAt !== undefined) set.last_login_at = patch.lastLoginAt;
    if (patch.failedLogins !== undefined) set.failed_logins = patch.failedLogins;
    if (patch.lockedUntil !== undefined) set.locked_until = patch.lockedUntil;
    if (Object.keys(set).length > 0) {
      await this.db.updateTable('admins').set(set).where('name', '=', name).execute();
    }
    const found = await this.get(name);
    if (found === undefined) throw new NotFoundError(`admin ${name} not found`);
    return found;
  }

  async recordFailedLogin(name: string, maxFailed: number, lockUntil: number): Promise<void> {
    const locks = sql<boolean>`failed_logins + 1 >= ${maxFailed}`;
    // locked_until first: MySQL evaluates SET left to right with the values already assigned.
    await this.db
      .updateTable('admins')
      .set({
        locked_until: sql<number>`case when ${locks} then ${lockUntil} else locked_until end`,
        failed_logins: sql<number>`case when ${locks} then 0 else failed_logins + 1 end`,
      })
      .where('name', '=', name)
      .execute();
  }

  async createSession(s: AdminSessionRecord): Promise<void> {
    try {
      await this.db
        .insertInto('admin_sessions')
        .values({
          token_hash: s.tokenHash,
          name: s.name,
          created_at: s.createdAt,
          expires_at: s.expiresAt,
        })
        .execute();
    } catch (err) {
      throw toStoreError(this.ops, err, 'admin session');
    }
  }

  async getSession(tokenHash: string): Promise<AdminSessionRecord | undefined> {
    const row = await this.db
      .selectFrom('admin_sessions')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row === undefined ? undefined : toSession(row);
  }

  async deleteSession(tokenHash: string): Promise<boolean> {
    const r = await this.db
      .deleteFrom('admin_sessions')
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return r.numDeletedRows > 0n;
  }

  async deleteSessionsOf(name: string, keepTokenHash?: string): Promise<number> {
    let q = this.db.deleteFrom('admin_sessions').where('name', '=', name);
    if (keepTokenHash !== undefined) q = q.where('token_hash', '<>', keepTokenHash);
    return Number((await q.executeTakeFirst()).numDeletedRows);
  }

  async deleteExpiredSessions(now: number): Promise<number> {
    const r = await this.db.deleteFrom('admin_sessions').where('expires_at', '<=', now).executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  async appendAudit(e: Omit<AdminAuditEntry, 'id'>): Promise<AdminAuditEntry> {
    const r = await this.db
      .insertInto('admin_audit')
      .values({ ts: e.ts, admin: e.admin, action: e.action, target: e.target, detail: e.detail })
      .executeTakeFirst();
    return { id: Number(r.insertId), ...e };
  }

  async audit(opts: { before?: number; limit: number }): Promise<AdminAuditEntry[]> {
    const take = Math.max(0, Math.floor(opts.limit));
    if (take === 0) return [];
    let q = this.db.selectFrom('admin_audit').selectAll().orderBy('id', 'desc').limit(take);
    if (opts.before !== undefined && opts.before > 0) q = q.where('id', '<', opts.before);
    return (await q.execute()).map(toEntry);
  }
}
