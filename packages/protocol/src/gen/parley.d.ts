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
        SYSTEM = 6
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

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Receipt. */
        type $Shape = parley.Receipt.$Properties;
    }
}
