import { randomUUID } from 'node:crypto';
import {
  Code,
  type LoginReq,
  ParleyError,
  platformNameOf,
  type RegisterReq,
  type RegisterResp,
} from '@parley/protocol';
import type { SessionInfo } from '../route/types.ts';
import { DuplicateError } from '../store/errors.ts';
import type { UserRecord } from '../store/types.ts';
import { platformClass } from './convert.ts';
import { hashPassword, newToken, tokenHash, verifyPassword } from './passwords.ts';
import type { LogicDeps, LoginResult, Session } from './types.ts';

const UID_RE = /^[A-Za-z0-9_.@-]{1,64}$/;
const MAX_PASSWORD = 1024;
const MIN_PASSWORD = 6;

export function checkUid(uid: string | null | undefined, field = 'uid'): string {
  if (!uid || !UID_RE.test(uid)) {
    throw new ParleyError(Code.BAD_REQUEST, `${field} must be 1-64 characters of A-Z a-z 0-9 _ . @ -`, field);
  }
  return uid;
}

/** The fields of a session that its lifecycle events carry. */
function sessionData(s: SessionInfo): Record<string, unknown> {
  return { uid: s.uid, deviceId: s.deviceId, platform: s.platform, sessionId: s.sessionId, gate: s.gateId };
}

/** Accounts, tokens, sessions and the kickout policy. */
export class AuthService {
  constructor(private readonly d: LogicDeps) {}

  async register(req: RegisterReq, opts: { bypassPolicy?: boolean } = {}): Promise<RegisterResp> {
    if (this.d.config['auth.registration'] === 'closed' && !opts.bypassPolicy) {
      throw new ParleyError(Code.REGISTRATION_CLOSED);
    }
    const uid = checkUid(req.uid);
    const password = req.password ?? '';
    if (password.length < MIN_PASSWORD || password.length > MAX_PASSWORD) {
      throw new ParleyError(
        Code.BAD_REQUEST,
        `password must be ${MIN_PASSWORD}-${MAX_PASSWORD} characters`,
        'password',
      );
    }
    const nickname = (req.nickname ?? '').slice(0, 64) || uid;
    try {
      await this.d.store.users.create({
        uid,
        nickname,
        passwordHash: await hashPassword(password),
        createdAt: Date.now(),
      });
    } catch (err) {
      if (err instanceof DuplicateError) throw new ParleyError(Code.USER_EXISTS, undefined, 'uid');
      throw err;
    }
    return { uid };
  }

  async login(req: LoginReq, gateId: string): Promise<LoginResult> {
    const deviceId = req.deviceId ?? '';
    if (deviceId.length < 1 || deviceId.length > 64) {
      throw new ParleyError(Code.BAD_REQUEST, 'device_id must be 1-64 characters', 'device_id');
    }
    const platform = platformNameOf(req.platform);
    if (!platform)
      throw new ParleyError(Code.BAD_REQUEST, 'platform must be ios, android, web or desktop', 'platform');
    const now = Date.now();
    let user: UserRecord | undefined;
    let token: string;
    let hashed: string;
    let expiresAt: number;
    if (req.token) {
      hashed = tokenHash(req.token);
      const rec = await this.d.store.tokens.get(hashed);
      if (!rec || (req.uid && req.uid !== rec.uid)) throw this.refuse(Code.TOKEN_INVALID);
      if (rec.expiresAt <= now) throw this.refuse(Code.TOKEN_EXPIRED);
      user = await this.d.store.users.get(rec.uid);
      if (!user) throw this.refuse(Code.TOKEN_INVALID);
      token = req.token;
      expiresAt = rec.expiresAt;
    } else {
      const uid = checkUid(req.uid);
      // No hash can match an empty password: refuse without spending an argon2 verification.
      if (!req.password) throw this.refuse(Code.BAD_CREDENTIALS);
      user = await this.d.store.users.get(uid);
      const ok = await verifyPassword(user?.passwordHash, req.password ?? '');
      if (!user || !ok) throw this.refuse(Code.BAD_CREDENTIALS);
      token = newToken();
      hashed = tokenHash(token);
      expiresAt = now + this.d.config['auth.tokenTtlMs'];
      await this.d.store.tokens.create({
        tokenHash: hashed,
        uid: user.uid,
        deviceId,
        createdAt: now,
        expiresAt,
      });
    }
    if (user.disabled) throw this.refuse(Code.USER_DISABLED);
    const [device, maxSeq] = await Promise.all([
      this.d.store.devices.upsert({ uid: user.uid, deviceId, platform, lastLoginAt: now }),
      this.d.store.messages.maxSeq(user.uid),
    ]);
    const session: Session = {
      sessionId: randomUUID(),
      uid: user.uid,
      deviceId,
      platform,
      gateId,
      connectedAt: now,
      tokenHash: hashed,
    };
    this.d.metrics.logins.inc({ result: 'ok' });
    return {
      session,
      issuedToken: !req.token,
      resp: {
        uid: user.uid,
        token,
        tokenExpiresAt: expiresAt,
        sessionId: session.sessionId,
        maxSeq,
        deviceAckSeq: device.ackSeq,
        heartbeatIntervalMs: this.d.config['gate.heartbeatIntervalMs'],
        serverTime: now,
      },
    };
  }

