import { AuthService } from './auth-service.ts';
import { IdGenerator } from './id-generator.ts';
import { MessageService } from './message-service.ts';
import type { LogicApi, LogicDeps } from './types.ts';

export type { LogicDeps };

/** The logic role: the services behind every client request, composed once per node. */
export interface Logic extends LogicApi {
  readonly auth: AuthService;
  readonly messages: MessageService;
  /** Commits everything accepted so far; later sends are refused with UNAVAILABLE. */
  close(): Promise<void>;
}

export function startLogic(d: LogicDeps): Logic {
  const ids = new IdGenerator(d.config.nodeId);
  const messages = new MessageService({ ...d, ids });
  const auth = new AuthService(d);
  return {
    auth,
    messages,
    register: (req) => auth.register(req),
    login: (req, gateId) => auth.login(req, gateId),
    activate: (session) => auth.activate(session),
    logout: (session) => auth.logout(session),
    send: (session, req, receivedAt) => messages.send(session, req, receivedAt),
    deliverAck: (session, req) => messages.deliverAck(session, req),
    sync: (session, req) => messages.sync(session, req),
    close: () => messages.close(),
  };
}
