import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace parley. */
export namespace parley {

    /** Platform enum. */
    enum Platform {

        /** PLATFORM_UNSPECIFIED value */
        PLATFORM_UNSPECIFIED = 0,

        /** IOS value */
        IOS = 1,

        /** ANDROID value */
        ANDROID = 2,

        /** WEB value */
        WEB = 3,

        /** DESKTOP value */
        DESKTOP = 4
    }

    /** MsgType enum. */
    enum MsgType {

        /** MSG_TYPE_UNSPECIFIED value */
        MSG_TYPE_UNSPECIFIED = 0,

        /** TEXT value */
        TEXT = 1,

        /** IMAGE value */
        IMAGE = 2,

        /** FILE value */
        FILE = 3,

        /** VOICE value */
        VOICE = 4,

        /** CUSTOM value */
        CUSTOM = 5,

        /** SYSTEM value */
        SYSTEM = 6,

        /** RECALL value */
        RECALL = 7,

        /** EDIT value */
        EDIT = 8
    }

    /** ConvType enum. */
    enum ConvType {

        /** CONV_TYPE_UNSPECIFIED value */
        CONV_TYPE_UNSPECIFIED = 0,

        /** C2C value */
        C2C = 1,

        /** GROUP value */
        GROUP = 2
    }

    /** RefKind enum. */
    enum RefKind {

        /** REF_KIND_UNSPECIFIED value */
        REF_KIND_UNSPECIFIED = 0,

        /** REPLY value */
        REPLY = 1,

        /** FORWARD value */
        FORWARD = 2
    }

    /** GroupRole enum. */
    enum GroupRole {

        /** GROUP_ROLE_UNSPECIFIED value */
        GROUP_ROLE_UNSPECIFIED = 0,

        /** MEMBER value */
        MEMBER = 1,

        /** ADMIN value */
        ADMIN = 2,

        /** OWNER value */
        OWNER = 3
    }

    /** GroupType enum. */
    enum GroupType {

        /** GROUP_TYPE_UNSPECIFIED value */
        GROUP_TYPE_UNSPECIFIED = 0,

        /** NORMAL value */
        NORMAL = 1,

        /** LARGE value */
        LARGE = 2
    }

    /** JoinPolicy enum. */
    enum JoinPolicy {

        /** JOIN_POLICY_UNSPECIFIED value */
        JOIN_POLICY_UNSPECIFIED = 0,

        /** OPEN value */
        OPEN = 1,

        /** APPROVAL value */
        APPROVAL = 2,

        /** INVITE_ONLY value */
        INVITE_ONLY = 3
    }

    /** ReceiptKind enum. */
    enum ReceiptKind {

        /** RECEIPT_KIND_UNSPECIFIED value */
        RECEIPT_KIND_UNSPECIFIED = 0,

        /** DELIVERED value */
        DELIVERED = 1,

        /** READ value */
        READ = 2
    }

    /**
     * Properties of an ErrorBody.
     * @deprecated Use parley.ErrorBody.$Properties instead.
     */
    interface IErrorBody extends parley.ErrorBody.$Properties {
    }

    /** Represents an ErrorBody. */
    class ErrorBody {

        /**
         * Constructs a new ErrorBody.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.ErrorBody.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ErrorBody message. */
        message: string;

        /** ErrorBody field. */
        field: string;

        /** ErrorBody retryAfterMs. */
        retryAfterMs: number;

        /**
         * Encodes the specified ErrorBody message. Does not implicitly {@link parley.ErrorBody.verify|verify} messages.
         * @param message ErrorBody message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.ErrorBody.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ErrorBody message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.ErrorBody & parley.ErrorBody.$Shape} ErrorBody
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.ErrorBody & parley.ErrorBody.$Shape;
    }

    namespace ErrorBody {

        /** Properties of an ErrorBody. */
        interface $Properties {

            /** ErrorBody message */
            message?: (string|null);

            /** ErrorBody field */
            field?: (string|null);

            /** ErrorBody retryAfterMs */
            retryAfterMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ErrorBody. */
        type $Shape = parley.ErrorBody.$Properties;
    }

    /**
     * Properties of a Heartbeat.
     * @deprecated Use parley.Heartbeat.$Properties instead.
     */
    interface IHeartbeat extends parley.Heartbeat.$Properties {
    }

    /** Represents a Heartbeat. */
    class Heartbeat {

        /**
         * Constructs a new Heartbeat.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.Heartbeat.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Heartbeat ts. */
        ts: number;

        /**
         * Encodes the specified Heartbeat message. Does not implicitly {@link parley.Heartbeat.verify|verify} messages.
         * @param message Heartbeat message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Heartbeat message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.Heartbeat & parley.Heartbeat.$Shape} Heartbeat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.Heartbeat & parley.Heartbeat.$Shape;
    }

    namespace Heartbeat {

        /** Properties of a Heartbeat. */
        interface $Properties {

            /** Heartbeat ts */
            ts?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Heartbeat. */
        type $Shape = parley.Heartbeat.$Properties;
    }

    /**
     * Properties of a Kicked.
     * @deprecated Use parley.Kicked.$Properties instead.
     */
    interface IKicked extends parley.Kicked.$Properties {
    }

    /** Represents a Kicked. */
    class Kicked {

        /**
         * Constructs a new Kicked.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.Kicked.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Kicked code. */
        code: number;

        /** Kicked reason. */
        reason: string;

        /** Kicked byPlatform. */
        byPlatform: parley.Platform;

        /** Kicked byDeviceId. */
        byDeviceId: string;

        /**
         * Encodes the specified Kicked message. Does not implicitly {@link parley.Kicked.verify|verify} messages.
         * @param message Kicked message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.Kicked.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Kicked message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.Kicked & parley.Kicked.$Shape} Kicked
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.Kicked & parley.Kicked.$Shape;
    }

    namespace Kicked {

        /** Properties of a Kicked. */
        interface $Properties {

            /** Kicked code */
            code?: (number|null);

            /** Kicked reason */
            reason?: (string|null);

            /** Kicked byPlatform */
            byPlatform?: (parley.Platform|null);

            /** Kicked byDeviceId */
            byDeviceId?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Kicked. */
        type $Shape = parley.Kicked.$Properties;
    }

    /**
     * Properties of a Goaway.
     * @deprecated Use parley.Goaway.$Properties instead.
     */
    interface IGoaway extends parley.Goaway.$Properties {
    }

    /** Represents a Goaway. */
    class Goaway {

        /**
         * Constructs a new Goaway.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.Goaway.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Goaway code. */
        code: number;

        /** Goaway reason. */
        reason: string;

        /** Goaway reconnect. */
        reconnect: boolean;

        /**
         * Encodes the specified Goaway message. Does not implicitly {@link parley.Goaway.verify|verify} messages.
         * @param message Goaway message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.Goaway.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Goaway message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.Goaway & parley.Goaway.$Shape} Goaway
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.Goaway & parley.Goaway.$Shape;
    }

    namespace Goaway {

        /** Properties of a Goaway. */
        interface $Properties {

            /** Goaway code */
            code?: (number|null);

            /** Goaway reason */
            reason?: (string|null);

            /** Goaway reconnect */
            reconnect?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Goaway. */
        type $Shape = parley.Goaway.$Properties;
    }

    /**
     * Properties of a Broadcast.
     * @deprecated Use parley.Broadcast.$Properties instead.
     */
    interface IBroadcast extends parley.Broadcast.$Properties {
    }

    /** Represents a Broadcast. */
    class Broadcast {

        /**
         * Constructs a new Broadcast.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.Broadcast.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Broadcast id. */
        id: string;

        /** Broadcast from. */
        from: string;

        /** Broadcast content. */
        content: string;

        /** Broadcast ts. */
        ts: number;

        /**
         * Encodes the specified Broadcast message. Does not implicitly {@link parley.Broadcast.verify|verify} messages.
         * @param message Broadcast message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.Broadcast.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Broadcast message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.Broadcast & parley.Broadcast.$Shape} Broadcast
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.Broadcast & parley.Broadcast.$Shape;
    }

    namespace Broadcast {

        /** Properties of a Broadcast. */
        interface $Properties {

            /** Broadcast id */
            id?: (string|null);

            /** Broadcast from */
            from?: (string|null);

            /** Broadcast content */
            content?: (string|null);

            /** Broadcast ts */
            ts?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Broadcast. */
        type $Shape = parley.Broadcast.$Properties;
    }

    /**
     * Properties of a RegisterReq.
     * @deprecated Use parley.RegisterReq.$Properties instead.
     */
    interface IRegisterReq extends parley.RegisterReq.$Properties {
    }

    /** Represents a RegisterReq. */
    class RegisterReq {

        /**
         * Constructs a new RegisterReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.RegisterReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RegisterReq uid. */
        uid: string;

        /** RegisterReq password. */
        password: string;

        /** RegisterReq nickname. */
        nickname: string;

        /**
         * Encodes the specified RegisterReq message. Does not implicitly {@link parley.RegisterReq.verify|verify} messages.
         * @param message RegisterReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.RegisterReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RegisterReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.RegisterReq & parley.RegisterReq.$Shape} RegisterReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.RegisterReq & parley.RegisterReq.$Shape;
    }

    namespace RegisterReq {

        /** Properties of a RegisterReq. */
        interface $Properties {

            /** RegisterReq uid */
            uid?: (string|null);

            /** RegisterReq password */
            password?: (string|null);

            /** RegisterReq nickname */
            nickname?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RegisterReq. */
        type $Shape = parley.RegisterReq.$Properties;
    }

    /**
     * Properties of a RegisterResp.
     * @deprecated Use parley.RegisterResp.$Properties instead.
     */
    interface IRegisterResp extends parley.RegisterResp.$Properties {
    }

    /** Represents a RegisterResp. */
    class RegisterResp {

        /**
         * Constructs a new RegisterResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.RegisterResp.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RegisterResp uid. */
        uid: string;

        /**
         * Encodes the specified RegisterResp message. Does not implicitly {@link parley.RegisterResp.verify|verify} messages.
         * @param message RegisterResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.RegisterResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RegisterResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.RegisterResp & parley.RegisterResp.$Shape} RegisterResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.RegisterResp & parley.RegisterResp.$Shape;
    }

    namespace RegisterResp {

        /** Properties of a RegisterResp. */
        interface $Properties {

            /** RegisterResp uid */
            uid?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RegisterResp. */
        type $Shape = parley.RegisterResp.$Properties;
    }

    /**
     * Properties of a LoginReq.
     * @deprecated Use parley.LoginReq.$Properties instead.
     */
    interface ILoginReq extends parley.LoginReq.$Properties {
    }

    /** Represents a LoginReq. */
    class LoginReq {

        /**
         * Constructs a new LoginReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.LoginReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LoginReq uid. */
        uid: string;

        /** LoginReq password. */
        password: string;

        /** LoginReq token. */
        token: string;

        /** LoginReq deviceId. */
        deviceId: string;

        /** LoginReq platform. */
        platform: parley.Platform;

        /** LoginReq clientVersion. */
        clientVersion: string;

        /**
         * Encodes the specified LoginReq message. Does not implicitly {@link parley.LoginReq.verify|verify} messages.
         * @param message LoginReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.LoginReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LoginReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.LoginReq & parley.LoginReq.$Shape} LoginReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.LoginReq & parley.LoginReq.$Shape;
    }

    namespace LoginReq {

        /** Properties of a LoginReq. */
        interface $Properties {

            /** LoginReq uid */
            uid?: (string|null);

            /** LoginReq password */
            password?: (string|null);

            /** LoginReq token */
            token?: (string|null);

            /** LoginReq deviceId */
            deviceId?: (string|null);

            /** LoginReq platform */
            platform?: (parley.Platform|null);

            /** LoginReq clientVersion */
            clientVersion?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LoginReq. */
        type $Shape = parley.LoginReq.$Properties;
    }

    /**
     * Properties of a LoginResp.
     * @deprecated Use parley.LoginResp.$Properties instead.
     */
    interface ILoginResp extends parley.LoginResp.$Properties {
    }

    /** Represents a LoginResp. */
    class LoginResp {

        /**
         * Constructs a new LoginResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.LoginResp.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LoginResp uid. */
        uid: string;

        /** LoginResp token. */
        token: string;

        /** LoginResp tokenExpiresAt. */
        tokenExpiresAt: number;

        /** LoginResp sessionId. */
        sessionId: string;

        /** LoginResp maxSeq. */
        maxSeq: number;

        /** LoginResp deviceAckSeq. */
        deviceAckSeq: number;

        /** LoginResp heartbeatIntervalMs. */
        heartbeatIntervalMs: number;

        /** LoginResp serverTime. */
        serverTime: number;

        /**
         * Encodes the specified LoginResp message. Does not implicitly {@link parley.LoginResp.verify|verify} messages.
         * @param message LoginResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.LoginResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LoginResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.LoginResp & parley.LoginResp.$Shape} LoginResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.LoginResp & parley.LoginResp.$Shape;
    }

    namespace LoginResp {

        /** Properties of a LoginResp. */
        interface $Properties {

            /** LoginResp uid */
            uid?: (string|null);

            /** LoginResp token */
            token?: (string|null);

            /** LoginResp tokenExpiresAt */
            tokenExpiresAt?: (number|null);

            /** LoginResp sessionId */
            sessionId?: (string|null);

            /** LoginResp maxSeq */
            maxSeq?: (number|null);

