/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const parley = $root.parley = (() => {

    /**
     * Namespace parley.
     * @exports parley
     * @namespace
     */
    const parley = {};

    /**
     * Platform enum.
     * @name parley.Platform
     * @enum {number}
     * @property {number} PLATFORM_UNSPECIFIED=0 PLATFORM_UNSPECIFIED value
     * @property {number} IOS=1 IOS value
     * @property {number} ANDROID=2 ANDROID value
     * @property {number} WEB=3 WEB value
     * @property {number} DESKTOP=4 DESKTOP value
     */
    parley.Platform = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "PLATFORM_UNSPECIFIED"] = 0;
        values[valuesById[1] = "IOS"] = 1;
        values[valuesById[2] = "ANDROID"] = 2;
        values[valuesById[3] = "WEB"] = 3;
        values[valuesById[4] = "DESKTOP"] = 4;
        return values;
    })();

    /**
     * MsgType enum.
     * @name parley.MsgType
     * @enum {number}
     * @property {number} MSG_TYPE_UNSPECIFIED=0 MSG_TYPE_UNSPECIFIED value
     * @property {number} TEXT=1 TEXT value
     * @property {number} IMAGE=2 IMAGE value
     * @property {number} FILE=3 FILE value
     * @property {number} VOICE=4 VOICE value
     * @property {number} CUSTOM=5 CUSTOM value
     * @property {number} SYSTEM=6 SYSTEM value
     * @property {number} RECALL=7 RECALL value
     * @property {number} EDIT=8 EDIT value
     */
    parley.MsgType = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "MSG_TYPE_UNSPECIFIED"] = 0;
        values[valuesById[1] = "TEXT"] = 1;
        values[valuesById[2] = "IMAGE"] = 2;
        values[valuesById[3] = "FILE"] = 3;
        values[valuesById[4] = "VOICE"] = 4;
        values[valuesById[5] = "CUSTOM"] = 5;
        values[valuesById[6] = "SYSTEM"] = 6;
        values[valuesById[7] = "RECALL"] = 7;
        values[valuesById[8] = "EDIT"] = 8;
        return values;
    })();

    /**
     * ConvType enum.
     * @name parley.ConvType
     * @enum {number}
     * @property {number} CONV_TYPE_UNSPECIFIED=0 CONV_TYPE_UNSPECIFIED value
     * @property {number} C2C=1 C2C value
     * @property {number} GROUP=2 GROUP value
     */
    parley.ConvType = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "CONV_TYPE_UNSPECIFIED"] = 0;
        values[valuesById[1] = "C2C"] = 1;
        values[valuesById[2] = "GROUP"] = 2;
        return values;
    })();

    /**
     * RefKind enum.
     * @name parley.RefKind
     * @enum {number}
     * @property {number} REF_KIND_UNSPECIFIED=0 REF_KIND_UNSPECIFIED value
     * @property {number} REPLY=1 REPLY value
     * @property {number} FORWARD=2 FORWARD value
     */
    parley.RefKind = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "REF_KIND_UNSPECIFIED"] = 0;
        values[valuesById[1] = "REPLY"] = 1;
        values[valuesById[2] = "FORWARD"] = 2;
        return values;
    })();

    /**
     * GroupRole enum.
     * @name parley.GroupRole
     * @enum {number}
     * @property {number} GROUP_ROLE_UNSPECIFIED=0 GROUP_ROLE_UNSPECIFIED value
     * @property {number} MEMBER=1 MEMBER value
     * @property {number} ADMIN=2 ADMIN value
     * @property {number} OWNER=3 OWNER value
     */
    parley.GroupRole = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "GROUP_ROLE_UNSPECIFIED"] = 0;
        values[valuesById[1] = "MEMBER"] = 1;
        values[valuesById[2] = "ADMIN"] = 2;
        values[valuesById[3] = "OWNER"] = 3;
        return values;
    })();

    /**
     * GroupType enum.
     * @name parley.GroupType
     * @enum {number}
     * @property {number} GROUP_TYPE_UNSPECIFIED=0 GROUP_TYPE_UNSPECIFIED value
     * @property {number} NORMAL=1 NORMAL value
     * @property {number} LARGE=2 LARGE value
     */
    parley.GroupType = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "GROUP_TYPE_UNSPECIFIED"] = 0;
        values[valuesById[1] = "NORMAL"] = 1;
        values[valuesById[2] = "LARGE"] = 2;
        return values;
    })();

    /**
     * JoinPolicy enum.
     * @name parley.JoinPolicy
     * @enum {number}
     * @property {number} JOIN_POLICY_UNSPECIFIED=0 JOIN_POLICY_UNSPECIFIED value
     * @property {number} OPEN=1 OPEN value
     * @property {number} APPROVAL=2 APPROVAL value
     * @property {number} INVITE_ONLY=3 INVITE_ONLY value
     */
    parley.JoinPolicy = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "JOIN_POLICY_UNSPECIFIED"] = 0;
        values[valuesById[1] = "OPEN"] = 1;
        values[valuesById[2] = "APPROVAL"] = 2;
        values[valuesById[3] = "INVITE_ONLY"] = 3;
        return values;
    })();

    /**
     * ReceiptKind enum.
     * @name parley.ReceiptKind
     * @enum {number}
     * @property {number} RECEIPT_KIND_UNSPECIFIED=0 RECEIPT_KIND_UNSPECIFIED value
     * @property {number} DELIVERED=1 DELIVERED value
     * @property {number} READ=2 READ value
     */
    parley.ReceiptKind = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "RECEIPT_KIND_UNSPECIFIED"] = 0;
        values[valuesById[1] = "DELIVERED"] = 1;
        values[valuesById[2] = "READ"] = 2;
        return values;
    })();

    parley.ErrorBody = (function() {

        /**
         * Properties of an ErrorBody.
         * @typedef {Object} parley.ErrorBody.$Properties
         * @property {string|null} [message] ErrorBody message
         * @property {string|null} [field] ErrorBody field
         * @property {number|null} [retryAfterMs] ErrorBody retryAfterMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ErrorBody.
         * @memberof parley
         * @interface IErrorBody
         * @augments parley.ErrorBody.$Properties
         * @deprecated Use parley.ErrorBody.$Properties instead.
         */

        /**
         * Shape of an ErrorBody.
         * @typedef {parley.ErrorBody.$Properties} parley.ErrorBody.$Shape
         */

        /**
         * Constructs a new ErrorBody.
         * @memberof parley
         * @classdesc Represents an ErrorBody.
         * @constructor
         * @param {parley.ErrorBody.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ErrorBody = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ErrorBody message.
         * @member {string} message
         * @memberof parley.ErrorBody
         * @instance
         */
        ErrorBody.prototype.message = "";

        /**
         * ErrorBody field.
         * @member {string} field
         * @memberof parley.ErrorBody
         * @instance
         */
        ErrorBody.prototype.field = "";

        /**
         * ErrorBody retryAfterMs.
         * @member {number} retryAfterMs
         * @memberof parley.ErrorBody
         * @instance
         */
        ErrorBody.prototype.retryAfterMs = 0;

        /**
         * Encodes the specified ErrorBody message. Does not implicitly {@link parley.ErrorBody.verify|verify} messages.
         * @function encode
         * @memberof parley.ErrorBody
         * @static
         * @param {parley.ErrorBody.$Properties} message ErrorBody message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ErrorBody.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.message);
            if (message.field != null && $Object.hasOwnProperty.call(message, "field") && message.field !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.field);
            if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs") && message.retryAfterMs !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.retryAfterMs);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an ErrorBody message from the specified reader or buffer.
         * @function decode
         * @memberof parley.ErrorBody
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.ErrorBody & parley.ErrorBody.$Shape} ErrorBody
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ErrorBody.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.ErrorBody();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.message = value;
                        else
                            delete message.message;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.field = value;
                        else
                            delete message.field;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.retryAfterMs = value;
                        else
                            delete message.retryAfterMs;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ErrorBody;
    })();

    parley.Heartbeat = (function() {

        /**
         * Properties of a Heartbeat.
         * @typedef {Object} parley.Heartbeat.$Properties
         * @property {number|null} [ts] Heartbeat ts
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Heartbeat.
         * @memberof parley
         * @interface IHeartbeat
         * @augments parley.Heartbeat.$Properties
         * @deprecated Use parley.Heartbeat.$Properties instead.
         */

        /**
         * Shape of a Heartbeat.
         * @typedef {parley.Heartbeat.$Properties} parley.Heartbeat.$Shape
         */

        /**
         * Constructs a new Heartbeat.
         * @memberof parley
         * @classdesc Represents a Heartbeat.
         * @constructor
         * @param {parley.Heartbeat.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Heartbeat = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Heartbeat ts.
         * @member {number} ts
         * @memberof parley.Heartbeat
         * @instance
         */
        Heartbeat.prototype.ts = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Encodes the specified Heartbeat message. Does not implicitly {@link parley.Heartbeat.verify|verify} messages.
         * @function encode
         * @memberof parley.Heartbeat
         * @static
         * @param {parley.Heartbeat.$Properties} message Heartbeat message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Heartbeat.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.ts != null && $Object.hasOwnProperty.call(message, "ts") && (typeof message.ts === "object" ? message.ts.low || message.ts.high : message.ts !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.ts);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Heartbeat message from the specified reader or buffer.
         * @function decode
         * @memberof parley.Heartbeat
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.Heartbeat & parley.Heartbeat.$Shape} Heartbeat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Heartbeat.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.Heartbeat();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.ts = value;
                        else
                            delete message.ts;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Heartbeat;
    })();

    parley.Kicked = (function() {

        /**
         * Properties of a Kicked.
         * @typedef {Object} parley.Kicked.$Properties
         * @property {number|null} [code] Kicked code
         * @property {string|null} [reason] Kicked reason
         * @property {parley.Platform|null} [byPlatform] Kicked byPlatform
         * @property {string|null} [byDeviceId] Kicked byDeviceId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Kicked.
         * @memberof parley
         * @interface IKicked
         * @augments parley.Kicked.$Properties
         * @deprecated Use parley.Kicked.$Properties instead.
         */

        /**
         * Shape of a Kicked.
         * @typedef {parley.Kicked.$Properties} parley.Kicked.$Shape
         */

        /**
         * Constructs a new Kicked.
         * @memberof parley
         * @classdesc Represents a Kicked.
         * @constructor
         * @param {parley.Kicked.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Kicked = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Kicked code.
         * @member {number} code
         * @memberof parley.Kicked
         * @instance
         */
        Kicked.prototype.code = 0;

        /**
         * Kicked reason.
         * @member {string} reason
         * @memberof parley.Kicked
         * @instance
         */
        Kicked.prototype.reason = "";

        /**
         * Kicked byPlatform.
         * @member {parley.Platform} byPlatform
         * @memberof parley.Kicked
         * @instance
         */
        Kicked.prototype.byPlatform = 0;

        /**
         * Kicked byDeviceId.
         * @member {string} byDeviceId
         * @memberof parley.Kicked
         * @instance
         */
        Kicked.prototype.byDeviceId = "";

        /**
         * Encodes the specified Kicked message. Does not implicitly {@link parley.Kicked.verify|verify} messages.
         * @function encode
         * @memberof parley.Kicked
         * @static
         * @param {parley.Kicked.$Properties} message Kicked message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Kicked.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.code);
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
            if (message.byPlatform != null && $Object.hasOwnProperty.call(message, "byPlatform") && message.byPlatform !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.byPlatform);
            if (message.byDeviceId != null && $Object.hasOwnProperty.call(message, "byDeviceId") && message.byDeviceId !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.byDeviceId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Kicked message from the specified reader or buffer.
         * @function decode
         * @memberof parley.Kicked
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.Kicked & parley.Kicked.$Shape} Kicked
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Kicked.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.Kicked();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.code = value;
                        else
                            delete message.code;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.reason = value;
                        else
                            delete message.reason;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.byPlatform = value;
                        else
                            delete message.byPlatform;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.byDeviceId = value;
                        else
                            delete message.byDeviceId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Kicked;
    })();

    parley.Goaway = (function() {

        /**
         * Properties of a Goaway.
         * @typedef {Object} parley.Goaway.$Properties
         * @property {number|null} [code] Goaway code
         * @property {string|null} [reason] Goaway reason
         * @property {boolean|null} [reconnect] Goaway reconnect
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Goaway.
         * @memberof parley
         * @interface IGoaway
         * @augments parley.Goaway.$Properties
         * @deprecated Use parley.Goaway.$Properties instead.
         */

        /**
         * Shape of a Goaway.
         * @typedef {parley.Goaway.$Properties} parley.Goaway.$Shape
         */

        /**
         * Constructs a new Goaway.
         * @memberof parley
         * @classdesc Represents a Goaway.
         * @constructor
         * @param {parley.Goaway.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Goaway = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Goaway code.
         * @member {number} code
         * @memberof parley.Goaway
         * @instance
         */
        Goaway.prototype.code = 0;

        /**
         * Goaway reason.
         * @member {string} reason
         * @memberof parley.Goaway
         * @instance
         */
        Goaway.prototype.reason = "";

        /**
         * Goaway reconnect.
         * @member {boolean} reconnect
         * @memberof parley.Goaway
         * @instance
         */
        Goaway.prototype.reconnect = false;

        /**
         * Encodes the specified Goaway message. Does not implicitly {@link parley.Goaway.verify|verify} messages.
         * @function encode
         * @memberof parley.Goaway
         * @static
         * @param {parley.Goaway.$Properties} message Goaway message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Goaway.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.code);
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
            if (message.reconnect != null && $Object.hasOwnProperty.call(message, "reconnect") && message.reconnect !== false)
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.reconnect);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Goaway message from the specified reader or buffer.
         * @function decode
         * @memberof parley.Goaway
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.Goaway & parley.Goaway.$Shape} Goaway
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Goaway.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.Goaway();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.code = value;
                        else
                            delete message.code;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.reason = value;
                        else
                            delete message.reason;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.reconnect = value;
                        else
                            delete message.reconnect;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Goaway;
    })();

    parley.Broadcast = (function() {

        /**
         * Properties of a Broadcast.
         * @typedef {Object} parley.Broadcast.$Properties
         * @property {string|null} [id] Broadcast id
         * @property {string|null} [from] Broadcast from
         * @property {string|null} [content] Broadcast content
         * @property {number|null} [ts] Broadcast ts
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Broadcast.
         * @memberof parley
         * @interface IBroadcast
         * @augments parley.Broadcast.$Properties
         * @deprecated Use parley.Broadcast.$Properties instead.
         */

        /**
         * Shape of a Broadcast.
         * @typedef {parley.Broadcast.$Properties} parley.Broadcast.$Shape
         */

        /**
         * Constructs a new Broadcast.
         * @memberof parley
         * @classdesc Represents a Broadcast.
         * @constructor
         * @param {parley.Broadcast.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Broadcast = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Broadcast id.
         * @member {string} id
         * @memberof parley.Broadcast
         * @instance
         */
        Broadcast.prototype.id = "";

        /**
         * Broadcast from.
         * @member {string} from
         * @memberof parley.Broadcast
         * @instance
         */
        Broadcast.prototype.from = "";

        /**
         * Broadcast content.
         * @member {string} content
         * @memberof parley.Broadcast
         * @instance
         */
        Broadcast.prototype.content = "";

        /**
         * Broadcast ts.
         * @member {number} ts
         * @memberof parley.Broadcast
         * @instance
         */
        Broadcast.prototype.ts = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Encodes the specified Broadcast message. Does not implicitly {@link parley.Broadcast.verify|verify} messages.
         * @function encode
         * @memberof parley.Broadcast
         * @static
         * @param {parley.Broadcast.$Properties} message Broadcast message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Broadcast.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
            if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.from);
            if (message.content != null && $Object.hasOwnProperty.call(message, "content") && message.content !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.content);
            if (message.ts != null && $Object.hasOwnProperty.call(message, "ts") && (typeof message.ts === "object" ? message.ts.low || message.ts.high : message.ts !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.ts);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Broadcast message from the specified reader or buffer.
         * @function decode
         * @memberof parley.Broadcast
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.Broadcast & parley.Broadcast.$Shape} Broadcast
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Broadcast.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.Broadcast();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.from = value;
                        else
                            delete message.from;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.content = value;
                        else
                            delete message.content;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.ts = value;
                        else
                            delete message.ts;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Broadcast;
    })();

    parley.RegisterReq = (function() {

        /**
         * Properties of a RegisterReq.
         * @typedef {Object} parley.RegisterReq.$Properties
         * @property {string|null} [uid] RegisterReq uid
         * @property {string|null} [password] RegisterReq password
         * @property {string|null} [nickname] RegisterReq nickname
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RegisterReq.
         * @memberof parley
         * @interface IRegisterReq
         * @augments parley.RegisterReq.$Properties
         * @deprecated Use parley.RegisterReq.$Properties instead.
         */

        /**
         * Shape of a RegisterReq.
         * @typedef {parley.RegisterReq.$Properties} parley.RegisterReq.$Shape
         */

        /**
         * Constructs a new RegisterReq.
         * @memberof parley
         * @classdesc Represents a RegisterReq.
         * @constructor
         * @param {parley.RegisterReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RegisterReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RegisterReq uid.
         * @member {string} uid
         * @memberof parley.RegisterReq
         * @instance
         */
        RegisterReq.prototype.uid = "";

        /**
         * RegisterReq password.
         * @member {string} password
         * @memberof parley.RegisterReq
         * @instance
         */
        RegisterReq.prototype.password = "";

        /**
         * RegisterReq nickname.
         * @member {string} nickname
         * @memberof parley.RegisterReq
         * @instance
         */
        RegisterReq.prototype.nickname = "";

        /**
         * Encodes the specified RegisterReq message. Does not implicitly {@link parley.RegisterReq.verify|verify} messages.
         * @function encode
         * @memberof parley.RegisterReq
         * @static
         * @param {parley.RegisterReq.$Properties} message RegisterReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RegisterReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.uid);
            if (message.password != null && $Object.hasOwnProperty.call(message, "password") && message.password !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.password);
            if (message.nickname != null && $Object.hasOwnProperty.call(message, "nickname") && message.nickname !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.nickname);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RegisterReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.RegisterReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.RegisterReq & parley.RegisterReq.$Shape} RegisterReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RegisterReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.RegisterReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.uid = value;
                        else
                            delete message.uid;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.password = value;
                        else
                            delete message.password;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.nickname = value;
                        else
                            delete message.nickname;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return RegisterReq;
    })();

    parley.RegisterResp = (function() {

        /**
         * Properties of a RegisterResp.
         * @typedef {Object} parley.RegisterResp.$Properties
         * @property {string|null} [uid] RegisterResp uid
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RegisterResp.
         * @memberof parley
         * @interface IRegisterResp
         * @augments parley.RegisterResp.$Properties
         * @deprecated Use parley.RegisterResp.$Properties instead.
         */

        /**
         * Shape of a RegisterResp.
         * @typedef {parley.RegisterResp.$Properties} parley.RegisterResp.$Shape
         */

        /**
         * Constructs a new RegisterResp.
         * @memberof parley
         * @classdesc Represents a RegisterResp.
         * @constructor
         * @param {parley.RegisterResp.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RegisterResp = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RegisterResp uid.
         * @member {string} uid
         * @memberof parley.RegisterResp
         * @instance
         */
        RegisterResp.prototype.uid = "";

        /**
         * Encodes the specified RegisterResp message. Does not implicitly {@link parley.RegisterResp.verify|verify} messages.
         * @function encode
         * @memberof parley.RegisterResp
         * @static
         * @param {parley.RegisterResp.$Properties} message RegisterResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RegisterResp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.uid);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RegisterResp message from the specified reader or buffer.
         * @function decode
         * @memberof parley.RegisterResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.RegisterResp & parley.RegisterResp.$Shape} RegisterResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RegisterResp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.RegisterResp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.uid = value;
                        else
                            delete message.uid;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return RegisterResp;
    })();

    parley.LoginReq = (function() {

        /**
         * Properties of a LoginReq.
         * @typedef {Object} parley.LoginReq.$Properties
         * @property {string|null} [uid] LoginReq uid
         * @property {string|null} [password] LoginReq password
         * @property {string|null} [token] LoginReq token
         * @property {string|null} [deviceId] LoginReq deviceId
         * @property {parley.Platform|null} [platform] LoginReq platform
         * @property {string|null} [clientVersion] LoginReq clientVersion
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LoginReq.
         * @memberof parley
         * @interface ILoginReq
         * @augments parley.LoginReq.$Properties
         * @deprecated Use parley.LoginReq.$Properties instead.
         */

        /**
         * Shape of a LoginReq.
         * @typedef {parley.LoginReq.$Properties} parley.LoginReq.$Shape
         */

        /**
         * Constructs a new LoginReq.
         * @memberof parley
         * @classdesc Represents a LoginReq.
         * @constructor
         * @param {parley.LoginReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const LoginReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * LoginReq uid.
         * @member {string} uid
         * @memberof parley.LoginReq
         * @instance
         */
        LoginReq.prototype.uid = "";

        /**
         * LoginReq password.
         * @member {string} password
         * @memberof parley.LoginReq
         * @instance
         */
        LoginReq.prototype.password = "";

        /**
         * LoginReq token.
         * @member {string} token
         * @memberof parley.LoginReq
         * @instance
         */
        LoginReq.prototype.token = "";

        /**
         * LoginReq deviceId.
         * @member {string} deviceId
         * @memberof parley.LoginReq
         * @instance
         */
        LoginReq.prototype.deviceId = "";

        /**
         * LoginReq platform.
         * @member {parley.Platform} platform
         * @memberof parley.LoginReq
         * @instance
         */
        LoginReq.prototype.platform = 0;

        /**
         * LoginReq clientVersion.
         * @member {string} clientVersion
         * @memberof parley.LoginReq
         * @instance
         */
        LoginReq.prototype.clientVersion = "";

        /**
         * Encodes the specified LoginReq message. Does not implicitly {@link parley.LoginReq.verify|verify} messages.
         * @function encode
         * @memberof parley.LoginReq
         * @static
         * @param {parley.LoginReq.$Properties} message LoginReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LoginReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.uid);
            if (message.password != null && $Object.hasOwnProperty.call(message, "password") && message.password !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.password);
            if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.token);
            if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.deviceId);
            if (message.platform != null && $Object.hasOwnProperty.call(message, "platform") && message.platform !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).int32(message.platform);
            if (message.clientVersion != null && $Object.hasOwnProperty.call(message, "clientVersion") && message.clientVersion !== "")
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.clientVersion);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a LoginReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.LoginReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.LoginReq & parley.LoginReq.$Shape} LoginReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LoginReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.LoginReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.uid = value;
                        else
                            delete message.uid;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.password = value;
                        else
                            delete message.password;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.token = value;
                        else
                            delete message.token;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.deviceId = value;
                        else
                            delete message.deviceId;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.platform = value;
                        else
                            delete message.platform;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.clientVersion = value;
                        else
                            delete message.clientVersion;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return LoginReq;
    })();

    parley.LoginResp = (function() {

        /**
         * Properties of a LoginResp.
         * @typedef {Object} parley.LoginResp.$Properties
         * @property {string|null} [uid] LoginResp uid
         * @property {string|null} [token] LoginResp token
         * @property {number|null} [tokenExpiresAt] LoginResp tokenExpiresAt
         * @property {string|null} [sessionId] LoginResp sessionId
         * @property {number|null} [maxSeq] LoginResp maxSeq
         * @property {number|null} [deviceAckSeq] LoginResp deviceAckSeq
         * @property {number|null} [heartbeatIntervalMs] LoginResp heartbeatIntervalMs
         * @property {number|null} [serverTime] LoginResp serverTime
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LoginResp.
         * @memberof parley
         * @interface ILoginResp
         * @augments parley.LoginResp.$Properties
         * @deprecated Use parley.LoginResp.$Properties instead.
         */

        /**
         * Shape of a LoginResp.
         * @typedef {parley.LoginResp.$Properties} parley.LoginResp.$Shape
         */

        /**
         * Constructs a new LoginResp.
         * @memberof parley
         * @classdesc Represents a LoginResp.
         * @constructor
         * @param {parley.LoginResp.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const LoginResp = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * LoginResp uid.
         * @member {string} uid
         * @memberof parley.LoginResp
         * @instance
         */
        LoginResp.prototype.uid = "";

        /**
         * LoginResp token.
         * @member {string} token
         * @memberof parley.LoginResp
         * @instance
         */
        LoginResp.prototype.token = "";

        /**
         * LoginResp tokenExpiresAt.
         * @member {number} tokenExpiresAt
         * @memberof parley.LoginResp
         * @instance
         */
        LoginResp.prototype.tokenExpiresAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * LoginResp sessionId.
         * @member {string} sessionId
         * @memberof parley.LoginResp
         * @instance
         */
        LoginResp.prototype.sessionId = "";

        /**
         * LoginResp maxSeq.
         * @member {number} maxSeq
         * @memberof parley.LoginResp
         * @instance
         */
        LoginResp.prototype.maxSeq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * LoginResp deviceAckSeq.
         * @member {number} deviceAckSeq
         * @memberof parley.LoginResp
         * @instance
         */
        LoginResp.prototype.deviceAckSeq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * LoginResp heartbeatIntervalMs.
         * @member {number} heartbeatIntervalMs
         * @memberof parley.LoginResp
         * @instance
         */
        LoginResp.prototype.heartbeatIntervalMs = 0;

        /**
         * LoginResp serverTime.
         * @member {number} serverTime
         * @memberof parley.LoginResp
         * @instance
         */
        LoginResp.prototype.serverTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Encodes the specified LoginResp message. Does not implicitly {@link parley.LoginResp.verify|verify} messages.
         * @function encode
         * @memberof parley.LoginResp
         * @static
         * @param {parley.LoginResp.$Properties} message LoginResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LoginResp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.uid);
            if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.token);
            if (message.tokenExpiresAt != null && $Object.hasOwnProperty.call(message, "tokenExpiresAt") && (typeof message.tokenExpiresAt === "object" ? message.tokenExpiresAt.low || message.tokenExpiresAt.high : message.tokenExpiresAt !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.tokenExpiresAt);
            if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.sessionId);
            if (message.maxSeq != null && $Object.hasOwnProperty.call(message, "maxSeq") && (typeof message.maxSeq === "object" ? message.maxSeq.low || message.maxSeq.high : message.maxSeq !== 0))
                writer.uint32(/* id 5, wireType 0 =*/40).int64(message.maxSeq);
            if (message.deviceAckSeq != null && $Object.hasOwnProperty.call(message, "deviceAckSeq") && (typeof message.deviceAckSeq === "object" ? message.deviceAckSeq.low || message.deviceAckSeq.high : message.deviceAckSeq !== 0))
                writer.uint32(/* id 6, wireType 0 =*/48).int64(message.deviceAckSeq);
            if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs") && message.heartbeatIntervalMs !== 0)
                writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.heartbeatIntervalMs);
            if (message.serverTime != null && $Object.hasOwnProperty.call(message, "serverTime") && (typeof message.serverTime === "object" ? message.serverTime.low || message.serverTime.high : message.serverTime !== 0))
                writer.uint32(/* id 8, wireType 0 =*/64).int64(message.serverTime);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a LoginResp message from the specified reader or buffer.
         * @function decode
         * @memberof parley.LoginResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.LoginResp & parley.LoginResp.$Shape} LoginResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LoginResp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.LoginResp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.uid = value;
                        else
                            delete message.uid;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.token = value;
                        else
                            delete message.token;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tokenExpiresAt = value;
                        else
                            delete message.tokenExpiresAt;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.sessionId = value;
                        else
                            delete message.sessionId;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.maxSeq = value;
                        else
                            delete message.maxSeq;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.deviceAckSeq = value;
                        else
                            delete message.deviceAckSeq;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.heartbeatIntervalMs = value;
                        else
                            delete message.heartbeatIntervalMs;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.serverTime = value;
                        else
                            delete message.serverTime;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return LoginResp;
    })();

    parley.LogoutReq = (function() {

        /**
         * Properties of a LogoutReq.
         * @typedef {Object} parley.LogoutReq.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LogoutReq.
         * @memberof parley
         * @interface ILogoutReq
         * @augments parley.LogoutReq.$Properties
         * @deprecated Use parley.LogoutReq.$Properties instead.
         */

        /**
         * Shape of a LogoutReq.
         * @typedef {parley.LogoutReq.$Properties} parley.LogoutReq.$Shape
         */

        /**
         * Constructs a new LogoutReq.
         * @memberof parley
         * @classdesc Represents a LogoutReq.
         * @constructor
         * @param {parley.LogoutReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const LogoutReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Encodes the specified LogoutReq message. Does not implicitly {@link parley.LogoutReq.verify|verify} messages.
         * @function encode
         * @memberof parley.LogoutReq
         * @static
         * @param {parley.LogoutReq.$Properties} message LogoutReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LogoutReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a LogoutReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.LogoutReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.LogoutReq & parley.LogoutReq.$Shape} LogoutReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LogoutReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.LogoutReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return LogoutReq;
    })();

    parley.LogoutResp = (function() {

        /**
         * Properties of a LogoutResp.
         * @typedef {Object} parley.LogoutResp.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LogoutResp.
         * @memberof parley
         * @interface ILogoutResp
         * @augments parley.LogoutResp.$Properties
         * @deprecated Use parley.LogoutResp.$Properties instead.
         */

        /**
         * Shape of a LogoutResp.
         * @typedef {parley.LogoutResp.$Properties} parley.LogoutResp.$Shape
         */

        /**
         * Constructs a new LogoutResp.
         * @memberof parley
         * @classdesc Represents a LogoutResp.
         * @constructor
         * @param {parley.LogoutResp.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const LogoutResp = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Encodes the specified LogoutResp message. Does not implicitly {@link parley.LogoutResp.verify|verify} messages.
         * @function encode
         * @memberof parley.LogoutResp
         * @static
         * @param {parley.LogoutResp.$Properties} message LogoutResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LogoutResp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a LogoutResp message from the specified reader or buffer.
         * @function decode
         * @memberof parley.LogoutResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.LogoutResp & parley.LogoutResp.$Shape} LogoutResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LogoutResp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.LogoutResp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return LogoutResp;
    })();

    parley.SendReq = (function() {

        /**
         * Properties of a SendReq.
         * @typedef {Object} parley.SendReq.$Properties
         * @property {string|null} [toUid] SendReq toUid
         * @property {string|null} [clientMsgId] SendReq clientMsgId
         * @property {parley.MsgType|null} [type] SendReq type
         * @property {string|null} [content] SendReq content
         * @property {string|null} [groupId] SendReq groupId
         * @property {number|null} [refMsgId] SendReq refMsgId
         * @property {parley.RefKind|null} [refKind] SendReq refKind
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SendReq.
         * @memberof parley
         * @interface ISendReq
         * @augments parley.SendReq.$Properties
         * @deprecated Use parley.SendReq.$Properties instead.
         */

        /**
         * Shape of a SendReq.
         * @typedef {parley.SendReq.$Properties} parley.SendReq.$Shape
         */

        /**
         * Constructs a new SendReq.
         * @memberof parley
         * @classdesc Represents a SendReq.
         * @constructor
         * @param {parley.SendReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SendReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SendReq toUid.
         * @member {string} toUid
         * @memberof parley.SendReq
         * @instance
         */
        SendReq.prototype.toUid = "";

        /**
         * SendReq clientMsgId.
         * @member {string} clientMsgId
         * @memberof parley.SendReq
         * @instance
         */
        SendReq.prototype.clientMsgId = "";

        /**
         * SendReq type.
         * @member {parley.MsgType} type
         * @memberof parley.SendReq
         * @instance
         */
        SendReq.prototype.type = 0;

        /**
         * SendReq content.
         * @member {string} content
         * @memberof parley.SendReq
         * @instance
         */
        SendReq.prototype.content = "";

        /**
         * SendReq groupId.
         * @member {string} groupId
         * @memberof parley.SendReq
         * @instance
         */
        SendReq.prototype.groupId = "";

        /**
         * SendReq refMsgId.
         * @member {number} refMsgId
         * @memberof parley.SendReq
         * @instance
         */
        SendReq.prototype.refMsgId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * SendReq refKind.
         * @member {parley.RefKind} refKind
         * @memberof parley.SendReq
         * @instance
         */
        SendReq.prototype.refKind = 0;

        /**
         * Encodes the specified SendReq message. Does not implicitly {@link parley.SendReq.verify|verify} messages.
         * @function encode
         * @memberof parley.SendReq
         * @static
         * @param {parley.SendReq.$Properties} message SendReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SendReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.toUid != null && $Object.hasOwnProperty.call(message, "toUid") && message.toUid !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.toUid);
            if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId") && message.clientMsgId !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.clientMsgId);
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.type);
            if (message.content != null && $Object.hasOwnProperty.call(message, "content") && message.content !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.content);
            if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.groupId);
            if (message.refMsgId != null && $Object.hasOwnProperty.call(message, "refMsgId") && (typeof message.refMsgId === "object" ? message.refMsgId.low || message.refMsgId.high : message.refMsgId !== 0))
                writer.uint32(/* id 6, wireType 0 =*/48).int64(message.refMsgId);
            if (message.refKind != null && $Object.hasOwnProperty.call(message, "refKind") && message.refKind !== 0)
                writer.uint32(/* id 7, wireType 0 =*/56).int32(message.refKind);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SendReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.SendReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.SendReq & parley.SendReq.$Shape} SendReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SendReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.SendReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.toUid = value;
                        else
                            delete message.toUid;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.clientMsgId = value;
                        else
                            delete message.clientMsgId;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.content = value;
                        else
                            delete message.content;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.groupId = value;
                        else
                            delete message.groupId;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.refMsgId = value;
                        else
                            delete message.refMsgId;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.refKind = value;
                        else
                            delete message.refKind;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return SendReq;
    })();

    parley.SendResp = (function() {

        /**
         * Properties of a SendResp.
         * @typedef {Object} parley.SendResp.$Properties
         * @property {number|null} [msgId] SendResp msgId
         * @property {number|null} [seq] SendResp seq
         * @property {number|null} [ts] SendResp ts
         * @property {boolean|null} [duplicate] SendResp duplicate
         * @property {string|null} [convId] SendResp convId
         * @property {number|null} [convSeq] SendResp convSeq
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SendResp.
         * @memberof parley
         * @interface ISendResp
         * @augments parley.SendResp.$Properties
         * @deprecated Use parley.SendResp.$Properties instead.
         */

        /**
         * Shape of a SendResp.
         * @typedef {parley.SendResp.$Properties} parley.SendResp.$Shape
         */

        /**
         * Constructs a new SendResp.
         * @memberof parley
         * @classdesc Represents a SendResp.
         * @constructor
         * @param {parley.SendResp.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SendResp = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SendResp msgId.
         * @member {number} msgId
         * @memberof parley.SendResp
         * @instance
         */
        SendResp.prototype.msgId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * SendResp seq.
         * @member {number} seq
         * @memberof parley.SendResp
         * @instance
         */
        SendResp.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * SendResp ts.
         * @member {number} ts
         * @memberof parley.SendResp
         * @instance
         */
        SendResp.prototype.ts = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * SendResp duplicate.
         * @member {boolean} duplicate
         * @memberof parley.SendResp
         * @instance
         */
        SendResp.prototype.duplicate = false;

        /**
         * SendResp convId.
         * @member {string} convId
         * @memberof parley.SendResp
         * @instance
         */
        SendResp.prototype.convId = "";

        /**
         * SendResp convSeq.
         * @member {number} convSeq
         * @memberof parley.SendResp
         * @instance
         */
        SendResp.prototype.convSeq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Encodes the specified SendResp message. Does not implicitly {@link parley.SendResp.verify|verify} messages.
         * @function encode
         * @memberof parley.SendResp
         * @static
         * @param {parley.SendResp.$Properties} message SendResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SendResp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.msgId != null && $Object.hasOwnProperty.call(message, "msgId") && (typeof message.msgId === "object" ? message.msgId.low || message.msgId.high : message.msgId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.msgId);
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.seq);
            if (message.ts != null && $Object.hasOwnProperty.call(message, "ts") && (typeof message.ts === "object" ? message.ts.low || message.ts.high : message.ts !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.ts);
            if (message.duplicate != null && $Object.hasOwnProperty.call(message, "duplicate") && message.duplicate !== false)
                writer.uint32(/* id 4, wireType 0 =*/32).bool(message.duplicate);
            if (message.convId != null && $Object.hasOwnProperty.call(message, "convId") && message.convId !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.convId);
            if (message.convSeq != null && $Object.hasOwnProperty.call(message, "convSeq") && (typeof message.convSeq === "object" ? message.convSeq.low || message.convSeq.high : message.convSeq !== 0))
                writer.uint32(/* id 6, wireType 0 =*/48).int64(message.convSeq);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SendResp message from the specified reader or buffer.
         * @function decode
         * @memberof parley.SendResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.SendResp & parley.SendResp.$Shape} SendResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SendResp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.SendResp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.msgId = value;
                        else
                            delete message.msgId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.seq = value;
                        else
                            delete message.seq;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.ts = value;
                        else
                            delete message.ts;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.duplicate = value;
                        else
                            delete message.duplicate;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.convId = value;
                        else
                            delete message.convId;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.convSeq = value;
                        else
                            delete message.convSeq;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return SendResp;
    })();

    parley.Message = (function() {

        /**
         * Properties of a Message.
         * @typedef {Object} parley.Message.$Properties
         * @property {number|null} [msgId] Message msgId
         * @property {string|null} [clientMsgId] Message clientMsgId
         * @property {string|null} [fromUid] Message fromUid
         * @property {parley.ConvType|null} [convType] Message convType
         * @property {string|null} [to] Message to
         * @property {parley.MsgType|null} [type] Message type
         * @property {string|null} [content] Message content
         * @property {number|null} [ts] Message ts
         * @property {number|null} [seq] Message seq
         * @property {string|null} [convId] Message convId
         * @property {number|null} [convSeq] Message convSeq
         * @property {number|null} [refMsgId] Message refMsgId
         * @property {parley.RefKind|null} [refKind] Message refKind
         * @property {number|null} [editedAt] Message editedAt
         * @property {boolean|null} [recalled] Message recalled
         * @property {boolean|null} [deleted] Message deleted
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Message.
         * @memberof parley
         * @interface IMessage
         * @augments parley.Message.$Properties
         * @deprecated Use parley.Message.$Properties instead.
         */

        /**
         * Shape of a Message.
         * @typedef {parley.Message.$Properties} parley.Message.$Shape
         */

        /**
         * Constructs a new Message.
         * @memberof parley
         * @classdesc Represents a Message.
         * @constructor
         * @param {parley.Message.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Message = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Message msgId.
         * @member {number} msgId
         * @memberof parley.Message
         * @instance
         */
        Message.prototype.msgId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Message clientMsgId.
         * @member {string} clientMsgId
         * @memberof parley.Message
         * @instance
         */
        Message.prototype.clientMsgId = "";

        /**
         * Message fromUid.
         * @member {string} fromUid
         * @memberof parley.Message
         * @instance
         */
        Message.prototype.fromUid = "";

        /**
         * Message convType.
         * @member {parley.ConvType} convType
         * @memberof parley.Message
         * @instance
         */
        Message.prototype.convType = 0;

        /**
         * Message to.
         * @member {string} to
         * @memberof parley.Message
         * @instance
         */
        Message.prototype.to = "";

        /**
         * Message type.
         * @member {parley.MsgType} type
         * @memberof parley.Message
         * @instance
         */
        Message.prototype.type = 0;

        /**
         * Message content.
         * @member {string} content
         * @memberof parley.Message
         * @instance
         */
        Message.prototype.content = "";

        /**
         * Message ts.
         * @member {number} ts
         * @memberof parley.Message
         * @instance
         */
        Message.prototype.ts = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Message seq.
         * @member {number} seq
         * @memberof parley.Message
         * @instance
         */
        Message.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Message convId.
         * @member {string} convId
         * @memberof parley.Message
         * @instance
         */
        Message.prototype.convId = "";

        /**
         * Message convSeq.
         * @member {number} convSeq
         * @memberof parley.Message
         * @instance
         */
        Message.prototype.convSeq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Message refMsgId.
         * @member {number} refMsgId
         * @memberof parley.Message
         * @instance
         */
        Message.prototype.refMsgId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Message refKind.
         * @member {parley.RefKind} refKind
         * @memberof parley.Message
         * @instance
         */
        Message.prototype.refKind = 0;

        /**
         * Message editedAt.
         * @member {number} editedAt
         * @memberof parley.Message
         * @instance
         */
        Message.prototype.editedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Message recalled.
         * @member {boolean} recalled
         * @memberof parley.Message
         * @instance
         */
        Message.prototype.recalled = false;

        /**
         * Message deleted.
         * @member {boolean} deleted
         * @memberof parley.Message
         * @instance
         */
        Message.prototype.deleted = false;

        /**
         * Encodes the specified Message message. Does not implicitly {@link parley.Message.verify|verify} messages.
         * @function encode
         * @memberof parley.Message
         * @static
         * @param {parley.Message.$Properties} message Message message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Message.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.msgId != null && $Object.hasOwnProperty.call(message, "msgId") && (typeof message.msgId === "object" ? message.msgId.low || message.msgId.high : message.msgId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.msgId);
            if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId") && message.clientMsgId !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.clientMsgId);
            if (message.fromUid != null && $Object.hasOwnProperty.call(message, "fromUid") && message.fromUid !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.fromUid);
            if (message.convType != null && $Object.hasOwnProperty.call(message, "convType") && message.convType !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).int32(message.convType);
            if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.to);
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                writer.uint32(/* id 6, wireType 0 =*/48).int32(message.type);
            if (message.content != null && $Object.hasOwnProperty.call(message, "content") && message.content !== "")
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.content);
            if (message.ts != null && $Object.hasOwnProperty.call(message, "ts") && (typeof message.ts === "object" ? message.ts.low || message.ts.high : message.ts !== 0))
                writer.uint32(/* id 8, wireType 0 =*/64).int64(message.ts);
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                writer.uint32(/* id 9, wireType 0 =*/72).int64(message.seq);
            if (message.convId != null && $Object.hasOwnProperty.call(message, "convId") && message.convId !== "")
                writer.uint32(/* id 10, wireType 2 =*/82).string(message.convId);
            if (message.convSeq != null && $Object.hasOwnProperty.call(message, "convSeq") && (typeof message.convSeq === "object" ? message.convSeq.low || message.convSeq.high : message.convSeq !== 0))
                writer.uint32(/* id 11, wireType 0 =*/88).int64(message.convSeq);
            if (message.refMsgId != null && $Object.hasOwnProperty.call(message, "refMsgId") && (typeof message.refMsgId === "object" ? message.refMsgId.low || message.refMsgId.high : message.refMsgId !== 0))
                writer.uint32(/* id 12, wireType 0 =*/96).int64(message.refMsgId);
            if (message.refKind != null && $Object.hasOwnProperty.call(message, "refKind") && message.refKind !== 0)
                writer.uint32(/* id 13, wireType 0 =*/104).int32(message.refKind);
            if (message.editedAt != null && $Object.hasOwnProperty.call(message, "editedAt") && (typeof message.editedAt === "object" ? message.editedAt.low || message.editedAt.high : message.editedAt !== 0))
                writer.uint32(/* id 14, wireType 0 =*/112).int64(message.editedAt);
            if (message.recalled != null && $Object.hasOwnProperty.call(message, "recalled") && message.recalled !== false)
                writer.uint32(/* id 15, wireType 0 =*/120).bool(message.recalled);
            if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted") && message.deleted !== false)
                writer.uint32(/* id 16, wireType 0 =*/128).bool(message.deleted);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Message message from the specified reader or buffer.
         * @function decode
         * @memberof parley.Message
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.Message & parley.Message.$Shape} Message
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Message.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.Message();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.msgId = value;
                        else
                            delete message.msgId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.clientMsgId = value;
                        else
                            delete message.clientMsgId;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.fromUid = value;
                        else
                            delete message.fromUid;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.convType = value;
                        else
                            delete message.convType;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.to = value;
                        else
                            delete message.to;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.content = value;
                        else
                            delete message.content;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.ts = value;
                        else
                            delete message.ts;
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.seq = value;
                        else
                            delete message.seq;
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.convId = value;
                        else
                            delete message.convId;
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.convSeq = value;
                        else
                            delete message.convSeq;
                        continue;
                    }
                case 12: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.refMsgId = value;
                        else
                            delete message.refMsgId;
                        continue;
                    }
                case 13: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.refKind = value;
                        else
                            delete message.refKind;
                        continue;
                    }
                case 14: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.editedAt = value;
                        else
                            delete message.editedAt;
                        continue;
                    }
                case 15: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.recalled = value;
                        else
                            delete message.recalled;
                        continue;
                    }
                case 16: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.deleted = value;
                        else
                            delete message.deleted;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Message;
    })();

    parley.Push = (function() {

        /**
         * Properties of a Push.
         * @typedef {Object} parley.Push.$Properties
         * @property {parley.Message.$Properties|null} [msg] Push msg
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Push.
         * @memberof parley
         * @interface IPush
         * @augments parley.Push.$Properties
         * @deprecated Use parley.Push.$Properties instead.
         */

        /**
         * Shape of a Push.
         * @typedef {parley.Push.$Properties} parley.Push.$Shape
         */

        /**
         * Constructs a new Push.
         * @memberof parley
         * @classdesc Represents a Push.
         * @constructor
         * @param {parley.Push.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Push = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Push msg.
         * @member {parley.Message.$Properties|null|undefined} msg
         * @memberof parley.Push
         * @instance
         */
        Push.prototype.msg = null;

        /**
         * Encodes the specified Push message. Does not implicitly {@link parley.Push.verify|verify} messages.
         * @function encode
         * @memberof parley.Push
         * @static
         * @param {parley.Push.$Properties} message Push message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Push.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.msg != null && $Object.hasOwnProperty.call(message, "msg"))
                $root.parley.Message.encode(message.msg, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Push message from the specified reader or buffer.
         * @function decode
         * @memberof parley.Push
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.Push & parley.Push.$Shape} Push
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Push.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.Push();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.msg = $root.parley.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.msg);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Push;
    })();

    parley.DeliverAckReq = (function() {

        /**
         * Properties of a DeliverAckReq.
         * @typedef {Object} parley.DeliverAckReq.$Properties
         * @property {number|null} [seq] DeliverAckReq seq
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DeliverAckReq.
         * @memberof parley
         * @interface IDeliverAckReq
         * @augments parley.DeliverAckReq.$Properties
         * @deprecated Use parley.DeliverAckReq.$Properties instead.
         */

        /**
         * Shape of a DeliverAckReq.
         * @typedef {parley.DeliverAckReq.$Properties} parley.DeliverAckReq.$Shape
         */

        /**
         * Constructs a new DeliverAckReq.
         * @memberof parley
         * @classdesc Represents a DeliverAckReq.
         * @constructor
         * @param {parley.DeliverAckReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DeliverAckReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DeliverAckReq seq.
         * @member {number} seq
         * @memberof parley.DeliverAckReq
         * @instance
         */
        DeliverAckReq.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Encodes the specified DeliverAckReq message. Does not implicitly {@link parley.DeliverAckReq.verify|verify} messages.
         * @function encode
         * @memberof parley.DeliverAckReq
         * @static
         * @param {parley.DeliverAckReq.$Properties} message DeliverAckReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DeliverAckReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.seq);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a DeliverAckReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.DeliverAckReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.DeliverAckReq & parley.DeliverAckReq.$Shape} DeliverAckReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DeliverAckReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.DeliverAckReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.seq = value;
                        else
                            delete message.seq;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return DeliverAckReq;
    })();

    parley.DeliverAckResp = (function() {

        /**
         * Properties of a DeliverAckResp.
         * @typedef {Object} parley.DeliverAckResp.$Properties
         * @property {number|null} [ackSeq] DeliverAckResp ackSeq
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DeliverAckResp.
         * @memberof parley
         * @interface IDeliverAckResp
         * @augments parley.DeliverAckResp.$Properties
         * @deprecated Use parley.DeliverAckResp.$Properties instead.
         */

        /**
         * Shape of a DeliverAckResp.
         * @typedef {parley.DeliverAckResp.$Properties} parley.DeliverAckResp.$Shape
         */

        /**
         * Constructs a new DeliverAckResp.
         * @memberof parley
         * @classdesc Represents a DeliverAckResp.
         * @constructor
         * @param {parley.DeliverAckResp.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DeliverAckResp = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DeliverAckResp ackSeq.
         * @member {number} ackSeq
         * @memberof parley.DeliverAckResp
         * @instance
         */
        DeliverAckResp.prototype.ackSeq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Encodes the specified DeliverAckResp message. Does not implicitly {@link parley.DeliverAckResp.verify|verify} messages.
         * @function encode
         * @memberof parley.DeliverAckResp
         * @static
         * @param {parley.DeliverAckResp.$Properties} message DeliverAckResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DeliverAckResp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.ackSeq != null && $Object.hasOwnProperty.call(message, "ackSeq") && (typeof message.ackSeq === "object" ? message.ackSeq.low || message.ackSeq.high : message.ackSeq !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.ackSeq);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a DeliverAckResp message from the specified reader or buffer.
         * @function decode
         * @memberof parley.DeliverAckResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.DeliverAckResp & parley.DeliverAckResp.$Shape} DeliverAckResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DeliverAckResp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.DeliverAckResp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.ackSeq = value;
                        else
                            delete message.ackSeq;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return DeliverAckResp;
    })();

    parley.SyncReq = (function() {

        /**
         * Properties of a SyncReq.
         * @typedef {Object} parley.SyncReq.$Properties
         * @property {number|null} [afterSeq] SyncReq afterSeq
         * @property {number|null} [limit] SyncReq limit
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SyncReq.
         * @memberof parley
         * @interface ISyncReq
         * @augments parley.SyncReq.$Properties
         * @deprecated Use parley.SyncReq.$Properties instead.
         */

        /**
         * Shape of a SyncReq.
         * @typedef {parley.SyncReq.$Properties} parley.SyncReq.$Shape
         */

        /**
         * Constructs a new SyncReq.
         * @memberof parley
         * @classdesc Represents a SyncReq.
         * @constructor
         * @param {parley.SyncReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SyncReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SyncReq afterSeq.
         * @member {number} afterSeq
         * @memberof parley.SyncReq
         * @instance
         */
        SyncReq.prototype.afterSeq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * SyncReq limit.
         * @member {number} limit
         * @memberof parley.SyncReq
         * @instance
         */
        SyncReq.prototype.limit = 0;

        /**
         * Encodes the specified SyncReq message. Does not implicitly {@link parley.SyncReq.verify|verify} messages.
         * @function encode
         * @memberof parley.SyncReq
         * @static
         * @param {parley.SyncReq.$Properties} message SyncReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SyncReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.afterSeq != null && $Object.hasOwnProperty.call(message, "afterSeq") && (typeof message.afterSeq === "object" ? message.afterSeq.low || message.afterSeq.high : message.afterSeq !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.afterSeq);
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.limit);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SyncReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.SyncReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.SyncReq & parley.SyncReq.$Shape} SyncReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SyncReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.SyncReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.afterSeq = value;
                        else
                            delete message.afterSeq;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.limit = value;
                        else
                            delete message.limit;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return SyncReq;
    })();

    parley.SyncResp = (function() {

        /**
         * Properties of a SyncResp.
         * @typedef {Object} parley.SyncResp.$Properties
         * @property {Array.<parley.Message.$Properties>|null} [messages] SyncResp messages
         * @property {boolean|null} [hasMore] SyncResp hasMore
         * @property {number|null} [maxSeq] SyncResp maxSeq
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SyncResp.
         * @memberof parley
         * @interface ISyncResp
         * @augments parley.SyncResp.$Properties
         * @deprecated Use parley.SyncResp.$Properties instead.
         */

        /**
         * Shape of a SyncResp.
         * @typedef {parley.SyncResp.$Properties} parley.SyncResp.$Shape
         */

        /**
         * Constructs a new SyncResp.
         * @memberof parley
         * @classdesc Represents a SyncResp.
         * @constructor
         * @param {parley.SyncResp.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SyncResp = function (properties) {
            this.messages = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SyncResp messages.
         * @member {Array.<parley.Message.$Properties>} messages
         * @memberof parley.SyncResp
         * @instance
         */
        SyncResp.prototype.messages = $util.emptyArray;

        /**
         * SyncResp hasMore.
         * @member {boolean} hasMore
         * @memberof parley.SyncResp
         * @instance
         */
        SyncResp.prototype.hasMore = false;

        /**
         * SyncResp maxSeq.
         * @member {number} maxSeq
         * @memberof parley.SyncResp
         * @instance
         */
        SyncResp.prototype.maxSeq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Encodes the specified SyncResp message. Does not implicitly {@link parley.SyncResp.verify|verify} messages.
         * @function encode
         * @memberof parley.SyncResp
         * @static
         * @param {parley.SyncResp.$Properties} message SyncResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SyncResp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.messages != null && message.messages.length)
                for (let i = 0; i < message.messages.length; ++i)
                    $root.parley.Message.encode(message.messages[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.hasMore != null && $Object.hasOwnProperty.call(message, "hasMore") && message.hasMore !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.hasMore);
            if (message.maxSeq != null && $Object.hasOwnProperty.call(message, "maxSeq") && (typeof message.maxSeq === "object" ? message.maxSeq.low || message.maxSeq.high : message.maxSeq !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.maxSeq);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SyncResp message from the specified reader or buffer.
         * @function decode
         * @memberof parley.SyncResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.SyncResp & parley.SyncResp.$Shape} SyncResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SyncResp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.SyncResp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.messages && message.messages.length))
                            message.messages = [];
                        message.messages.push($root.parley.Message.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.hasMore = value;
                        else
                            delete message.hasMore;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.maxSeq = value;
                        else
                            delete message.maxSeq;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return SyncResp;
    })();

    parley.Receipt = (function() {

        /**
         * Properties of a Receipt.
         * @typedef {Object} parley.Receipt.$Properties
         * @property {parley.ReceiptKind|null} [kind] Receipt kind
         * @property {number|null} [msgId] Receipt msgId
         * @property {string|null} [byUid] Receipt byUid
         * @property {number|null} [ts] Receipt ts
         * @property {string|null} [clientMsgId] Receipt clientMsgId
         * @property {string|null} [convId] Receipt convId
         * @property {number|null} [readSeq] Receipt readSeq
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Receipt.
         * @memberof parley
         * @interface IReceipt
         * @augments parley.Receipt.$Properties
         * @deprecated Use parley.Receipt.$Properties instead.
         */

        /**
         * Shape of a Receipt.
         * @typedef {parley.Receipt.$Properties} parley.Receipt.$Shape
         */

        /**
         * Constructs a new Receipt.
         * @memberof parley
         * @classdesc Represents a Receipt.
         * @constructor
         * @param {parley.Receipt.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Receipt = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Receipt kind.
         * @member {parley.ReceiptKind} kind
         * @memberof parley.Receipt
         * @instance
         */
        Receipt.prototype.kind = 0;

        /**
         * Receipt msgId.
         * @member {number} msgId
         * @memberof parley.Receipt
         * @instance
         */
        Receipt.prototype.msgId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Receipt byUid.
         * @member {string} byUid
         * @memberof parley.Receipt
         * @instance
         */
        Receipt.prototype.byUid = "";

        /**
         * Receipt ts.
         * @member {number} ts
         * @memberof parley.Receipt
         * @instance
         */
        Receipt.prototype.ts = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Receipt clientMsgId.
         * @member {string} clientMsgId
         * @memberof parley.Receipt
         * @instance
         */
        Receipt.prototype.clientMsgId = "";

        /**
         * Receipt convId.
         * @member {string} convId
         * @memberof parley.Receipt
         * @instance
         */
        Receipt.prototype.convId = "";

        /**
         * Receipt readSeq.
         * @member {number} readSeq
         * @memberof parley.Receipt
         * @instance
         */
        Receipt.prototype.readSeq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Encodes the specified Receipt message. Does not implicitly {@link parley.Receipt.verify|verify} messages.
         * @function encode
         * @memberof parley.Receipt
         * @static
         * @param {parley.Receipt.$Properties} message Receipt message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Receipt.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
            if (message.msgId != null && $Object.hasOwnProperty.call(message, "msgId") && (typeof message.msgId === "object" ? message.msgId.low || message.msgId.high : message.msgId !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.msgId);
            if (message.byUid != null && $Object.hasOwnProperty.call(message, "byUid") && message.byUid !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.byUid);
            if (message.ts != null && $Object.hasOwnProperty.call(message, "ts") && (typeof message.ts === "object" ? message.ts.low || message.ts.high : message.ts !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.ts);
            if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId") && message.clientMsgId !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.clientMsgId);
            if (message.convId != null && $Object.hasOwnProperty.call(message, "convId") && message.convId !== "")
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.convId);
            if (message.readSeq != null && $Object.hasOwnProperty.call(message, "readSeq") && (typeof message.readSeq === "object" ? message.readSeq.low || message.readSeq.high : message.readSeq !== 0))
                writer.uint32(/* id 7, wireType 0 =*/56).int64(message.readSeq);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Receipt message from the specified reader or buffer.
         * @function decode
         * @memberof parley.Receipt
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.Receipt & parley.Receipt.$Shape} Receipt
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Receipt.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.Receipt();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.kind = value;
                        else
                            delete message.kind;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.msgId = value;
                        else
                            delete message.msgId;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.byUid = value;
                        else
                            delete message.byUid;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.ts = value;
                        else
                            delete message.ts;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.clientMsgId = value;
                        else
                            delete message.clientMsgId;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.convId = value;
                        else
                            delete message.convId;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.readSeq = value;
                        else
                            delete message.readSeq;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Receipt;
    })();

    parley.Empty = (function() {

        /**
         * Properties of an Empty.
         * @typedef {Object} parley.Empty.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Empty.
         * @memberof parley
         * @interface IEmpty
         * @augments parley.Empty.$Properties
         * @deprecated Use parley.Empty.$Properties instead.
         */

        /**
         * Shape of an Empty.
         * @typedef {parley.Empty.$Properties} parley.Empty.$Shape
         */

        /**
         * Constructs a new Empty.
         * @memberof parley
         * @classdesc Represents an Empty.
         * @constructor
         * @param {parley.Empty.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Empty = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Encodes the specified Empty message. Does not implicitly {@link parley.Empty.verify|verify} messages.
         * @function encode
         * @memberof parley.Empty
         * @static
         * @param {parley.Empty.$Properties} message Empty message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Empty.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Empty message from the specified reader or buffer.
         * @function decode
         * @memberof parley.Empty
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.Empty & parley.Empty.$Shape} Empty
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Empty.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.Empty();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Empty;
    })();

    parley.ConvSyncReq = (function() {

        /**
         * Properties of a ConvSyncReq.
         * @typedef {Object} parley.ConvSyncReq.$Properties
         * @property {string|null} [convId] ConvSyncReq convId
         * @property {number|null} [afterSeq] ConvSyncReq afterSeq
         * @property {number|null} [limit] ConvSyncReq limit
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ConvSyncReq.
         * @memberof parley
         * @interface IConvSyncReq
         * @augments parley.ConvSyncReq.$Properties
         * @deprecated Use parley.ConvSyncReq.$Properties instead.
         */

        /**
         * Shape of a ConvSyncReq.
         * @typedef {parley.ConvSyncReq.$Properties} parley.ConvSyncReq.$Shape
         */

        /**
         * Constructs a new ConvSyncReq.
         * @memberof parley
         * @classdesc Represents a ConvSyncReq.
         * @constructor
         * @param {parley.ConvSyncReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ConvSyncReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ConvSyncReq convId.
         * @member {string} convId
         * @memberof parley.ConvSyncReq
         * @instance
         */
        ConvSyncReq.prototype.convId = "";

        /**
         * ConvSyncReq afterSeq.
         * @member {number} afterSeq
         * @memberof parley.ConvSyncReq
         * @instance
         */
        ConvSyncReq.prototype.afterSeq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ConvSyncReq limit.
         * @member {number} limit
         * @memberof parley.ConvSyncReq
         * @instance
         */
        ConvSyncReq.prototype.limit = 0;

        /**
         * Encodes the specified ConvSyncReq message. Does not implicitly {@link parley.ConvSyncReq.verify|verify} messages.
         * @function encode
         * @memberof parley.ConvSyncReq
         * @static
         * @param {parley.ConvSyncReq.$Properties} message ConvSyncReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ConvSyncReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.convId != null && $Object.hasOwnProperty.call(message, "convId") && message.convId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.convId);
            if (message.afterSeq != null && $Object.hasOwnProperty.call(message, "afterSeq") && (typeof message.afterSeq === "object" ? message.afterSeq.low || message.afterSeq.high : message.afterSeq !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.afterSeq);
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.limit);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ConvSyncReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.ConvSyncReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.ConvSyncReq & parley.ConvSyncReq.$Shape} ConvSyncReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ConvSyncReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.ConvSyncReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.convId = value;
                        else
                            delete message.convId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.afterSeq = value;
                        else
                            delete message.afterSeq;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.limit = value;
                        else
                            delete message.limit;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ConvSyncReq;
    })();

    parley.ConvSyncResp = (function() {

        /**
         * Properties of a ConvSyncResp.
         * @typedef {Object} parley.ConvSyncResp.$Properties
         * @property {Array.<parley.Message.$Properties>|null} [messages] ConvSyncResp messages
         * @property {boolean|null} [hasMore] ConvSyncResp hasMore
         * @property {number|null} [maxSeq] ConvSyncResp maxSeq
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ConvSyncResp.
         * @memberof parley
         * @interface IConvSyncResp
         * @augments parley.ConvSyncResp.$Properties
         * @deprecated Use parley.ConvSyncResp.$Properties instead.
         */

        /**
         * Shape of a ConvSyncResp.
         * @typedef {parley.ConvSyncResp.$Properties} parley.ConvSyncResp.$Shape
         */

        /**
         * Constructs a new ConvSyncResp.
         * @memberof parley
         * @classdesc Represents a ConvSyncResp.
         * @constructor
         * @param {parley.ConvSyncResp.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ConvSyncResp = function (properties) {
            this.messages = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ConvSyncResp messages.
         * @member {Array.<parley.Message.$Properties>} messages
         * @memberof parley.ConvSyncResp
         * @instance
         */
        ConvSyncResp.prototype.messages = $util.emptyArray;

        /**
         * ConvSyncResp hasMore.
         * @member {boolean} hasMore
         * @memberof parley.ConvSyncResp
         * @instance
         */
        ConvSyncResp.prototype.hasMore = false;

        /**
         * ConvSyncResp maxSeq.
         * @member {number} maxSeq
         * @memberof parley.ConvSyncResp
         * @instance
         */
        ConvSyncResp.prototype.maxSeq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Encodes the specified ConvSyncResp message. Does not implicitly {@link parley.ConvSyncResp.verify|verify} messages.
         * @function encode
         * @memberof parley.ConvSyncResp
         * @static
         * @param {parley.ConvSyncResp.$Properties} message ConvSyncResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ConvSyncResp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.messages != null && message.messages.length)
                for (let i = 0; i < message.messages.length; ++i)
                    $root.parley.Message.encode(message.messages[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.hasMore != null && $Object.hasOwnProperty.call(message, "hasMore") && message.hasMore !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.hasMore);
            if (message.maxSeq != null && $Object.hasOwnProperty.call(message, "maxSeq") && (typeof message.maxSeq === "object" ? message.maxSeq.low || message.maxSeq.high : message.maxSeq !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.maxSeq);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ConvSyncResp message from the specified reader or buffer.
         * @function decode
         * @memberof parley.ConvSyncResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.ConvSyncResp & parley.ConvSyncResp.$Shape} ConvSyncResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ConvSyncResp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.ConvSyncResp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.messages && message.messages.length))
                            message.messages = [];
                        message.messages.push($root.parley.Message.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.hasMore = value;
                        else
                            delete message.hasMore;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.maxSeq = value;
                        else
                            delete message.maxSeq;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ConvSyncResp;
    })();

    parley.HistoryReq = (function() {

        /**
         * Properties of a HistoryReq.
         * @typedef {Object} parley.HistoryReq.$Properties
         * @property {string|null} [convId] HistoryReq convId
         * @property {number|null} [beforeSeq] HistoryReq beforeSeq
         * @property {number|null} [limit] HistoryReq limit
         * @property {number|null} [beforeMsgId] HistoryReq beforeMsgId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a HistoryReq.
         * @memberof parley
         * @interface IHistoryReq
         * @augments parley.HistoryReq.$Properties
         * @deprecated Use parley.HistoryReq.$Properties instead.
         */

        /**
         * Shape of a HistoryReq.
         * @typedef {parley.HistoryReq.$Properties} parley.HistoryReq.$Shape
         */

        /**
         * Constructs a new HistoryReq.
         * @memberof parley
         * @classdesc Represents a HistoryReq.
         * @constructor
         * @param {parley.HistoryReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const HistoryReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * HistoryReq convId.
         * @member {string} convId
         * @memberof parley.HistoryReq
         * @instance
         */
        HistoryReq.prototype.convId = "";

        /**
         * HistoryReq beforeSeq.
         * @member {number} beforeSeq
         * @memberof parley.HistoryReq
         * @instance
         */
        HistoryReq.prototype.beforeSeq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * HistoryReq limit.
         * @member {number} limit
         * @memberof parley.HistoryReq
         * @instance
         */
        HistoryReq.prototype.limit = 0;

        /**
         * HistoryReq beforeMsgId.
         * @member {number} beforeMsgId
         * @memberof parley.HistoryReq
         * @instance
         */
        HistoryReq.prototype.beforeMsgId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Encodes the specified HistoryReq message. Does not implicitly {@link parley.HistoryReq.verify|verify} messages.
         * @function encode
         * @memberof parley.HistoryReq
         * @static
         * @param {parley.HistoryReq.$Properties} message HistoryReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HistoryReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.convId != null && $Object.hasOwnProperty.call(message, "convId") && message.convId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.convId);
            if (message.beforeSeq != null && $Object.hasOwnProperty.call(message, "beforeSeq") && (typeof message.beforeSeq === "object" ? message.beforeSeq.low || message.beforeSeq.high : message.beforeSeq !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.beforeSeq);
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.limit);
            if (message.beforeMsgId != null && $Object.hasOwnProperty.call(message, "beforeMsgId") && (typeof message.beforeMsgId === "object" ? message.beforeMsgId.low || message.beforeMsgId.high : message.beforeMsgId !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.beforeMsgId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a HistoryReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.HistoryReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.HistoryReq & parley.HistoryReq.$Shape} HistoryReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HistoryReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.HistoryReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.convId = value;
                        else
                            delete message.convId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.beforeSeq = value;
                        else
                            delete message.beforeSeq;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.limit = value;
                        else
                            delete message.limit;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.beforeMsgId = value;
                        else
                            delete message.beforeMsgId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return HistoryReq;
    })();

    parley.HistoryResp = (function() {

        /**
         * Properties of a HistoryResp.
         * @typedef {Object} parley.HistoryResp.$Properties
         * @property {Array.<parley.Message.$Properties>|null} [messages] HistoryResp messages
         * @property {boolean|null} [hasMore] HistoryResp hasMore
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a HistoryResp.
         * @memberof parley
         * @interface IHistoryResp
         * @augments parley.HistoryResp.$Properties
         * @deprecated Use parley.HistoryResp.$Properties instead.
         */

        /**
         * Shape of a HistoryResp.
         * @typedef {parley.HistoryResp.$Properties} parley.HistoryResp.$Shape
         */

        /**
         * Constructs a new HistoryResp.
         * @memberof parley
         * @classdesc Represents a HistoryResp.
         * @constructor
         * @param {parley.HistoryResp.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const HistoryResp = function (properties) {
            this.messages = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * HistoryResp messages.
         * @member {Array.<parley.Message.$Properties>} messages
         * @memberof parley.HistoryResp
         * @instance
         */
        HistoryResp.prototype.messages = $util.emptyArray;

        /**
         * HistoryResp hasMore.
         * @member {boolean} hasMore
         * @memberof parley.HistoryResp
         * @instance
         */
        HistoryResp.prototype.hasMore = false;

        /**
         * Encodes the specified HistoryResp message. Does not implicitly {@link parley.HistoryResp.verify|verify} messages.
         * @function encode
         * @memberof parley.HistoryResp
         * @static
         * @param {parley.HistoryResp.$Properties} message HistoryResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HistoryResp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.messages != null && message.messages.length)
                for (let i = 0; i < message.messages.length; ++i)
                    $root.parley.Message.encode(message.messages[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.hasMore != null && $Object.hasOwnProperty.call(message, "hasMore") && message.hasMore !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.hasMore);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a HistoryResp message from the specified reader or buffer.
         * @function decode
         * @memberof parley.HistoryResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.HistoryResp & parley.HistoryResp.$Shape} HistoryResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HistoryResp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.HistoryResp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.messages && message.messages.length))
                            message.messages = [];
                        message.messages.push($root.parley.Message.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.hasMore = value;
                        else
                            delete message.hasMore;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return HistoryResp;
    })();

    parley.RecallReq = (function() {

        /**
         * Properties of a RecallReq.
         * @typedef {Object} parley.RecallReq.$Properties
         * @property {number|null} [msgId] RecallReq msgId
         * @property {string|null} [clientMsgId] RecallReq clientMsgId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RecallReq.
         * @memberof parley
         * @interface IRecallReq
         * @augments parley.RecallReq.$Properties
         * @deprecated Use parley.RecallReq.$Properties instead.
         */

        /**
         * Shape of a RecallReq.
         * @typedef {parley.RecallReq.$Properties} parley.RecallReq.$Shape
         */

        /**
         * Constructs a new RecallReq.
         * @memberof parley
         * @classdesc Represents a RecallReq.
         * @constructor
         * @param {parley.RecallReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RecallReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RecallReq msgId.
         * @member {number} msgId
         * @memberof parley.RecallReq
         * @instance
         */
        RecallReq.prototype.msgId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * RecallReq clientMsgId.
         * @member {string} clientMsgId
         * @memberof parley.RecallReq
         * @instance
         */
        RecallReq.prototype.clientMsgId = "";

        /**
         * Encodes the specified RecallReq message. Does not implicitly {@link parley.RecallReq.verify|verify} messages.
         * @function encode
         * @memberof parley.RecallReq
         * @static
         * @param {parley.RecallReq.$Properties} message RecallReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RecallReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.msgId != null && $Object.hasOwnProperty.call(message, "msgId") && (typeof message.msgId === "object" ? message.msgId.low || message.msgId.high : message.msgId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.msgId);
            if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId") && message.clientMsgId !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.clientMsgId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RecallReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.RecallReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.RecallReq & parley.RecallReq.$Shape} RecallReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RecallReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.RecallReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.msgId = value;
                        else
                            delete message.msgId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.clientMsgId = value;
                        else
                            delete message.clientMsgId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return RecallReq;
    })();

    parley.EditReq = (function() {

        /**
         * Properties of an EditReq.
         * @typedef {Object} parley.EditReq.$Properties
         * @property {number|null} [msgId] EditReq msgId
         * @property {string|null} [content] EditReq content
         * @property {string|null} [clientMsgId] EditReq clientMsgId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an EditReq.
         * @memberof parley
         * @interface IEditReq
         * @augments parley.EditReq.$Properties
         * @deprecated Use parley.EditReq.$Properties instead.
         */

        /**
         * Shape of an EditReq.
         * @typedef {parley.EditReq.$Properties} parley.EditReq.$Shape
         */

        /**
         * Constructs a new EditReq.
         * @memberof parley
         * @classdesc Represents an EditReq.
         * @constructor
         * @param {parley.EditReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const EditReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * EditReq msgId.
         * @member {number} msgId
         * @memberof parley.EditReq
         * @instance
         */
        EditReq.prototype.msgId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * EditReq content.
         * @member {string} content
         * @memberof parley.EditReq
         * @instance
         */
        EditReq.prototype.content = "";

        /**
         * EditReq clientMsgId.
         * @member {string} clientMsgId
         * @memberof parley.EditReq
         * @instance
         */
        EditReq.prototype.clientMsgId = "";

        /**
         * Encodes the specified EditReq message. Does not implicitly {@link parley.EditReq.verify|verify} messages.
         * @function encode
         * @memberof parley.EditReq
         * @static
         * @param {parley.EditReq.$Properties} message EditReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        EditReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.msgId != null && $Object.hasOwnProperty.call(message, "msgId") && (typeof message.msgId === "object" ? message.msgId.low || message.msgId.high : message.msgId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.msgId);
            if (message.content != null && $Object.hasOwnProperty.call(message, "content") && message.content !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.content);
            if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId") && message.clientMsgId !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.clientMsgId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an EditReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.EditReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.EditReq & parley.EditReq.$Shape} EditReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        EditReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.EditReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.msgId = value;
                        else
                            delete message.msgId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.content = value;
                        else
                            delete message.content;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.clientMsgId = value;
                        else
                            delete message.clientMsgId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return EditReq;
    })();

    parley.NoticeResp = (function() {

        /**
         * Properties of a NoticeResp.
         * @typedef {Object} parley.NoticeResp.$Properties
         * @property {number|null} [noticeMsgId] NoticeResp noticeMsgId
         * @property {number|null} [convSeq] NoticeResp convSeq
         * @property {number|null} [ts] NoticeResp ts
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NoticeResp.
         * @memberof parley
         * @interface INoticeResp
         * @augments parley.NoticeResp.$Properties
         * @deprecated Use parley.NoticeResp.$Properties instead.
         */

        /**
         * Shape of a NoticeResp.
         * @typedef {parley.NoticeResp.$Properties} parley.NoticeResp.$Shape
         */

        /**
         * Constructs a new NoticeResp.
         * @memberof parley
         * @classdesc Represents a NoticeResp.
         * @constructor
         * @param {parley.NoticeResp.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NoticeResp = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * NoticeResp noticeMsgId.
         * @member {number} noticeMsgId
         * @memberof parley.NoticeResp
         * @instance
         */
        NoticeResp.prototype.noticeMsgId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * NoticeResp convSeq.
         * @member {number} convSeq
         * @memberof parley.NoticeResp
         * @instance
         */
        NoticeResp.prototype.convSeq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * NoticeResp ts.
         * @member {number} ts
         * @memberof parley.NoticeResp
         * @instance
         */
        NoticeResp.prototype.ts = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Encodes the specified NoticeResp message. Does not implicitly {@link parley.NoticeResp.verify|verify} messages.
         * @function encode
         * @memberof parley.NoticeResp
         * @static
         * @param {parley.NoticeResp.$Properties} message NoticeResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NoticeResp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.noticeMsgId != null && $Object.hasOwnProperty.call(message, "noticeMsgId") && (typeof message.noticeMsgId === "object" ? message.noticeMsgId.low || message.noticeMsgId.high : message.noticeMsgId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.noticeMsgId);
            if (message.convSeq != null && $Object.hasOwnProperty.call(message, "convSeq") && (typeof message.convSeq === "object" ? message.convSeq.low || message.convSeq.high : message.convSeq !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.convSeq);
            if (message.ts != null && $Object.hasOwnProperty.call(message, "ts") && (typeof message.ts === "object" ? message.ts.low || message.ts.high : message.ts !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.ts);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a NoticeResp message from the specified reader or buffer.
         * @function decode
         * @memberof parley.NoticeResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.NoticeResp & parley.NoticeResp.$Shape} NoticeResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NoticeResp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.NoticeResp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.noticeMsgId = value;
                        else
                            delete message.noticeMsgId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.convSeq = value;
                        else
                            delete message.convSeq;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.ts = value;
                        else
                            delete message.ts;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return NoticeResp;
    })();

    parley.DeleteReq = (function() {

        /**
         * Properties of a DeleteReq.
         * @typedef {Object} parley.DeleteReq.$Properties
         * @property {Array.<number>|null} [msgIds] DeleteReq msgIds
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DeleteReq.
         * @memberof parley
         * @interface IDeleteReq
         * @augments parley.DeleteReq.$Properties
         * @deprecated Use parley.DeleteReq.$Properties instead.
         */

        /**
         * Shape of a DeleteReq.
         * @typedef {parley.DeleteReq.$Properties} parley.DeleteReq.$Shape
         */

        /**
         * Constructs a new DeleteReq.
         * @memberof parley
         * @classdesc Represents a DeleteReq.
         * @constructor
         * @param {parley.DeleteReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DeleteReq = function (properties) {
            this.msgIds = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DeleteReq msgIds.
         * @member {Array.<number>} msgIds
         * @memberof parley.DeleteReq
         * @instance
         */
        DeleteReq.prototype.msgIds = $util.emptyArray;

        /**
         * Encodes the specified DeleteReq message. Does not implicitly {@link parley.DeleteReq.verify|verify} messages.
         * @function encode
         * @memberof parley.DeleteReq
         * @static
         * @param {parley.DeleteReq.$Properties} message DeleteReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DeleteReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.msgIds != null && message.msgIds.length)
                writer.uint32(/* id 1, wireType 2 =*/10).int64s(message.msgIds);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a DeleteReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.DeleteReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.DeleteReq & parley.DeleteReq.$Shape} DeleteReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DeleteReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.DeleteReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType === 2) {
                            if (!(message.msgIds && message.msgIds.length))
                                message.msgIds = [];
                            reader.int64s(message.msgIds);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.msgIds && message.msgIds.length))
                            message.msgIds = [];
                        message.msgIds.push(reader.int64());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return DeleteReq;
    })();

    parley.SearchReq = (function() {

        /**
         * Properties of a SearchReq.
         * @typedef {Object} parley.SearchReq.$Properties
         * @property {string|null} [query] SearchReq query
         * @property {string|null} [convId] SearchReq convId
         * @property {number|null} [limit] SearchReq limit
         * @property {number|null} [beforeMsgId] SearchReq beforeMsgId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SearchReq.
         * @memberof parley
         * @interface ISearchReq
         * @augments parley.SearchReq.$Properties
         * @deprecated Use parley.SearchReq.$Properties instead.
         */

        /**
         * Shape of a SearchReq.
         * @typedef {parley.SearchReq.$Properties} parley.SearchReq.$Shape
         */

        /**
         * Constructs a new SearchReq.
         * @memberof parley
         * @classdesc Represents a SearchReq.
         * @constructor
         * @param {parley.SearchReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SearchReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SearchReq query.
         * @member {string} query
         * @memberof parley.SearchReq
         * @instance
         */
        SearchReq.prototype.query = "";

        /**
         * SearchReq convId.
         * @member {string} convId
         * @memberof parley.SearchReq
         * @instance
         */
        SearchReq.prototype.convId = "";

        /**
         * SearchReq limit.
         * @member {number} limit
         * @memberof parley.SearchReq
         * @instance
         */
        SearchReq.prototype.limit = 0;

        /**
         * SearchReq beforeMsgId.
         * @member {number} beforeMsgId
         * @memberof parley.SearchReq
         * @instance
         */
        SearchReq.prototype.beforeMsgId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Encodes the specified SearchReq message. Does not implicitly {@link parley.SearchReq.verify|verify} messages.
         * @function encode
         * @memberof parley.SearchReq
         * @static
         * @param {parley.SearchReq.$Properties} message SearchReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SearchReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.query != null && $Object.hasOwnProperty.call(message, "query") && message.query !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.query);
            if (message.convId != null && $Object.hasOwnProperty.call(message, "convId") && message.convId !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.convId);
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.limit);
            if (message.beforeMsgId != null && $Object.hasOwnProperty.call(message, "beforeMsgId") && (typeof message.beforeMsgId === "object" ? message.beforeMsgId.low || message.beforeMsgId.high : message.beforeMsgId !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.beforeMsgId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SearchReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.SearchReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.SearchReq & parley.SearchReq.$Shape} SearchReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SearchReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.SearchReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.query = value;
                        else
                            delete message.query;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.convId = value;
                        else
                            delete message.convId;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.limit = value;
                        else
                            delete message.limit;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.beforeMsgId = value;
                        else
                            delete message.beforeMsgId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return SearchReq;
    })();

    parley.SearchResp = (function() {

        /**
         * Properties of a SearchResp.
         * @typedef {Object} parley.SearchResp.$Properties
         * @property {Array.<parley.Message.$Properties>|null} [messages] SearchResp messages
         * @property {boolean|null} [hasMore] SearchResp hasMore
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SearchResp.
         * @memberof parley
         * @interface ISearchResp
         * @augments parley.SearchResp.$Properties
         * @deprecated Use parley.SearchResp.$Properties instead.
         */

        /**
         * Shape of a SearchResp.
         * @typedef {parley.SearchResp.$Properties} parley.SearchResp.$Shape
         */

        /**
         * Constructs a new SearchResp.
         * @memberof parley
         * @classdesc Represents a SearchResp.
         * @constructor
         * @param {parley.SearchResp.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SearchResp = function (properties) {
            this.messages = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SearchResp messages.
         * @member {Array.<parley.Message.$Properties>} messages
         * @memberof parley.SearchResp
         * @instance
         */
        SearchResp.prototype.messages = $util.emptyArray;

        /**
         * SearchResp hasMore.
         * @member {boolean} hasMore
         * @memberof parley.SearchResp
         * @instance
         */
        SearchResp.prototype.hasMore = false;

        /**
         * Encodes the specified SearchResp message. Does not implicitly {@link parley.SearchResp.verify|verify} messages.
         * @function encode
         * @memberof parley.SearchResp
         * @static
         * @param {parley.SearchResp.$Properties} message SearchResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SearchResp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.messages != null && message.messages.length)
                for (let i = 0; i < message.messages.length; ++i)
                    $root.parley.Message.encode(message.messages[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.hasMore != null && $Object.hasOwnProperty.call(message, "hasMore") && message.hasMore !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.hasMore);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SearchResp message from the specified reader or buffer.
         * @function decode
         * @memberof parley.SearchResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.SearchResp & parley.SearchResp.$Shape} SearchResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SearchResp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.SearchResp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.messages && message.messages.length))
                            message.messages = [];
                        message.messages.push($root.parley.Message.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.hasMore = value;
                        else
                            delete message.hasMore;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return SearchResp;
    })();

    parley.ReadStatusReq = (function() {

        /**
         * Properties of a ReadStatusReq.
         * @typedef {Object} parley.ReadStatusReq.$Properties
         * @property {number|null} [msgId] ReadStatusReq msgId
         * @property {boolean|null} [withUids] ReadStatusReq withUids
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ReadStatusReq.
         * @memberof parley
         * @interface IReadStatusReq
         * @augments parley.ReadStatusReq.$Properties
         * @deprecated Use parley.ReadStatusReq.$Properties instead.
         */

        /**
         * Shape of a ReadStatusReq.
         * @typedef {parley.ReadStatusReq.$Properties} parley.ReadStatusReq.$Shape
         */

        /**
         * Constructs a new ReadStatusReq.
         * @memberof parley
         * @classdesc Represents a ReadStatusReq.
         * @constructor
         * @param {parley.ReadStatusReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ReadStatusReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ReadStatusReq msgId.
         * @member {number} msgId
         * @memberof parley.ReadStatusReq
         * @instance
         */
        ReadStatusReq.prototype.msgId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ReadStatusReq withUids.
         * @member {boolean} withUids
         * @memberof parley.ReadStatusReq
         * @instance
         */
        ReadStatusReq.prototype.withUids = false;

        /**
         * Encodes the specified ReadStatusReq message. Does not implicitly {@link parley.ReadStatusReq.verify|verify} messages.
         * @function encode
         * @memberof parley.ReadStatusReq
         * @static
         * @param {parley.ReadStatusReq.$Properties} message ReadStatusReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ReadStatusReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.msgId != null && $Object.hasOwnProperty.call(message, "msgId") && (typeof message.msgId === "object" ? message.msgId.low || message.msgId.high : message.msgId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.msgId);
            if (message.withUids != null && $Object.hasOwnProperty.call(message, "withUids") && message.withUids !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.withUids);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ReadStatusReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.ReadStatusReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.ReadStatusReq & parley.ReadStatusReq.$Shape} ReadStatusReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ReadStatusReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.ReadStatusReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.msgId = value;
                        else
                            delete message.msgId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.withUids = value;
                        else
                            delete message.withUids;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ReadStatusReq;
    })();

    parley.ReadStatusResp = (function() {

        /**
         * Properties of a ReadStatusResp.
         * @typedef {Object} parley.ReadStatusResp.$Properties
         * @property {number|null} [readCount] ReadStatusResp readCount
         * @property {number|null} [unreadCount] ReadStatusResp unreadCount
         * @property {Array.<string>|null} [readUids] ReadStatusResp readUids
         * @property {Array.<string>|null} [unreadUids] ReadStatusResp unreadUids
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ReadStatusResp.
         * @memberof parley
         * @interface IReadStatusResp
         * @augments parley.ReadStatusResp.$Properties
         * @deprecated Use parley.ReadStatusResp.$Properties instead.
         */

        /**
         * Shape of a ReadStatusResp.
         * @typedef {parley.ReadStatusResp.$Properties} parley.ReadStatusResp.$Shape
         */

        /**
         * Constructs a new ReadStatusResp.
         * @memberof parley
         * @classdesc Represents a ReadStatusResp.
         * @constructor
         * @param {parley.ReadStatusResp.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ReadStatusResp = function (properties) {
            this.readUids = [];
            this.unreadUids = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ReadStatusResp readCount.
         * @member {number} readCount
         * @memberof parley.ReadStatusResp
         * @instance
         */
        ReadStatusResp.prototype.readCount = 0;

        /**
         * ReadStatusResp unreadCount.
         * @member {number} unreadCount
         * @memberof parley.ReadStatusResp
         * @instance
         */
        ReadStatusResp.prototype.unreadCount = 0;

        /**
         * ReadStatusResp readUids.
         * @member {Array.<string>} readUids
         * @memberof parley.ReadStatusResp
         * @instance
         */
        ReadStatusResp.prototype.readUids = $util.emptyArray;

        /**
         * ReadStatusResp unreadUids.
         * @member {Array.<string>} unreadUids
         * @memberof parley.ReadStatusResp
         * @instance
         */
        ReadStatusResp.prototype.unreadUids = $util.emptyArray;

        /**
         * Encodes the specified ReadStatusResp message. Does not implicitly {@link parley.ReadStatusResp.verify|verify} messages.
         * @function encode
         * @memberof parley.ReadStatusResp
         * @static
         * @param {parley.ReadStatusResp.$Properties} message ReadStatusResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ReadStatusResp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.readCount != null && $Object.hasOwnProperty.call(message, "readCount") && message.readCount !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.readCount);
            if (message.unreadCount != null && $Object.hasOwnProperty.call(message, "unreadCount") && message.unreadCount !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.unreadCount);
            if (message.readUids != null && message.readUids.length)
                for (let i = 0; i < message.readUids.length; ++i)
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.readUids[i]);
            if (message.unreadUids != null && message.unreadUids.length)
                for (let i = 0; i < message.unreadUids.length; ++i)
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.unreadUids[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ReadStatusResp message from the specified reader or buffer.
         * @function decode
         * @memberof parley.ReadStatusResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.ReadStatusResp & parley.ReadStatusResp.$Shape} ReadStatusResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ReadStatusResp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.ReadStatusResp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.readCount = value;
                        else
                            delete message.readCount;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.unreadCount = value;
                        else
                            delete message.unreadCount;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.readUids && message.readUids.length))
                            message.readUids = [];
                        message.readUids.push(reader.stringVerify());
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.unreadUids && message.unreadUids.length))
                            message.unreadUids = [];
                        message.unreadUids.push(reader.stringVerify());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ReadStatusResp;
    })();

    parley.Typing = (function() {

        /**
         * Properties of a Typing.
         * @typedef {Object} parley.Typing.$Properties
         * @property {string|null} [convId] Typing convId
         * @property {string|null} [fromUid] Typing fromUid
         * @property {boolean|null} [typing] Typing typing
         * @property {number|null} [ts] Typing ts
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Typing.
         * @memberof parley
         * @interface ITyping
         * @augments parley.Typing.$Properties
         * @deprecated Use parley.Typing.$Properties instead.
         */

        /**
         * Shape of a Typing.
         * @typedef {parley.Typing.$Properties} parley.Typing.$Shape
         */

        /**
         * Constructs a new Typing.
         * @memberof parley
         * @classdesc Represents a Typing.
         * @constructor
         * @param {parley.Typing.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Typing = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Typing convId.
         * @member {string} convId
         * @memberof parley.Typing
         * @instance
         */
        Typing.prototype.convId = "";

        /**
         * Typing fromUid.
         * @member {string} fromUid
         * @memberof parley.Typing
         * @instance
         */
        Typing.prototype.fromUid = "";

        /**
         * Typing typing.
         * @member {boolean} typing
         * @memberof parley.Typing
         * @instance
         */
        Typing.prototype.typing = false;

        /**
         * Typing ts.
         * @member {number} ts
         * @memberof parley.Typing
         * @instance
         */
        Typing.prototype.ts = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Encodes the specified Typing message. Does not implicitly {@link parley.Typing.verify|verify} messages.
         * @function encode
         * @memberof parley.Typing
         * @static
         * @param {parley.Typing.$Properties} message Typing message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Typing.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.convId != null && $Object.hasOwnProperty.call(message, "convId") && message.convId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.convId);
            if (message.fromUid != null && $Object.hasOwnProperty.call(message, "fromUid") && message.fromUid !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.fromUid);
            if (message.typing != null && $Object.hasOwnProperty.call(message, "typing") && message.typing !== false)
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.typing);
            if (message.ts != null && $Object.hasOwnProperty.call(message, "ts") && (typeof message.ts === "object" ? message.ts.low || message.ts.high : message.ts !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.ts);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Typing message from the specified reader or buffer.
         * @function decode
         * @memberof parley.Typing
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.Typing & parley.Typing.$Shape} Typing
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Typing.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.Typing();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.convId = value;
                        else
                            delete message.convId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.fromUid = value;
                        else
                            delete message.fromUid;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.typing = value;
                        else
                            delete message.typing;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.ts = value;
                        else
                            delete message.ts;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Typing;
    })();

    parley.Deleted = (function() {

        /**
         * Properties of a Deleted.
         * @typedef {Object} parley.Deleted.$Properties
         * @property {Array.<number>|null} [msgIds] Deleted msgIds
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Deleted.
         * @memberof parley
         * @interface IDeleted
         * @augments parley.Deleted.$Properties
         * @deprecated Use parley.Deleted.$Properties instead.
         */

        /**
         * Shape of a Deleted.
         * @typedef {parley.Deleted.$Properties} parley.Deleted.$Shape
         */

        /**
         * Constructs a new Deleted.
         * @memberof parley
         * @classdesc Represents a Deleted.
         * @constructor
         * @param {parley.Deleted.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Deleted = function (properties) {
            this.msgIds = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Deleted msgIds.
         * @member {Array.<number>} msgIds
         * @memberof parley.Deleted
         * @instance
         */
        Deleted.prototype.msgIds = $util.emptyArray;

        /**
         * Encodes the specified Deleted message. Does not implicitly {@link parley.Deleted.verify|verify} messages.
         * @function encode
         * @memberof parley.Deleted
         * @static
         * @param {parley.Deleted.$Properties} message Deleted message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Deleted.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.msgIds != null && message.msgIds.length)
                writer.uint32(/* id 1, wireType 2 =*/10).int64s(message.msgIds);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Deleted message from the specified reader or buffer.
         * @function decode
         * @memberof parley.Deleted
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.Deleted & parley.Deleted.$Shape} Deleted
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Deleted.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.Deleted();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType === 2) {
                            if (!(message.msgIds && message.msgIds.length))
                                message.msgIds = [];
                            reader.int64s(message.msgIds);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.msgIds && message.msgIds.length))
                            message.msgIds = [];
                        message.msgIds.push(reader.int64());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Deleted;
    })();

    parley.Conversation = (function() {

        /**
         * Properties of a Conversation.
         * @typedef {Object} parley.Conversation.$Properties
         * @property {string|null} [convId] Conversation convId
         * @property {parley.ConvType|null} [convType] Conversation convType
         * @property {string|null} [peer] Conversation peer
         * @property {parley.Message.$Properties|null} [lastMessage] Conversation lastMessage
         * @property {number|null} [maxSeq] Conversation maxSeq
         * @property {number|null} [readSeq] Conversation readSeq
         * @property {number|null} [unread] Conversation unread
         * @property {boolean|null} [pinned] Conversation pinned
         * @property {boolean|null} [muted] Conversation muted
         * @property {boolean|null} [hidden] Conversation hidden
         * @property {string|null} [draft] Conversation draft
         * @property {number|null} [version] Conversation version
         * @property {number|null} [lastTs] Conversation lastTs
         * @property {number|null} [startSeq] Conversation startSeq
         * @property {number|null} [peerReadSeq] Conversation peerReadSeq
         * @property {boolean|null} [readDiffusion] Conversation readDiffusion
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Conversation.
         * @memberof parley
         * @interface IConversation
         * @augments parley.Conversation.$Properties
         * @deprecated Use parley.Conversation.$Properties instead.
         */

        /**
         * Shape of a Conversation.
         * @typedef {parley.Conversation.$Properties} parley.Conversation.$Shape
         */

        /**
         * Constructs a new Conversation.
         * @memberof parley
         * @classdesc Represents a Conversation.
         * @constructor
         * @param {parley.Conversation.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Conversation = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Conversation convId.
         * @member {string} convId
         * @memberof parley.Conversation
         * @instance
         */
        Conversation.prototype.convId = "";

        /**
         * Conversation convType.
         * @member {parley.ConvType} convType
         * @memberof parley.Conversation
         * @instance
         */
        Conversation.prototype.convType = 0;

        /**
         * Conversation peer.
         * @member {string} peer
         * @memberof parley.Conversation
         * @instance
         */
        Conversation.prototype.peer = "";

        /**
         * Conversation lastMessage.
         * @member {parley.Message.$Properties|null|undefined} lastMessage
         * @memberof parley.Conversation
         * @instance
         */
        Conversation.prototype.lastMessage = null;

        /**
         * Conversation maxSeq.
         * @member {number} maxSeq
         * @memberof parley.Conversation
         * @instance
         */
        Conversation.prototype.maxSeq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Conversation readSeq.
         * @member {number} readSeq
         * @memberof parley.Conversation
         * @instance
         */
        Conversation.prototype.readSeq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Conversation unread.
         * @member {number} unread
         * @memberof parley.Conversation
         * @instance
         */
        Conversation.prototype.unread = 0;

        /**
         * Conversation pinned.
         * @member {boolean} pinned
         * @memberof parley.Conversation
         * @instance
         */
        Conversation.prototype.pinned = false;

        /**
         * Conversation muted.
         * @member {boolean} muted
         * @memberof parley.Conversation
         * @instance
         */
        Conversation.prototype.muted = false;

        /**
         * Conversation hidden.
         * @member {boolean} hidden
         * @memberof parley.Conversation
         * @instance
         */
        Conversation.prototype.hidden = false;

        /**
         * Conversation draft.
         * @member {string} draft
         * @memberof parley.Conversation
         * @instance
         */
        Conversation.prototype.draft = "";

        /**
         * Conversation version.
         * @member {number} version
         * @memberof parley.Conversation
         * @instance
         */
        Conversation.prototype.version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Conversation lastTs.
         * @member {number} lastTs
         * @memberof parley.Conversation
         * @instance
         */
        Conversation.prototype.lastTs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Conversation startSeq.
         * @member {number} startSeq
         * @memberof parley.Conversation
         * @instance
         */
        Conversation.prototype.startSeq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Conversation peerReadSeq.
         * @member {number} peerReadSeq
         * @memberof parley.Conversation
         * @instance
         */
        Conversation.prototype.peerReadSeq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Conversation readDiffusion.
         * @member {boolean} readDiffusion
         * @memberof parley.Conversation
         * @instance
         */
        Conversation.prototype.readDiffusion = false;

        /**
         * Encodes the specified Conversation message. Does not implicitly {@link parley.Conversation.verify|verify} messages.
         * @function encode
         * @memberof parley.Conversation
         * @static
         * @param {parley.Conversation.$Properties} message Conversation message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Conversation.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.convId != null && $Object.hasOwnProperty.call(message, "convId") && message.convId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.convId);
            if (message.convType != null && $Object.hasOwnProperty.call(message, "convType") && message.convType !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.convType);
            if (message.peer != null && $Object.hasOwnProperty.call(message, "peer") && message.peer !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.peer);
            if (message.lastMessage != null && $Object.hasOwnProperty.call(message, "lastMessage"))
                $root.parley.Message.encode(message.lastMessage, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.maxSeq != null && $Object.hasOwnProperty.call(message, "maxSeq") && (typeof message.maxSeq === "object" ? message.maxSeq.low || message.maxSeq.high : message.maxSeq !== 0))
                writer.uint32(/* id 5, wireType 0 =*/40).int64(message.maxSeq);
            if (message.readSeq != null && $Object.hasOwnProperty.call(message, "readSeq") && (typeof message.readSeq === "object" ? message.readSeq.low || message.readSeq.high : message.readSeq !== 0))
                writer.uint32(/* id 6, wireType 0 =*/48).int64(message.readSeq);
            if (message.unread != null && $Object.hasOwnProperty.call(message, "unread") && message.unread !== 0)
                writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.unread);
            if (message.pinned != null && $Object.hasOwnProperty.call(message, "pinned") && message.pinned !== false)
                writer.uint32(/* id 8, wireType 0 =*/64).bool(message.pinned);
            if (message.muted != null && $Object.hasOwnProperty.call(message, "muted") && message.muted !== false)
                writer.uint32(/* id 9, wireType 0 =*/72).bool(message.muted);
            if (message.hidden != null && $Object.hasOwnProperty.call(message, "hidden") && message.hidden !== false)
                writer.uint32(/* id 10, wireType 0 =*/80).bool(message.hidden);
            if (message.draft != null && $Object.hasOwnProperty.call(message, "draft") && message.draft !== "")
                writer.uint32(/* id 11, wireType 2 =*/90).string(message.draft);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                writer.uint32(/* id 12, wireType 0 =*/96).int64(message.version);
            if (message.lastTs != null && $Object.hasOwnProperty.call(message, "lastTs") && (typeof message.lastTs === "object" ? message.lastTs.low || message.lastTs.high : message.lastTs !== 0))
                writer.uint32(/* id 13, wireType 0 =*/104).int64(message.lastTs);
            if (message.startSeq != null && $Object.hasOwnProperty.call(message, "startSeq") && (typeof message.startSeq === "object" ? message.startSeq.low || message.startSeq.high : message.startSeq !== 0))
                writer.uint32(/* id 14, wireType 0 =*/112).int64(message.startSeq);
            if (message.peerReadSeq != null && $Object.hasOwnProperty.call(message, "peerReadSeq") && (typeof message.peerReadSeq === "object" ? message.peerReadSeq.low || message.peerReadSeq.high : message.peerReadSeq !== 0))
                writer.uint32(/* id 15, wireType 0 =*/120).int64(message.peerReadSeq);
            if (message.readDiffusion != null && $Object.hasOwnProperty.call(message, "readDiffusion") && message.readDiffusion !== false)
                writer.uint32(/* id 16, wireType 0 =*/128).bool(message.readDiffusion);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Conversation message from the specified reader or buffer.
         * @function decode
         * @memberof parley.Conversation
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.Conversation & parley.Conversation.$Shape} Conversation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Conversation.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.Conversation();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.convId = value;
                        else
                            delete message.convId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.convType = value;
                        else
                            delete message.convType;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.peer = value;
                        else
                            delete message.peer;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.lastMessage = $root.parley.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.lastMessage);
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.maxSeq = value;
                        else
                            delete message.maxSeq;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.readSeq = value;
                        else
                            delete message.readSeq;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.unread = value;
                        else
                            delete message.unread;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.pinned = value;
                        else
                            delete message.pinned;
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.muted = value;
                        else
                            delete message.muted;
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.hidden = value;
                        else
                            delete message.hidden;
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.draft = value;
                        else
                            delete message.draft;
                        continue;
                    }
                case 12: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                case 13: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.lastTs = value;
                        else
                            delete message.lastTs;
                        continue;
                    }
                case 14: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.startSeq = value;
                        else
                            delete message.startSeq;
                        continue;
                    }
                case 15: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.peerReadSeq = value;
                        else
                            delete message.peerReadSeq;
                        continue;
                    }
                case 16: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.readDiffusion = value;
                        else
                            delete message.readDiffusion;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Conversation;
    })();

    parley.ConvListReq = (function() {

        /**
         * Properties of a ConvListReq.
         * @typedef {Object} parley.ConvListReq.$Properties
         * @property {number|null} [sinceVersion] ConvListReq sinceVersion
         * @property {boolean|null} [includeHidden] ConvListReq includeHidden
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ConvListReq.
         * @memberof parley
         * @interface IConvListReq
         * @augments parley.ConvListReq.$Properties
         * @deprecated Use parley.ConvListReq.$Properties instead.
         */

        /**
         * Shape of a ConvListReq.
         * @typedef {parley.ConvListReq.$Properties} parley.ConvListReq.$Shape
         */

        /**
         * Constructs a new ConvListReq.
         * @memberof parley
         * @classdesc Represents a ConvListReq.
         * @constructor
         * @param {parley.ConvListReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ConvListReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ConvListReq sinceVersion.
         * @member {number} sinceVersion
         * @memberof parley.ConvListReq
         * @instance
         */
        ConvListReq.prototype.sinceVersion = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ConvListReq includeHidden.
         * @member {boolean} includeHidden
         * @memberof parley.ConvListReq
         * @instance
         */
        ConvListReq.prototype.includeHidden = false;

        /**
         * Encodes the specified ConvListReq message. Does not implicitly {@link parley.ConvListReq.verify|verify} messages.
         * @function encode
         * @memberof parley.ConvListReq
         * @static
         * @param {parley.ConvListReq.$Properties} message ConvListReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ConvListReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.sinceVersion != null && $Object.hasOwnProperty.call(message, "sinceVersion") && (typeof message.sinceVersion === "object" ? message.sinceVersion.low || message.sinceVersion.high : message.sinceVersion !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.sinceVersion);
            if (message.includeHidden != null && $Object.hasOwnProperty.call(message, "includeHidden") && message.includeHidden !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.includeHidden);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ConvListReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.ConvListReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.ConvListReq & parley.ConvListReq.$Shape} ConvListReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ConvListReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.ConvListReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.sinceVersion = value;
                        else
                            delete message.sinceVersion;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.includeHidden = value;
                        else
                            delete message.includeHidden;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ConvListReq;
    })();

    parley.ConvListResp = (function() {

        /**
         * Properties of a ConvListResp.
         * @typedef {Object} parley.ConvListResp.$Properties
         * @property {Array.<parley.Conversation.$Properties>|null} [conversations] ConvListResp conversations
         * @property {number|null} [version] ConvListResp version
         * @property {number|null} [totalUnread] ConvListResp totalUnread
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ConvListResp.
         * @memberof parley
         * @interface IConvListResp
         * @augments parley.ConvListResp.$Properties
         * @deprecated Use parley.ConvListResp.$Properties instead.
         */

        /**
         * Shape of a ConvListResp.
         * @typedef {parley.ConvListResp.$Properties} parley.ConvListResp.$Shape
         */

        /**
         * Constructs a new ConvListResp.
         * @memberof parley
         * @classdesc Represents a ConvListResp.
         * @constructor
         * @param {parley.ConvListResp.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ConvListResp = function (properties) {
            this.conversations = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ConvListResp conversations.
         * @member {Array.<parley.Conversation.$Properties>} conversations
         * @memberof parley.ConvListResp
         * @instance
         */
        ConvListResp.prototype.conversations = $util.emptyArray;

        /**
         * ConvListResp version.
         * @member {number} version
         * @memberof parley.ConvListResp
         * @instance
         */
        ConvListResp.prototype.version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ConvListResp totalUnread.
         * @member {number} totalUnread
         * @memberof parley.ConvListResp
         * @instance
         */
        ConvListResp.prototype.totalUnread = 0;

        /**
         * Encodes the specified ConvListResp message. Does not implicitly {@link parley.ConvListResp.verify|verify} messages.
         * @function encode
         * @memberof parley.ConvListResp
         * @static
         * @param {parley.ConvListResp.$Properties} message ConvListResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ConvListResp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.conversations != null && message.conversations.length)
                for (let i = 0; i < message.conversations.length; ++i)
                    $root.parley.Conversation.encode(message.conversations[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.version);
            if (message.totalUnread != null && $Object.hasOwnProperty.call(message, "totalUnread") && message.totalUnread !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.totalUnread);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ConvListResp message from the specified reader or buffer.
         * @function decode
         * @memberof parley.ConvListResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.ConvListResp & parley.ConvListResp.$Shape} ConvListResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ConvListResp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.ConvListResp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.conversations && message.conversations.length))
                            message.conversations = [];
                        message.conversations.push($root.parley.Conversation.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.totalUnread = value;
                        else
                            delete message.totalUnread;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ConvListResp;
    })();

    parley.MarkReadReq = (function() {

        /**
         * Properties of a MarkReadReq.
         * @typedef {Object} parley.MarkReadReq.$Properties
         * @property {string|null} [convId] MarkReadReq convId
         * @property {number|null} [seq] MarkReadReq seq
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MarkReadReq.
         * @memberof parley
         * @interface IMarkReadReq
         * @augments parley.MarkReadReq.$Properties
         * @deprecated Use parley.MarkReadReq.$Properties instead.
         */

        /**
         * Shape of a MarkReadReq.
         * @typedef {parley.MarkReadReq.$Properties} parley.MarkReadReq.$Shape
         */

        /**
         * Constructs a new MarkReadReq.
         * @memberof parley
         * @classdesc Represents a MarkReadReq.
         * @constructor
         * @param {parley.MarkReadReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MarkReadReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * MarkReadReq convId.
         * @member {string} convId
         * @memberof parley.MarkReadReq
         * @instance
         */
        MarkReadReq.prototype.convId = "";

        /**
         * MarkReadReq seq.
         * @member {number} seq
         * @memberof parley.MarkReadReq
         * @instance
         */
        MarkReadReq.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Encodes the specified MarkReadReq message. Does not implicitly {@link parley.MarkReadReq.verify|verify} messages.
         * @function encode
         * @memberof parley.MarkReadReq
         * @static
         * @param {parley.MarkReadReq.$Properties} message MarkReadReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MarkReadReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.convId != null && $Object.hasOwnProperty.call(message, "convId") && message.convId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.convId);
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.seq);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a MarkReadReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.MarkReadReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.MarkReadReq & parley.MarkReadReq.$Shape} MarkReadReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MarkReadReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.MarkReadReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.convId = value;
                        else
                            delete message.convId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.seq = value;
                        else
                            delete message.seq;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return MarkReadReq;
    })();

    parley.ConvUpdateReq = (function() {

        /**
         * Properties of a ConvUpdateReq.
         * @typedef {Object} parley.ConvUpdateReq.$Properties
         * @property {string|null} [convId] ConvUpdateReq convId
         * @property {boolean|null} [pinned] ConvUpdateReq pinned
         * @property {boolean|null} [muted] ConvUpdateReq muted
         * @property {boolean|null} [hidden] ConvUpdateReq hidden
         * @property {string|null} [draft] ConvUpdateReq draft
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ConvUpdateReq.
         * @memberof parley
         * @interface IConvUpdateReq
         * @augments parley.ConvUpdateReq.$Properties
         * @deprecated Use parley.ConvUpdateReq.$Properties instead.
         */

        /**
         * Shape of a ConvUpdateReq.
         * @typedef {parley.ConvUpdateReq.$Properties} parley.ConvUpdateReq.$Shape
         */

        /**
         * Constructs a new ConvUpdateReq.
         * @memberof parley
         * @classdesc Represents a ConvUpdateReq.
         * @constructor
         * @param {parley.ConvUpdateReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ConvUpdateReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ConvUpdateReq convId.
         * @member {string} convId
         * @memberof parley.ConvUpdateReq
         * @instance
         */
        ConvUpdateReq.prototype.convId = "";

        /**
         * ConvUpdateReq pinned.
         * @member {boolean|null|undefined} pinned
         * @memberof parley.ConvUpdateReq
         * @instance
         */
        ConvUpdateReq.prototype.pinned = null;

        /**
         * ConvUpdateReq muted.
         * @member {boolean|null|undefined} muted
         * @memberof parley.ConvUpdateReq
         * @instance
         */
        ConvUpdateReq.prototype.muted = null;

        /**
         * ConvUpdateReq hidden.
         * @member {boolean|null|undefined} hidden
         * @memberof parley.ConvUpdateReq
         * @instance
         */
        ConvUpdateReq.prototype.hidden = null;

        /**
         * ConvUpdateReq draft.
         * @member {string|null|undefined} draft
         * @memberof parley.ConvUpdateReq
         * @instance
         */
        ConvUpdateReq.prototype.draft = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ConvUpdateReq.prototype, "_pinned", {
            get: $util.oneOfGetter($oneOfFields = ["pinned"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ConvUpdateReq.prototype, "_muted", {
            get: $util.oneOfGetter($oneOfFields = ["muted"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ConvUpdateReq.prototype, "_hidden", {
            get: $util.oneOfGetter($oneOfFields = ["hidden"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ConvUpdateReq.prototype, "_draft", {
            get: $util.oneOfGetter($oneOfFields = ["draft"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified ConvUpdateReq message. Does not implicitly {@link parley.ConvUpdateReq.verify|verify} messages.
         * @function encode
         * @memberof parley.ConvUpdateReq
         * @static
         * @param {parley.ConvUpdateReq.$Properties} message ConvUpdateReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ConvUpdateReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.convId != null && $Object.hasOwnProperty.call(message, "convId") && message.convId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.convId);
            if (message.pinned != null && $Object.hasOwnProperty.call(message, "pinned"))
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.pinned);
            if (message.muted != null && $Object.hasOwnProperty.call(message, "muted"))
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.muted);
            if (message.hidden != null && $Object.hasOwnProperty.call(message, "hidden"))
                writer.uint32(/* id 4, wireType 0 =*/32).bool(message.hidden);
            if (message.draft != null && $Object.hasOwnProperty.call(message, "draft"))
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.draft);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ConvUpdateReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.ConvUpdateReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.ConvUpdateReq & parley.ConvUpdateReq.$Shape} ConvUpdateReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ConvUpdateReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.ConvUpdateReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.convId = value;
                        else
                            delete message.convId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        message.pinned = reader.bool();
                        message._pinned = "pinned";
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.muted = reader.bool();
                        message._muted = "muted";
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        message.hidden = reader.bool();
                        message._hidden = "hidden";
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.draft = reader.stringVerify();
                        message._draft = "draft";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ConvUpdateReq;
    })();

    parley.ConvIdReq = (function() {

        /**
         * Properties of a ConvIdReq.
         * @typedef {Object} parley.ConvIdReq.$Properties
         * @property {string|null} [convId] ConvIdReq convId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ConvIdReq.
         * @memberof parley
         * @interface IConvIdReq
         * @augments parley.ConvIdReq.$Properties
         * @deprecated Use parley.ConvIdReq.$Properties instead.
         */

        /**
         * Shape of a ConvIdReq.
         * @typedef {parley.ConvIdReq.$Properties} parley.ConvIdReq.$Shape
         */

        /**
         * Constructs a new ConvIdReq.
         * @memberof parley
         * @classdesc Represents a ConvIdReq.
         * @constructor
         * @param {parley.ConvIdReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ConvIdReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ConvIdReq convId.
         * @member {string} convId
         * @memberof parley.ConvIdReq
         * @instance
         */
        ConvIdReq.prototype.convId = "";

        /**
         * Encodes the specified ConvIdReq message. Does not implicitly {@link parley.ConvIdReq.verify|verify} messages.
         * @function encode
         * @memberof parley.ConvIdReq
         * @static
         * @param {parley.ConvIdReq.$Properties} message ConvIdReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ConvIdReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.convId != null && $Object.hasOwnProperty.call(message, "convId") && message.convId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.convId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ConvIdReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.ConvIdReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.ConvIdReq & parley.ConvIdReq.$Shape} ConvIdReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ConvIdReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.ConvIdReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.convId = value;
                        else
                            delete message.convId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ConvIdReq;
    })();

    parley.ConvResp = (function() {

        /**
         * Properties of a ConvResp.
         * @typedef {Object} parley.ConvResp.$Properties
         * @property {parley.Conversation.$Properties|null} [conversation] ConvResp conversation
         * @property {number|null} [totalUnread] ConvResp totalUnread
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ConvResp.
         * @memberof parley
         * @interface IConvResp
         * @augments parley.ConvResp.$Properties
         * @deprecated Use parley.ConvResp.$Properties instead.
         */

        /**
         * Shape of a ConvResp.
         * @typedef {parley.ConvResp.$Properties} parley.ConvResp.$Shape
         */

        /**
         * Constructs a new ConvResp.
         * @memberof parley
         * @classdesc Represents a ConvResp.
         * @constructor
         * @param {parley.ConvResp.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ConvResp = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ConvResp conversation.
         * @member {parley.Conversation.$Properties|null|undefined} conversation
         * @memberof parley.ConvResp
         * @instance
         */
        ConvResp.prototype.conversation = null;

        /**
         * ConvResp totalUnread.
         * @member {number} totalUnread
         * @memberof parley.ConvResp
         * @instance
         */
        ConvResp.prototype.totalUnread = 0;

        /**
         * Encodes the specified ConvResp message. Does not implicitly {@link parley.ConvResp.verify|verify} messages.
         * @function encode
         * @memberof parley.ConvResp
         * @static
         * @param {parley.ConvResp.$Properties} message ConvResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ConvResp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.conversation != null && $Object.hasOwnProperty.call(message, "conversation"))
                $root.parley.Conversation.encode(message.conversation, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.totalUnread != null && $Object.hasOwnProperty.call(message, "totalUnread") && message.totalUnread !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.totalUnread);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ConvResp message from the specified reader or buffer.
         * @function decode
         * @memberof parley.ConvResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.ConvResp & parley.ConvResp.$Shape} ConvResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ConvResp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.ConvResp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.conversation = $root.parley.Conversation.decode(reader, reader.size(), $undefined, _depth + 1, message.conversation);
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.totalUnread = value;
                        else
                            delete message.totalUnread;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ConvResp;
    })();

    parley.UnreadResp = (function() {

        /**
         * Properties of an UnreadResp.
         * @typedef {Object} parley.UnreadResp.$Properties
         * @property {number|null} [totalUnread] UnreadResp totalUnread
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an UnreadResp.
         * @memberof parley
         * @interface IUnreadResp
         * @augments parley.UnreadResp.$Properties
         * @deprecated Use parley.UnreadResp.$Properties instead.
         */

        /**
         * Shape of an UnreadResp.
         * @typedef {parley.UnreadResp.$Properties} parley.UnreadResp.$Shape
         */

        /**
         * Constructs a new UnreadResp.
         * @memberof parley
         * @classdesc Represents an UnreadResp.
         * @constructor
         * @param {parley.UnreadResp.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const UnreadResp = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * UnreadResp totalUnread.
         * @member {number} totalUnread
         * @memberof parley.UnreadResp
         * @instance
         */
        UnreadResp.prototype.totalUnread = 0;

        /**
         * Encodes the specified UnreadResp message. Does not implicitly {@link parley.UnreadResp.verify|verify} messages.
         * @function encode
         * @memberof parley.UnreadResp
         * @static
         * @param {parley.UnreadResp.$Properties} message UnreadResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UnreadResp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.totalUnread != null && $Object.hasOwnProperty.call(message, "totalUnread") && message.totalUnread !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.totalUnread);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an UnreadResp message from the specified reader or buffer.
         * @function decode
         * @memberof parley.UnreadResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.UnreadResp & parley.UnreadResp.$Shape} UnreadResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UnreadResp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.UnreadResp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.totalUnread = value;
                        else
                            delete message.totalUnread;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return UnreadResp;
    })();

    parley.GroupInfo = (function() {

        /**
         * Properties of a GroupInfo.
         * @typedef {Object} parley.GroupInfo.$Properties
         * @property {string|null} [groupId] GroupInfo groupId
         * @property {string|null} [name] GroupInfo name
         * @property {string|null} [avatar] GroupInfo avatar
         * @property {string|null} [intro] GroupInfo intro
         * @property {parley.GroupType|null} [type] GroupInfo type
         * @property {parley.JoinPolicy|null} [joinPolicy] GroupInfo joinPolicy
         * @property {string|null} [ownerUid] GroupInfo ownerUid
         * @property {number|null} [memberCount] GroupInfo memberCount
         * @property {boolean|null} [mutedAll] GroupInfo mutedAll
         * @property {boolean|null} [dismissed] GroupInfo dismissed
         * @property {number|null} [createdAt] GroupInfo createdAt
         * @property {parley.GroupRole|null} [myRole] GroupInfo myRole
         * @property {boolean|null} [readDiffusion] GroupInfo readDiffusion
         * @property {string|null} [convId] GroupInfo convId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupInfo.
         * @memberof parley
         * @interface IGroupInfo
         * @augments parley.GroupInfo.$Properties
         * @deprecated Use parley.GroupInfo.$Properties instead.
         */

        /**
         * Shape of a GroupInfo.
         * @typedef {parley.GroupInfo.$Properties} parley.GroupInfo.$Shape
         */

        /**
         * Constructs a new GroupInfo.
         * @memberof parley
         * @classdesc Represents a GroupInfo.
         * @constructor
         * @param {parley.GroupInfo.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupInfo = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GroupInfo groupId.
         * @member {string} groupId
         * @memberof parley.GroupInfo
         * @instance
         */
        GroupInfo.prototype.groupId = "";

        /**
         * GroupInfo name.
         * @member {string} name
         * @memberof parley.GroupInfo
         * @instance
         */
        GroupInfo.prototype.name = "";

        /**
         * GroupInfo avatar.
         * @member {string} avatar
         * @memberof parley.GroupInfo
         * @instance
         */
        GroupInfo.prototype.avatar = "";

        /**
         * GroupInfo intro.
         * @member {string} intro
         * @memberof parley.GroupInfo
         * @instance
         */
        GroupInfo.prototype.intro = "";

        /**
         * GroupInfo type.
         * @member {parley.GroupType} type
         * @memberof parley.GroupInfo
         * @instance
         */
        GroupInfo.prototype.type = 0;

        /**
         * GroupInfo joinPolicy.
         * @member {parley.JoinPolicy} joinPolicy
         * @memberof parley.GroupInfo
         * @instance
         */
        GroupInfo.prototype.joinPolicy = 0;

        /**
         * GroupInfo ownerUid.
         * @member {string} ownerUid
         * @memberof parley.GroupInfo
         * @instance
         */
        GroupInfo.prototype.ownerUid = "";

        /**
         * GroupInfo memberCount.
         * @member {number} memberCount
         * @memberof parley.GroupInfo
         * @instance
         */
        GroupInfo.prototype.memberCount = 0;

        /**
         * GroupInfo mutedAll.
         * @member {boolean} mutedAll
         * @memberof parley.GroupInfo
         * @instance
         */
        GroupInfo.prototype.mutedAll = false;

        /**
         * GroupInfo dismissed.
         * @member {boolean} dismissed
         * @memberof parley.GroupInfo
         * @instance
         */
        GroupInfo.prototype.dismissed = false;

        /**
         * GroupInfo createdAt.
         * @member {number} createdAt
         * @memberof parley.GroupInfo
         * @instance
         */
        GroupInfo.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * GroupInfo myRole.
         * @member {parley.GroupRole} myRole
         * @memberof parley.GroupInfo
         * @instance
         */
        GroupInfo.prototype.myRole = 0;

        /**
         * GroupInfo readDiffusion.
         * @member {boolean} readDiffusion
         * @memberof parley.GroupInfo
         * @instance
         */
        GroupInfo.prototype.readDiffusion = false;

        /**
         * GroupInfo convId.
         * @member {string} convId
         * @memberof parley.GroupInfo
         * @instance
         */
        GroupInfo.prototype.convId = "";

        /**
         * Encodes the specified GroupInfo message. Does not implicitly {@link parley.GroupInfo.verify|verify} messages.
         * @function encode
         * @memberof parley.GroupInfo
         * @static
         * @param {parley.GroupInfo.$Properties} message GroupInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupInfo.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
            if (message.avatar != null && $Object.hasOwnProperty.call(message, "avatar") && message.avatar !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.avatar);
            if (message.intro != null && $Object.hasOwnProperty.call(message, "intro") && message.intro !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.intro);
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).int32(message.type);
            if (message.joinPolicy != null && $Object.hasOwnProperty.call(message, "joinPolicy") && message.joinPolicy !== 0)
                writer.uint32(/* id 6, wireType 0 =*/48).int32(message.joinPolicy);
            if (message.ownerUid != null && $Object.hasOwnProperty.call(message, "ownerUid") && message.ownerUid !== "")
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.ownerUid);
            if (message.memberCount != null && $Object.hasOwnProperty.call(message, "memberCount") && message.memberCount !== 0)
                writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.memberCount);
            if (message.mutedAll != null && $Object.hasOwnProperty.call(message, "mutedAll") && message.mutedAll !== false)
                writer.uint32(/* id 9, wireType 0 =*/72).bool(message.mutedAll);
            if (message.dismissed != null && $Object.hasOwnProperty.call(message, "dismissed") && message.dismissed !== false)
                writer.uint32(/* id 10, wireType 0 =*/80).bool(message.dismissed);
            if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                writer.uint32(/* id 11, wireType 0 =*/88).int64(message.createdAt);
            if (message.myRole != null && $Object.hasOwnProperty.call(message, "myRole") && message.myRole !== 0)
                writer.uint32(/* id 12, wireType 0 =*/96).int32(message.myRole);
            if (message.readDiffusion != null && $Object.hasOwnProperty.call(message, "readDiffusion") && message.readDiffusion !== false)
                writer.uint32(/* id 13, wireType 0 =*/104).bool(message.readDiffusion);
            if (message.convId != null && $Object.hasOwnProperty.call(message, "convId") && message.convId !== "")
                writer.uint32(/* id 14, wireType 2 =*/114).string(message.convId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GroupInfo message from the specified reader or buffer.
         * @function decode
         * @memberof parley.GroupInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.GroupInfo & parley.GroupInfo.$Shape} GroupInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupInfo.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.GroupInfo();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.groupId = value;
                        else
                            delete message.groupId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.avatar = value;
                        else
                            delete message.avatar;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.intro = value;
                        else
                            delete message.intro;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.joinPolicy = value;
                        else
                            delete message.joinPolicy;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.ownerUid = value;
                        else
                            delete message.ownerUid;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.memberCount = value;
                        else
                            delete message.memberCount;
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.mutedAll = value;
                        else
                            delete message.mutedAll;
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.dismissed = value;
                        else
                            delete message.dismissed;
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.createdAt = value;
                        else
                            delete message.createdAt;
                        continue;
                    }
                case 12: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.myRole = value;
                        else
                            delete message.myRole;
                        continue;
                    }
                case 13: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.readDiffusion = value;
                        else
                            delete message.readDiffusion;
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.convId = value;
                        else
                            delete message.convId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return GroupInfo;
    })();

    parley.GroupMember = (function() {

        /**
         * Properties of a GroupMember.
         * @typedef {Object} parley.GroupMember.$Properties
         * @property {string|null} [uid] GroupMember uid
         * @property {parley.GroupRole|null} [role] GroupMember role
         * @property {string|null} [nickname] GroupMember nickname
         * @property {number|null} [mutedUntil] GroupMember mutedUntil
         * @property {number|null} [joinedAt] GroupMember joinedAt
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupMember.
         * @memberof parley
         * @interface IGroupMember
         * @augments parley.GroupMember.$Properties
         * @deprecated Use parley.GroupMember.$Properties instead.
         */

        /**
         * Shape of a GroupMember.
         * @typedef {parley.GroupMember.$Properties} parley.GroupMember.$Shape
         */

        /**
         * Constructs a new GroupMember.
         * @memberof parley
         * @classdesc Represents a GroupMember.
         * @constructor
         * @param {parley.GroupMember.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupMember = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GroupMember uid.
         * @member {string} uid
         * @memberof parley.GroupMember
         * @instance
         */
        GroupMember.prototype.uid = "";

        /**
         * GroupMember role.
         * @member {parley.GroupRole} role
         * @memberof parley.GroupMember
         * @instance
         */
        GroupMember.prototype.role = 0;

        /**
         * GroupMember nickname.
         * @member {string} nickname
         * @memberof parley.GroupMember
         * @instance
         */
        GroupMember.prototype.nickname = "";

        /**
         * GroupMember mutedUntil.
         * @member {number} mutedUntil
         * @memberof parley.GroupMember
         * @instance
         */
        GroupMember.prototype.mutedUntil = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * GroupMember joinedAt.
         * @member {number} joinedAt
         * @memberof parley.GroupMember
         * @instance
         */
        GroupMember.prototype.joinedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Encodes the specified GroupMember message. Does not implicitly {@link parley.GroupMember.verify|verify} messages.
         * @function encode
         * @memberof parley.GroupMember
         * @static
         * @param {parley.GroupMember.$Properties} message GroupMember message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupMember.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.uid);
            if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.role);
            if (message.nickname != null && $Object.hasOwnProperty.call(message, "nickname") && message.nickname !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.nickname);
            if (message.mutedUntil != null && $Object.hasOwnProperty.call(message, "mutedUntil") && (typeof message.mutedUntil === "object" ? message.mutedUntil.low || message.mutedUntil.high : message.mutedUntil !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.mutedUntil);
            if (message.joinedAt != null && $Object.hasOwnProperty.call(message, "joinedAt") && (typeof message.joinedAt === "object" ? message.joinedAt.low || message.joinedAt.high : message.joinedAt !== 0))
                writer.uint32(/* id 5, wireType 0 =*/40).int64(message.joinedAt);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GroupMember message from the specified reader or buffer.
         * @function decode
         * @memberof parley.GroupMember
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.GroupMember & parley.GroupMember.$Shape} GroupMember
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupMember.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.GroupMember();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.uid = value;
                        else
                            delete message.uid;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.role = value;
                        else
                            delete message.role;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.nickname = value;
                        else
                            delete message.nickname;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.mutedUntil = value;
                        else
                            delete message.mutedUntil;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.joinedAt = value;
                        else
                            delete message.joinedAt;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return GroupMember;
    })();

    parley.GroupCreateReq = (function() {

        /**
         * Properties of a GroupCreateReq.
         * @typedef {Object} parley.GroupCreateReq.$Properties
         * @property {string|null} [name] GroupCreateReq name
         * @property {string|null} [avatar] GroupCreateReq avatar
         * @property {string|null} [intro] GroupCreateReq intro
         * @property {parley.GroupType|null} [type] GroupCreateReq type
         * @property {parley.JoinPolicy|null} [joinPolicy] GroupCreateReq joinPolicy
         * @property {Array.<string>|null} [memberUids] GroupCreateReq memberUids
         * @property {string|null} [groupId] GroupCreateReq groupId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupCreateReq.
         * @memberof parley
         * @interface IGroupCreateReq
         * @augments parley.GroupCreateReq.$Properties
         * @deprecated Use parley.GroupCreateReq.$Properties instead.
         */

        /**
         * Shape of a GroupCreateReq.
         * @typedef {parley.GroupCreateReq.$Properties} parley.GroupCreateReq.$Shape
         */

        /**
         * Constructs a new GroupCreateReq.
         * @memberof parley
         * @classdesc Represents a GroupCreateReq.
         * @constructor
         * @param {parley.GroupCreateReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupCreateReq = function (properties) {
            this.memberUids = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GroupCreateReq name.
         * @member {string} name
         * @memberof parley.GroupCreateReq
         * @instance
         */
        GroupCreateReq.prototype.name = "";

        /**
         * GroupCreateReq avatar.
         * @member {string} avatar
         * @memberof parley.GroupCreateReq
         * @instance
         */
        GroupCreateReq.prototype.avatar = "";

        /**
         * GroupCreateReq intro.
         * @member {string} intro
         * @memberof parley.GroupCreateReq
         * @instance
         */
        GroupCreateReq.prototype.intro = "";

        /**
         * GroupCreateReq type.
         * @member {parley.GroupType} type
         * @memberof parley.GroupCreateReq
         * @instance
         */
        GroupCreateReq.prototype.type = 0;

        /**
         * GroupCreateReq joinPolicy.
         * @member {parley.JoinPolicy} joinPolicy
         * @memberof parley.GroupCreateReq
         * @instance
         */
        GroupCreateReq.prototype.joinPolicy = 0;

        /**
         * GroupCreateReq memberUids.
         * @member {Array.<string>} memberUids
         * @memberof parley.GroupCreateReq
         * @instance
         */
        GroupCreateReq.prototype.memberUids = $util.emptyArray;

        /**
         * GroupCreateReq groupId.
         * @member {string} groupId
         * @memberof parley.GroupCreateReq
         * @instance
         */
        GroupCreateReq.prototype.groupId = "";

        /**
         * Encodes the specified GroupCreateReq message. Does not implicitly {@link parley.GroupCreateReq.verify|verify} messages.
         * @function encode
         * @memberof parley.GroupCreateReq
         * @static
         * @param {parley.GroupCreateReq.$Properties} message GroupCreateReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupCreateReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.avatar != null && $Object.hasOwnProperty.call(message, "avatar") && message.avatar !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.avatar);
            if (message.intro != null && $Object.hasOwnProperty.call(message, "intro") && message.intro !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.intro);
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).int32(message.type);
            if (message.joinPolicy != null && $Object.hasOwnProperty.call(message, "joinPolicy") && message.joinPolicy !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).int32(message.joinPolicy);
            if (message.memberUids != null && message.memberUids.length)
                for (let i = 0; i < message.memberUids.length; ++i)
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.memberUids[i]);
            if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.groupId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GroupCreateReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.GroupCreateReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.GroupCreateReq & parley.GroupCreateReq.$Shape} GroupCreateReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupCreateReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.GroupCreateReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.avatar = value;
                        else
                            delete message.avatar;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.intro = value;
                        else
                            delete message.intro;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.joinPolicy = value;
                        else
                            delete message.joinPolicy;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if (!(message.memberUids && message.memberUids.length))
                            message.memberUids = [];
                        message.memberUids.push(reader.stringVerify());
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.groupId = value;
                        else
                            delete message.groupId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return GroupCreateReq;
    })();

    parley.GroupResp = (function() {

        /**
         * Properties of a GroupResp.
         * @typedef {Object} parley.GroupResp.$Properties
         * @property {parley.GroupInfo.$Properties|null} [group] GroupResp group
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupResp.
         * @memberof parley
         * @interface IGroupResp
         * @augments parley.GroupResp.$Properties
         * @deprecated Use parley.GroupResp.$Properties instead.
         */

        /**
         * Shape of a GroupResp.
         * @typedef {parley.GroupResp.$Properties} parley.GroupResp.$Shape
         */

        /**
         * Constructs a new GroupResp.
         * @memberof parley
         * @classdesc Represents a GroupResp.
         * @constructor
         * @param {parley.GroupResp.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupResp = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GroupResp group.
         * @member {parley.GroupInfo.$Properties|null|undefined} group
         * @memberof parley.GroupResp
         * @instance
         */
        GroupResp.prototype.group = null;

        /**
         * Encodes the specified GroupResp message. Does not implicitly {@link parley.GroupResp.verify|verify} messages.
         * @function encode
         * @memberof parley.GroupResp
         * @static
         * @param {parley.GroupResp.$Properties} message GroupResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupResp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.group != null && $Object.hasOwnProperty.call(message, "group"))
                $root.parley.GroupInfo.encode(message.group, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GroupResp message from the specified reader or buffer.
         * @function decode
         * @memberof parley.GroupResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.GroupResp & parley.GroupResp.$Shape} GroupResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupResp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.GroupResp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.group = $root.parley.GroupInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.group);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return GroupResp;
    })();

    parley.GroupIdReq = (function() {

        /**
         * Properties of a GroupIdReq.
         * @typedef {Object} parley.GroupIdReq.$Properties
         * @property {string|null} [groupId] GroupIdReq groupId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupIdReq.
         * @memberof parley
         * @interface IGroupIdReq
         * @augments parley.GroupIdReq.$Properties
         * @deprecated Use parley.GroupIdReq.$Properties instead.
         */

        /**
         * Shape of a GroupIdReq.
         * @typedef {parley.GroupIdReq.$Properties} parley.GroupIdReq.$Shape
         */

        /**
         * Constructs a new GroupIdReq.
         * @memberof parley
         * @classdesc Represents a GroupIdReq.
         * @constructor
         * @param {parley.GroupIdReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupIdReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GroupIdReq groupId.
         * @member {string} groupId
         * @memberof parley.GroupIdReq
         * @instance
         */
        GroupIdReq.prototype.groupId = "";

        /**
         * Encodes the specified GroupIdReq message. Does not implicitly {@link parley.GroupIdReq.verify|verify} messages.
         * @function encode
         * @memberof parley.GroupIdReq
         * @static
         * @param {parley.GroupIdReq.$Properties} message GroupIdReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupIdReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GroupIdReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.GroupIdReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.GroupIdReq & parley.GroupIdReq.$Shape} GroupIdReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupIdReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.GroupIdReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.groupId = value;
                        else
                            delete message.groupId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return GroupIdReq;
    })();

    parley.GroupUpdateReq = (function() {

        /**
         * Properties of a GroupUpdateReq.
         * @typedef {Object} parley.GroupUpdateReq.$Properties
         * @property {string|null} [groupId] GroupUpdateReq groupId
         * @property {string|null} [name] GroupUpdateReq name
         * @property {string|null} [avatar] GroupUpdateReq avatar
         * @property {string|null} [intro] GroupUpdateReq intro
         * @property {parley.JoinPolicy|null} [joinPolicy] GroupUpdateReq joinPolicy
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupUpdateReq.
         * @memberof parley
         * @interface IGroupUpdateReq
         * @augments parley.GroupUpdateReq.$Properties
         * @deprecated Use parley.GroupUpdateReq.$Properties instead.
         */

        /**
         * Shape of a GroupUpdateReq.
         * @typedef {parley.GroupUpdateReq.$Properties} parley.GroupUpdateReq.$Shape
         */

        /**
         * Constructs a new GroupUpdateReq.
         * @memberof parley
         * @classdesc Represents a GroupUpdateReq.
         * @constructor
         * @param {parley.GroupUpdateReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupUpdateReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GroupUpdateReq groupId.
         * @member {string} groupId
         * @memberof parley.GroupUpdateReq
         * @instance
         */
        GroupUpdateReq.prototype.groupId = "";

        /**
         * GroupUpdateReq name.
         * @member {string|null|undefined} name
         * @memberof parley.GroupUpdateReq
         * @instance
         */
        GroupUpdateReq.prototype.name = null;

        /**
         * GroupUpdateReq avatar.
         * @member {string|null|undefined} avatar
         * @memberof parley.GroupUpdateReq
         * @instance
         */
        GroupUpdateReq.prototype.avatar = null;

        /**
         * GroupUpdateReq intro.
         * @member {string|null|undefined} intro
         * @memberof parley.GroupUpdateReq
         * @instance
         */
        GroupUpdateReq.prototype.intro = null;

        /**
         * GroupUpdateReq joinPolicy.
         * @member {parley.JoinPolicy|null|undefined} joinPolicy
         * @memberof parley.GroupUpdateReq
         * @instance
         */
        GroupUpdateReq.prototype.joinPolicy = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(GroupUpdateReq.prototype, "_name", {
            get: $util.oneOfGetter($oneOfFields = ["name"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(GroupUpdateReq.prototype, "_avatar", {
            get: $util.oneOfGetter($oneOfFields = ["avatar"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(GroupUpdateReq.prototype, "_intro", {
            get: $util.oneOfGetter($oneOfFields = ["intro"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(GroupUpdateReq.prototype, "_joinPolicy", {
            get: $util.oneOfGetter($oneOfFields = ["joinPolicy"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified GroupUpdateReq message. Does not implicitly {@link parley.GroupUpdateReq.verify|verify} messages.
         * @function encode
         * @memberof parley.GroupUpdateReq
         * @static
         * @param {parley.GroupUpdateReq.$Properties} message GroupUpdateReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupUpdateReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
            if (message.avatar != null && $Object.hasOwnProperty.call(message, "avatar"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.avatar);
            if (message.intro != null && $Object.hasOwnProperty.call(message, "intro"))
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.intro);
            if (message.joinPolicy != null && $Object.hasOwnProperty.call(message, "joinPolicy"))
                writer.uint32(/* id 5, wireType 0 =*/40).int32(message.joinPolicy);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GroupUpdateReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.GroupUpdateReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.GroupUpdateReq & parley.GroupUpdateReq.$Shape} GroupUpdateReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupUpdateReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.GroupUpdateReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.groupId = value;
                        else
                            delete message.groupId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.name = reader.stringVerify();
                        message._name = "name";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.avatar = reader.stringVerify();
                        message._avatar = "avatar";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.intro = reader.stringVerify();
                        message._intro = "intro";
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        message.joinPolicy = reader.int32();
                        message._joinPolicy = "joinPolicy";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return GroupUpdateReq;
    })();

    parley.GroupMembersReq = (function() {

        /**
         * Properties of a GroupMembersReq.
         * @typedef {Object} parley.GroupMembersReq.$Properties
         * @property {string|null} [groupId] GroupMembersReq groupId
         * @property {string|null} [afterUid] GroupMembersReq afterUid
         * @property {number|null} [limit] GroupMembersReq limit
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupMembersReq.
         * @memberof parley
         * @interface IGroupMembersReq
         * @augments parley.GroupMembersReq.$Properties
         * @deprecated Use parley.GroupMembersReq.$Properties instead.
         */

        /**
         * Shape of a GroupMembersReq.
         * @typedef {parley.GroupMembersReq.$Properties} parley.GroupMembersReq.$Shape
         */

        /**
         * Constructs a new GroupMembersReq.
         * @memberof parley
         * @classdesc Represents a GroupMembersReq.
         * @constructor
         * @param {parley.GroupMembersReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupMembersReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GroupMembersReq groupId.
         * @member {string} groupId
         * @memberof parley.GroupMembersReq
         * @instance
         */
        GroupMembersReq.prototype.groupId = "";

        /**
         * GroupMembersReq afterUid.
         * @member {string} afterUid
         * @memberof parley.GroupMembersReq
         * @instance
         */
        GroupMembersReq.prototype.afterUid = "";

        /**
         * GroupMembersReq limit.
         * @member {number} limit
         * @memberof parley.GroupMembersReq
         * @instance
         */
        GroupMembersReq.prototype.limit = 0;

        /**
         * Encodes the specified GroupMembersReq message. Does not implicitly {@link parley.GroupMembersReq.verify|verify} messages.
         * @function encode
         * @memberof parley.GroupMembersReq
         * @static
         * @param {parley.GroupMembersReq.$Properties} message GroupMembersReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupMembersReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
            if (message.afterUid != null && $Object.hasOwnProperty.call(message, "afterUid") && message.afterUid !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.afterUid);
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.limit);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GroupMembersReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.GroupMembersReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.GroupMembersReq & parley.GroupMembersReq.$Shape} GroupMembersReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupMembersReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.GroupMembersReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.groupId = value;
                        else
                            delete message.groupId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.afterUid = value;
                        else
                            delete message.afterUid;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.limit = value;
                        else
                            delete message.limit;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return GroupMembersReq;
    })();

    parley.GroupMembersResp = (function() {

        /**
         * Properties of a GroupMembersResp.
         * @typedef {Object} parley.GroupMembersResp.$Properties
         * @property {Array.<parley.GroupMember.$Properties>|null} [members] GroupMembersResp members
         * @property {boolean|null} [hasMore] GroupMembersResp hasMore
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupMembersResp.
         * @memberof parley
         * @interface IGroupMembersResp
         * @augments parley.GroupMembersResp.$Properties
         * @deprecated Use parley.GroupMembersResp.$Properties instead.
         */

        /**
         * Shape of a GroupMembersResp.
         * @typedef {parley.GroupMembersResp.$Properties} parley.GroupMembersResp.$Shape
         */

        /**
         * Constructs a new GroupMembersResp.
         * @memberof parley
         * @classdesc Represents a GroupMembersResp.
         * @constructor
         * @param {parley.GroupMembersResp.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupMembersResp = function (properties) {
            this.members = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GroupMembersResp members.
         * @member {Array.<parley.GroupMember.$Properties>} members
         * @memberof parley.GroupMembersResp
         * @instance
         */
        GroupMembersResp.prototype.members = $util.emptyArray;

        /**
         * GroupMembersResp hasMore.
         * @member {boolean} hasMore
         * @memberof parley.GroupMembersResp
         * @instance
         */
        GroupMembersResp.prototype.hasMore = false;

        /**
         * Encodes the specified GroupMembersResp message. Does not implicitly {@link parley.GroupMembersResp.verify|verify} messages.
         * @function encode
         * @memberof parley.GroupMembersResp
         * @static
         * @param {parley.GroupMembersResp.$Properties} message GroupMembersResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupMembersResp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.members != null && message.members.length)
                for (let i = 0; i < message.members.length; ++i)
                    $root.parley.GroupMember.encode(message.members[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.hasMore != null && $Object.hasOwnProperty.call(message, "hasMore") && message.hasMore !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.hasMore);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GroupMembersResp message from the specified reader or buffer.
         * @function decode
         * @memberof parley.GroupMembersResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.GroupMembersResp & parley.GroupMembersResp.$Shape} GroupMembersResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupMembersResp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.GroupMembersResp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.members && message.members.length))
                            message.members = [];
                        message.members.push($root.parley.GroupMember.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.hasMore = value;
                        else
                            delete message.hasMore;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return GroupMembersResp;
    })();

    parley.GroupJoinReq = (function() {

        /**
         * Properties of a GroupJoinReq.
         * @typedef {Object} parley.GroupJoinReq.$Properties
         * @property {string|null} [groupId] GroupJoinReq groupId
         * @property {string|null} [note] GroupJoinReq note
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupJoinReq.
         * @memberof parley
         * @interface IGroupJoinReq
         * @augments parley.GroupJoinReq.$Properties
         * @deprecated Use parley.GroupJoinReq.$Properties instead.
         */

        /**
         * Shape of a GroupJoinReq.
         * @typedef {parley.GroupJoinReq.$Properties} parley.GroupJoinReq.$Shape
         */

        /**
         * Constructs a new GroupJoinReq.
         * @memberof parley
         * @classdesc Represents a GroupJoinReq.
         * @constructor
         * @param {parley.GroupJoinReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupJoinReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GroupJoinReq groupId.
         * @member {string} groupId
         * @memberof parley.GroupJoinReq
         * @instance
         */
        GroupJoinReq.prototype.groupId = "";

        /**
         * GroupJoinReq note.
         * @member {string} note
         * @memberof parley.GroupJoinReq
         * @instance
         */
        GroupJoinReq.prototype.note = "";

        /**
         * Encodes the specified GroupJoinReq message. Does not implicitly {@link parley.GroupJoinReq.verify|verify} messages.
         * @function encode
         * @memberof parley.GroupJoinReq
         * @static
         * @param {parley.GroupJoinReq.$Properties} message GroupJoinReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupJoinReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
            if (message.note != null && $Object.hasOwnProperty.call(message, "note") && message.note !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.note);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GroupJoinReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.GroupJoinReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.GroupJoinReq & parley.GroupJoinReq.$Shape} GroupJoinReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupJoinReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.GroupJoinReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.groupId = value;
                        else
                            delete message.groupId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.note = value;
                        else
                            delete message.note;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return GroupJoinReq;
    })();

    parley.GroupJoinResp = (function() {

        /**
         * Properties of a GroupJoinResp.
         * @typedef {Object} parley.GroupJoinResp.$Properties
         * @property {boolean|null} [joined] GroupJoinResp joined
         * @property {boolean|null} [pending] GroupJoinResp pending
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupJoinResp.
         * @memberof parley
         * @interface IGroupJoinResp
         * @augments parley.GroupJoinResp.$Properties
         * @deprecated Use parley.GroupJoinResp.$Properties instead.
         */

        /**
         * Shape of a GroupJoinResp.
         * @typedef {parley.GroupJoinResp.$Properties} parley.GroupJoinResp.$Shape
         */

        /**
         * Constructs a new GroupJoinResp.
         * @memberof parley
         * @classdesc Represents a GroupJoinResp.
         * @constructor
         * @param {parley.GroupJoinResp.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupJoinResp = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GroupJoinResp joined.
         * @member {boolean} joined
         * @memberof parley.GroupJoinResp
         * @instance
         */
        GroupJoinResp.prototype.joined = false;

        /**
         * GroupJoinResp pending.
         * @member {boolean} pending
         * @memberof parley.GroupJoinResp
         * @instance
         */
        GroupJoinResp.prototype.pending = false;

        /**
         * Encodes the specified GroupJoinResp message. Does not implicitly {@link parley.GroupJoinResp.verify|verify} messages.
         * @function encode
         * @memberof parley.GroupJoinResp
         * @static
         * @param {parley.GroupJoinResp.$Properties} message GroupJoinResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupJoinResp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.joined != null && $Object.hasOwnProperty.call(message, "joined") && message.joined !== false)
                writer.uint32(/* id 1, wireType 0 =*/8).bool(message.joined);
            if (message.pending != null && $Object.hasOwnProperty.call(message, "pending") && message.pending !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.pending);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GroupJoinResp message from the specified reader or buffer.
         * @function decode
         * @memberof parley.GroupJoinResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.GroupJoinResp & parley.GroupJoinResp.$Shape} GroupJoinResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupJoinResp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.GroupJoinResp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.joined = value;
                        else
                            delete message.joined;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.pending = value;
                        else
                            delete message.pending;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return GroupJoinResp;
    })();

    parley.JoinRequest = (function() {

        /**
         * Properties of a JoinRequest.
         * @typedef {Object} parley.JoinRequest.$Properties
         * @property {string|null} [uid] JoinRequest uid
         * @property {string|null} [note] JoinRequest note
         * @property {number|null} [ts] JoinRequest ts
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a JoinRequest.
         * @memberof parley
         * @interface IJoinRequest
         * @augments parley.JoinRequest.$Properties
         * @deprecated Use parley.JoinRequest.$Properties instead.
         */

        /**
         * Shape of a JoinRequest.
         * @typedef {parley.JoinRequest.$Properties} parley.JoinRequest.$Shape
         */

        /**
         * Constructs a new JoinRequest.
         * @memberof parley
         * @classdesc Represents a JoinRequest.
         * @constructor
         * @param {parley.JoinRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const JoinRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * JoinRequest uid.
         * @member {string} uid
         * @memberof parley.JoinRequest
         * @instance
         */
        JoinRequest.prototype.uid = "";

        /**
         * JoinRequest note.
         * @member {string} note
         * @memberof parley.JoinRequest
         * @instance
         */
        JoinRequest.prototype.note = "";

        /**
         * JoinRequest ts.
         * @member {number} ts
         * @memberof parley.JoinRequest
         * @instance
         */
        JoinRequest.prototype.ts = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Encodes the specified JoinRequest message. Does not implicitly {@link parley.JoinRequest.verify|verify} messages.
         * @function encode
         * @memberof parley.JoinRequest
         * @static
         * @param {parley.JoinRequest.$Properties} message JoinRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        JoinRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.uid);
            if (message.note != null && $Object.hasOwnProperty.call(message, "note") && message.note !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.note);
            if (message.ts != null && $Object.hasOwnProperty.call(message, "ts") && (typeof message.ts === "object" ? message.ts.low || message.ts.high : message.ts !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.ts);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a JoinRequest message from the specified reader or buffer.
         * @function decode
         * @memberof parley.JoinRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.JoinRequest & parley.JoinRequest.$Shape} JoinRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        JoinRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.JoinRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.uid = value;
                        else
                            delete message.uid;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.note = value;
                        else
                            delete message.note;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.ts = value;
                        else
                            delete message.ts;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return JoinRequest;
    })();

    parley.JoinRequestsResp = (function() {

        /**
         * Properties of a JoinRequestsResp.
         * @typedef {Object} parley.JoinRequestsResp.$Properties
         * @property {Array.<parley.JoinRequest.$Properties>|null} [requests] JoinRequestsResp requests
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a JoinRequestsResp.
         * @memberof parley
         * @interface IJoinRequestsResp
         * @augments parley.JoinRequestsResp.$Properties
         * @deprecated Use parley.JoinRequestsResp.$Properties instead.
         */

        /**
         * Shape of a JoinRequestsResp.
         * @typedef {parley.JoinRequestsResp.$Properties} parley.JoinRequestsResp.$Shape
         */

        /**
         * Constructs a new JoinRequestsResp.
         * @memberof parley
         * @classdesc Represents a JoinRequestsResp.
         * @constructor
         * @param {parley.JoinRequestsResp.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const JoinRequestsResp = function (properties) {
            this.requests = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * JoinRequestsResp requests.
         * @member {Array.<parley.JoinRequest.$Properties>} requests
         * @memberof parley.JoinRequestsResp
         * @instance
         */
        JoinRequestsResp.prototype.requests = $util.emptyArray;

        /**
         * Encodes the specified JoinRequestsResp message. Does not implicitly {@link parley.JoinRequestsResp.verify|verify} messages.
         * @function encode
         * @memberof parley.JoinRequestsResp
         * @static
         * @param {parley.JoinRequestsResp.$Properties} message JoinRequestsResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        JoinRequestsResp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.requests != null && message.requests.length)
                for (let i = 0; i < message.requests.length; ++i)
                    $root.parley.JoinRequest.encode(message.requests[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a JoinRequestsResp message from the specified reader or buffer.
         * @function decode
         * @memberof parley.JoinRequestsResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.JoinRequestsResp & parley.JoinRequestsResp.$Shape} JoinRequestsResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        JoinRequestsResp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.JoinRequestsResp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.requests && message.requests.length))
                            message.requests = [];
                        message.requests.push($root.parley.JoinRequest.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return JoinRequestsResp;
    })();

    parley.GroupApproveReq = (function() {

        /**
         * Properties of a GroupApproveReq.
         * @typedef {Object} parley.GroupApproveReq.$Properties
         * @property {string|null} [groupId] GroupApproveReq groupId
         * @property {string|null} [uid] GroupApproveReq uid
         * @property {boolean|null} [accept] GroupApproveReq accept
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupApproveReq.
         * @memberof parley
         * @interface IGroupApproveReq
         * @augments parley.GroupApproveReq.$Properties
         * @deprecated Use parley.GroupApproveReq.$Properties instead.
         */

        /**
         * Shape of a GroupApproveReq.
         * @typedef {parley.GroupApproveReq.$Properties} parley.GroupApproveReq.$Shape
         */

        /**
         * Constructs a new GroupApproveReq.
         * @memberof parley
         * @classdesc Represents a GroupApproveReq.
         * @constructor
         * @param {parley.GroupApproveReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupApproveReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GroupApproveReq groupId.
         * @member {string} groupId
         * @memberof parley.GroupApproveReq
         * @instance
         */
        GroupApproveReq.prototype.groupId = "";

        /**
         * GroupApproveReq uid.
         * @member {string} uid
         * @memberof parley.GroupApproveReq
         * @instance
         */
        GroupApproveReq.prototype.uid = "";

        /**
         * GroupApproveReq accept.
         * @member {boolean} accept
         * @memberof parley.GroupApproveReq
         * @instance
         */
        GroupApproveReq.prototype.accept = false;

        /**
         * Encodes the specified GroupApproveReq message. Does not implicitly {@link parley.GroupApproveReq.verify|verify} messages.
         * @function encode
         * @memberof parley.GroupApproveReq
         * @static
         * @param {parley.GroupApproveReq.$Properties} message GroupApproveReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupApproveReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
            if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.uid);
            if (message.accept != null && $Object.hasOwnProperty.call(message, "accept") && message.accept !== false)
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.accept);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GroupApproveReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.GroupApproveReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.GroupApproveReq & parley.GroupApproveReq.$Shape} GroupApproveReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupApproveReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.GroupApproveReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.groupId = value;
                        else
                            delete message.groupId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.uid = value;
                        else
                            delete message.uid;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.accept = value;
                        else
                            delete message.accept;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return GroupApproveReq;
    })();

    parley.GroupUidsReq = (function() {

        /**
         * Properties of a GroupUidsReq.
         * @typedef {Object} parley.GroupUidsReq.$Properties
         * @property {string|null} [groupId] GroupUidsReq groupId
         * @property {Array.<string>|null} [uids] GroupUidsReq uids
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupUidsReq.
         * @memberof parley
         * @interface IGroupUidsReq
         * @augments parley.GroupUidsReq.$Properties
         * @deprecated Use parley.GroupUidsReq.$Properties instead.
         */

        /**
         * Shape of a GroupUidsReq.
         * @typedef {parley.GroupUidsReq.$Properties} parley.GroupUidsReq.$Shape
         */

        /**
         * Constructs a new GroupUidsReq.
         * @memberof parley
         * @classdesc Represents a GroupUidsReq.
         * @constructor
         * @param {parley.GroupUidsReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupUidsReq = function (properties) {
            this.uids = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GroupUidsReq groupId.
         * @member {string} groupId
         * @memberof parley.GroupUidsReq
         * @instance
         */
        GroupUidsReq.prototype.groupId = "";

        /**
         * GroupUidsReq uids.
         * @member {Array.<string>} uids
         * @memberof parley.GroupUidsReq
         * @instance
         */
        GroupUidsReq.prototype.uids = $util.emptyArray;

        /**
         * Encodes the specified GroupUidsReq message. Does not implicitly {@link parley.GroupUidsReq.verify|verify} messages.
         * @function encode
         * @memberof parley.GroupUidsReq
         * @static
         * @param {parley.GroupUidsReq.$Properties} message GroupUidsReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupUidsReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
            if (message.uids != null && message.uids.length)
                for (let i = 0; i < message.uids.length; ++i)
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.uids[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GroupUidsReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.GroupUidsReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.GroupUidsReq & parley.GroupUidsReq.$Shape} GroupUidsReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupUidsReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.GroupUidsReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.groupId = value;
                        else
                            delete message.groupId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.uids && message.uids.length))
                            message.uids = [];
                        message.uids.push(reader.stringVerify());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return GroupUidsReq;
    })();

    parley.GroupUidReq = (function() {

        /**
         * Properties of a GroupUidReq.
         * @typedef {Object} parley.GroupUidReq.$Properties
         * @property {string|null} [groupId] GroupUidReq groupId
         * @property {string|null} [uid] GroupUidReq uid
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupUidReq.
         * @memberof parley
         * @interface IGroupUidReq
         * @augments parley.GroupUidReq.$Properties
         * @deprecated Use parley.GroupUidReq.$Properties instead.
         */

        /**
         * Shape of a GroupUidReq.
         * @typedef {parley.GroupUidReq.$Properties} parley.GroupUidReq.$Shape
         */

        /**
         * Constructs a new GroupUidReq.
         * @memberof parley
         * @classdesc Represents a GroupUidReq.
         * @constructor
         * @param {parley.GroupUidReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupUidReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GroupUidReq groupId.
         * @member {string} groupId
         * @memberof parley.GroupUidReq
         * @instance
         */
        GroupUidReq.prototype.groupId = "";

        /**
         * GroupUidReq uid.
         * @member {string} uid
         * @memberof parley.GroupUidReq
         * @instance
         */
        GroupUidReq.prototype.uid = "";

        /**
         * Encodes the specified GroupUidReq message. Does not implicitly {@link parley.GroupUidReq.verify|verify} messages.
         * @function encode
         * @memberof parley.GroupUidReq
         * @static
         * @param {parley.GroupUidReq.$Properties} message GroupUidReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupUidReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
            if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.uid);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GroupUidReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.GroupUidReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.GroupUidReq & parley.GroupUidReq.$Shape} GroupUidReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupUidReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.GroupUidReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.groupId = value;
                        else
                            delete message.groupId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.uid = value;
                        else
                            delete message.uid;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return GroupUidReq;
    })();

    parley.GroupRoleReq = (function() {

        /**
         * Properties of a GroupRoleReq.
         * @typedef {Object} parley.GroupRoleReq.$Properties
         * @property {string|null} [groupId] GroupRoleReq groupId
         * @property {string|null} [uid] GroupRoleReq uid
         * @property {parley.GroupRole|null} [role] GroupRoleReq role
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupRoleReq.
         * @memberof parley
         * @interface IGroupRoleReq
         * @augments parley.GroupRoleReq.$Properties
         * @deprecated Use parley.GroupRoleReq.$Properties instead.
         */

        /**
         * Shape of a GroupRoleReq.
         * @typedef {parley.GroupRoleReq.$Properties} parley.GroupRoleReq.$Shape
         */

        /**
         * Constructs a new GroupRoleReq.
         * @memberof parley
         * @classdesc Represents a GroupRoleReq.
         * @constructor
         * @param {parley.GroupRoleReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupRoleReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GroupRoleReq groupId.
         * @member {string} groupId
         * @memberof parley.GroupRoleReq
         * @instance
         */
        GroupRoleReq.prototype.groupId = "";

        /**
         * GroupRoleReq uid.
         * @member {string} uid
         * @memberof parley.GroupRoleReq
         * @instance
         */
        GroupRoleReq.prototype.uid = "";

        /**
         * GroupRoleReq role.
         * @member {parley.GroupRole} role
         * @memberof parley.GroupRoleReq
         * @instance
         */
        GroupRoleReq.prototype.role = 0;

        /**
         * Encodes the specified GroupRoleReq message. Does not implicitly {@link parley.GroupRoleReq.verify|verify} messages.
         * @function encode
         * @memberof parley.GroupRoleReq
         * @static
         * @param {parley.GroupRoleReq.$Properties} message GroupRoleReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupRoleReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
            if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.uid);
            if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.role);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GroupRoleReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.GroupRoleReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.GroupRoleReq & parley.GroupRoleReq.$Shape} GroupRoleReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupRoleReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.GroupRoleReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.groupId = value;
                        else
                            delete message.groupId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.uid = value;
                        else
                            delete message.uid;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.role = value;
                        else
                            delete message.role;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return GroupRoleReq;
    })();

    parley.GroupMuteReq = (function() {

        /**
         * Properties of a GroupMuteReq.
         * @typedef {Object} parley.GroupMuteReq.$Properties
         * @property {string|null} [groupId] GroupMuteReq groupId
         * @property {string|null} [uid] GroupMuteReq uid
         * @property {number|null} [untilMs] GroupMuteReq untilMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupMuteReq.
         * @memberof parley
         * @interface IGroupMuteReq
         * @augments parley.GroupMuteReq.$Properties
         * @deprecated Use parley.GroupMuteReq.$Properties instead.
         */

        /**
         * Shape of a GroupMuteReq.
         * @typedef {parley.GroupMuteReq.$Properties} parley.GroupMuteReq.$Shape
         */

        /**
         * Constructs a new GroupMuteReq.
         * @memberof parley
         * @classdesc Represents a GroupMuteReq.
         * @constructor
         * @param {parley.GroupMuteReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupMuteReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GroupMuteReq groupId.
         * @member {string} groupId
         * @memberof parley.GroupMuteReq
         * @instance
         */
        GroupMuteReq.prototype.groupId = "";

        /**
         * GroupMuteReq uid.
         * @member {string} uid
         * @memberof parley.GroupMuteReq
         * @instance
         */
        GroupMuteReq.prototype.uid = "";

        /**
         * GroupMuteReq untilMs.
         * @member {number} untilMs
         * @memberof parley.GroupMuteReq
         * @instance
         */
        GroupMuteReq.prototype.untilMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Encodes the specified GroupMuteReq message. Does not implicitly {@link parley.GroupMuteReq.verify|verify} messages.
         * @function encode
         * @memberof parley.GroupMuteReq
         * @static
         * @param {parley.GroupMuteReq.$Properties} message GroupMuteReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupMuteReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
            if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.uid);
            if (message.untilMs != null && $Object.hasOwnProperty.call(message, "untilMs") && (typeof message.untilMs === "object" ? message.untilMs.low || message.untilMs.high : message.untilMs !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.untilMs);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GroupMuteReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.GroupMuteReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.GroupMuteReq & parley.GroupMuteReq.$Shape} GroupMuteReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupMuteReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.GroupMuteReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.groupId = value;
                        else
                            delete message.groupId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.uid = value;
                        else
                            delete message.uid;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.untilMs = value;
                        else
                            delete message.untilMs;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return GroupMuteReq;
    })();

    parley.GroupNicknameReq = (function() {

        /**
         * Properties of a GroupNicknameReq.
         * @typedef {Object} parley.GroupNicknameReq.$Properties
         * @property {string|null} [groupId] GroupNicknameReq groupId
         * @property {string|null} [nickname] GroupNicknameReq nickname
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupNicknameReq.
         * @memberof parley
         * @interface IGroupNicknameReq
         * @augments parley.GroupNicknameReq.$Properties
         * @deprecated Use parley.GroupNicknameReq.$Properties instead.
         */

        /**
         * Shape of a GroupNicknameReq.
         * @typedef {parley.GroupNicknameReq.$Properties} parley.GroupNicknameReq.$Shape
         */

        /**
         * Constructs a new GroupNicknameReq.
         * @memberof parley
         * @classdesc Represents a GroupNicknameReq.
         * @constructor
         * @param {parley.GroupNicknameReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupNicknameReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GroupNicknameReq groupId.
         * @member {string} groupId
         * @memberof parley.GroupNicknameReq
         * @instance
         */
        GroupNicknameReq.prototype.groupId = "";

        /**
         * GroupNicknameReq nickname.
         * @member {string} nickname
         * @memberof parley.GroupNicknameReq
         * @instance
         */
        GroupNicknameReq.prototype.nickname = "";

        /**
         * Encodes the specified GroupNicknameReq message. Does not implicitly {@link parley.GroupNicknameReq.verify|verify} messages.
         * @function encode
         * @memberof parley.GroupNicknameReq
         * @static
         * @param {parley.GroupNicknameReq.$Properties} message GroupNicknameReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupNicknameReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
            if (message.nickname != null && $Object.hasOwnProperty.call(message, "nickname") && message.nickname !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.nickname);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GroupNicknameReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.GroupNicknameReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.GroupNicknameReq & parley.GroupNicknameReq.$Shape} GroupNicknameReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupNicknameReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.GroupNicknameReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.groupId = value;
                        else
                            delete message.groupId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.nickname = value;
                        else
                            delete message.nickname;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return GroupNicknameReq;
    })();

    parley.GroupListResp = (function() {

        /**
         * Properties of a GroupListResp.
         * @typedef {Object} parley.GroupListResp.$Properties
         * @property {Array.<parley.GroupInfo.$Properties>|null} [groups] GroupListResp groups
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupListResp.
         * @memberof parley
         * @interface IGroupListResp
         * @augments parley.GroupListResp.$Properties
         * @deprecated Use parley.GroupListResp.$Properties instead.
         */

        /**
         * Shape of a GroupListResp.
         * @typedef {parley.GroupListResp.$Properties} parley.GroupListResp.$Shape
         */

        /**
         * Constructs a new GroupListResp.
         * @memberof parley
         * @classdesc Represents a GroupListResp.
         * @constructor
         * @param {parley.GroupListResp.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupListResp = function (properties) {
            this.groups = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GroupListResp groups.
         * @member {Array.<parley.GroupInfo.$Properties>} groups
         * @memberof parley.GroupListResp
         * @instance
         */
        GroupListResp.prototype.groups = $util.emptyArray;

        /**
         * Encodes the specified GroupListResp message. Does not implicitly {@link parley.GroupListResp.verify|verify} messages.
         * @function encode
         * @memberof parley.GroupListResp
         * @static
         * @param {parley.GroupListResp.$Properties} message GroupListResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupListResp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.groups != null && message.groups.length)
                for (let i = 0; i < message.groups.length; ++i)
                    $root.parley.GroupInfo.encode(message.groups[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GroupListResp message from the specified reader or buffer.
         * @function decode
         * @memberof parley.GroupListResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.GroupListResp & parley.GroupListResp.$Shape} GroupListResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupListResp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.GroupListResp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.groups && message.groups.length))
                            message.groups = [];
                        message.groups.push($root.parley.GroupInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return GroupListResp;
    })();

    parley.Profile = (function() {

        /**
         * Properties of a Profile.
         * @typedef {Object} parley.Profile.$Properties
         * @property {string|null} [uid] Profile uid
         * @property {string|null} [nickname] Profile nickname
         * @property {string|null} [avatar] Profile avatar
         * @property {string|null} [signature] Profile signature
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Profile.
         * @memberof parley
         * @interface IProfile
         * @augments parley.Profile.$Properties
         * @deprecated Use parley.Profile.$Properties instead.
         */

        /**
         * Shape of a Profile.
         * @typedef {parley.Profile.$Properties} parley.Profile.$Shape
         */

        /**
         * Constructs a new Profile.
         * @memberof parley
         * @classdesc Represents a Profile.
         * @constructor
         * @param {parley.Profile.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Profile = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Profile uid.
         * @member {string} uid
         * @memberof parley.Profile
         * @instance
         */
        Profile.prototype.uid = "";

        /**
         * Profile nickname.
         * @member {string} nickname
         * @memberof parley.Profile
         * @instance
         */
        Profile.prototype.nickname = "";

        /**
         * Profile avatar.
         * @member {string} avatar
         * @memberof parley.Profile
         * @instance
         */
        Profile.prototype.avatar = "";

        /**
         * Profile signature.
         * @member {string} signature
         * @memberof parley.Profile
         * @instance
         */
        Profile.prototype.signature = "";

        /**
         * Encodes the specified Profile message. Does not implicitly {@link parley.Profile.verify|verify} messages.
         * @function encode
         * @memberof parley.Profile
         * @static
         * @param {parley.Profile.$Properties} message Profile message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Profile.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.uid);
            if (message.nickname != null && $Object.hasOwnProperty.call(message, "nickname") && message.nickname !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.nickname);
            if (message.avatar != null && $Object.hasOwnProperty.call(message, "avatar") && message.avatar !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.avatar);
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.signature);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Profile message from the specified reader or buffer.
         * @function decode
         * @memberof parley.Profile
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.Profile & parley.Profile.$Shape} Profile
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Profile.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.Profile();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.uid = value;
                        else
                            delete message.uid;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.nickname = value;
                        else
                            delete message.nickname;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.avatar = value;
                        else
                            delete message.avatar;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.signature = value;
                        else
                            delete message.signature;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Profile;
    })();

    parley.UidsReq = (function() {

        /**
         * Properties of an UidsReq.
         * @typedef {Object} parley.UidsReq.$Properties
         * @property {Array.<string>|null} [uids] UidsReq uids
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an UidsReq.
         * @memberof parley
         * @interface IUidsReq
         * @augments parley.UidsReq.$Properties
         * @deprecated Use parley.UidsReq.$Properties instead.
         */

        /**
         * Shape of an UidsReq.
         * @typedef {parley.UidsReq.$Properties} parley.UidsReq.$Shape
         */

        /**
         * Constructs a new UidsReq.
         * @memberof parley
         * @classdesc Represents an UidsReq.
         * @constructor
         * @param {parley.UidsReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const UidsReq = function (properties) {
            this.uids = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * UidsReq uids.
         * @member {Array.<string>} uids
         * @memberof parley.UidsReq
         * @instance
         */
        UidsReq.prototype.uids = $util.emptyArray;

        /**
         * Encodes the specified UidsReq message. Does not implicitly {@link parley.UidsReq.verify|verify} messages.
         * @function encode
         * @memberof parley.UidsReq
         * @static
         * @param {parley.UidsReq.$Properties} message UidsReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UidsReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.uids != null && message.uids.length)
                for (let i = 0; i < message.uids.length; ++i)
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.uids[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an UidsReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.UidsReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.UidsReq & parley.UidsReq.$Shape} UidsReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UidsReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.UidsReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.uids && message.uids.length))
                            message.uids = [];
                        message.uids.push(reader.stringVerify());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return UidsReq;
    })();

    parley.ProfilesResp = (function() {

        /**
         * Properties of a ProfilesResp.
         * @typedef {Object} parley.ProfilesResp.$Properties
         * @property {Array.<parley.Profile.$Properties>|null} [profiles] ProfilesResp profiles
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ProfilesResp.
         * @memberof parley
         * @interface IProfilesResp
         * @augments parley.ProfilesResp.$Properties
         * @deprecated Use parley.ProfilesResp.$Properties instead.
         */

        /**
         * Shape of a ProfilesResp.
         * @typedef {parley.ProfilesResp.$Properties} parley.ProfilesResp.$Shape
         */

        /**
         * Constructs a new ProfilesResp.
         * @memberof parley
         * @classdesc Represents a ProfilesResp.
         * @constructor
         * @param {parley.ProfilesResp.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ProfilesResp = function (properties) {
            this.profiles = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ProfilesResp profiles.
         * @member {Array.<parley.Profile.$Properties>} profiles
         * @memberof parley.ProfilesResp
         * @instance
         */
        ProfilesResp.prototype.profiles = $util.emptyArray;

        /**
         * Encodes the specified ProfilesResp message. Does not implicitly {@link parley.ProfilesResp.verify|verify} messages.
         * @function encode
         * @memberof parley.ProfilesResp
         * @static
         * @param {parley.ProfilesResp.$Properties} message ProfilesResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ProfilesResp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.profiles != null && message.profiles.length)
                for (let i = 0; i < message.profiles.length; ++i)
                    $root.parley.Profile.encode(message.profiles[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ProfilesResp message from the specified reader or buffer.
         * @function decode
         * @memberof parley.ProfilesResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.ProfilesResp & parley.ProfilesResp.$Shape} ProfilesResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ProfilesResp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.ProfilesResp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.profiles && message.profiles.length))
                            message.profiles = [];
                        message.profiles.push($root.parley.Profile.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ProfilesResp;
    })();

    parley.ProfileUpdateReq = (function() {

        /**
         * Properties of a ProfileUpdateReq.
         * @typedef {Object} parley.ProfileUpdateReq.$Properties
         * @property {string|null} [nickname] ProfileUpdateReq nickname
         * @property {string|null} [avatar] ProfileUpdateReq avatar
         * @property {string|null} [signature] ProfileUpdateReq signature
         * @property {boolean|null} [readReceipts] ProfileUpdateReq readReceipts
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ProfileUpdateReq.
         * @memberof parley
         * @interface IProfileUpdateReq
         * @augments parley.ProfileUpdateReq.$Properties
         * @deprecated Use parley.ProfileUpdateReq.$Properties instead.
         */

        /**
         * Shape of a ProfileUpdateReq.
         * @typedef {parley.ProfileUpdateReq.$Properties} parley.ProfileUpdateReq.$Shape
         */

        /**
         * Constructs a new ProfileUpdateReq.
         * @memberof parley
         * @classdesc Represents a ProfileUpdateReq.
         * @constructor
         * @param {parley.ProfileUpdateReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ProfileUpdateReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ProfileUpdateReq nickname.
         * @member {string|null|undefined} nickname
         * @memberof parley.ProfileUpdateReq
         * @instance
         */
        ProfileUpdateReq.prototype.nickname = null;

        /**
         * ProfileUpdateReq avatar.
         * @member {string|null|undefined} avatar
         * @memberof parley.ProfileUpdateReq
         * @instance
         */
        ProfileUpdateReq.prototype.avatar = null;

        /**
         * ProfileUpdateReq signature.
         * @member {string|null|undefined} signature
         * @memberof parley.ProfileUpdateReq
         * @instance
         */
        ProfileUpdateReq.prototype.signature = null;

        /**
         * ProfileUpdateReq readReceipts.
         * @member {boolean|null|undefined} readReceipts
         * @memberof parley.ProfileUpdateReq
         * @instance
         */
        ProfileUpdateReq.prototype.readReceipts = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ProfileUpdateReq.prototype, "_nickname", {
            get: $util.oneOfGetter($oneOfFields = ["nickname"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ProfileUpdateReq.prototype, "_avatar", {
            get: $util.oneOfGetter($oneOfFields = ["avatar"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ProfileUpdateReq.prototype, "_signature", {
            get: $util.oneOfGetter($oneOfFields = ["signature"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ProfileUpdateReq.prototype, "_readReceipts", {
            get: $util.oneOfGetter($oneOfFields = ["readReceipts"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified ProfileUpdateReq message. Does not implicitly {@link parley.ProfileUpdateReq.verify|verify} messages.
         * @function encode
         * @memberof parley.ProfileUpdateReq
         * @static
         * @param {parley.ProfileUpdateReq.$Properties} message ProfileUpdateReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ProfileUpdateReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.nickname != null && $Object.hasOwnProperty.call(message, "nickname"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.nickname);
            if (message.avatar != null && $Object.hasOwnProperty.call(message, "avatar"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.avatar);
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.signature);
            if (message.readReceipts != null && $Object.hasOwnProperty.call(message, "readReceipts"))
                writer.uint32(/* id 4, wireType 0 =*/32).bool(message.readReceipts);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ProfileUpdateReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.ProfileUpdateReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.ProfileUpdateReq & parley.ProfileUpdateReq.$Shape} ProfileUpdateReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ProfileUpdateReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.ProfileUpdateReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.nickname = reader.stringVerify();
                        message._nickname = "nickname";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.avatar = reader.stringVerify();
                        message._avatar = "avatar";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.signature = reader.stringVerify();
                        message._signature = "signature";
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        message.readReceipts = reader.bool();
                        message._readReceipts = "readReceipts";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ProfileUpdateReq;
    })();

    parley.ProfileResp = (function() {

        /**
         * Properties of a ProfileResp.
         * @typedef {Object} parley.ProfileResp.$Properties
         * @property {parley.Profile.$Properties|null} [profile] ProfileResp profile
         * @property {boolean|null} [readReceipts] ProfileResp readReceipts
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ProfileResp.
         * @memberof parley
         * @interface IProfileResp
         * @augments parley.ProfileResp.$Properties
         * @deprecated Use parley.ProfileResp.$Properties instead.
         */

        /**
         * Shape of a ProfileResp.
         * @typedef {parley.ProfileResp.$Properties} parley.ProfileResp.$Shape
         */

        /**
         * Constructs a new ProfileResp.
         * @memberof parley
         * @classdesc Represents a ProfileResp.
         * @constructor
         * @param {parley.ProfileResp.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ProfileResp = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ProfileResp profile.
         * @member {parley.Profile.$Properties|null|undefined} profile
         * @memberof parley.ProfileResp
         * @instance
         */
        ProfileResp.prototype.profile = null;

        /**
         * ProfileResp readReceipts.
         * @member {boolean} readReceipts
         * @memberof parley.ProfileResp
         * @instance
         */
        ProfileResp.prototype.readReceipts = false;

        /**
         * Encodes the specified ProfileResp message. Does not implicitly {@link parley.ProfileResp.verify|verify} messages.
         * @function encode
         * @memberof parley.ProfileResp
         * @static
         * @param {parley.ProfileResp.$Properties} message ProfileResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ProfileResp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.profile != null && $Object.hasOwnProperty.call(message, "profile"))
                $root.parley.Profile.encode(message.profile, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.readReceipts != null && $Object.hasOwnProperty.call(message, "readReceipts") && message.readReceipts !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.readReceipts);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ProfileResp message from the specified reader or buffer.
         * @function decode
         * @memberof parley.ProfileResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.ProfileResp & parley.ProfileResp.$Shape} ProfileResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ProfileResp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.ProfileResp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.profile = $root.parley.Profile.decode(reader, reader.size(), $undefined, _depth + 1, message.profile);
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.readReceipts = value;
                        else
                            delete message.readReceipts;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ProfileResp;
    })();

    parley.UserSearchReq = (function() {

        /**
         * Properties of a UserSearchReq.
         * @typedef {Object} parley.UserSearchReq.$Properties
         * @property {string|null} [query] UserSearchReq query
         * @property {number|null} [limit] UserSearchReq limit
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a UserSearchReq.
         * @memberof parley
         * @interface IUserSearchReq
         * @augments parley.UserSearchReq.$Properties
         * @deprecated Use parley.UserSearchReq.$Properties instead.
         */

        /**
         * Shape of a UserSearchReq.
         * @typedef {parley.UserSearchReq.$Properties} parley.UserSearchReq.$Shape
         */

        /**
         * Constructs a new UserSearchReq.
         * @memberof parley
         * @classdesc Represents a UserSearchReq.
         * @constructor
         * @param {parley.UserSearchReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const UserSearchReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * UserSearchReq query.
         * @member {string} query
         * @memberof parley.UserSearchReq
         * @instance
         */
        UserSearchReq.prototype.query = "";

        /**
         * UserSearchReq limit.
         * @member {number} limit
         * @memberof parley.UserSearchReq
         * @instance
         */
        UserSearchReq.prototype.limit = 0;

        /**
         * Encodes the specified UserSearchReq message. Does not implicitly {@link parley.UserSearchReq.verify|verify} messages.
         * @function encode
         * @memberof parley.UserSearchReq
         * @static
         * @param {parley.UserSearchReq.$Properties} message UserSearchReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UserSearchReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.query != null && $Object.hasOwnProperty.call(message, "query") && message.query !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.query);
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.limit);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a UserSearchReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.UserSearchReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.UserSearchReq & parley.UserSearchReq.$Shape} UserSearchReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UserSearchReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.UserSearchReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.query = value;
                        else
                            delete message.query;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.limit = value;
                        else
                            delete message.limit;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return UserSearchReq;
    })();

    parley.PresenceState = (function() {

        /**
         * Properties of a PresenceState.
         * @typedef {Object} parley.PresenceState.$Properties
         * @property {string|null} [uid] PresenceState uid
         * @property {boolean|null} [online] PresenceState online
         * @property {number|null} [ts] PresenceState ts
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PresenceState.
         * @memberof parley
         * @interface IPresenceState
         * @augments parley.PresenceState.$Properties
         * @deprecated Use parley.PresenceState.$Properties instead.
         */

        /**
         * Shape of a PresenceState.
         * @typedef {parley.PresenceState.$Properties} parley.PresenceState.$Shape
         */

        /**
         * Constructs a new PresenceState.
         * @memberof parley
         * @classdesc Represents a PresenceState.
         * @constructor
         * @param {parley.PresenceState.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PresenceState = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PresenceState uid.
         * @member {string} uid
         * @memberof parley.PresenceState
         * @instance
         */
        PresenceState.prototype.uid = "";

        /**
         * PresenceState online.
         * @member {boolean} online
         * @memberof parley.PresenceState
         * @instance
         */
        PresenceState.prototype.online = false;

        /**
         * PresenceState ts.
         * @member {number} ts
         * @memberof parley.PresenceState
         * @instance
         */
        PresenceState.prototype.ts = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Encodes the specified PresenceState message. Does not implicitly {@link parley.PresenceState.verify|verify} messages.
         * @function encode
         * @memberof parley.PresenceState
         * @static
         * @param {parley.PresenceState.$Properties} message PresenceState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PresenceState.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.uid);
            if (message.online != null && $Object.hasOwnProperty.call(message, "online") && message.online !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.online);
            if (message.ts != null && $Object.hasOwnProperty.call(message, "ts") && (typeof message.ts === "object" ? message.ts.low || message.ts.high : message.ts !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.ts);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PresenceState message from the specified reader or buffer.
         * @function decode
         * @memberof parley.PresenceState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.PresenceState & parley.PresenceState.$Shape} PresenceState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PresenceState.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.PresenceState();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.uid = value;
                        else
                            delete message.uid;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.online = value;
                        else
                            delete message.online;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.ts = value;
                        else
                            delete message.ts;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return PresenceState;
    })();

    parley.PresenceResp = (function() {

        /**
         * Properties of a PresenceResp.
         * @typedef {Object} parley.PresenceResp.$Properties
         * @property {Array.<parley.PresenceState.$Properties>|null} [states] PresenceResp states
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PresenceResp.
         * @memberof parley
         * @interface IPresenceResp
         * @augments parley.PresenceResp.$Properties
         * @deprecated Use parley.PresenceResp.$Properties instead.
         */

        /**
         * Shape of a PresenceResp.
         * @typedef {parley.PresenceResp.$Properties} parley.PresenceResp.$Shape
         */

        /**
         * Constructs a new PresenceResp.
         * @memberof parley
         * @classdesc Represents a PresenceResp.
         * @constructor
         * @param {parley.PresenceResp.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PresenceResp = function (properties) {
            this.states = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PresenceResp states.
         * @member {Array.<parley.PresenceState.$Properties>} states
         * @memberof parley.PresenceResp
         * @instance
         */
        PresenceResp.prototype.states = $util.emptyArray;

        /**
         * Encodes the specified PresenceResp message. Does not implicitly {@link parley.PresenceResp.verify|verify} messages.
         * @function encode
         * @memberof parley.PresenceResp
         * @static
         * @param {parley.PresenceResp.$Properties} message PresenceResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PresenceResp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.states != null && message.states.length)
                for (let i = 0; i < message.states.length; ++i)
                    $root.parley.PresenceState.encode(message.states[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PresenceResp message from the specified reader or buffer.
         * @function decode
         * @memberof parley.PresenceResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.PresenceResp & parley.PresenceResp.$Shape} PresenceResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PresenceResp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.PresenceResp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.states && message.states.length))
                            message.states = [];
                        message.states.push($root.parley.PresenceState.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return PresenceResp;
    })();

    /**
     * FriendRequestStatus enum.
     * @name parley.FriendRequestStatus
     * @enum {number}
     * @property {number} FRIEND_REQUEST_STATUS_UNSPECIFIED=0 FRIEND_REQUEST_STATUS_UNSPECIFIED value
     * @property {number} PENDING=1 PENDING value
     * @property {number} ACCEPTED=2 ACCEPTED value
     * @property {number} REJECTED=3 REJECTED value
     */
    parley.FriendRequestStatus = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "FRIEND_REQUEST_STATUS_UNSPECIFIED"] = 0;
        values[valuesById[1] = "PENDING"] = 1;
        values[valuesById[2] = "ACCEPTED"] = 2;
        values[valuesById[3] = "REJECTED"] = 3;
        return values;
    })();

    parley.FriendRequest = (function() {

        /**
         * Properties of a FriendRequest.
         * @typedef {Object} parley.FriendRequest.$Properties
         * @property {string|null} [fromUid] FriendRequest fromUid
         * @property {string|null} [toUid] FriendRequest toUid
         * @property {string|null} [note] FriendRequest note
         * @property {parley.FriendRequestStatus|null} [status] FriendRequest status
         * @property {number|null} [ts] FriendRequest ts
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a FriendRequest.
         * @memberof parley
         * @interface IFriendRequest
         * @augments parley.FriendRequest.$Properties
         * @deprecated Use parley.FriendRequest.$Properties instead.
         */

        /**
         * Shape of a FriendRequest.
         * @typedef {parley.FriendRequest.$Properties} parley.FriendRequest.$Shape
         */

        /**
         * Constructs a new FriendRequest.
         * @memberof parley
         * @classdesc Represents a FriendRequest.
         * @constructor
         * @param {parley.FriendRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const FriendRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * FriendRequest fromUid.
         * @member {string} fromUid
         * @memberof parley.FriendRequest
         * @instance
         */
        FriendRequest.prototype.fromUid = "";

        /**
         * FriendRequest toUid.
         * @member {string} toUid
         * @memberof parley.FriendRequest
         * @instance
         */
        FriendRequest.prototype.toUid = "";

        /**
         * FriendRequest note.
         * @member {string} note
         * @memberof parley.FriendRequest
         * @instance
         */
        FriendRequest.prototype.note = "";

        /**
         * FriendRequest status.
         * @member {parley.FriendRequestStatus} status
         * @memberof parley.FriendRequest
         * @instance
         */
        FriendRequest.prototype.status = 0;

        /**
         * FriendRequest ts.
         * @member {number} ts
         * @memberof parley.FriendRequest
         * @instance
         */
        FriendRequest.prototype.ts = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Encodes the specified FriendRequest message. Does not implicitly {@link parley.FriendRequest.verify|verify} messages.
         * @function encode
         * @memberof parley.FriendRequest
         * @static
         * @param {parley.FriendRequest.$Properties} message FriendRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        FriendRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.fromUid != null && $Object.hasOwnProperty.call(message, "fromUid") && message.fromUid !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.fromUid);
            if (message.toUid != null && $Object.hasOwnProperty.call(message, "toUid") && message.toUid !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.toUid);
            if (message.note != null && $Object.hasOwnProperty.call(message, "note") && message.note !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.note);
            if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).int32(message.status);
            if (message.ts != null && $Object.hasOwnProperty.call(message, "ts") && (typeof message.ts === "object" ? message.ts.low || message.ts.high : message.ts !== 0))
                writer.uint32(/* id 5, wireType 0 =*/40).int64(message.ts);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a FriendRequest message from the specified reader or buffer.
         * @function decode
         * @memberof parley.FriendRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.FriendRequest & parley.FriendRequest.$Shape} FriendRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        FriendRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.FriendRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.fromUid = value;
                        else
                            delete message.fromUid;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.toUid = value;
                        else
                            delete message.toUid;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.note = value;
                        else
                            delete message.note;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.status = value;
                        else
                            delete message.status;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.ts = value;
                        else
                            delete message.ts;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return FriendRequest;
    })();

    parley.FriendRequestReq = (function() {

        /**
         * Properties of a FriendRequestReq.
         * @typedef {Object} parley.FriendRequestReq.$Properties
         * @property {string|null} [toUid] FriendRequestReq toUid
         * @property {string|null} [note] FriendRequestReq note
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a FriendRequestReq.
         * @memberof parley
         * @interface IFriendRequestReq
         * @augments parley.FriendRequestReq.$Properties
         * @deprecated Use parley.FriendRequestReq.$Properties instead.
         */

        /**
         * Shape of a FriendRequestReq.
         * @typedef {parley.FriendRequestReq.$Properties} parley.FriendRequestReq.$Shape
         */

        /**
         * Constructs a new FriendRequestReq.
         * @memberof parley
         * @classdesc Represents a FriendRequestReq.
         * @constructor
         * @param {parley.FriendRequestReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const FriendRequestReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * FriendRequestReq toUid.
         * @member {string} toUid
         * @memberof parley.FriendRequestReq
         * @instance
         */
        FriendRequestReq.prototype.toUid = "";

        /**
         * FriendRequestReq note.
         * @member {string} note
         * @memberof parley.FriendRequestReq
         * @instance
         */
        FriendRequestReq.prototype.note = "";

        /**
         * Encodes the specified FriendRequestReq message. Does not implicitly {@link parley.FriendRequestReq.verify|verify} messages.
         * @function encode
         * @memberof parley.FriendRequestReq
         * @static
         * @param {parley.FriendRequestReq.$Properties} message FriendRequestReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        FriendRequestReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.toUid != null && $Object.hasOwnProperty.call(message, "toUid") && message.toUid !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.toUid);
            if (message.note != null && $Object.hasOwnProperty.call(message, "note") && message.note !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.note);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a FriendRequestReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.FriendRequestReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.FriendRequestReq & parley.FriendRequestReq.$Shape} FriendRequestReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        FriendRequestReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.FriendRequestReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.toUid = value;
                        else
                            delete message.toUid;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.note = value;
                        else
                            delete message.note;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return FriendRequestReq;
    })();

    parley.FriendRequestResp = (function() {

        /**
         * Properties of a FriendRequestResp.
         * @typedef {Object} parley.FriendRequestResp.$Properties
         * @property {boolean|null} [friends] FriendRequestResp friends
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a FriendRequestResp.
         * @memberof parley
         * @interface IFriendRequestResp
         * @augments parley.FriendRequestResp.$Properties
         * @deprecated Use parley.FriendRequestResp.$Properties instead.
         */

        /**
         * Shape of a FriendRequestResp.
         * @typedef {parley.FriendRequestResp.$Properties} parley.FriendRequestResp.$Shape
         */

        /**
         * Constructs a new FriendRequestResp.
         * @memberof parley
         * @classdesc Represents a FriendRequestResp.
         * @constructor
         * @param {parley.FriendRequestResp.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const FriendRequestResp = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * FriendRequestResp friends.
         * @member {boolean} friends
         * @memberof parley.FriendRequestResp
         * @instance
         */
        FriendRequestResp.prototype.friends = false;

        /**
         * Encodes the specified FriendRequestResp message. Does not implicitly {@link parley.FriendRequestResp.verify|verify} messages.
         * @function encode
         * @memberof parley.FriendRequestResp
         * @static
         * @param {parley.FriendRequestResp.$Properties} message FriendRequestResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        FriendRequestResp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.friends != null && $Object.hasOwnProperty.call(message, "friends") && message.friends !== false)
                writer.uint32(/* id 1, wireType 0 =*/8).bool(message.friends);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a FriendRequestResp message from the specified reader or buffer.
         * @function decode
         * @memberof parley.FriendRequestResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.FriendRequestResp & parley.FriendRequestResp.$Shape} FriendRequestResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        FriendRequestResp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.FriendRequestResp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.friends = value;
                        else
                            delete message.friends;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return FriendRequestResp;
    })();

    parley.FriendRespondReq = (function() {

        /**
         * Properties of a FriendRespondReq.
         * @typedef {Object} parley.FriendRespondReq.$Properties
         * @property {string|null} [fromUid] FriendRespondReq fromUid
         * @property {boolean|null} [accept] FriendRespondReq accept
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a FriendRespondReq.
         * @memberof parley
         * @interface IFriendRespondReq
         * @augments parley.FriendRespondReq.$Properties
         * @deprecated Use parley.FriendRespondReq.$Properties instead.
         */

        /**
         * Shape of a FriendRespondReq.
         * @typedef {parley.FriendRespondReq.$Properties} parley.FriendRespondReq.$Shape
         */

        /**
         * Constructs a new FriendRespondReq.
         * @memberof parley
         * @classdesc Represents a FriendRespondReq.
         * @constructor
         * @param {parley.FriendRespondReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const FriendRespondReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * FriendRespondReq fromUid.
         * @member {string} fromUid
         * @memberof parley.FriendRespondReq
         * @instance
         */
        FriendRespondReq.prototype.fromUid = "";

        /**
         * FriendRespondReq accept.
         * @member {boolean} accept
         * @memberof parley.FriendRespondReq
         * @instance
         */
        FriendRespondReq.prototype.accept = false;

        /**
         * Encodes the specified FriendRespondReq message. Does not implicitly {@link parley.FriendRespondReq.verify|verify} messages.
         * @function encode
         * @memberof parley.FriendRespondReq
         * @static
         * @param {parley.FriendRespondReq.$Properties} message FriendRespondReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        FriendRespondReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.fromUid != null && $Object.hasOwnProperty.call(message, "fromUid") && message.fromUid !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.fromUid);
            if (message.accept != null && $Object.hasOwnProperty.call(message, "accept") && message.accept !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.accept);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a FriendRespondReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.FriendRespondReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.FriendRespondReq & parley.FriendRespondReq.$Shape} FriendRespondReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        FriendRespondReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.FriendRespondReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.fromUid = value;
                        else
                            delete message.fromUid;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.accept = value;
                        else
                            delete message.accept;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return FriendRespondReq;
    })();

    parley.FriendRequestsResp = (function() {

        /**
         * Properties of a FriendRequestsResp.
         * @typedef {Object} parley.FriendRequestsResp.$Properties
         * @property {Array.<parley.FriendRequest.$Properties>|null} [requests] FriendRequestsResp requests
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a FriendRequestsResp.
         * @memberof parley
         * @interface IFriendRequestsResp
         * @augments parley.FriendRequestsResp.$Properties
         * @deprecated Use parley.FriendRequestsResp.$Properties instead.
         */

        /**
         * Shape of a FriendRequestsResp.
         * @typedef {parley.FriendRequestsResp.$Properties} parley.FriendRequestsResp.$Shape
         */

        /**
         * Constructs a new FriendRequestsResp.
         * @memberof parley
         * @classdesc Represents a FriendRequestsResp.
         * @constructor
         * @param {parley.FriendRequestsResp.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const FriendRequestsResp = function (properties) {
            this.requests = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * FriendRequestsResp requests.
         * @member {Array.<parley.FriendRequest.$Properties>} requests
         * @memberof parley.FriendRequestsResp
         * @instance
         */
        FriendRequestsResp.prototype.requests = $util.emptyArray;

        /**
         * Encodes the specified FriendRequestsResp message. Does not implicitly {@link parley.FriendRequestsResp.verify|verify} messages.
         * @function encode
         * @memberof parley.FriendRequestsResp
         * @static
         * @param {parley.FriendRequestsResp.$Properties} message FriendRequestsResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        FriendRequestsResp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.requests != null && message.requests.length)
                for (let i = 0; i < message.requests.length; ++i)
                    $root.parley.FriendRequest.encode(message.requests[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a FriendRequestsResp message from the specified reader or buffer.
         * @function decode
         * @memberof parley.FriendRequestsResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.FriendRequestsResp & parley.FriendRequestsResp.$Shape} FriendRequestsResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        FriendRequestsResp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.FriendRequestsResp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.requests && message.requests.length))
                            message.requests = [];
                        message.requests.push($root.parley.FriendRequest.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return FriendRequestsResp;
    })();

    parley.Friend = (function() {

        /**
         * Properties of a Friend.
         * @typedef {Object} parley.Friend.$Properties
         * @property {string|null} [uid] Friend uid
         * @property {string|null} [remark] Friend remark
         * @property {number|null} [since] Friend since
         * @property {parley.Profile.$Properties|null} [profile] Friend profile
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Friend.
         * @memberof parley
         * @interface IFriend
         * @augments parley.Friend.$Properties
         * @deprecated Use parley.Friend.$Properties instead.
         */

        /**
         * Shape of a Friend.
         * @typedef {parley.Friend.$Properties} parley.Friend.$Shape
         */

        /**
         * Constructs a new Friend.
         * @memberof parley
         * @classdesc Represents a Friend.
         * @constructor
         * @param {parley.Friend.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Friend = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Friend uid.
         * @member {string} uid
         * @memberof parley.Friend
         * @instance
         */
        Friend.prototype.uid = "";

        /**
         * Friend remark.
         * @member {string} remark
         * @memberof parley.Friend
         * @instance
         */
        Friend.prototype.remark = "";

        /**
         * Friend since.
         * @member {number} since
         * @memberof parley.Friend
         * @instance
         */
        Friend.prototype.since = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Friend profile.
         * @member {parley.Profile.$Properties|null|undefined} profile
         * @memberof parley.Friend
         * @instance
         */
        Friend.prototype.profile = null;

        /**
         * Encodes the specified Friend message. Does not implicitly {@link parley.Friend.verify|verify} messages.
         * @function encode
         * @memberof parley.Friend
         * @static
         * @param {parley.Friend.$Properties} message Friend message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Friend.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.uid);
            if (message.remark != null && $Object.hasOwnProperty.call(message, "remark") && message.remark !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.remark);
            if (message.since != null && $Object.hasOwnProperty.call(message, "since") && (typeof message.since === "object" ? message.since.low || message.since.high : message.since !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.since);
            if (message.profile != null && $Object.hasOwnProperty.call(message, "profile"))
                $root.parley.Profile.encode(message.profile, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Friend message from the specified reader or buffer.
         * @function decode
         * @memberof parley.Friend
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.Friend & parley.Friend.$Shape} Friend
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Friend.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.Friend();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.uid = value;
                        else
                            delete message.uid;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.remark = value;
                        else
                            delete message.remark;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.since = value;
                        else
                            delete message.since;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.profile = $root.parley.Profile.decode(reader, reader.size(), $undefined, _depth + 1, message.profile);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Friend;
    })();

    parley.FriendsResp = (function() {

        /**
         * Properties of a FriendsResp.
         * @typedef {Object} parley.FriendsResp.$Properties
         * @property {Array.<parley.Friend.$Properties>|null} [friends] FriendsResp friends
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a FriendsResp.
         * @memberof parley
         * @interface IFriendsResp
         * @augments parley.FriendsResp.$Properties
         * @deprecated Use parley.FriendsResp.$Properties instead.
         */

        /**
         * Shape of a FriendsResp.
         * @typedef {parley.FriendsResp.$Properties} parley.FriendsResp.$Shape
         */

        /**
         * Constructs a new FriendsResp.
         * @memberof parley
         * @classdesc Represents a FriendsResp.
         * @constructor
         * @param {parley.FriendsResp.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const FriendsResp = function (properties) {
            this.friends = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * FriendsResp friends.
         * @member {Array.<parley.Friend.$Properties>} friends
         * @memberof parley.FriendsResp
         * @instance
         */
        FriendsResp.prototype.friends = $util.emptyArray;

        /**
         * Encodes the specified FriendsResp message. Does not implicitly {@link parley.FriendsResp.verify|verify} messages.
         * @function encode
         * @memberof parley.FriendsResp
         * @static
         * @param {parley.FriendsResp.$Properties} message FriendsResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        FriendsResp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.friends != null && message.friends.length)
                for (let i = 0; i < message.friends.length; ++i)
                    $root.parley.Friend.encode(message.friends[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a FriendsResp message from the specified reader or buffer.
         * @function decode
         * @memberof parley.FriendsResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.FriendsResp & parley.FriendsResp.$Shape} FriendsResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        FriendsResp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.FriendsResp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.friends && message.friends.length))
                            message.friends = [];
                        message.friends.push($root.parley.Friend.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return FriendsResp;
    })();

    parley.FriendRemarkReq = (function() {

        /**
         * Properties of a FriendRemarkReq.
         * @typedef {Object} parley.FriendRemarkReq.$Properties
         * @property {string|null} [uid] FriendRemarkReq uid
         * @property {string|null} [remark] FriendRemarkReq remark
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a FriendRemarkReq.
         * @memberof parley
         * @interface IFriendRemarkReq
         * @augments parley.FriendRemarkReq.$Properties
         * @deprecated Use parley.FriendRemarkReq.$Properties instead.
         */

        /**
         * Shape of a FriendRemarkReq.
         * @typedef {parley.FriendRemarkReq.$Properties} parley.FriendRemarkReq.$Shape
         */

        /**
         * Constructs a new FriendRemarkReq.
         * @memberof parley
         * @classdesc Represents a FriendRemarkReq.
         * @constructor
         * @param {parley.FriendRemarkReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const FriendRemarkReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * FriendRemarkReq uid.
         * @member {string} uid
         * @memberof parley.FriendRemarkReq
         * @instance
         */
        FriendRemarkReq.prototype.uid = "";

        /**
         * FriendRemarkReq remark.
         * @member {string} remark
         * @memberof parley.FriendRemarkReq
         * @instance
         */
        FriendRemarkReq.prototype.remark = "";

        /**
         * Encodes the specified FriendRemarkReq message. Does not implicitly {@link parley.FriendRemarkReq.verify|verify} messages.
         * @function encode
         * @memberof parley.FriendRemarkReq
         * @static
         * @param {parley.FriendRemarkReq.$Properties} message FriendRemarkReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        FriendRemarkReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.uid);
            if (message.remark != null && $Object.hasOwnProperty.call(message, "remark") && message.remark !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.remark);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a FriendRemarkReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.FriendRemarkReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.FriendRemarkReq & parley.FriendRemarkReq.$Shape} FriendRemarkReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        FriendRemarkReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.FriendRemarkReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.uid = value;
                        else
                            delete message.uid;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.remark = value;
                        else
                            delete message.remark;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return FriendRemarkReq;
    })();

    parley.UidReq = (function() {

        /**
         * Properties of an UidReq.
         * @typedef {Object} parley.UidReq.$Properties
         * @property {string|null} [uid] UidReq uid
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an UidReq.
         * @memberof parley
         * @interface IUidReq
         * @augments parley.UidReq.$Properties
         * @deprecated Use parley.UidReq.$Properties instead.
         */

        /**
         * Shape of an UidReq.
         * @typedef {parley.UidReq.$Properties} parley.UidReq.$Shape
         */

        /**
         * Constructs a new UidReq.
         * @memberof parley
         * @classdesc Represents an UidReq.
         * @constructor
         * @param {parley.UidReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const UidReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * UidReq uid.
         * @member {string} uid
         * @memberof parley.UidReq
         * @instance
         */
        UidReq.prototype.uid = "";

        /**
         * Encodes the specified UidReq message. Does not implicitly {@link parley.UidReq.verify|verify} messages.
         * @function encode
         * @memberof parley.UidReq
         * @static
         * @param {parley.UidReq.$Properties} message UidReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UidReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.uid);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an UidReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.UidReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.UidReq & parley.UidReq.$Shape} UidReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UidReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.UidReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.uid = value;
                        else
                            delete message.uid;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return UidReq;
    })();

    parley.BlockReq = (function() {

        /**
         * Properties of a BlockReq.
         * @typedef {Object} parley.BlockReq.$Properties
         * @property {string|null} [uid] BlockReq uid
         * @property {boolean|null} [blocked] BlockReq blocked
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BlockReq.
         * @memberof parley
         * @interface IBlockReq
         * @augments parley.BlockReq.$Properties
         * @deprecated Use parley.BlockReq.$Properties instead.
         */

        /**
         * Shape of a BlockReq.
         * @typedef {parley.BlockReq.$Properties} parley.BlockReq.$Shape
         */

        /**
         * Constructs a new BlockReq.
         * @memberof parley
         * @classdesc Represents a BlockReq.
         * @constructor
         * @param {parley.BlockReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BlockReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * BlockReq uid.
         * @member {string} uid
         * @memberof parley.BlockReq
         * @instance
         */
        BlockReq.prototype.uid = "";

        /**
         * BlockReq blocked.
         * @member {boolean} blocked
         * @memberof parley.BlockReq
         * @instance
         */
        BlockReq.prototype.blocked = false;

        /**
         * Encodes the specified BlockReq message. Does not implicitly {@link parley.BlockReq.verify|verify} messages.
         * @function encode
         * @memberof parley.BlockReq
         * @static
         * @param {parley.BlockReq.$Properties} message BlockReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BlockReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.uid);
            if (message.blocked != null && $Object.hasOwnProperty.call(message, "blocked") && message.blocked !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.blocked);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a BlockReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.BlockReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.BlockReq & parley.BlockReq.$Shape} BlockReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BlockReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.BlockReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.uid = value;
                        else
                            delete message.uid;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.blocked = value;
                        else
                            delete message.blocked;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return BlockReq;
    })();

    parley.UidsResp = (function() {

        /**
         * Properties of an UidsResp.
         * @typedef {Object} parley.UidsResp.$Properties
         * @property {Array.<string>|null} [uids] UidsResp uids
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an UidsResp.
         * @memberof parley
         * @interface IUidsResp
         * @augments parley.UidsResp.$Properties
         * @deprecated Use parley.UidsResp.$Properties instead.
         */

        /**
         * Shape of an UidsResp.
         * @typedef {parley.UidsResp.$Properties} parley.UidsResp.$Shape
         */

        /**
         * Constructs a new UidsResp.
         * @memberof parley
         * @classdesc Represents an UidsResp.
         * @constructor
         * @param {parley.UidsResp.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const UidsResp = function (properties) {
            this.uids = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * UidsResp uids.
         * @member {Array.<string>} uids
         * @memberof parley.UidsResp
         * @instance
         */
        UidsResp.prototype.uids = $util.emptyArray;

        /**
         * Encodes the specified UidsResp message. Does not implicitly {@link parley.UidsResp.verify|verify} messages.
         * @function encode
         * @memberof parley.UidsResp
         * @static
         * @param {parley.UidsResp.$Properties} message UidsResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UidsResp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.uids != null && message.uids.length)
                for (let i = 0; i < message.uids.length; ++i)
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.uids[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an UidsResp message from the specified reader or buffer.
         * @function decode
         * @memberof parley.UidsResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.UidsResp & parley.UidsResp.$Shape} UidsResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UidsResp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.UidsResp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.uids && message.uids.length))
                            message.uids = [];
                        message.uids.push(reader.stringVerify());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return UidsResp;
    })();

    /**
     * ContactEventKind enum.
     * @name parley.ContactEventKind
     * @enum {number}
     * @property {number} CONTACT_EVENT_KIND_UNSPECIFIED=0 CONTACT_EVENT_KIND_UNSPECIFIED value
     * @property {number} REQUESTED=1 REQUESTED value
     * @property {number} ACCEPTED_REQUEST=2 ACCEPTED_REQUEST value
     * @property {number} REJECTED_REQUEST=3 REJECTED_REQUEST value
     * @property {number} UNFRIENDED=4 UNFRIENDED value
     */
    parley.ContactEventKind = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "CONTACT_EVENT_KIND_UNSPECIFIED"] = 0;
        values[valuesById[1] = "REQUESTED"] = 1;
        values[valuesById[2] = "ACCEPTED_REQUEST"] = 2;
        values[valuesById[3] = "REJECTED_REQUEST"] = 3;
        values[valuesById[4] = "UNFRIENDED"] = 4;
        return values;
    })();

    parley.ContactEvent = (function() {

        /**
         * Properties of a ContactEvent.
         * @typedef {Object} parley.ContactEvent.$Properties
         * @property {parley.ContactEventKind|null} [kind] ContactEvent kind
         * @property {string|null} [fromUid] ContactEvent fromUid
         * @property {string|null} [note] ContactEvent note
         * @property {number|null} [ts] ContactEvent ts
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ContactEvent.
         * @memberof parley
         * @interface IContactEvent
         * @augments parley.ContactEvent.$Properties
         * @deprecated Use parley.ContactEvent.$Properties instead.
         */

        /**
         * Shape of a ContactEvent.
         * @typedef {parley.ContactEvent.$Properties} parley.ContactEvent.$Shape
         */

        /**
         * Constructs a new ContactEvent.
         * @memberof parley
         * @classdesc Represents a ContactEvent.
         * @constructor
         * @param {parley.ContactEvent.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ContactEvent = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ContactEvent kind.
         * @member {parley.ContactEventKind} kind
         * @memberof parley.ContactEvent
         * @instance
         */
        ContactEvent.prototype.kind = 0;

        /**
         * ContactEvent fromUid.
         * @member {string} fromUid
         * @memberof parley.ContactEvent
         * @instance
         */
        ContactEvent.prototype.fromUid = "";

        /**
         * ContactEvent note.
         * @member {string} note
         * @memberof parley.ContactEvent
         * @instance
         */
        ContactEvent.prototype.note = "";

        /**
         * ContactEvent ts.
         * @member {number} ts
         * @memberof parley.ContactEvent
         * @instance
         */
        ContactEvent.prototype.ts = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Encodes the specified ContactEvent message. Does not implicitly {@link parley.ContactEvent.verify|verify} messages.
         * @function encode
         * @memberof parley.ContactEvent
         * @static
         * @param {parley.ContactEvent.$Properties} message ContactEvent message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ContactEvent.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
            if (message.fromUid != null && $Object.hasOwnProperty.call(message, "fromUid") && message.fromUid !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.fromUid);
            if (message.note != null && $Object.hasOwnProperty.call(message, "note") && message.note !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.note);
            if (message.ts != null && $Object.hasOwnProperty.call(message, "ts") && (typeof message.ts === "object" ? message.ts.low || message.ts.high : message.ts !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.ts);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ContactEvent message from the specified reader or buffer.
         * @function decode
         * @memberof parley.ContactEvent
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.ContactEvent & parley.ContactEvent.$Shape} ContactEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ContactEvent.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.ContactEvent();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.kind = value;
                        else
                            delete message.kind;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.fromUid = value;
                        else
                            delete message.fromUid;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.note = value;
                        else
                            delete message.note;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.ts = value;
                        else
                            delete message.ts;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ContactEvent;
    })();

    parley.UpstreamReq = (function() {

        /**
         * Properties of an UpstreamReq.
         * @typedef {Object} parley.UpstreamReq.$Properties
         * @property {string|null} [service] UpstreamReq service
         * @property {string|null} [payload] UpstreamReq payload
         * @property {string|null} [clientMsgId] UpstreamReq clientMsgId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an UpstreamReq.
         * @memberof parley
         * @interface IUpstreamReq
         * @augments parley.UpstreamReq.$Properties
         * @deprecated Use parley.UpstreamReq.$Properties instead.
         */

        /**
         * Shape of an UpstreamReq.
         * @typedef {parley.UpstreamReq.$Properties} parley.UpstreamReq.$Shape
         */

        /**
         * Constructs a new UpstreamReq.
         * @memberof parley
         * @classdesc Represents an UpstreamReq.
         * @constructor
         * @param {parley.UpstreamReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const UpstreamReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * UpstreamReq service.
         * @member {string} service
         * @memberof parley.UpstreamReq
         * @instance
         */
        UpstreamReq.prototype.service = "";

        /**
         * UpstreamReq payload.
         * @member {string} payload
         * @memberof parley.UpstreamReq
         * @instance
         */
        UpstreamReq.prototype.payload = "";

        /**
         * UpstreamReq clientMsgId.
         * @member {string} clientMsgId
         * @memberof parley.UpstreamReq
         * @instance
         */
        UpstreamReq.prototype.clientMsgId = "";

        /**
         * Encodes the specified UpstreamReq message. Does not implicitly {@link parley.UpstreamReq.verify|verify} messages.
         * @function encode
         * @memberof parley.UpstreamReq
         * @static
         * @param {parley.UpstreamReq.$Properties} message UpstreamReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UpstreamReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.service != null && $Object.hasOwnProperty.call(message, "service") && message.service !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.service);
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.payload);
            if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId") && message.clientMsgId !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.clientMsgId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an UpstreamReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.UpstreamReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.UpstreamReq & parley.UpstreamReq.$Shape} UpstreamReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UpstreamReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.UpstreamReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.service = value;
                        else
                            delete message.service;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.payload = value;
                        else
                            delete message.payload;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.clientMsgId = value;
                        else
                            delete message.clientMsgId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return UpstreamReq;
    })();

    parley.UpstreamResp = (function() {

        /**
         * Properties of an UpstreamResp.
         * @typedef {Object} parley.UpstreamResp.$Properties
         * @property {number|null} [eventId] UpstreamResp eventId
         * @property {number|null} [ts] UpstreamResp ts
         * @property {boolean|null} [duplicate] UpstreamResp duplicate
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an UpstreamResp.
         * @memberof parley
         * @interface IUpstreamResp
         * @augments parley.UpstreamResp.$Properties
         * @deprecated Use parley.UpstreamResp.$Properties instead.
         */

        /**
         * Shape of an UpstreamResp.
         * @typedef {parley.UpstreamResp.$Properties} parley.UpstreamResp.$Shape
         */

        /**
         * Constructs a new UpstreamResp.
         * @memberof parley
         * @classdesc Represents an UpstreamResp.
         * @constructor
         * @param {parley.UpstreamResp.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const UpstreamResp = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * UpstreamResp eventId.
         * @member {number} eventId
         * @memberof parley.UpstreamResp
         * @instance
         */
        UpstreamResp.prototype.eventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * UpstreamResp ts.
         * @member {number} ts
         * @memberof parley.UpstreamResp
         * @instance
         */
        UpstreamResp.prototype.ts = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * UpstreamResp duplicate.
         * @member {boolean} duplicate
         * @memberof parley.UpstreamResp
         * @instance
         */
        UpstreamResp.prototype.duplicate = false;

        /**
         * Encodes the specified UpstreamResp message. Does not implicitly {@link parley.UpstreamResp.verify|verify} messages.
         * @function encode
         * @memberof parley.UpstreamResp
         * @static
         * @param {parley.UpstreamResp.$Properties} message UpstreamResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UpstreamResp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.eventId != null && $Object.hasOwnProperty.call(message, "eventId") && (typeof message.eventId === "object" ? message.eventId.low || message.eventId.high : message.eventId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.eventId);
            if (message.ts != null && $Object.hasOwnProperty.call(message, "ts") && (typeof message.ts === "object" ? message.ts.low || message.ts.high : message.ts !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.ts);
            if (message.duplicate != null && $Object.hasOwnProperty.call(message, "duplicate") && message.duplicate !== false)
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.duplicate);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an UpstreamResp message from the specified reader or buffer.
         * @function decode
         * @memberof parley.UpstreamResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.UpstreamResp & parley.UpstreamResp.$Shape} UpstreamResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UpstreamResp.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.UpstreamResp();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.eventId = value;
                        else
                            delete message.eventId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.ts = value;
                        else
                            delete message.ts;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.duplicate = value;
                        else
                            delete message.duplicate;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return UpstreamResp;
    })();

    parley.PushRegisterReq = (function() {

        /**
         * Properties of a PushRegisterReq.
         * @typedef {Object} parley.PushRegisterReq.$Properties
         * @property {string|null} [provider] PushRegisterReq provider
         * @property {string|null} [token] PushRegisterReq token
         * @property {number|null} [dndStartMin] PushRegisterReq dndStartMin
         * @property {number|null} [dndEndMin] PushRegisterReq dndEndMin
         * @property {number|null} [tzOffsetMin] PushRegisterReq tzOffsetMin
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PushRegisterReq.
         * @memberof parley
         * @interface IPushRegisterReq
         * @augments parley.PushRegisterReq.$Properties
         * @deprecated Use parley.PushRegisterReq.$Properties instead.
         */

        /**
         * Shape of a PushRegisterReq.
         * @typedef {parley.PushRegisterReq.$Properties} parley.PushRegisterReq.$Shape
         */

        /**
         * Constructs a new PushRegisterReq.
         * @memberof parley
         * @classdesc Represents a PushRegisterReq.
         * @constructor
         * @param {parley.PushRegisterReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PushRegisterReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PushRegisterReq provider.
         * @member {string} provider
         * @memberof parley.PushRegisterReq
         * @instance
         */
        PushRegisterReq.prototype.provider = "";

        /**
         * PushRegisterReq token.
         * @member {string} token
         * @memberof parley.PushRegisterReq
         * @instance
         */
        PushRegisterReq.prototype.token = "";

        /**
         * PushRegisterReq dndStartMin.
         * @member {number} dndStartMin
         * @memberof parley.PushRegisterReq
         * @instance
         */
        PushRegisterReq.prototype.dndStartMin = 0;

        /**
         * PushRegisterReq dndEndMin.
         * @member {number} dndEndMin
         * @memberof parley.PushRegisterReq
         * @instance
         */
        PushRegisterReq.prototype.dndEndMin = 0;

        /**
         * PushRegisterReq tzOffsetMin.
         * @member {number} tzOffsetMin
         * @memberof parley.PushRegisterReq
         * @instance
         */
        PushRegisterReq.prototype.tzOffsetMin = 0;

        /**
         * Encodes the specified PushRegisterReq message. Does not implicitly {@link parley.PushRegisterReq.verify|verify} messages.
         * @function encode
         * @memberof parley.PushRegisterReq
         * @static
         * @param {parley.PushRegisterReq.$Properties} message PushRegisterReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PushRegisterReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.provider != null && $Object.hasOwnProperty.call(message, "provider") && message.provider !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.provider);
            if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.token);
            if (message.dndStartMin != null && $Object.hasOwnProperty.call(message, "dndStartMin") && message.dndStartMin !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.dndStartMin);
            if (message.dndEndMin != null && $Object.hasOwnProperty.call(message, "dndEndMin") && message.dndEndMin !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.dndEndMin);
            if (message.tzOffsetMin != null && $Object.hasOwnProperty.call(message, "tzOffsetMin") && message.tzOffsetMin !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).sint32(message.tzOffsetMin);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PushRegisterReq message from the specified reader or buffer.
         * @function decode
         * @memberof parley.PushRegisterReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {parley.PushRegisterReq & parley.PushRegisterReq.$Shape} PushRegisterReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PushRegisterReq.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.parley.PushRegisterReq();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.provider = value;
                        else
                            delete message.provider;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.token = value;
                        else
                            delete message.token;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.dndStartMin = value;
                        else
                            delete message.dndStartMin;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.dndEndMin = value;
                        else
                            delete message.dndEndMin;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.sint32())
                            message.tzOffsetMin = value;
                        else
                            delete message.tzOffsetMin;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return PushRegisterReq;
    })();

    return parley;
})();

export {
  $root as default
};