  /** Ends the sessions `session` replaces (see LogicApi.activate). */
  async activate(session: Session): Promise<void> {
    this.d.events?.emit('login', sessionData(session));
    await this.kickReplaced(session);
  }

  async logout(session: Session): Promise<void> {
    await this.d.store.tokens.revoke(session.tokenHash);
    this.d.events?.emit('logout', sessionData(session));
  }

  /** The gate ended the session, whatever the cause (see LogicApi.sessionEnded). */
  sessionEnded(session: Session): void {
    this.d.events?.emit('offline', sessionData(session));
  }

  /**
   * Issues a login token for a user's device (single sign-on: the business server authenticated
   * its user and hands the token to its app, which logs in with it). The user must exist and be
   * enabled. `ttlMs` defaults to auth.tokenTtlMs.
   */
  async issueToken(
    uid: string,
    deviceId: string,
    ttlMs?: number,
  ): Promise<{ token: string; expiresAt: number }> {
    checkUid(uid);
    if (deviceId.length < 1 || deviceId.length > 64) {
      throw new ParleyError(Code.BAD_REQUEST, 'device_id must be 1-64 characters', 'device_id');
    }
    const user = await this.d.store.users.get(uid);
    if (!user) throw new ParleyError(Code.USER_NOT_FOUND, `no user ${uid}`, 'uid');
    if (user.disabled) throw new ParleyError(Code.USER_DISABLED, undefined, 'uid');
    const now = Date.now();
    const token = newToken();
    const expiresAt = now + (ttlMs ?? this.d.config['auth.tokenTtlMs']);
    await this.d.store.tokens.create({
      tokenHash: tokenHash(token),
      uid,
      deviceId,
      createdAt: now,
      expiresAt,
    });
    return { token, expiresAt };
  }

  /**
   * Disables or enables a user (REST API, admin console). A disabled user cannot log in and is
   * logged out everywhere at once. Returns how many sessions were ended.
   */
  async setDisabled(uid: string, disabled: boolean): Promise<number> {
    checkUid(uid);
    await this.d.store.users.setDisabled(uid, disabled);
    return disabled ? this.forceLogout(uid) : 0;
  }

  /** Sets a user's password as the server (REST API, admin console); the user's tokens stay. */
  async setPassword(uid: string, password: string): Promise<void> {
    checkUid(uid);
    await this.d.store.users.setPasswordHash(uid, await hashPassword(password));
  }

  /**
   * Forced logout: revokes the user's tokens (of one device when given), so that no client can
   * log in with them again, and ends the matching online sessions on whichever gate holds them
   * with LOGGED_OUT. Returns how many sessions were ended.
   */
  async forceLogout(uid: string, deviceId?: string): Promise<number> {
    checkUid(uid);
    await this.d.store.tokens.revokeAllOf(uid, deviceId);
    const sessions = await this.d.presence.sessionsOf(uid);
    let ended = 0;
    for (const s of sessions) {
      if (deviceId !== undefined && s.deviceId !== deviceId) continue;
      this.d.bus.kick(s.gateId, s.sessionId, {
        code: Code.LOGGED_OUT,
        reason: 'logged out by the server',
        byPlatform: s.platform,
        byDeviceId: '',
      });
      this.d.events?.emit('kick', {
        ...sessionData(s),
        code: Code.LOGGED_OUT,
        reason: 'logged out by the server',
        byDeviceId: '',
        byPlatform: '',
      });
      await this.d.presence.unregister(s);
      ended++;
    }
    return ended;
  }

  private refuse(code: Code): ParleyError {
    this.d.metrics.logins.inc({ result: 'refused' });
    return new ParleyError(code);
  }

  /** Ends the sessions the new one replaces under the configured policy. */
  private async kickReplaced(next: SessionInfo): Promise<void> {
    const policy = this.d.config['auth.kickPolicy'];
    const existing = await this.d.presence.sessionsOf(next.uid);
    for (const s of existing) {
      if (s.sessionId === next.sessionId) continue;
      // Only older sessions: of two logins racing, the later one wins instead of both ending.
      if (
        s.connectedAt > next.connectedAt ||
        (s.connectedAt === next.connectedAt && s.sessionId > next.sessionId)
      ) {
        continue;
      }
      const sameDevice = s.deviceId === next.deviceId;
      const replaced =
        sameDevice ||
        policy === 'single' ||
        (policy === 'platform-class' && platformClass(s.platform) === platformClass(next.platform));
      if (!replaced) continue;
      const reason = sameDevice
        ? 'logged in again on the same device'
        : `logged in on another ${platformClass(next.platform)} device`;
      this.d.metrics.kicks.inc();
      this.d.bus.kick(s.gateId, s.sessionId, {
        code: Code.KICKED_SAME_PLATFORM,
        reason,
        byPlatform: next.platform,
        byDeviceId: next.deviceId,
      });
      this.d.events?.emit('kick', {
        ...sessionData(s),
        code: Code.KICKED_SAME_PLATFORM,
        reason,
        byDeviceId: next.deviceId,
        byPlatform: next.platform,
      });
      await this.d.presence.unregister(s);
    }
  }
}