            /** LoginResp deviceAckSeq */
            deviceAckSeq?: (number|null);

            /** LoginResp heartbeatIntervalMs */
            heartbeatIntervalMs?: (number|null);

            /** LoginResp serverTime */
            serverTime?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LoginResp. */
        type $Shape = parley.LoginResp.$Properties;
    }

    /**
     * Properties of a LogoutReq.
     * @deprecated Use parley.LogoutReq.$Properties instead.
     */
    interface ILogoutReq extends parley.LogoutReq.$Properties {
    }

    /** Represents a LogoutReq. */
    class LogoutReq {

        /**
         * Constructs a new LogoutReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.LogoutReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Encodes the specified LogoutReq message. Does not implicitly {@link parley.LogoutReq.verify|verify} messages.
         * @param message LogoutReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.LogoutReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LogoutReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.LogoutReq & parley.LogoutReq.$Shape} LogoutReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.LogoutReq & parley.LogoutReq.$Shape;
    }

    namespace LogoutReq {

        /** Properties of a LogoutReq. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LogoutReq. */
        type $Shape = parley.LogoutReq.$Properties;
    }

    /**
     * Properties of a LogoutResp.
     * @deprecated Use parley.LogoutResp.$Properties instead.
     */
    interface ILogoutResp extends parley.LogoutResp.$Properties {
    }

    /** Represents a LogoutResp. */
    class LogoutResp {

        /**
         * Constructs a new LogoutResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.LogoutResp.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Encodes the specified LogoutResp message. Does not implicitly {@link parley.LogoutResp.verify|verify} messages.
         * @param message LogoutResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.LogoutResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LogoutResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.LogoutResp & parley.LogoutResp.$Shape} LogoutResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.LogoutResp & parley.LogoutResp.$Shape;
    }

    namespace LogoutResp {

        /** Properties of a LogoutResp. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LogoutResp. */
        type $Shape = parley.LogoutResp.$Properties;
    }

    /**
     * Properties of a SendReq.
     * @deprecated Use parley.SendReq.$Properties instead.
     */
    interface ISendReq extends parley.SendReq.$Properties {
    }

    /** Represents a SendReq. */
    class SendReq {

        /**
         * Constructs a new SendReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.SendReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SendReq toUid. */
        toUid: string;

        /** SendReq clientMsgId. */
        clientMsgId: string;

        /** SendReq type. */
        type: parley.MsgType;

        /** SendReq content. */
        content: string;

        /** SendReq groupId. */
        groupId: string;

        /** SendReq refMsgId. */
        refMsgId: number;

        /** SendReq refKind. */
        refKind: parley.RefKind;

        /**
         * Encodes the specified SendReq message. Does not implicitly {@link parley.SendReq.verify|verify} messages.
         * @param message SendReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.SendReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SendReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.SendReq & parley.SendReq.$Shape} SendReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.SendReq & parley.SendReq.$Shape;
    }

    namespace SendReq {

        /** Properties of a SendReq. */
        interface $Properties {

            /** SendReq toUid */
            toUid?: (string|null);

            /** SendReq clientMsgId */
            clientMsgId?: (string|null);

            /** SendReq type */
            type?: (parley.MsgType|null);

            /** SendReq content */
            content?: (string|null);

            /** SendReq groupId */
            groupId?: (string|null);

            /** SendReq refMsgId */
            refMsgId?: (number|null);

            /** SendReq refKind */
            refKind?: (parley.RefKind|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SendReq. */
        type $Shape = parley.SendReq.$Properties;
    }

    /**
     * Properties of a SendResp.
     * @deprecated Use parley.SendResp.$Properties instead.
     */
    interface ISendResp extends parley.SendResp.$Properties {
    }

    /** Represents a SendResp. */
    class SendResp {

        /**
         * Constructs a new SendResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.SendResp.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SendResp msgId. */
        msgId: number;

        /** SendResp seq. */
        seq: number;

        /** SendResp ts. */
        ts: number;

        /** SendResp duplicate. */
        duplicate: boolean;

        /** SendResp convId. */
        convId: string;

        /** SendResp convSeq. */
        convSeq: number;

        /**
         * Encodes the specified SendResp message. Does not implicitly {@link parley.SendResp.verify|verify} messages.
         * @param message SendResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.SendResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SendResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.SendResp & parley.SendResp.$Shape} SendResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.SendResp & parley.SendResp.$Shape;
    }

    namespace SendResp {

        /** Properties of a SendResp. */
        interface $Properties {

            /** SendResp msgId */
            msgId?: (number|null);

            /** SendResp seq */
            seq?: (number|null);

            /** SendResp ts */
            ts?: (number|null);

            /** SendResp duplicate */
            duplicate?: (boolean|null);

            /** SendResp convId */
            convId?: (string|null);

            /** SendResp convSeq */
            convSeq?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SendResp. */
        type $Shape = parley.SendResp.$Properties;
    }

    /**
     * Properties of a Message.
     * @deprecated Use parley.Message.$Properties instead.
     */
    interface IMessage extends parley.Message.$Properties {
    }

    /** Represents a Message. */
    class Message {

        /**
         * Constructs a new Message.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.Message.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Message msgId. */
        msgId: number;

        /** Message clientMsgId. */
        clientMsgId: string;

        /** Message fromUid. */
        fromUid: string;

        /** Message convType. */
        convType: parley.ConvType;

        /** Message to. */
        to: string;

        /** Message type. */
        type: parley.MsgType;

        /** Message content. */
        content: string;

        /** Message ts. */
        ts: number;

        /** Message seq. */
        seq: number;

        /** Message convId. */
        convId: string;

        /** Message convSeq. */
        convSeq: number;

        /** Message refMsgId. */
        refMsgId: number;

        /** Message refKind. */
        refKind: parley.RefKind;

        /** Message editedAt. */
        editedAt: number;

        /** Message recalled. */
        recalled: boolean;

        /** Message deleted. */
        deleted: boolean;

        /**
         * Encodes the specified Message message. Does not implicitly {@link parley.Message.verify|verify} messages.
         * @param message Message message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Message message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.Message & parley.Message.$Shape} Message
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.Message & parley.Message.$Shape;
    }

    namespace Message {

        /** Properties of a Message. */
        interface $Properties {

            /** Message msgId */
            msgId?: (number|null);

            /** Message clientMsgId */
            clientMsgId?: (string|null);

            /** Message fromUid */
            fromUid?: (string|null);

            /** Message convType */
            convType?: (parley.ConvType|null);

            /** Message to */
            to?: (string|null);

            /** Message type */
            type?: (parley.MsgType|null);

            /** Message content */
            content?: (string|null);

            /** Message ts */
            ts?: (number|null);

            /** Message seq */
            seq?: (number|null);

            /** Message convId */
            convId?: (string|null);

            /** Message convSeq */
            convSeq?: (number|null);

            /** Message refMsgId */
            refMsgId?: (number|null);

            /** Message refKind */
            refKind?: (parley.RefKind|null);

            /** Message editedAt */
            editedAt?: (number|null);

            /** Message recalled */
            recalled?: (boolean|null);

            /** Message deleted */
            deleted?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Message. */
        type $Shape = parley.Message.$Properties;
    }

    /**
     * Properties of a Push.
     * @deprecated Use parley.Push.$Properties instead.
     */
    interface IPush extends parley.Push.$Properties {
    }

    /** Represents a Push. */
    class Push {

        /**
         * Constructs a new Push.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.Push.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Push msg. */
        msg?: (parley.Message.$Properties|null);

        /**
         * Encodes the specified Push message. Does not implicitly {@link parley.Push.verify|verify} messages.
         * @param message Push message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.Push.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Push message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.Push & parley.Push.$Shape} Push
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.Push & parley.Push.$Shape;
    }

    namespace Push {

        /** Properties of a Push. */
        interface $Properties {

            /** Push msg */
            msg?: (parley.Message.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Push. */
        type $Shape = parley.Push.$Properties;
    }

    /**
     * Properties of a DeliverAckReq.
     * @deprecated Use parley.DeliverAckReq.$Properties instead.
     */
    interface IDeliverAckReq extends parley.DeliverAckReq.$Properties {
    }

    /** Represents a DeliverAckReq. */
    class DeliverAckReq {

        /**
         * Constructs a new DeliverAckReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.DeliverAckReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DeliverAckReq seq. */
        seq: number;

        /**
         * Encodes the specified DeliverAckReq message. Does not implicitly {@link parley.DeliverAckReq.verify|verify} messages.
         * @param message DeliverAckReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.DeliverAckReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DeliverAckReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.DeliverAckReq & parley.DeliverAckReq.$Shape} DeliverAckReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.DeliverAckReq & parley.DeliverAckReq.$Shape;
    }

    namespace DeliverAckReq {

        /** Properties of a DeliverAckReq. */
        interface $Properties {

            /** DeliverAckReq seq */
            seq?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DeliverAckReq. */
        type $Shape = parley.DeliverAckReq.$Properties;
    }

    /**
     * Properties of a DeliverAckResp.
     * @deprecated Use parley.DeliverAckResp.$Properties instead.
     */
    interface IDeliverAckResp extends parley.DeliverAckResp.$Properties {
    }

    /** Represents a DeliverAckResp. */
    class DeliverAckResp {

        /**
         * Constructs a new DeliverAckResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.DeliverAckResp.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DeliverAckResp ackSeq. */
        ackSeq: number;

        /**
         * Encodes the specified DeliverAckResp message. Does not implicitly {@link parley.DeliverAckResp.verify|verify} messages.
         * @param message DeliverAckResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.DeliverAckResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DeliverAckResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.DeliverAckResp & parley.DeliverAckResp.$Shape} DeliverAckResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.DeliverAckResp & parley.DeliverAckResp.$Shape;
    }

    namespace DeliverAckResp {

        /** Properties of a DeliverAckResp. */
        interface $Properties {

            /** DeliverAckResp ackSeq */
            ackSeq?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DeliverAckResp. */
        type $Shape = parley.DeliverAckResp.$Properties;
    }

    /**
     * Properties of a SyncReq.
     * @deprecated Use parley.SyncReq.$Properties instead.
     */
    interface ISyncReq extends parley.SyncReq.$Properties {
    }

    /** Represents a SyncReq. */
    class SyncReq {

        /**
         * Constructs a new SyncReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.SyncReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SyncReq afterSeq. */
        afterSeq: number;

        /** SyncReq limit. */
        limit: number;

        /**
         * Encodes the specified SyncReq message. Does not implicitly {@link parley.SyncReq.verify|verify} messages.
         * @param message SyncReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.SyncReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SyncReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.SyncReq & parley.SyncReq.$Shape} SyncReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.SyncReq & parley.SyncReq.$Shape;
    }

    namespace SyncReq {

        /** Properties of a SyncReq. */
        interface $Properties {

            /** SyncReq afterSeq */
            afterSeq?: (number|null);

            /** SyncReq limit */
            limit?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SyncReq. */
        type $Shape = parley.SyncReq.$Properties;
    }

    /**
     * Properties of a SyncResp.
     * @deprecated Use parley.SyncResp.$Properties instead.
     */
    interface ISyncResp extends parley.SyncResp.$Properties {
    }

    /** Represents a SyncResp. */
    class SyncResp {

        /**
         * Constructs a new SyncResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.SyncResp.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SyncResp messages. */
        messages: parley.Message.$Properties[];

        /** SyncResp hasMore. */
        hasMore: boolean;

        /** SyncResp maxSeq. */
        maxSeq: number;

        /**
         * Encodes the specified SyncResp message. Does not implicitly {@link parley.SyncResp.verify|verify} messages.
         * @param message SyncResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.SyncResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SyncResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.SyncResp & parley.SyncResp.$Shape} SyncResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.SyncResp & parley.SyncResp.$Shape;
    }

    namespace SyncResp {

        /** Properties of a SyncResp. */
        interface $Properties {

            /** SyncResp messages */
            messages?: (parley.Message.$Properties[]|null);

            /** SyncResp hasMore */
            hasMore?: (boolean|null);

            /** SyncResp maxSeq */
            maxSeq?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SyncResp. */
        type $Shape = parley.SyncResp.$Properties;
    }

    /**
     * Properties of a Receipt.
     * @deprecated Use parley.Receipt.$Properties instead.
     */
    interface IReceipt extends parley.Receipt.$Properties {
    }

    /** Represents a Receipt. */
    class Receipt {

        /**
         * Constructs a new Receipt.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.Receipt.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Receipt kind. */
        kind: parley.ReceiptKind;

        /** Receipt msgId. */
        msgId: number;

        /** Receipt byUid. */
        byUid: string;

        /** Receipt ts. */
        ts: number;

        /** Receipt clientMsgId. */
        clientMsgId: string;

        /** Receipt convId. */
        convId: string;

        /** Receipt readSeq. */
        readSeq: number;

        /**
         * Encodes the specified Receipt message. Does not implicitly {@link parley.Receipt.verify|verify} messages.
         * @param message Receipt message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.Receipt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Receipt message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.Receipt & parley.Receipt.$Shape} Receipt
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.Receipt & parley.Receipt.$Shape;
    }

    namespace Receipt {

        /** Properties of a Receipt. */
        interface $Properties {

            /** Receipt kind */
            kind?: (parley.ReceiptKind|null);

            /** Receipt msgId */
            msgId?: (number|null);

            /** Receipt byUid */
            byUid?: (string|null);

