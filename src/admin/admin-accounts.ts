/**
 * Admin accounts (docs/admin.md): the rules that the admin API and `parley admin` share, so
 * neither writes them twice. Names, password lengths, the last enabled owner, the sessions a
 * change ends, the first-start password file and the audit entry of every change.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Code, ParleyError } from '@parley/protocol';
import type { Config } from '../config/schema.ts';
import { hashPassword } from '../logic/passwords.ts';
import type { Logger } from '../observability/logger.ts';
import { DuplicateError } from '../store/errors.ts';
import type { AdminRecord, AdminRoleName, Store } from '../store/types.ts';

export const ADMIN_NAME_RE = /^[A-Za-z0-9_.@-]{1,64}$/;
export const ADMIN_PASSWORD_MIN = 8;
export const ADMIN_PASSWORD_MAX = 1024;
/** The account the first start creates. */
export const BOOTSTRAP_ADMIN = 'admin';

/** Where the first start writes the bootstrap admin's password. */
export function bootstrapPasswordFile(config: Config): string {
  return join(config.dataDir, 'admin-password.txt');
}

/** A random password for a new account (24 base64url characters, 144 bits). */
export function randomAdminPassword(): string {
  return randomBytes(18).toString('base64url');
}

function checkName(name: string): void {
  if (!ADMIN_NAME_RE.test(name)) {
    throw new ParleyError(Code.BAD_REQUEST, 'name must be 1-64 characters of A-Z a-z 0-9 _ . @ -', 'name');
  }
}

function checkPassword(password: string, field = 'password'): void {
  if (password.length < ADMIN_PASSWORD_MIN || password.length > ADMIN_PASSWORD_MAX) {
    throw new ParleyError(
      Code.BAD_REQUEST,
      `password must be ${ADMIN_PASSWORD_MIN}-${ADMIN_PASSWORD_MAX} characters`,
      field,
    );
  }
}

export interface AdminChange {
  role?: AdminRoleName;
  disabled?: boolean;
  password?: string;
}

/** Account operations; `by` names who acts in the audit log ('' = the system, 'cli:' the CLI). */
export class AdminAccounts {
  constructor(
    private readonly store: Store,
    private readonly config: Config,
  ) {}

  /** Writes an audit entry (detail as JSON, '' for none). */
  async audit(by: string, action: string, target: string, detail?: Record<string, unknown>): Promise<void> {
    await this.store.admins.appendAudit({
      ts: Date.now(),
      admin: by,
      action,
      target,
      detail: detail === undefined ? '' : JSON.stringify(detail),
    });
  }

  /** Creates an account; USER_EXISTS when the name is taken. */
  async create(by: string, name: string, role: AdminRoleName, password: string): Promise<AdminRecord> {
    checkName(name);
    checkPassword(password);
    const record: AdminRecord = {
      name,
      passwordHash: await hashPassword(password),
      role,
      disabled: false,
      createdAt: Date.now(),
      lastLoginAt: 0,
      failedLogins: 0,
      lockedUntil: 0,
    };
    try {
      await this.store.admins.create(record);
    } catch (err) {
      if (err instanceof DuplicateError)
        throw new ParleyError(Code.USER_EXISTS, `admin ${name} exists`, 'name');
      throw err;
    }
    await this.audit(by, 'admin.create', name, { role });
    return record;
  }

  /** The account, or NOT_FOUND. */
  async get(name: string): Promise<AdminRecord> {
    const found = ADMIN_NAME_RE.test(name) ? await this.store.admins.get(name) : undefined;
    if (!found) throw new ParleyError(Code.NOT_FOUND, `no admin ${name}`, 'name');
    return found;
  }

  /**
   * Changes role, disabled state or password. The last enabled owner can be neither demoted nor
   * disabled (PERMISSION_DENIED). Disabling ends every session of the account; a new password
   * ends every session but `keepSession` (the one changing its own password), and for the
   * bootstrap account removes the first-start password file. Not atomic across nodes: two
   * owners demoting each other at the same instant could both succeed.
   */
  async update(by: string, name: string, change: AdminChange, keepSession?: string): Promise<AdminRecord> {
    const before = await this.get(name);
    if (change.password !== undefined) checkPassword(change.password);
    const losesOwner =
      before.role === 'owner' &&
      !before.disabled &&
      ((change.role !== undefined && change.role !== 'owner') || change.disabled === true);
    if (losesOwner) {
      const owners = (await this.store.admins.list()).filter((a) => a.role === 'owner' && !a.disabled);
      if (owners.length <= 1) {
        throw new ParleyError(
          Code.PERMISSION_DENIED,
          'the last enabled owner cannot be demoted or disabled',
          change.disabled === true ? 'disabled' : 'role',
        );
      }
    }
    const after = await this.store.admins.update(name, {
      ...(change.role === undefined ? {} : { role: change.role }),
      ...(change.disabled === undefined ? {} : { disabled: change.disabled }),
      ...(change.password === undefined
        ? {}
        : { passwordHash: await hashPassword(change.password), failedLogins: 0, lockedUntil: 0 }),
    });
    if (change.disabled === true) await this.store.admins.deleteSessionsOf(name);
    else if (change.password !== undefined) await this.store.admins.deleteSessionsOf(name, keepSession);
    if (change.password !== undefined) await this.passwordChanged(name);
    const detail: Record<string, unknown> = {};
    if (change.role !== undefined) detail.role = change.role;
    if (change.disabled !== undefined) detail.disabled = change.disabled;
    if (change.password !== undefined) detail.password = true;
    await this.audit(by, 'admin.update', name, detail);
    return after;
  }

  /** The bootstrap account's password file goes with its first password change. */
  private async passwordChanged(name: string): Promise<void> {
    if (name === BOOTSTRAP_ADMIN) await rm(bootstrapPasswordFile(this.config), { force: true });
  }

  /**
   * First start: when no admin account exists, creates `admin` (owner) with a random password,
   * logs it once at warn level and writes it to <dataDir>/admin-password.txt (mode 0600). Nodes
   * starting together race on the primary key: the one whose insert fails does nothing.
   * Returns the password when this call created the account.
   */
  async bootstrap(log: Logger): Promise<string | undefined> {
    if ((await this.store.admins.list()).length > 0) return undefined;
    const password = randomAdminPassword();
    try {
      await this.store.admins.create({
        name: BOOTSTRAP_ADMIN,
        passwordHash: await hashPassword(password),
        role: 'owner',
        disabled: false,
        createdAt: Date.now(),
        lastLoginAt: 0,
        failedLogins: 0,
        lockedUntil: 0,
      });
    } catch (err) {
      if (err instanceof DuplicateError) return undefined;
      throw err;
    }
    const file = bootstrapPasswordFile(this.config);
    await mkdir(this.config.dataDir, { recursive: true });
    // A left-over file is replaced, never written through (its mode could be wider).
    await rm(file, { force: true });
    await writeFile(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
    await this.audit('', 'admin.create', BOOTSTRAP_ADMIN, { role: 'owner', bootstrap: true });
    log.warn(
      { admin: BOOTSTRAP_ADMIN, password, file },
      'created the admin console account "admin"; sign in at /admin and change its password',
    );
    return password;
  }
}
