// Must come first: makes int64 fields plain numbers before the generated code is evaluated.
import './protobuf-numbers.ts';
import { Service } from './constants.ts';
import { parley as pb } from './gen/parley.js';

/** Encodes and decodes one protobuf message type. */
export interface BodyCodec<T> {
  encode(message: T): Uint8Array;
  decode(bytes: Uint8Array): T;
}

interface PbType<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
}

function codec<T>(type: PbType<T>): BodyCodec<T> {
  return { encode: (m) => type.encode(m).finish(), decode: (b) => type.decode(b) };
}

export type Heartbeat = pb.IHeartbeat;
export type Kicked = pb.IKicked;
export type Goaway = pb.IGoaway;
export type ErrorBody = pb.IErrorBody;
export type RegisterReq = pb.IRegisterReq;
export type RegisterResp = pb.IRegisterResp;
export type LoginReq = pb.ILoginReq;
export type LoginResp = pb.ILoginResp;
export type LogoutReq = pb.ILogoutReq;
export type LogoutResp = pb.ILogoutResp;
export type SendReq = pb.ISendReq;
export type SendResp = pb.ISendResp;
export type Message = pb.IMessage;
export type Push = pb.IPush;
export type DeliverAckReq = pb.IDeliverAckReq;
export type DeliverAckResp = pb.IDeliverAckResp;
export type SyncReq = pb.ISyncReq;
export type SyncResp = pb.ISyncResp;
export type Receipt = pb.IReceipt;

export const Platform = pb.Platform;
export type Platform = pb.Platform;
export const MsgType = pb.MsgType;
export type MsgType = pb.MsgType;
export const ConvType = pb.ConvType;
export type ConvType = pb.ConvType;
export const ReceiptKind = pb.ReceiptKind;
export type ReceiptKind = pb.ReceiptKind;

export const errorBody = codec<ErrorBody>(pb.ErrorBody);

/** A request/response command: the client sends `req`, the server answers with `resp`. */
export interface RequestCommand<Req, Resp> {
  readonly kind: 'request';
  readonly name: string;
  readonly service: number;
  readonly command: number;
  readonly req: BodyCodec<Req>;
  readonly resp: BodyCodec<Resp>;
}

/** A server push: sent with Flag.push, never answered. */
export interface PushCommand<Body> {
  readonly kind: 'push';
  readonly name: string;
  readonly service: number;
  readonly command: number;
  readonly body: BodyCodec<Body>;
}

function request<Req, Resp>(
  name: string,
  service: number,
  command: number,
  req: PbType<Req>,
  resp: PbType<Resp>,
): RequestCommand<Req, Resp> {
  return { kind: 'request', name, service, command, req: codec(req), resp: codec(resp) };
}

function push<Body>(name: string, service: number, command: number, body: PbType<Body>): PushCommand<Body> {
  return { kind: 'push', name, service, command, body: codec(body) };
}

/** Every command of the protocol. docs/protocol.md documents each row. */
export const Commands = {
  heartbeat: request<Heartbeat, Heartbeat>('system.heartbeat', Service.system, 1, pb.Heartbeat, pb.Heartbeat),
  kicked: push<Kicked>('system.kicked', Service.system, 2, pb.Kicked),
  goaway: push<Goaway>('system.goaway', Service.system, 3, pb.Goaway),

  register: request<RegisterReq, RegisterResp>(
    'auth.register',
    Service.auth,
    1,
    pb.RegisterReq,
    pb.RegisterResp,
  ),
  login: request<LoginReq, LoginResp>('auth.login', Service.auth, 2, pb.LoginReq, pb.LoginResp),
  logout: request<LogoutReq, LogoutResp>('auth.logout', Service.auth, 3, pb.LogoutReq, pb.LogoutResp),

  send: request<SendReq, SendResp>('msg.send', Service.msg, 1, pb.SendReq, pb.SendResp),
  push: push<Push>('msg.push', Service.msg, 2, pb.Push),
  deliverAck: request<DeliverAckReq, DeliverAckResp>(
    'msg.deliver_ack',
    Service.msg,
    3,
    pb.DeliverAckReq,
    pb.DeliverAckResp,
  ),
  sync: request<SyncReq, SyncResp>('msg.sync', Service.msg, 4, pb.SyncReq, pb.SyncResp),
  receipt: push<Receipt>('msg.receipt', Service.msg, 5, pb.Receipt),
} as const;

export type CommandName = keyof typeof Commands;
export type AnyCommand = (typeof Commands)[CommandName];

const byKey = new Map<number, AnyCommand>();
for (const c of Object.values(Commands)) byKey.set(c.service * 65536 + c.command, c);

/** The command for a (service, command) pair, or undefined when there is none. */
export function lookupCommand(service: number, command: number): AnyCommand | undefined {
  // Both ids are u16 on the wire; outside that range the combined key would alias another pair.
  if (!(service >= 0 && service <= 0xffff && command >= 0 && command <= 0xffff)) return undefined;
  return byKey.get(service * 65536 + command);
}