            /** Receipt ts */
            ts?: (number|null);

            /** Receipt clientMsgId */
            clientMsgId?: (string|null);

            /** Receipt convId */
            convId?: (string|null);

            /** Receipt readSeq */
            readSeq?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Receipt. */
        type $Shape = parley.Receipt.$Properties;
    }

    /**
     * Properties of an Empty.
     * @deprecated Use parley.Empty.$Properties instead.
     */
    interface IEmpty extends parley.Empty.$Properties {
    }

    /** Represents an Empty. */
    class Empty {

        /**
         * Constructs a new Empty.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.Empty.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Encodes the specified Empty message. Does not implicitly {@link parley.Empty.verify|verify} messages.
         * @param message Empty message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.Empty.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Empty message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.Empty & parley.Empty.$Shape} Empty
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.Empty & parley.Empty.$Shape;
    }

    namespace Empty {

        /** Properties of an Empty. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Empty. */
        type $Shape = parley.Empty.$Properties;
    }

    /**
     * Properties of a ConvSyncReq.
     * @deprecated Use parley.ConvSyncReq.$Properties instead.
     */
    interface IConvSyncReq extends parley.ConvSyncReq.$Properties {
    }

    /** Represents a ConvSyncReq. */
    class ConvSyncReq {

        /**
         * Constructs a new ConvSyncReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.ConvSyncReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ConvSyncReq convId. */
        convId: string;

        /** ConvSyncReq afterSeq. */
        afterSeq: number;

        /** ConvSyncReq limit. */
        limit: number;

        /**
         * Encodes the specified ConvSyncReq message. Does not implicitly {@link parley.ConvSyncReq.verify|verify} messages.
         * @param message ConvSyncReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.ConvSyncReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ConvSyncReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.ConvSyncReq & parley.ConvSyncReq.$Shape} ConvSyncReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.ConvSyncReq & parley.ConvSyncReq.$Shape;
    }

    namespace ConvSyncReq {

        /** Properties of a ConvSyncReq. */
        interface $Properties {

            /** ConvSyncReq convId */
            convId?: (string|null);

            /** ConvSyncReq afterSeq */
            afterSeq?: (number|null);

            /** ConvSyncReq limit */
            limit?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ConvSyncReq. */
        type $Shape = parley.ConvSyncReq.$Properties;
    }

    /**
     * Properties of a ConvSyncResp.
     * @deprecated Use parley.ConvSyncResp.$Properties instead.
     */
    interface IConvSyncResp extends parley.ConvSyncResp.$Properties {
    }

    /** Represents a ConvSyncResp. */
    class ConvSyncResp {

        /**
         * Constructs a new ConvSyncResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.ConvSyncResp.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ConvSyncResp messages. */
        messages: parley.Message.$Properties[];

        /** ConvSyncResp hasMore. */
        hasMore: boolean;

        /** ConvSyncResp maxSeq. */
        maxSeq: number;

        /**
         * Encodes the specified ConvSyncResp message. Does not implicitly {@link parley.ConvSyncResp.verify|verify} messages.
         * @param message ConvSyncResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.ConvSyncResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ConvSyncResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.ConvSyncResp & parley.ConvSyncResp.$Shape} ConvSyncResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.ConvSyncResp & parley.ConvSyncResp.$Shape;
    }

    namespace ConvSyncResp {

        /** Properties of a ConvSyncResp. */
        interface $Properties {

            /** ConvSyncResp messages */
            messages?: (parley.Message.$Properties[]|null);

            /** ConvSyncResp hasMore */
            hasMore?: (boolean|null);

            /** ConvSyncResp maxSeq */
            maxSeq?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ConvSyncResp. */
        type $Shape = parley.ConvSyncResp.$Properties;
    }

    /**
     * Properties of a HistoryReq.
     * @deprecated Use parley.HistoryReq.$Properties instead.
     */
    interface IHistoryReq extends parley.HistoryReq.$Properties {
    }

    /** Represents a HistoryReq. */
    class HistoryReq {

        /**
         * Constructs a new HistoryReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.HistoryReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** HistoryReq convId. */
        convId: string;

        /** HistoryReq beforeSeq. */
        beforeSeq: number;

        /** HistoryReq limit. */
        limit: number;

        /** HistoryReq beforeMsgId. */
        beforeMsgId: number;

        /**
         * Encodes the specified HistoryReq message. Does not implicitly {@link parley.HistoryReq.verify|verify} messages.
         * @param message HistoryReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.HistoryReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HistoryReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.HistoryReq & parley.HistoryReq.$Shape} HistoryReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.HistoryReq & parley.HistoryReq.$Shape;
    }

    namespace HistoryReq {

        /** Properties of a HistoryReq. */
        interface $Properties {

            /** HistoryReq convId */
            convId?: (string|null);

            /** HistoryReq beforeSeq */
            beforeSeq?: (number|null);

            /** HistoryReq limit */
            limit?: (number|null);

            /** HistoryReq beforeMsgId */
            beforeMsgId?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a HistoryReq. */
        type $Shape = parley.HistoryReq.$Properties;
    }

    /**
     * Properties of a HistoryResp.
     * @deprecated Use parley.HistoryResp.$Properties instead.
     */
    interface IHistoryResp extends parley.HistoryResp.$Properties {
    }

    /** Represents a HistoryResp. */
    class HistoryResp {

        /**
         * Constructs a new HistoryResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.HistoryResp.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** HistoryResp messages. */
        messages: parley.Message.$Properties[];

        /** HistoryResp hasMore. */
        hasMore: boolean;

        /**
         * Encodes the specified HistoryResp message. Does not implicitly {@link parley.HistoryResp.verify|verify} messages.
         * @param message HistoryResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.HistoryResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HistoryResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.HistoryResp & parley.HistoryResp.$Shape} HistoryResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.HistoryResp & parley.HistoryResp.$Shape;
    }

    namespace HistoryResp {

        /** Properties of a HistoryResp. */
        interface $Properties {

            /** HistoryResp messages */
            messages?: (parley.Message.$Properties[]|null);

            /** HistoryResp hasMore */
            hasMore?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a HistoryResp. */
        type $Shape = parley.HistoryResp.$Properties;
    }

    /**
     * Properties of a RecallReq.
     * @deprecated Use parley.RecallReq.$Properties instead.
     */
    interface IRecallReq extends parley.RecallReq.$Properties {
    }

    /** Represents a RecallReq. */
    class RecallReq {

        /**
         * Constructs a new RecallReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.RecallReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RecallReq msgId. */
        msgId: number;

        /** RecallReq clientMsgId. */
        clientMsgId: string;

        /**
         * Encodes the specified RecallReq message. Does not implicitly {@link parley.RecallReq.verify|verify} messages.
         * @param message RecallReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.RecallReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RecallReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.RecallReq & parley.RecallReq.$Shape} RecallReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.RecallReq & parley.RecallReq.$Shape;
    }

    namespace RecallReq {

        /** Properties of a RecallReq. */
        interface $Properties {

            /** RecallReq msgId */
            msgId?: (number|null);

            /** RecallReq clientMsgId */
            clientMsgId?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RecallReq. */
        type $Shape = parley.RecallReq.$Properties;
    }

    /**
     * Properties of an EditReq.
     * @deprecated Use parley.EditReq.$Properties instead.
     */
    interface IEditReq extends parley.EditReq.$Properties {
    }

    /** Represents an EditReq. */
    class EditReq {

        /**
         * Constructs a new EditReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.EditReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** EditReq msgId. */
        msgId: number;

        /** EditReq content. */
        content: string;

        /** EditReq clientMsgId. */
        clientMsgId: string;

        /**
         * Encodes the specified EditReq message. Does not implicitly {@link parley.EditReq.verify|verify} messages.
         * @param message EditReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.EditReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an EditReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.EditReq & parley.EditReq.$Shape} EditReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.EditReq & parley.EditReq.$Shape;
    }

    namespace EditReq {

        /** Properties of an EditReq. */
        interface $Properties {

            /** EditReq msgId */
            msgId?: (number|null);

            /** EditReq content */
            content?: (string|null);

            /** EditReq clientMsgId */
            clientMsgId?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an EditReq. */
        type $Shape = parley.EditReq.$Properties;
    }

    /**
     * Properties of a NoticeResp.
     * @deprecated Use parley.NoticeResp.$Properties instead.
     */
    interface INoticeResp extends parley.NoticeResp.$Properties {
    }

    /** Represents a NoticeResp. */
    class NoticeResp {

        /**
         * Constructs a new NoticeResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.NoticeResp.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** NoticeResp noticeMsgId. */
        noticeMsgId: number;

        /** NoticeResp convSeq. */
        convSeq: number;

        /** NoticeResp ts. */
        ts: number;

        /**
         * Encodes the specified NoticeResp message. Does not implicitly {@link parley.NoticeResp.verify|verify} messages.
         * @param message NoticeResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.NoticeResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a NoticeResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.NoticeResp & parley.NoticeResp.$Shape} NoticeResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.NoticeResp & parley.NoticeResp.$Shape;
    }

    namespace NoticeResp {

        /** Properties of a NoticeResp. */
        interface $Properties {

            /** NoticeResp noticeMsgId */
            noticeMsgId?: (number|null);

            /** NoticeResp convSeq */
            convSeq?: (number|null);

            /** NoticeResp ts */
            ts?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a NoticeResp. */
        type $Shape = parley.NoticeResp.$Properties;
    }

    /**
     * Properties of a DeleteReq.
     * @deprecated Use parley.DeleteReq.$Properties instead.
     */
    interface IDeleteReq extends parley.DeleteReq.$Properties {
    }

    /** Represents a DeleteReq. */
    class DeleteReq {

        /**
         * Constructs a new DeleteReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.DeleteReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DeleteReq msgIds. */
        msgIds: number[];

        /**
         * Encodes the specified DeleteReq message. Does not implicitly {@link parley.DeleteReq.verify|verify} messages.
         * @param message DeleteReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.DeleteReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DeleteReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.DeleteReq & parley.DeleteReq.$Shape} DeleteReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.DeleteReq & parley.DeleteReq.$Shape;
    }

    namespace DeleteReq {

        /** Properties of a DeleteReq. */
        interface $Properties {

