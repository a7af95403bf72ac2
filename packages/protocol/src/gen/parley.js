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

    return parley;
})();

export {
  $root as default
};
