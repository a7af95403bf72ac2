import { createPushProviders, type PushProviders } from '../push/index.ts';
import { AuthService } from './auth-service.ts';
import { ContactService } from './contact-service.ts';
import { ConversationService } from './conversation-service.ts';
import { GroupService } from './group-service.ts';
import { IdGenerator } from './id-generator.ts';
import { MessageOps } from './message-ops.ts';
import { MessageService } from './message-service.ts';
import { PushService } from './push-service.ts';
import { SearchIndexer } from './search-indexer.ts';
import type { LogicApi, LogicDeps, SessionHandlers } from './types.ts';
import { UpstreamService } from './upstream-service.ts';

/** The embedded push providers: the log provider only. */
function defaultProviders(d: LogicDeps): PushProviders {
  return createPushProviders({ log: { logger: d.log } });
}

export type { LogicDeps };

/** The logic role: the services behind every client request, composed once per node. */
export interface Logic extends LogicApi {
  readonly auth: AuthService;
  readonly messages: MessageService;
  readonly groups: GroupService;
  readonly conversations: ConversationService;
  readonly contacts: ContactService;
  readonly push: PushService;
  /** Commits everything accepted so far; later sends are refused with UNAVAILABLE. */
  close(): Promise<void>;
  /**
   * Resolves once the presence announcements started so far (and any they led to) are done:
   * a node stopping waits for it after its gate has ended the sessions, before closing presence.
   */
  settled(): Promise<void>;
}

export function startLogic(d: LogicDeps, pushProviders: PushProviders = defaultProviders(d)): Logic {
  const ids = new IdGenerator(d.config.nodeId);
  const contacts = new ContactService(d);
  const push = new PushService(d, pushProviders);
  const messages = new MessageService({
    ...d,
    ids,
    mayMessage: (from, to) => contacts.mayMessage(from, to),
    afterFanOut: (items, online) => void push.afterFanOut(items, online),
  });
  const auth = new AuthService(d);
  const groups = new GroupService(d, messages);
  const conversations = new ConversationService({ ...d, ids });
  const ops = new MessageOps(d);
  const upstream = new UpstreamService(d);
  const indexer = new SearchIndexer(d.store, d.config['msg.searchIndexIntervalMs'], d.log);
  const handlers: SessionHandlers = {
    convSync: (s, r) => ops.convSync(s, r),
    history: (s, r) => ops.history(s, r),
    recall: (s, r) => messages.recall(s, r),
    edit: (s, r) => messages.edit(s, r),
    deleteForMe: (s, r) => ops.deleteForMe(s, r),
    search: (s, r) => ops.search(s, r),
    readStatus: (s, r) => ops.readStatus(s, r),
    typing: (s, r) => ops.typing(s, r),
    groupCreate: (s, r) => groups.create(s, r),
    groupInfo: (s, r) => groups.info(s, r),
    groupUpdate: (s, r) => groups.update(s, r),
    groupMembers: (s, r) => groups.members(s, r),
    groupJoin: (s, r) => groups.join(s, r),
    groupJoinRequests: (s, r) => groups.joinRequests(s, r),
    groupApprove: (s, r) => groups.approve(s, r),
    groupInvite: (s, r) => groups.invite(s, r),
    groupKick: (s, r) => groups.kick(s, r),
    groupLeave: (s, r) => groups.leave(s, r),
    groupDismiss: (s, r) => groups.dismiss(s, r),
    groupTransfer: (s, r) => groups.transfer(s, r),
    groupSetRole: (s, r) => groups.setRole(s, r),
    groupMute: (s, r) => groups.mute(s, r),
    groupSetNickname: (s, r) => groups.setNickname(s, r),
    groupMine: (s, r) => groups.mine(s, r),
    convList: (s, r) => conversations.list(s, r),
    convMarkRead: (s, r) => conversations.markRead(s, r),
    convUpdate: (s, r) => conversations.update(s, r),
    convClear: (s, r) => conversations.clear(s, r),
    convUnread: (s, r) => conversations.unread(s, r),
    friendRequest: (s, r) => contacts.request(s, r),
    friendRespond: (s, r) => contacts.respond(s, r),
    friendRequests: (s, r) => contacts.requests(s, r),
    friends: (s, r) => contacts.friends(s, r),
    friendRemark: (s, r) => contacts.remark(s, r),
    friendDelete: (s, r) => contacts.unfriend(s, r),
    block: (s, r) => contacts.block(s, r),
    blocklist: (s, r) => contacts.blocklist(s, r),
    profiles: (s, r) => contacts.profiles(s, r),
    updateProfile: (s, r) => contacts.updateProfile(s, r),
    userSearch: (s, r) => contacts.search(s, r),
    subscribePresence: (s, r) => contacts.subscribe(s, r),
    unsubscribePresence: (s, r) => contacts.unsubscribe(s, r),
    bizUpstream: (s, r) => upstream.send(s, r),
    pushRegister: (s, r) => push.register(s, r),
    pushUnregister: (s, r) => push.unregister(s, r),
  };
  push.start();
  const pending = new Set<Promise<void>>();
  const quietly = (p: Promise<void>, what: string): void => {
    const q = p.catch((err: unknown) => d.log.warn({ err }, `${what} failed`));
    pending.add(q);
    void q.finally(() => pending.delete(q));
  };
  return {
    auth,
    push,
    messages,
    groups,
    conversations,
    contacts,
    handlers,
    register: (req) => auth.register(req),
    login: (req, gateId) => auth.login(req, gateId),
    activate: async (session) => {
      await auth.activate(session);
      quietly(contacts.sessionStarted(session), 'presence announcement');
    },
    sessionEnded: (session) => {
      auth.sessionEnded(session);
      quietly(contacts.sessionEnded(session), 'presence announcement');
    },
    logout: (session) => auth.logout(session),
    send: (session, req, receivedAt) => messages.send(session, req, receivedAt),
    deliverAck: (session, req) => messages.deliverAck(session, req),
    sync: (session, req) => messages.sync(session, req),
    close: async () => {
      await messages.close();
      await indexer.close();
      push.close();
    },
    settled: async () => {
      while (pending.size > 0) await Promise.all(pending);
    },
  };
}