            /** DeleteReq msgIds */
            msgIds?: (number[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DeleteReq. */
        type $Shape = parley.DeleteReq.$Properties;
    }

    /**
     * Properties of a SearchReq.
     * @deprecated Use parley.SearchReq.$Properties instead.
     */
    interface ISearchReq extends parley.SearchReq.$Properties {
    }

    /** Represents a SearchReq. */
    class SearchReq {

        /**
         * Constructs a new SearchReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.SearchReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SearchReq query. */
        query: string;

        /** SearchReq convId. */
        convId: string;

        /** SearchReq limit. */
        limit: number;

        /** SearchReq beforeMsgId. */
        beforeMsgId: number;

        /**
         * Encodes the specified SearchReq message. Does not implicitly {@link parley.SearchReq.verify|verify} messages.
         * @param message SearchReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.SearchReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SearchReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.SearchReq & parley.SearchReq.$Shape} SearchReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.SearchReq & parley.SearchReq.$Shape;
    }

    namespace SearchReq {

        /** Properties of a SearchReq. */
        interface $Properties {

            /** SearchReq query */
            query?: (string|null);

            /** SearchReq convId */
            convId?: (string|null);

            /** SearchReq limit */
            limit?: (number|null);

            /** SearchReq beforeMsgId */
            beforeMsgId?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SearchReq. */
        type $Shape = parley.SearchReq.$Properties;
    }

    /**
     * Properties of a SearchResp.
     * @deprecated Use parley.SearchResp.$Properties instead.
     */
    interface ISearchResp extends parley.SearchResp.$Properties {
    }

    /** Represents a SearchResp. */
    class SearchResp {

        /**
         * Constructs a new SearchResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.SearchResp.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SearchResp messages. */
        messages: parley.Message.$Properties[];

        /** SearchResp hasMore. */
        hasMore: boolean;

        /**
         * Encodes the specified SearchResp message. Does not implicitly {@link parley.SearchResp.verify|verify} messages.
         * @param message SearchResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.SearchResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SearchResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.SearchResp & parley.SearchResp.$Shape} SearchResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.SearchResp & parley.SearchResp.$Shape;
    }

    namespace SearchResp {

        /** Properties of a SearchResp. */
        interface $Properties {

            /** SearchResp messages */
            messages?: (parley.Message.$Properties[]|null);

            /** SearchResp hasMore */
            hasMore?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SearchResp. */
        type $Shape = parley.SearchResp.$Properties;
    }

    /**
     * Properties of a ReadStatusReq.
     * @deprecated Use parley.ReadStatusReq.$Properties instead.
     */
    interface IReadStatusReq extends parley.ReadStatusReq.$Properties {
    }

    /** Represents a ReadStatusReq. */
    class ReadStatusReq {

        /**
         * Constructs a new ReadStatusReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.ReadStatusReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ReadStatusReq msgId. */
        msgId: number;

        /** ReadStatusReq withUids. */
        withUids: boolean;

        /**
         * Encodes the specified ReadStatusReq message. Does not implicitly {@link parley.ReadStatusReq.verify|verify} messages.
         * @param message ReadStatusReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.ReadStatusReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ReadStatusReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.ReadStatusReq & parley.ReadStatusReq.$Shape} ReadStatusReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.ReadStatusReq & parley.ReadStatusReq.$Shape;
    }

    namespace ReadStatusReq {

        /** Properties of a ReadStatusReq. */
        interface $Properties {

            /** ReadStatusReq msgId */
            msgId?: (number|null);

            /** ReadStatusReq withUids */
            withUids?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ReadStatusReq. */
        type $Shape = parley.ReadStatusReq.$Properties;
    }

    /**
     * Properties of a ReadStatusResp.
     * @deprecated Use parley.ReadStatusResp.$Properties instead.
     */
    interface IReadStatusResp extends parley.ReadStatusResp.$Properties {
    }

    /** Represents a ReadStatusResp. */
    class ReadStatusResp {

        /**
         * Constructs a new ReadStatusResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.ReadStatusResp.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ReadStatusResp readCount. */
        readCount: number;

        /** ReadStatusResp unreadCount. */
        unreadCount: number;

        /** ReadStatusResp readUids. */
        readUids: string[];

        /** ReadStatusResp unreadUids. */
        unreadUids: string[];

        /**
         * Encodes the specified ReadStatusResp message. Does not implicitly {@link parley.ReadStatusResp.verify|verify} messages.
         * @param message ReadStatusResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.ReadStatusResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ReadStatusResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.ReadStatusResp & parley.ReadStatusResp.$Shape} ReadStatusResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.ReadStatusResp & parley.ReadStatusResp.$Shape;
    }

    namespace ReadStatusResp {

        /** Properties of a ReadStatusResp. */
        interface $Properties {

            /** ReadStatusResp readCount */
            readCount?: (number|null);

            /** ReadStatusResp unreadCount */
            unreadCount?: (number|null);

            /** ReadStatusResp readUids */
            readUids?: (string[]|null);

            /** ReadStatusResp unreadUids */
            unreadUids?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ReadStatusResp. */
        type $Shape = parley.ReadStatusResp.$Properties;
    }

    /**
     * Properties of a Typing.
     * @deprecated Use parley.Typing.$Properties instead.
     */
    interface ITyping extends parley.Typing.$Properties {
    }

    /** Represents a Typing. */
    class Typing {

        /**
         * Constructs a new Typing.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.Typing.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Typing convId. */
        convId: string;

        /** Typing fromUid. */
        fromUid: string;

        /** Typing typing. */
        typing: boolean;

        /** Typing ts. */
        ts: number;

        /**
         * Encodes the specified Typing message. Does not implicitly {@link parley.Typing.verify|verify} messages.
         * @param message Typing message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.Typing.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Typing message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.Typing & parley.Typing.$Shape} Typing
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.Typing & parley.Typing.$Shape;
    }

    namespace Typing {

        /** Properties of a Typing. */
        interface $Properties {

            /** Typing convId */
            convId?: (string|null);

            /** Typing fromUid */
            fromUid?: (string|null);

            /** Typing typing */
            typing?: (boolean|null);

            /** Typing ts */
            ts?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Typing. */
        type $Shape = parley.Typing.$Properties;
    }

    /**
     * Properties of a Deleted.
     * @deprecated Use parley.Deleted.$Properties instead.
     */
    interface IDeleted extends parley.Deleted.$Properties {
    }

    /** Represents a Deleted. */
    class Deleted {

        /**
         * Constructs a new Deleted.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.Deleted.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Deleted msgIds. */
        msgIds: number[];

        /**
         * Encodes the specified Deleted message. Does not implicitly {@link parley.Deleted.verify|verify} messages.
         * @param message Deleted message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.Deleted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Deleted message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.Deleted & parley.Deleted.$Shape} Deleted
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.Deleted & parley.Deleted.$Shape;
    }

    namespace Deleted {

        /** Properties of a Deleted. */
        interface $Properties {

            /** Deleted msgIds */
            msgIds?: (number[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Deleted. */
        type $Shape = parley.Deleted.$Properties;
    }

    /**
     * Properties of a Conversation.
     * @deprecated Use parley.Conversation.$Properties instead.
     */
    interface IConversation extends parley.Conversation.$Properties {
    }

    /** Represents a Conversation. */
    class Conversation {

        /**
         * Constructs a new Conversation.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.Conversation.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Conversation convId. */
        convId: string;

        /** Conversation convType. */
        convType: parley.ConvType;

        /** Conversation peer. */
        peer: string;

        /** Conversation lastMessage. */
        lastMessage?: (parley.Message.$Properties|null);

        /** Conversation maxSeq. */
        maxSeq: number;

        /** Conversation readSeq. */
        readSeq: number;

        /** Conversation unread. */
        unread: number;

        /** Conversation pinned. */
        pinned: boolean;

        /** Conversation muted. */
        muted: boolean;

        /** Conversation hidden. */
        hidden: boolean;

        /** Conversation draft. */
        draft: string;

        /** Conversation version. */
        version: number;

        /** Conversation lastTs. */
        lastTs: number;

        /** Conversation startSeq. */
        startSeq: number;

        /** Conversation peerReadSeq. */
        peerReadSeq: number;

        /** Conversation readDiffusion. */
        readDiffusion: boolean;

        /**
         * Encodes the specified Conversation message. Does not implicitly {@link parley.Conversation.verify|verify} messages.
         * @param message Conversation message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.Conversation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Conversation message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.Conversation & parley.Conversation.$Shape} Conversation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.Conversation & parley.Conversation.$Shape;
    }

    namespace Conversation {

        /** Properties of a Conversation. */
        interface $Properties {

            /** Conversation convId */
            convId?: (string|null);

            /** Conversation convType */
            convType?: (parley.ConvType|null);

            /** Conversation peer */
            peer?: (string|null);

            /** Conversation lastMessage */
            lastMessage?: (parley.Message.$Properties|null);

            /** Conversation maxSeq */
            maxSeq?: (number|null);

            /** Conversation readSeq */
            readSeq?: (number|null);

            /** Conversation unread */
            unread?: (number|null);

            /** Conversation pinned */
            pinned?: (boolean|null);

            /** Conversation muted */
            muted?: (boolean|null);

            /** Conversation hidden */
            hidden?: (boolean|null);

            /** Conversation draft */
            draft?: (string|null);

            /** Conversation version */
            version?: (number|null);

            /** Conversation lastTs */
            lastTs?: (number|null);

            /** Conversation startSeq */
            startSeq?: (number|null);

            /** Conversation peerReadSeq */
            peerReadSeq?: (number|null);

            /** Conversation readDiffusion */
            readDiffusion?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Conversation. */
        type $Shape = parley.Conversation.$Properties;
    }

    /**
     * Properties of a ConvListReq.
     * @deprecated Use parley.ConvListReq.$Properties instead.
     */
    interface IConvListReq extends parley.ConvListReq.$Properties {
    }

    /** Represents a ConvListReq. */
    class ConvListReq {

        /**
         * Constructs a new ConvListReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.ConvListReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ConvListReq sinceVersion. */
        sinceVersion: number;

        /** ConvListReq includeHidden. */
        includeHidden: boolean;

        /**
         * Encodes the specified ConvListReq message. Does not implicitly {@link parley.ConvListReq.verify|verify} messages.
         * @param message ConvListReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.ConvListReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ConvListReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.ConvListReq & parley.ConvListReq.$Shape} ConvListReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.ConvListReq & parley.ConvListReq.$Shape;
    }

    namespace ConvListReq {

        /** Properties of a ConvListReq. */
        interface $Properties {

            /** ConvListReq sinceVersion */
            sinceVersion?: (number|null);

            /** ConvListReq includeHidden */
            includeHidden?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ConvListReq. */
        type $Shape = parley.ConvListReq.$Properties;
    }

    /**
     * Properties of a ConvListResp.
     * @deprecated Use parley.ConvListResp.$Properties instead.
     */
    interface IConvListResp extends parley.ConvListResp.$Properties {
    }

    /** Represents a ConvListResp. */
    class ConvListResp {

        /**
         * Constructs a new ConvListResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.ConvListResp.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ConvListResp conversations. */
        conversations: parley.Conversation.$Properties[];

        /** ConvListResp version. */
        version: number;

        /** ConvListResp totalUnread. */
        totalUnread: number;

        /**
         * Encodes the specified ConvListResp message. Does not implicitly {@link parley.ConvListResp.verify|verify} messages.
         * @param message ConvListResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.ConvListResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ConvListResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.ConvListResp & parley.ConvListResp.$Shape} ConvListResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.ConvListResp & parley.ConvListResp.$Shape;
    }

    namespace ConvListResp {

        /** Properties of a ConvListResp. */
        interface $Properties {

            /** ConvListResp conversations */
            conversations?: (parley.Conversation.$Properties[]|null);

            /** ConvListResp version */
            version?: (number|null);

            /** ConvListResp totalUnread */
            totalUnread?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ConvListResp. */
        type $Shape = parley.ConvListResp.$Properties;
    }

    /**
     * Properties of a MarkReadReq.
     * @deprecated Use parley.MarkReadReq.$Properties instead.
     */
    interface IMarkReadReq extends parley.MarkReadReq.$Properties {
    }

    /** Represents a MarkReadReq. */
    class MarkReadReq {

        /**
         * Constructs a new MarkReadReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.MarkReadReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MarkReadReq convId. */
        convId: string;

        /** MarkReadReq seq. */
        seq: number;

        /**
         * Encodes the specified MarkReadReq message. Does not implicitly {@link parley.MarkReadReq.verify|verify} messages.
         * @param message MarkReadReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.MarkReadReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MarkReadReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.MarkReadReq & parley.MarkReadReq.$Shape} MarkReadReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.MarkReadReq & parley.MarkReadReq.$Shape;
    }

    namespace MarkReadReq {

        /** Properties of a MarkReadReq. */
        interface $Properties {

            /** MarkReadReq convId */
            convId?: (string|null);

            /** MarkReadReq seq */
            seq?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MarkReadReq. */
        type $Shape = parley.MarkReadReq.$Properties;
    }

    /**
     * Properties of a ConvUpdateReq.
     * @deprecated Use parley.ConvUpdateReq.$Properties instead.
     */
    interface IConvUpdateReq extends parley.ConvUpdateReq.$Properties {
    }

    /** Represents a ConvUpdateReq. */
    class ConvUpdateReq {

        /**
         * Constructs a new ConvUpdateReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.ConvUpdateReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ConvUpdateReq convId. */
        convId: string;

        /** ConvUpdateReq pinned. */
        pinned?: (boolean|null);

        /** ConvUpdateReq muted. */
        muted?: (boolean|null);

        /** ConvUpdateReq hidden. */
        hidden?: (boolean|null);

        /** ConvUpdateReq draft. */
        draft?: (string|null);

        /**
         * Encodes the specified ConvUpdateReq message. Does not implicitly {@link parley.ConvUpdateReq.verify|verify} messages.
         * @param message ConvUpdateReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.ConvUpdateReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ConvUpdateReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.ConvUpdateReq & parley.ConvUpdateReq.$Shape} ConvUpdateReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.ConvUpdateReq & parley.ConvUpdateReq.$Shape;
    }

    namespace ConvUpdateReq {

        /** Properties of a ConvUpdateReq. */
        interface $Properties {

            /** ConvUpdateReq convId */
            convId?: (string|null);

            /** ConvUpdateReq pinned */
            pinned?: (boolean|null);

            /** ConvUpdateReq muted */
            muted?: (boolean|null);

            /** ConvUpdateReq hidden */
            hidden?: (boolean|null);

            /** ConvUpdateReq draft */
            draft?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ConvUpdateReq. */
        type $Shape = parley.ConvUpdateReq.$Properties;
    }

    /**
     * Properties of a ConvIdReq.
     * @deprecated Use parley.ConvIdReq.$Properties instead.
     */
    interface IConvIdReq extends parley.ConvIdReq.$Properties {
    }

    /** Represents a ConvIdReq. */
    class ConvIdReq {

        /**
         * Constructs a new ConvIdReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.ConvIdReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ConvIdReq convId. */
        convId: string;

        /**
         * Encodes the specified ConvIdReq message. Does not implicitly {@link parley.ConvIdReq.verify|verify} messages.
         * @param message ConvIdReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.ConvIdReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ConvIdReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.ConvIdReq & parley.ConvIdReq.$Shape} ConvIdReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.ConvIdReq & parley.ConvIdReq.$Shape;
    }

    namespace ConvIdReq {

        /** Properties of a ConvIdReq. */
        interface $Properties {

            /** ConvIdReq convId */
            convId?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ConvIdReq. */
        type $Shape = parley.ConvIdReq.$Properties;
    }

    /**
     * Properties of a ConvResp.
     * @deprecated Use parley.ConvResp.$Properties instead.
     */
    interface IConvResp extends parley.ConvResp.$Properties {
    }

    /** Represents a ConvResp. */
    class ConvResp {

        /**
         * Constructs a new ConvResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.ConvResp.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ConvResp conversation. */
        conversation?: (parley.Conversation.$Properties|null);

        /** ConvResp totalUnread. */
        totalUnread: number;

        /**
         * Encodes the specified ConvResp message. Does not implicitly {@link parley.ConvResp.verify|verify} messages.
         * @param message ConvResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.ConvResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ConvResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.ConvResp & parley.ConvResp.$Shape} ConvResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.ConvResp & parley.ConvResp.$Shape;
    }

    namespace ConvResp {

        /** Properties of a ConvResp. */
        interface $Properties {

            /** ConvResp conversation */
            conversation?: (parley.Conversation.$Properties|null);

            /** ConvResp totalUnread */
            totalUnread?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ConvResp. */
        type $Shape = parley.ConvResp.$Properties;
    }

    /**
     * Properties of an UnreadResp.
     * @deprecated Use parley.UnreadResp.$Properties instead.
     */
    interface IUnreadResp extends parley.UnreadResp.$Properties {
    }

    /** Represents an UnreadResp. */
    class UnreadResp {

        /**
         * Constructs a new UnreadResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.UnreadResp.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** UnreadResp totalUnread. */
        totalUnread: number;

        /**
         * Encodes the specified UnreadResp message. Does not implicitly {@link parley.UnreadResp.verify|verify} messages.
         * @param message UnreadResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.UnreadResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UnreadResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.UnreadResp & parley.UnreadResp.$Shape} UnreadResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.UnreadResp & parley.UnreadResp.$Shape;
    }

    namespace UnreadResp {

        /** Properties of an UnreadResp. */
        interface $Properties {

            /** UnreadResp totalUnread */
            totalUnread?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an UnreadResp. */
        type $Shape = parley.UnreadResp.$Properties;
    }

    /**
     * Properties of a GroupInfo.
     * @deprecated Use parley.GroupInfo.$Properties instead.
     */
    interface IGroupInfo extends parley.GroupInfo.$Properties {
    }

    /** Represents a GroupInfo. */
    class GroupInfo {

        /**
         * Constructs a new GroupInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.GroupInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GroupInfo groupId. */
        groupId: string;

        /** GroupInfo name. */
        name: string;

        /** GroupInfo avatar. */
        avatar: string;

        /** GroupInfo intro. */
        intro: string;

        /** GroupInfo type. */
        type: parley.GroupType;

        /** GroupInfo joinPolicy. */
        joinPolicy: parley.JoinPolicy;

        /** GroupInfo ownerUid. */
        ownerUid: string;

        /** GroupInfo memberCount. */
        memberCount: number;

        /** GroupInfo mutedAll. */
        mutedAll: boolean;

        /** GroupInfo dismissed. */
        dismissed: boolean;

        /** GroupInfo createdAt. */
        createdAt: number;

        /** GroupInfo myRole. */
        myRole: parley.GroupRole;

        /** GroupInfo readDiffusion. */
        readDiffusion: boolean;

        /** GroupInfo convId. */
        convId: string;

        /**
         * Encodes the specified GroupInfo message. Does not implicitly {@link parley.GroupInfo.verify|verify} messages.
         * @param message GroupInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.GroupInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GroupInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.GroupInfo & parley.GroupInfo.$Shape} GroupInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.GroupInfo & parley.GroupInfo.$Shape;
    }

    namespace GroupInfo {

        /** Properties of a GroupInfo. */
        interface $Properties {

            /** GroupInfo groupId */
            groupId?: (string|null);

            /** GroupInfo name */
            name?: (string|null);

            /** GroupInfo avatar */
            avatar?: (string|null);

            /** GroupInfo intro */
            intro?: (string|null);

            /** GroupInfo type */
            type?: (parley.GroupType|null);

            /** GroupInfo joinPolicy */
            joinPolicy?: (parley.JoinPolicy|null);

            /** GroupInfo ownerUid */
            ownerUid?: (string|null);

            /** GroupInfo memberCount */
            memberCount?: (number|null);

            /** GroupInfo mutedAll */
            mutedAll?: (boolean|null);

            /** GroupInfo dismissed */
            dismissed?: (boolean|null);

            /** GroupInfo createdAt */
            createdAt?: (number|null);

            /** GroupInfo myRole */
            myRole?: (parley.GroupRole|null);

            /** GroupInfo readDiffusion */
            readDiffusion?: (boolean|null);

            /** GroupInfo convId */
            convId?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GroupInfo. */
        type $Shape = parley.GroupInfo.$Properties;
    }

    /**
     * Properties of a GroupMember.
     * @deprecated Use parley.GroupMember.$Properties instead.
     */
    interface IGroupMember extends parley.GroupMember.$Properties {
    }

    /** Represents a GroupMember. */
    class GroupMember {

        /**
         * Constructs a new GroupMember.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.GroupMember.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GroupMember uid. */
        uid: string;

        /** GroupMember role. */
        role: parley.GroupRole;

        /** GroupMember nickname. */
        nickname: string;

        /** GroupMember mutedUntil. */
        mutedUntil: number;

        /** GroupMember joinedAt. */
        joinedAt: number;

        /**
         * Encodes the specified GroupMember message. Does not implicitly {@link parley.GroupMember.verify|verify} messages.
         * @param message GroupMember message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.GroupMember.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GroupMember message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.GroupMember & parley.GroupMember.$Shape} GroupMember
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.GroupMember & parley.GroupMember.$Shape;
    }

    namespace GroupMember {

        /** Properties of a GroupMember. */
        interface $Properties {

            /** GroupMember uid */
            uid?: (string|null);

            /** GroupMember role */
            role?: (parley.GroupRole|null);

            /** GroupMember nickname */
            nickname?: (string|null);

            /** GroupMember mutedUntil */
            mutedUntil?: (number|null);

            /** GroupMember joinedAt */
            joinedAt?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GroupMember. */
        type $Shape = parley.GroupMember.$Properties;
    }

    /**
     * Properties of a GroupCreateReq.
     * @deprecated Use parley.GroupCreateReq.$Properties instead.
     */
    interface IGroupCreateReq extends parley.GroupCreateReq.$Properties {
    }

    /** Represents a GroupCreateReq. */
    class GroupCreateReq {

        /**
         * Constructs a new GroupCreateReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.GroupCreateReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GroupCreateReq name. */
        name: string;

        /** GroupCreateReq avatar. */
        avatar: string;

        /** GroupCreateReq intro. */
        intro: string;

        /** GroupCreateReq type. */
        type: parley.GroupType;

        /** GroupCreateReq joinPolicy. */
        joinPolicy: parley.JoinPolicy;

        /** GroupCreateReq memberUids. */
        memberUids: string[];

        /** GroupCreateReq groupId. */
        groupId: string;

        /**
         * Encodes the specified GroupCreateReq message. Does not implicitly {@link parley.GroupCreateReq.verify|verify} messages.
         * @param message GroupCreateReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.GroupCreateReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GroupCreateReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.GroupCreateReq & parley.GroupCreateReq.$Shape} GroupCreateReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.GroupCreateReq & parley.GroupCreateReq.$Shape;
    }

    namespace GroupCreateReq {

        /** Properties of a GroupCreateReq. */
        interface $Properties {

            /** GroupCreateReq name */
            name?: (string|null);

            /** GroupCreateReq avatar */
            avatar?: (string|null);

            /** GroupCreateReq intro */
            intro?: (string|null);

            /** GroupCreateReq type */
            type?: (parley.GroupType|null);

            /** GroupCreateReq joinPolicy */
            joinPolicy?: (parley.JoinPolicy|null);

            /** GroupCreateReq memberUids */
            memberUids?: (string[]|null);

            /** GroupCreateReq groupId */
            groupId?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GroupCreateReq. */
        type $Shape = parley.GroupCreateReq.$Properties;
    }

    /**
     * Properties of a GroupResp.
     * @deprecated Use parley.GroupResp.$Properties instead.
     */
    interface IGroupResp extends parley.GroupResp.$Properties {
    }

    /** Represents a GroupResp. */
    class GroupResp {

        /**
         * Constructs a new GroupResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.GroupResp.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GroupResp group. */
        group?: (parley.GroupInfo.$Properties|null);

        /**
         * Encodes the specified GroupResp message. Does not implicitly {@link parley.GroupResp.verify|verify} messages.
         * @param message GroupResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.GroupResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GroupResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.GroupResp & parley.GroupResp.$Shape} GroupResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.GroupResp & parley.GroupResp.$Shape;
    }

    namespace GroupResp {

        /** Properties of a GroupResp. */
        interface $Properties {

            /** GroupResp group */
            group?: (parley.GroupInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GroupResp. */
        type $Shape = parley.GroupResp.$Properties;
    }

    /**
     * Properties of a GroupIdReq.
     * @deprecated Use parley.GroupIdReq.$Properties instead.
     */
    interface IGroupIdReq extends parley.GroupIdReq.$Properties {
    }

    /** Represents a GroupIdReq. */
    class GroupIdReq {

        /**
         * Constructs a new GroupIdReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.GroupIdReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GroupIdReq groupId. */
        groupId: string;

        /**
         * Encodes the specified GroupIdReq message. Does not implicitly {@link parley.GroupIdReq.verify|verify} messages.
         * @param message GroupIdReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.GroupIdReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GroupIdReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.GroupIdReq & parley.GroupIdReq.$Shape} GroupIdReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.GroupIdReq & parley.GroupIdReq.$Shape;
    }

    namespace GroupIdReq {

        /** Properties of a GroupIdReq. */
        interface $Properties {

            /** GroupIdReq groupId */
            groupId?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GroupIdReq. */
        type $Shape = parley.GroupIdReq.$Properties;
    }

    /**
     * Properties of a GroupUpdateReq.
     * @deprecated Use parley.GroupUpdateReq.$Properties instead.
     */
    interface IGroupUpdateReq extends parley.GroupUpdateReq.$Properties {
    }

    /** Represents a GroupUpdateReq. */
    class GroupUpdateReq {

        /**
         * Constructs a new GroupUpdateReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.GroupUpdateReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GroupUpdateReq groupId. */
        groupId: string;

        /** GroupUpdateReq name. */
        name?: (string|null);

        /** GroupUpdateReq avatar. */
        avatar?: (string|null);

        /** GroupUpdateReq intro. */
        intro?: (string|null);

        /** GroupUpdateReq joinPolicy. */
        joinPolicy?: (parley.JoinPolicy|null);

        /**
         * Encodes the specified GroupUpdateReq message. Does not implicitly {@link parley.GroupUpdateReq.verify|verify} messages.
         * @param message GroupUpdateReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.GroupUpdateReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GroupUpdateReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.GroupUpdateReq & parley.GroupUpdateReq.$Shape} GroupUpdateReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.GroupUpdateReq & parley.GroupUpdateReq.$Shape;
    }

    namespace GroupUpdateReq {

        /** Properties of a GroupUpdateReq. */
        interface $Properties {

            /** GroupUpdateReq groupId */
            groupId?: (string|null);

            /** GroupUpdateReq name */
            name?: (string|null);

            /** GroupUpdateReq avatar */
            avatar?: (string|null);

            /** GroupUpdateReq intro */
            intro?: (string|null);

            /** GroupUpdateReq joinPolicy */
            joinPolicy?: (parley.JoinPolicy|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GroupUpdateReq. */
        type $Shape = parley.GroupUpdateReq.$Properties;
    }

    /**
     * Properties of a GroupMembersReq.
     * @deprecated Use parley.GroupMembersReq.$Properties instead.
     */
    interface IGroupMembersReq extends parley.GroupMembersReq.$Properties {
    }

    /** Represents a GroupMembersReq. */
    class GroupMembersReq {

        /**
         * Constructs a new GroupMembersReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.GroupMembersReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GroupMembersReq groupId. */
        groupId: string;

        /** GroupMembersReq afterUid. */
        afterUid: string;

        /** GroupMembersReq limit. */
        limit: number;

        /**
         * Encodes the specified GroupMembersReq message. Does not implicitly {@link parley.GroupMembersReq.verify|verify} messages.
         * @param message GroupMembersReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.GroupMembersReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GroupMembersReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.GroupMembersReq & parley.GroupMembersReq.$Shape} GroupMembersReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.GroupMembersReq & parley.GroupMembersReq.$Shape;
    }

    namespace GroupMembersReq {

        /** Properties of a GroupMembersReq. */
        interface $Properties {

            /** GroupMembersReq groupId */
            groupId?: (string|null);

            /** GroupMembersReq afterUid */
            afterUid?: (string|null);

            /** GroupMembersReq limit */
            limit?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GroupMembersReq. */
        type $Shape = parley.GroupMembersReq.$Properties;
    }

    /**
     * Properties of a GroupMembersResp.
     * @deprecated Use parley.GroupMembersResp.$Properties instead.
     */
    interface IGroupMembersResp extends parley.GroupMembersResp.$Properties {
    }

    /** Represents a GroupMembersResp. */
    class GroupMembersResp {

        /**
         * Constructs a new GroupMembersResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.GroupMembersResp.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GroupMembersResp members. */
        members: parley.GroupMember.$Properties[];

        /** GroupMembersResp hasMore. */
        hasMore: boolean;

        /**
         * Encodes the specified GroupMembersResp message. Does not implicitly {@link parley.GroupMembersResp.verify|verify} messages.
         * @param message GroupMembersResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.GroupMembersResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GroupMembersResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.GroupMembersResp & parley.GroupMembersResp.$Shape} GroupMembersResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.GroupMembersResp & parley.GroupMembersResp.$Shape;
    }

    namespace GroupMembersResp {

        /** Properties of a GroupMembersResp. */
        interface $Properties {

            /** GroupMembersResp members */
            members?: (parley.GroupMember.$Properties[]|null);

            /** GroupMembersResp hasMore */
            hasMore?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GroupMembersResp. */
        type $Shape = parley.GroupMembersResp.$Properties;
    }

    /**
     * Properties of a GroupJoinReq.
     * @deprecated Use parley.GroupJoinReq.$Properties instead.
     */
    interface IGroupJoinReq extends parley.GroupJoinReq.$Properties {
    }

    /** Represents a GroupJoinReq. */
    class GroupJoinReq {

        /**
         * Constructs a new GroupJoinReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.GroupJoinReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GroupJoinReq groupId. */
        groupId: string;

        /** GroupJoinReq note. */
        note: string;

        /**
         * Encodes the specified GroupJoinReq message. Does not implicitly {@link parley.GroupJoinReq.verify|verify} messages.
         * @param message GroupJoinReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.GroupJoinReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GroupJoinReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.GroupJoinReq & parley.GroupJoinReq.$Shape} GroupJoinReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.GroupJoinReq & parley.GroupJoinReq.$Shape;
    }

    namespace GroupJoinReq {

        /** Properties of a GroupJoinReq. */
        interface $Properties {

            /** GroupJoinReq groupId */
            groupId?: (string|null);

            /** GroupJoinReq note */
            note?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GroupJoinReq. */
        type $Shape = parley.GroupJoinReq.$Properties;
    }

    /**
     * Properties of a GroupJoinResp.
     * @deprecated Use parley.GroupJoinResp.$Properties instead.
     */
    interface IGroupJoinResp extends parley.GroupJoinResp.$Properties {
    }

    /** Represents a GroupJoinResp. */
    class GroupJoinResp {

        /**
         * Constructs a new GroupJoinResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.GroupJoinResp.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GroupJoinResp joined. */
        joined: boolean;

        /** GroupJoinResp pending. */
        pending: boolean;

        /**
         * Encodes the specified GroupJoinResp message. Does not implicitly {@link parley.GroupJoinResp.verify|verify} messages.
         * @param message GroupJoinResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.GroupJoinResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GroupJoinResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.GroupJoinResp & parley.GroupJoinResp.$Shape} GroupJoinResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.GroupJoinResp & parley.GroupJoinResp.$Shape;
    }

    namespace GroupJoinResp {

        /** Properties of a GroupJoinResp. */
        interface $Properties {

            /** GroupJoinResp joined */
            joined?: (boolean|null);

            /** GroupJoinResp pending */
            pending?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GroupJoinResp. */
        type $Shape = parley.GroupJoinResp.$Properties;
    }

    /**
     * Properties of a JoinRequest.
     * @deprecated Use parley.JoinRequest.$Properties instead.
     */
    interface IJoinRequest extends parley.JoinRequest.$Properties {
    }

    /** Represents a JoinRequest. */
    class JoinRequest {

        /**
         * Constructs a new JoinRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.JoinRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** JoinRequest uid. */
        uid: string;

        /** JoinRequest note. */
        note: string;

        /** JoinRequest ts. */
        ts: number;

        /**
         * Encodes the specified JoinRequest message. Does not implicitly {@link parley.JoinRequest.verify|verify} messages.
         * @param message JoinRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.JoinRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a JoinRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.JoinRequest & parley.JoinRequest.$Shape} JoinRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.JoinRequest & parley.JoinRequest.$Shape;
    }

    namespace JoinRequest {

        /** Properties of a JoinRequest. */
        interface $Properties {

            /** JoinRequest uid */
            uid?: (string|null);

            /** JoinRequest note */
            note?: (string|null);

            /** JoinRequest ts */
            ts?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a JoinRequest. */
        type $Shape = parley.JoinRequest.$Properties;
    }

    /**
     * Properties of a JoinRequestsResp.
     * @deprecated Use parley.JoinRequestsResp.$Properties instead.
     */
    interface IJoinRequestsResp extends parley.JoinRequestsResp.$Properties {
    }

    /** Represents a JoinRequestsResp. */
    class JoinRequestsResp {

        /**
         * Constructs a new JoinRequestsResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.JoinRequestsResp.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** JoinRequestsResp requests. */
        requests: parley.JoinRequest.$Properties[];

        /**
         * Encodes the specified JoinRequestsResp message. Does not implicitly {@link parley.JoinRequestsResp.verify|verify} messages.
         * @param message JoinRequestsResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.JoinRequestsResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a JoinRequestsResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.JoinRequestsResp & parley.JoinRequestsResp.$Shape} JoinRequestsResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.JoinRequestsResp & parley.JoinRequestsResp.$Shape;
    }

    namespace JoinRequestsResp {

        /** Properties of a JoinRequestsResp. */
        interface $Properties {

            /** JoinRequestsResp requests */
            requests?: (parley.JoinRequest.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a JoinRequestsResp. */
        type $Shape = parley.JoinRequestsResp.$Properties;
    }

    /**
     * Properties of a GroupApproveReq.
     * @deprecated Use parley.GroupApproveReq.$Properties instead.
     */
    interface IGroupApproveReq extends parley.GroupApproveReq.$Properties {
    }

    /** Represents a GroupApproveReq. */
    class GroupApproveReq {

        /**
         * Constructs a new GroupApproveReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.GroupApproveReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GroupApproveReq groupId. */
        groupId: string;

        /** GroupApproveReq uid. */
        uid: string;

        /** GroupApproveReq accept. */
        accept: boolean;

        /**
         * Encodes the specified GroupApproveReq message. Does not implicitly {@link parley.GroupApproveReq.verify|verify} messages.
         * @param message GroupApproveReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.GroupApproveReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GroupApproveReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.GroupApproveReq & parley.GroupApproveReq.$Shape} GroupApproveReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.GroupApproveReq & parley.GroupApproveReq.$Shape;
    }

    namespace GroupApproveReq {

        /** Properties of a GroupApproveReq. */
        interface $Properties {

            /** GroupApproveReq groupId */
            groupId?: (string|null);

            /** GroupApproveReq uid */
            uid?: (string|null);

            /** GroupApproveReq accept */
            accept?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GroupApproveReq. */
        type $Shape = parley.GroupApproveReq.$Properties;
    }

    /**
     * Properties of a GroupUidsReq.
     * @deprecated Use parley.GroupUidsReq.$Properties instead.
     */
    interface IGroupUidsReq extends parley.GroupUidsReq.$Properties {
    }

    /** Represents a GroupUidsReq. */
    class GroupUidsReq {

        /**
         * Constructs a new GroupUidsReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.GroupUidsReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GroupUidsReq groupId. */
        groupId: string;

        /** GroupUidsReq uids. */
        uids: string[];

        /**
         * Encodes the specified GroupUidsReq message. Does not implicitly {@link parley.GroupUidsReq.verify|verify} messages.
         * @param message GroupUidsReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.GroupUidsReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GroupUidsReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.GroupUidsReq & parley.GroupUidsReq.$Shape} GroupUidsReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.GroupUidsReq & parley.GroupUidsReq.$Shape;
    }

    namespace GroupUidsReq {

        /** Properties of a GroupUidsReq. */
        interface $Properties {

            /** GroupUidsReq groupId */
            groupId?: (string|null);

            /** GroupUidsReq uids */
            uids?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GroupUidsReq. */
        type $Shape = parley.GroupUidsReq.$Properties;
    }

    /**
     * Properties of a GroupUidReq.
     * @deprecated Use parley.GroupUidReq.$Properties instead.
     */
    interface IGroupUidReq extends parley.GroupUidReq.$Properties {
    }

    /** Represents a GroupUidReq. */
    class GroupUidReq {

        /**
         * Constructs a new GroupUidReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.GroupUidReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GroupUidReq groupId. */
        groupId: string;

        /** GroupUidReq uid. */
        uid: string;

        /**
         * Encodes the specified GroupUidReq message. Does not implicitly {@link parley.GroupUidReq.verify|verify} messages.
         * @param message GroupUidReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.GroupUidReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GroupUidReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.GroupUidReq & parley.GroupUidReq.$Shape} GroupUidReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.GroupUidReq & parley.GroupUidReq.$Shape;
    }

    namespace GroupUidReq {

        /** Properties of a GroupUidReq. */
        interface $Properties {

            /** GroupUidReq groupId */
            groupId?: (string|null);

            /** GroupUidReq uid */
            uid?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GroupUidReq. */
        type $Shape = parley.GroupUidReq.$Properties;
    }

    /**
     * Properties of a GroupRoleReq.
     * @deprecated Use parley.GroupRoleReq.$Properties instead.
     */
    interface IGroupRoleReq extends parley.GroupRoleReq.$Properties {
    }

    /** Represents a GroupRoleReq. */
    class GroupRoleReq {

        /**
         * Constructs a new GroupRoleReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.GroupRoleReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GroupRoleReq groupId. */
        groupId: string;

        /** GroupRoleReq uid. */
        uid: string;

        /** GroupRoleReq role. */
        role: parley.GroupRole;

        /**
         * Encodes the specified GroupRoleReq message. Does not implicitly {@link parley.GroupRoleReq.verify|verify} messages.
         * @param message GroupRoleReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.GroupRoleReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GroupRoleReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.GroupRoleReq & parley.GroupRoleReq.$Shape} GroupRoleReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.GroupRoleReq & parley.GroupRoleReq.$Shape;
    }

    namespace GroupRoleReq {

        /** Properties of a GroupRoleReq. */
        interface $Properties {

            /** GroupRoleReq groupId */
            groupId?: (string|null);

            /** GroupRoleReq uid */
            uid?: (string|null);

            /** GroupRoleReq role */
            role?: (parley.GroupRole|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GroupRoleReq. */
        type $Shape = parley.GroupRoleReq.$Properties;
    }

    /**
     * Properties of a GroupMuteReq.
     * @deprecated Use parley.GroupMuteReq.$Properties instead.
     */
    interface IGroupMuteReq extends parley.GroupMuteReq.$Properties {
    }

    /** Represents a GroupMuteReq. */
    class GroupMuteReq {

        /**
         * Constructs a new GroupMuteReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.GroupMuteReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GroupMuteReq groupId. */
        groupId: string;

        /** GroupMuteReq uid. */
        uid: string;

        /** GroupMuteReq untilMs. */
        untilMs: number;

        /**
         * Encodes the specified GroupMuteReq message. Does not implicitly {@link parley.GroupMuteReq.verify|verify} messages.
         * @param message GroupMuteReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.GroupMuteReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GroupMuteReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.GroupMuteReq & parley.GroupMuteReq.$Shape} GroupMuteReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.GroupMuteReq & parley.GroupMuteReq.$Shape;
    }

    namespace GroupMuteReq {

        /** Properties of a GroupMuteReq. */
        interface $Properties {

            /** GroupMuteReq groupId */
            groupId?: (string|null);

            /** GroupMuteReq uid */
            uid?: (string|null);

            /** GroupMuteReq untilMs */
            untilMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GroupMuteReq. */
        type $Shape = parley.GroupMuteReq.$Properties;
    }

    /**
     * Properties of a GroupNicknameReq.
     * @deprecated Use parley.GroupNicknameReq.$Properties instead.
     */
    interface IGroupNicknameReq extends parley.GroupNicknameReq.$Properties {
    }

    /** Represents a GroupNicknameReq. */
    class GroupNicknameReq {

        /**
         * Constructs a new GroupNicknameReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.GroupNicknameReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GroupNicknameReq groupId. */
        groupId: string;

        /** GroupNicknameReq nickname. */
        nickname: string;

        /**
         * Encodes the specified GroupNicknameReq message. Does not implicitly {@link parley.GroupNicknameReq.verify|verify} messages.
         * @param message GroupNicknameReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.GroupNicknameReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GroupNicknameReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.GroupNicknameReq & parley.GroupNicknameReq.$Shape} GroupNicknameReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.GroupNicknameReq & parley.GroupNicknameReq.$Shape;
    }

    namespace GroupNicknameReq {

        /** Properties of a GroupNicknameReq. */
        interface $Properties {

            /** GroupNicknameReq groupId */
            groupId?: (string|null);

            /** GroupNicknameReq nickname */
            nickname?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GroupNicknameReq. */
        type $Shape = parley.GroupNicknameReq.$Properties;
    }

    /**
     * Properties of a GroupListResp.
     * @deprecated Use parley.GroupListResp.$Properties instead.
     */
    interface IGroupListResp extends parley.GroupListResp.$Properties {
    }

    /** Represents a GroupListResp. */
    class GroupListResp {

        /**
         * Constructs a new GroupListResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.GroupListResp.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GroupListResp groups. */
        groups: parley.GroupInfo.$Properties[];

        /**
         * Encodes the specified GroupListResp message. Does not implicitly {@link parley.GroupListResp.verify|verify} messages.
         * @param message GroupListResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.GroupListResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GroupListResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.GroupListResp & parley.GroupListResp.$Shape} GroupListResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.GroupListResp & parley.GroupListResp.$Shape;
    }

    namespace GroupListResp {

        /** Properties of a GroupListResp. */
        interface $Properties {

            /** GroupListResp groups */
            groups?: (parley.GroupInfo.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GroupListResp. */
        type $Shape = parley.GroupListResp.$Properties;
    }

    /**
     * Properties of a Profile.
     * @deprecated Use parley.Profile.$Properties instead.
     */
    interface IProfile extends parley.Profile.$Properties {
    }

    /** Represents a Profile. */
    class Profile {

        /**
         * Constructs a new Profile.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.Profile.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Profile uid. */
        uid: string;

        /** Profile nickname. */
        nickname: string;

        /** Profile avatar. */
        avatar: string;

        /** Profile signature. */
        signature: string;

        /**
         * Encodes the specified Profile message. Does not implicitly {@link parley.Profile.verify|verify} messages.
         * @param message Profile message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.Profile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Profile message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.Profile & parley.Profile.$Shape} Profile
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.Profile & parley.Profile.$Shape;
    }

    namespace Profile {

        /** Properties of a Profile. */
        interface $Properties {

            /** Profile uid */
            uid?: (string|null);

            /** Profile nickname */
            nickname?: (string|null);

            /** Profile avatar */
            avatar?: (string|null);

            /** Profile signature */
            signature?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Profile. */
        type $Shape = parley.Profile.$Properties;
    }

    /**
     * Properties of an UidsReq.
     * @deprecated Use parley.UidsReq.$Properties instead.
     */
    interface IUidsReq extends parley.UidsReq.$Properties {
    }

    /** Represents an UidsReq. */
    class UidsReq {

        /**
         * Constructs a new UidsReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.UidsReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** UidsReq uids. */
        uids: string[];

        /**
         * Encodes the specified UidsReq message. Does not implicitly {@link parley.UidsReq.verify|verify} messages.
         * @param message UidsReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.UidsReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UidsReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.UidsReq & parley.UidsReq.$Shape} UidsReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.UidsReq & parley.UidsReq.$Shape;
    }

    namespace UidsReq {

        /** Properties of an UidsReq. */
        interface $Properties {

            /** UidsReq uids */
            uids?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an UidsReq. */
        type $Shape = parley.UidsReq.$Properties;
    }

    /**
     * Properties of a ProfilesResp.
     * @deprecated Use parley.ProfilesResp.$Properties instead.
     */
    interface IProfilesResp extends parley.ProfilesResp.$Properties {
    }

    /** Represents a ProfilesResp. */
    class ProfilesResp {

        /**
         * Constructs a new ProfilesResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.ProfilesResp.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ProfilesResp profiles. */
        profiles: parley.Profile.$Properties[];

        /**
         * Encodes the specified ProfilesResp message. Does not implicitly {@link parley.ProfilesResp.verify|verify} messages.
         * @param message ProfilesResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.ProfilesResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ProfilesResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.ProfilesResp & parley.ProfilesResp.$Shape} ProfilesResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.ProfilesResp & parley.ProfilesResp.$Shape;
    }

    namespace ProfilesResp {

        /** Properties of a ProfilesResp. */
        interface $Properties {

            /** ProfilesResp profiles */
            profiles?: (parley.Profile.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ProfilesResp. */
        type $Shape = parley.ProfilesResp.$Properties;
    }

    /**
     * Properties of a ProfileUpdateReq.
     * @deprecated Use parley.ProfileUpdateReq.$Properties instead.
     */
    interface IProfileUpdateReq extends parley.ProfileUpdateReq.$Properties {
    }

    /** Represents a ProfileUpdateReq. */
    class ProfileUpdateReq {

        /**
         * Constructs a new ProfileUpdateReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.ProfileUpdateReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ProfileUpdateReq nickname. */
        nickname?: (string|null);

        /** ProfileUpdateReq avatar. */
        avatar?: (string|null);

        /** ProfileUpdateReq signature. */
        signature?: (string|null);

        /** ProfileUpdateReq readReceipts. */
        readReceipts?: (boolean|null);

        /**
         * Encodes the specified ProfileUpdateReq message. Does not implicitly {@link parley.ProfileUpdateReq.verify|verify} messages.
         * @param message ProfileUpdateReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.ProfileUpdateReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ProfileUpdateReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.ProfileUpdateReq & parley.ProfileUpdateReq.$Shape} ProfileUpdateReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.ProfileUpdateReq & parley.ProfileUpdateReq.$Shape;
    }

    namespace ProfileUpdateReq {

        /** Properties of a ProfileUpdateReq. */
        interface $Properties {

            /** ProfileUpdateReq nickname */
            nickname?: (string|null);

            /** ProfileUpdateReq avatar */
            avatar?: (string|null);

            /** ProfileUpdateReq signature */
            signature?: (string|null);

            /** ProfileUpdateReq readReceipts */
            readReceipts?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ProfileUpdateReq. */
        type $Shape = parley.ProfileUpdateReq.$Properties;
    }

    /**
     * Properties of a ProfileResp.
     * @deprecated Use parley.ProfileResp.$Properties instead.
     */
    interface IProfileResp extends parley.ProfileResp.$Properties {
    }

    /** Represents a ProfileResp. */
    class ProfileResp {

        /**
         * Constructs a new ProfileResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.ProfileResp.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ProfileResp profile. */
        profile?: (parley.Profile.$Properties|null);

        /** ProfileResp readReceipts. */
        readReceipts: boolean;

        /**
         * Encodes the specified ProfileResp message. Does not implicitly {@link parley.ProfileResp.verify|verify} messages.
         * @param message ProfileResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.ProfileResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ProfileResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.ProfileResp & parley.ProfileResp.$Shape} ProfileResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.ProfileResp & parley.ProfileResp.$Shape;
    }

    namespace ProfileResp {

        /** Properties of a ProfileResp. */
        interface $Properties {

            /** ProfileResp profile */
            profile?: (parley.Profile.$Properties|null);

            /** ProfileResp readReceipts */
            readReceipts?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ProfileResp. */
        type $Shape = parley.ProfileResp.$Properties;
    }

    /**
     * Properties of a UserSearchReq.
     * @deprecated Use parley.UserSearchReq.$Properties instead.
     */
    interface IUserSearchReq extends parley.UserSearchReq.$Properties {
    }

    /** Represents a UserSearchReq. */
    class UserSearchReq {

        /**
         * Constructs a new UserSearchReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.UserSearchReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** UserSearchReq query. */
        query: string;

        /** UserSearchReq limit. */
        limit: number;

        /**
         * Encodes the specified UserSearchReq message. Does not implicitly {@link parley.UserSearchReq.verify|verify} messages.
         * @param message UserSearchReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.UserSearchReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a UserSearchReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.UserSearchReq & parley.UserSearchReq.$Shape} UserSearchReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.UserSearchReq & parley.UserSearchReq.$Shape;
    }

    namespace UserSearchReq {

        /** Properties of a UserSearchReq. */
        interface $Properties {

            /** UserSearchReq query */
            query?: (string|null);

            /** UserSearchReq limit */
            limit?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a UserSearchReq. */
        type $Shape = parley.UserSearchReq.$Properties;
    }

    /**
     * Properties of a PresenceState.
     * @deprecated Use parley.PresenceState.$Properties instead.
     */
    interface IPresenceState extends parley.PresenceState.$Properties {
    }

    /** Represents a PresenceState. */
    class PresenceState {

        /**
         * Constructs a new PresenceState.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.PresenceState.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PresenceState uid. */
        uid: string;

        /** PresenceState online. */
        online: boolean;

        /** PresenceState ts. */
        ts: number;

        /**
         * Encodes the specified PresenceState message. Does not implicitly {@link parley.PresenceState.verify|verify} messages.
         * @param message PresenceState message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.PresenceState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PresenceState message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.PresenceState & parley.PresenceState.$Shape} PresenceState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.PresenceState & parley.PresenceState.$Shape;
    }

    namespace PresenceState {

        /** Properties of a PresenceState. */
        interface $Properties {

            /** PresenceState uid */
            uid?: (string|null);

            /** PresenceState online */
            online?: (boolean|null);

            /** PresenceState ts */
            ts?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PresenceState. */
        type $Shape = parley.PresenceState.$Properties;
    }

    /**
     * Properties of a PresenceResp.
     * @deprecated Use parley.PresenceResp.$Properties instead.
     */
    interface IPresenceResp extends parley.PresenceResp.$Properties {
    }

    /** Represents a PresenceResp. */
    class PresenceResp {

        /**
         * Constructs a new PresenceResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.PresenceResp.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PresenceResp states. */
        states: parley.PresenceState.$Properties[];

        /**
         * Encodes the specified PresenceResp message. Does not implicitly {@link parley.PresenceResp.verify|verify} messages.
         * @param message PresenceResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.PresenceResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PresenceResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.PresenceResp & parley.PresenceResp.$Shape} PresenceResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.PresenceResp & parley.PresenceResp.$Shape;
    }

    namespace PresenceResp {

        /** Properties of a PresenceResp. */
        interface $Properties {

            /** PresenceResp states */
            states?: (parley.PresenceState.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PresenceResp. */
        type $Shape = parley.PresenceResp.$Properties;
    }

    /** FriendRequestStatus enum. */
    enum FriendRequestStatus {

        /** FRIEND_REQUEST_STATUS_UNSPECIFIED value */
        FRIEND_REQUEST_STATUS_UNSPECIFIED = 0,

        /** PENDING value */
        PENDING = 1,

        /** ACCEPTED value */
        ACCEPTED = 2,

        /** REJECTED value */
        REJECTED = 3
    }

    /**
     * Properties of a FriendRequest.
     * @deprecated Use parley.FriendRequest.$Properties instead.
     */
    interface IFriendRequest extends parley.FriendRequest.$Properties {
    }

    /** Represents a FriendRequest. */
    class FriendRequest {

        /**
         * Constructs a new FriendRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.FriendRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FriendRequest fromUid. */
        fromUid: string;

        /** FriendRequest toUid. */
        toUid: string;

        /** FriendRequest note. */
        note: string;

        /** FriendRequest status. */
        status: parley.FriendRequestStatus;

        /** FriendRequest ts. */
        ts: number;

        /**
         * Encodes the specified FriendRequest message. Does not implicitly {@link parley.FriendRequest.verify|verify} messages.
         * @param message FriendRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.FriendRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FriendRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.FriendRequest & parley.FriendRequest.$Shape} FriendRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.FriendRequest & parley.FriendRequest.$Shape;
    }

    namespace FriendRequest {

        /** Properties of a FriendRequest. */
        interface $Properties {

            /** FriendRequest fromUid */
            fromUid?: (string|null);

            /** FriendRequest toUid */
            toUid?: (string|null);

            /** FriendRequest note */
            note?: (string|null);

            /** FriendRequest status */
            status?: (parley.FriendRequestStatus|null);

            /** FriendRequest ts */
            ts?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FriendRequest. */
        type $Shape = parley.FriendRequest.$Properties;
    }

    /**
     * Properties of a FriendRequestReq.
     * @deprecated Use parley.FriendRequestReq.$Properties instead.
     */
    interface IFriendRequestReq extends parley.FriendRequestReq.$Properties {
    }

    /** Represents a FriendRequestReq. */
    class FriendRequestReq {

        /**
         * Constructs a new FriendRequestReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.FriendRequestReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FriendRequestReq toUid. */
        toUid: string;

        /** FriendRequestReq note. */
        note: string;

        /**
         * Encodes the specified FriendRequestReq message. Does not implicitly {@link parley.FriendRequestReq.verify|verify} messages.
         * @param message FriendRequestReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.FriendRequestReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FriendRequestReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.FriendRequestReq & parley.FriendRequestReq.$Shape} FriendRequestReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.FriendRequestReq & parley.FriendRequestReq.$Shape;
    }

    namespace FriendRequestReq {

        /** Properties of a FriendRequestReq. */
        interface $Properties {

            /** FriendRequestReq toUid */
            toUid?: (string|null);

            /** FriendRequestReq note */
            note?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FriendRequestReq. */
        type $Shape = parley.FriendRequestReq.$Properties;
    }

    /**
     * Properties of a FriendRequestResp.
     * @deprecated Use parley.FriendRequestResp.$Properties instead.
     */
    interface IFriendRequestResp extends parley.FriendRequestResp.$Properties {
    }

    /** Represents a FriendRequestResp. */
    class FriendRequestResp {

        /**
         * Constructs a new FriendRequestResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.FriendRequestResp.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FriendRequestResp friends. */
        friends: boolean;

        /**
         * Encodes the specified FriendRequestResp message. Does not implicitly {@link parley.FriendRequestResp.verify|verify} messages.
         * @param message FriendRequestResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.FriendRequestResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FriendRequestResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.FriendRequestResp & parley.FriendRequestResp.$Shape} FriendRequestResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.FriendRequestResp & parley.FriendRequestResp.$Shape;
    }

    namespace FriendRequestResp {

        /** Properties of a FriendRequestResp. */
        interface $Properties {

            /** FriendRequestResp friends */
            friends?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FriendRequestResp. */
        type $Shape = parley.FriendRequestResp.$Properties;
    }

    /**
     * Properties of a FriendRespondReq.
     * @deprecated Use parley.FriendRespondReq.$Properties instead.
     */
    interface IFriendRespondReq extends parley.FriendRespondReq.$Properties {
    }

    /** Represents a FriendRespondReq. */
    class FriendRespondReq {

        /**
         * Constructs a new FriendRespondReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.FriendRespondReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FriendRespondReq fromUid. */
        fromUid: string;

        /** FriendRespondReq accept. */
        accept: boolean;

        /**
         * Encodes the specified FriendRespondReq message. Does not implicitly {@link parley.FriendRespondReq.verify|verify} messages.
         * @param message FriendRespondReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.FriendRespondReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FriendRespondReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.FriendRespondReq & parley.FriendRespondReq.$Shape} FriendRespondReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.FriendRespondReq & parley.FriendRespondReq.$Shape;
    }

    namespace FriendRespondReq {

        /** Properties of a FriendRespondReq. */
        interface $Properties {

            /** FriendRespondReq fromUid */
            fromUid?: (string|null);

            /** FriendRespondReq accept */
            accept?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FriendRespondReq. */
        type $Shape = parley.FriendRespondReq.$Properties;
    }

    /**
     * Properties of a FriendRequestsResp.
     * @deprecated Use parley.FriendRequestsResp.$Properties instead.
     */
    interface IFriendRequestsResp extends parley.FriendRequestsResp.$Properties {
    }

    /** Represents a FriendRequestsResp. */
    class FriendRequestsResp {

        /**
         * Constructs a new FriendRequestsResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.FriendRequestsResp.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FriendRequestsResp requests. */
        requests: parley.FriendRequest.$Properties[];

        /**
         * Encodes the specified FriendRequestsResp message. Does not implicitly {@link parley.FriendRequestsResp.verify|verify} messages.
         * @param message FriendRequestsResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.FriendRequestsResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FriendRequestsResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.FriendRequestsResp & parley.FriendRequestsResp.$Shape} FriendRequestsResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.FriendRequestsResp & parley.FriendRequestsResp.$Shape;
    }

    namespace FriendRequestsResp {

        /** Properties of a FriendRequestsResp. */
        interface $Properties {

            /** FriendRequestsResp requests */
            requests?: (parley.FriendRequest.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FriendRequestsResp. */
        type $Shape = parley.FriendRequestsResp.$Properties;
    }

    /**
     * Properties of a Friend.
     * @deprecated Use parley.Friend.$Properties instead.
     */
    interface IFriend extends parley.Friend.$Properties {
    }

    /** Represents a Friend. */
    class Friend {

        /**
         * Constructs a new Friend.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.Friend.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Friend uid. */
        uid: string;

        /** Friend remark. */
        remark: string;

        /** Friend since. */
        since: number;

        /** Friend profile. */
        profile?: (parley.Profile.$Properties|null);

        /**
         * Encodes the specified Friend message. Does not implicitly {@link parley.Friend.verify|verify} messages.
         * @param message Friend message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.Friend.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Friend message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.Friend & parley.Friend.$Shape} Friend
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.Friend & parley.Friend.$Shape;
    }

    namespace Friend {

        /** Properties of a Friend. */
        interface $Properties {

            /** Friend uid */
            uid?: (string|null);

            /** Friend remark */
            remark?: (string|null);

            /** Friend since */
            since?: (number|null);

            /** Friend profile */
            profile?: (parley.Profile.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Friend. */
        type $Shape = parley.Friend.$Properties;
    }

    /**
     * Properties of a FriendsResp.
     * @deprecated Use parley.FriendsResp.$Properties instead.
     */
    interface IFriendsResp extends parley.FriendsResp.$Properties {
    }

    /** Represents a FriendsResp. */
    class FriendsResp {

        /**
         * Constructs a new FriendsResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.FriendsResp.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FriendsResp friends. */
        friends: parley.Friend.$Properties[];

        /**
         * Encodes the specified FriendsResp message. Does not implicitly {@link parley.FriendsResp.verify|verify} messages.
         * @param message FriendsResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.FriendsResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FriendsResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.FriendsResp & parley.FriendsResp.$Shape} FriendsResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.FriendsResp & parley.FriendsResp.$Shape;
    }

    namespace FriendsResp {

        /** Properties of a FriendsResp. */
        interface $Properties {

            /** FriendsResp friends */
            friends?: (parley.Friend.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FriendsResp. */
        type $Shape = parley.FriendsResp.$Properties;
    }

    /**
     * Properties of a FriendRemarkReq.
     * @deprecated Use parley.FriendRemarkReq.$Properties instead.
     */
    interface IFriendRemarkReq extends parley.FriendRemarkReq.$Properties {
    }

    /** Represents a FriendRemarkReq. */
    class FriendRemarkReq {

        /**
         * Constructs a new FriendRemarkReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.FriendRemarkReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FriendRemarkReq uid. */
        uid: string;

        /** FriendRemarkReq remark. */
        remark: string;

        /**
         * Encodes the specified FriendRemarkReq message. Does not implicitly {@link parley.FriendRemarkReq.verify|verify} messages.
         * @param message FriendRemarkReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.FriendRemarkReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FriendRemarkReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.FriendRemarkReq & parley.FriendRemarkReq.$Shape} FriendRemarkReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.FriendRemarkReq & parley.FriendRemarkReq.$Shape;
    }

    namespace FriendRemarkReq {

        /** Properties of a FriendRemarkReq. */
        interface $Properties {

            /** FriendRemarkReq uid */
            uid?: (string|null);

            /** FriendRemarkReq remark */
            remark?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FriendRemarkReq. */
        type $Shape = parley.FriendRemarkReq.$Properties;
    }

    /**
     * Properties of an UidReq.
     * @deprecated Use parley.UidReq.$Properties instead.
     */
    interface IUidReq extends parley.UidReq.$Properties {
    }

    /** Represents an UidReq. */
    class UidReq {

        /**
         * Constructs a new UidReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.UidReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** UidReq uid. */
        uid: string;

        /**
         * Encodes the specified UidReq message. Does not implicitly {@link parley.UidReq.verify|verify} messages.
         * @param message UidReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.UidReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UidReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.UidReq & parley.UidReq.$Shape} UidReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.UidReq & parley.UidReq.$Shape;
    }

    namespace UidReq {

        /** Properties of an UidReq. */
        interface $Properties {

            /** UidReq uid */
            uid?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an UidReq. */
        type $Shape = parley.UidReq.$Properties;
    }

    /**
     * Properties of a BlockReq.
     * @deprecated Use parley.BlockReq.$Properties instead.
     */
    interface IBlockReq extends parley.BlockReq.$Properties {
    }

    /** Represents a BlockReq. */
    class BlockReq {

        /**
         * Constructs a new BlockReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.BlockReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BlockReq uid. */
        uid: string;

        /** BlockReq blocked. */
        blocked: boolean;

        /**
         * Encodes the specified BlockReq message. Does not implicitly {@link parley.BlockReq.verify|verify} messages.
         * @param message BlockReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.BlockReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BlockReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.BlockReq & parley.BlockReq.$Shape} BlockReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.BlockReq & parley.BlockReq.$Shape;
    }

    namespace BlockReq {

        /** Properties of a BlockReq. */
        interface $Properties {

            /** BlockReq uid */
            uid?: (string|null);

            /** BlockReq blocked */
            blocked?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BlockReq. */
        type $Shape = parley.BlockReq.$Properties;
    }

    /**
     * Properties of an UidsResp.
     * @deprecated Use parley.UidsResp.$Properties instead.
     */
    interface IUidsResp extends parley.UidsResp.$Properties {
    }

    /** Represents an UidsResp. */
    class UidsResp {

        /**
         * Constructs a new UidsResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.UidsResp.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** UidsResp uids. */
        uids: string[];

        /**
         * Encodes the specified UidsResp message. Does not implicitly {@link parley.UidsResp.verify|verify} messages.
         * @param message UidsResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.UidsResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UidsResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.UidsResp & parley.UidsResp.$Shape} UidsResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.UidsResp & parley.UidsResp.$Shape;
    }

    namespace UidsResp {

        /** Properties of an UidsResp. */
        interface $Properties {

            /** UidsResp uids */
            uids?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an UidsResp. */
        type $Shape = parley.UidsResp.$Properties;
    }

    /** ContactEventKind enum. */
    enum ContactEventKind {

        /** CONTACT_EVENT_KIND_UNSPECIFIED value */
        CONTACT_EVENT_KIND_UNSPECIFIED = 0,

        /** REQUESTED value */
        REQUESTED = 1,

        /** ACCEPTED_REQUEST value */
        ACCEPTED_REQUEST = 2,

        /** REJECTED_REQUEST value */
        REJECTED_REQUEST = 3,

        /** UNFRIENDED value */
        UNFRIENDED = 4
    }

    /**
     * Properties of a ContactEvent.
     * @deprecated Use parley.ContactEvent.$Properties instead.
     */
    interface IContactEvent extends parley.ContactEvent.$Properties {
    }

    /** Represents a ContactEvent. */
    class ContactEvent {

        /**
         * Constructs a new ContactEvent.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.ContactEvent.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ContactEvent kind. */
        kind: parley.ContactEventKind;

        /** ContactEvent fromUid. */
        fromUid: string;

        /** ContactEvent note. */
        note: string;

        /** ContactEvent ts. */
        ts: number;

        /**
         * Encodes the specified ContactEvent message. Does not implicitly {@link parley.ContactEvent.verify|verify} messages.
         * @param message ContactEvent message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.ContactEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ContactEvent message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.ContactEvent & parley.ContactEvent.$Shape} ContactEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.ContactEvent & parley.ContactEvent.$Shape;
    }

    namespace ContactEvent {

        /** Properties of a ContactEvent. */
        interface $Properties {

            /** ContactEvent kind */
            kind?: (parley.ContactEventKind|null);

            /** ContactEvent fromUid */
            fromUid?: (string|null);

            /** ContactEvent note */
            note?: (string|null);

            /** ContactEvent ts */
            ts?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ContactEvent. */
        type $Shape = parley.ContactEvent.$Properties;
    }

    /**
     * Properties of an UpstreamReq.
     * @deprecated Use parley.UpstreamReq.$Properties instead.
     */
    interface IUpstreamReq extends parley.UpstreamReq.$Properties {
    }

    /** Represents an UpstreamReq. */
    class UpstreamReq {

        /**
         * Constructs a new UpstreamReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.UpstreamReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** UpstreamReq service. */
        service: string;

        /** UpstreamReq payload. */
        payload: string;

        /** UpstreamReq clientMsgId. */
        clientMsgId: string;

        /**
         * Encodes the specified UpstreamReq message. Does not implicitly {@link parley.UpstreamReq.verify|verify} messages.
         * @param message UpstreamReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.UpstreamReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UpstreamReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.UpstreamReq & parley.UpstreamReq.$Shape} UpstreamReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.UpstreamReq & parley.UpstreamReq.$Shape;
    }

    namespace UpstreamReq {

        /** Properties of an UpstreamReq. */
        interface $Properties {

            /** UpstreamReq service */
            service?: (string|null);

            /** UpstreamReq payload */
            payload?: (string|null);

            /** UpstreamReq clientMsgId */
            clientMsgId?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an UpstreamReq. */
        type $Shape = parley.UpstreamReq.$Properties;
    }

    /**
     * Properties of an UpstreamResp.
     * @deprecated Use parley.UpstreamResp.$Properties instead.
     */
    interface IUpstreamResp extends parley.UpstreamResp.$Properties {
    }

    /** Represents an UpstreamResp. */
    class UpstreamResp {

        /**
         * Constructs a new UpstreamResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.UpstreamResp.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** UpstreamResp eventId. */
        eventId: number;

        /** UpstreamResp ts. */
        ts: number;

        /** UpstreamResp duplicate. */
        duplicate: boolean;

        /**
         * Encodes the specified UpstreamResp message. Does not implicitly {@link parley.UpstreamResp.verify|verify} messages.
         * @param message UpstreamResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.UpstreamResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UpstreamResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.UpstreamResp & parley.UpstreamResp.$Shape} UpstreamResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.UpstreamResp & parley.UpstreamResp.$Shape;
    }

    namespace UpstreamResp {

        /** Properties of an UpstreamResp. */
        interface $Properties {

            /** UpstreamResp eventId */
            eventId?: (number|null);

            /** UpstreamResp ts */
            ts?: (number|null);

            /** UpstreamResp duplicate */
            duplicate?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an UpstreamResp. */
        type $Shape = parley.UpstreamResp.$Properties;
    }

    /**
     * Properties of a PushRegisterReq.
     * @deprecated Use parley.PushRegisterReq.$Properties instead.
     */
    interface IPushRegisterReq extends parley.PushRegisterReq.$Properties {
    }

    /** Represents a PushRegisterReq. */
    class PushRegisterReq {

        /**
         * Constructs a new PushRegisterReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: parley.PushRegisterReq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PushRegisterReq provider. */
        provider: string;

        /** PushRegisterReq token. */
        token: string;

        /** PushRegisterReq dndStartMin. */
        dndStartMin: number;

        /** PushRegisterReq dndEndMin. */
        dndEndMin: number;

        /** PushRegisterReq tzOffsetMin. */
        tzOffsetMin: number;

        /**
         * Encodes the specified PushRegisterReq message. Does not implicitly {@link parley.PushRegisterReq.verify|verify} messages.
         * @param message PushRegisterReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: parley.PushRegisterReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PushRegisterReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {parley.PushRegisterReq & parley.PushRegisterReq.$Shape} PushRegisterReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.PushRegisterReq & parley.PushRegisterReq.$Shape;
    }

    namespace PushRegisterReq {

        /** Properties of a PushRegisterReq. */
        interface $Properties {

            /** PushRegisterReq provider */
            provider?: (string|null);

            /** PushRegisterReq token */
            token?: (string|null);

            /** PushRegisterReq dndStartMin */
            dndStartMin?: (number|null);

            /** PushRegisterReq dndEndMin */
            dndEndMin?: (number|null);

            /** PushRegisterReq tzOffsetMin */
            tzOffsetMin?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PushRegisterReq. */
        type $Shape = parley.PushRegisterReq.$Properties;
    }
}
