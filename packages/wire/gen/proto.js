/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const natter = $root.natter = (() => {

    /**
     * Namespace natter.
     * @exports natter
     * @namespace
     */
    const natter = {};

    natter.Endpoint = (function() {

        /**
         * Properties of an Endpoint.
         * @typedef {Object} natter.Endpoint.$Properties
         * @property {string|null} [ip] Endpoint ip
         * @property {number|null} [port] Endpoint port
         * @property {natter.Endpoint.Kind|null} [kind] Endpoint kind
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Endpoint.
         * @memberof natter
         * @interface IEndpoint
         * @augments natter.Endpoint.$Properties
         * @deprecated Use natter.Endpoint.$Properties instead.
         */

        /**
         * Shape of an Endpoint.
         * @typedef {natter.Endpoint.$Properties} natter.Endpoint.$Shape
         */

        /**
         * Constructs a new Endpoint.
         * @memberof natter
         * @classdesc Represents an Endpoint.
         * @constructor
         * @param {natter.Endpoint.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Endpoint = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Endpoint ip.
         * @member {string} ip
         * @memberof natter.Endpoint
         * @instance
         */
        Endpoint.prototype.ip = "";

        /**
         * Endpoint port.
         * @member {number} port
         * @memberof natter.Endpoint
         * @instance
         */
        Endpoint.prototype.port = 0;

        /**
         * Endpoint kind.
         * @member {natter.Endpoint.Kind} kind
         * @memberof natter.Endpoint
         * @instance
         */
        Endpoint.prototype.kind = 0;

        /**
         * Creates a new Endpoint instance using the specified properties.
         * @function create
         * @memberof natter.Endpoint
         * @static
         * @param {natter.Endpoint.$Properties=} [properties] Properties to set
         * @returns {natter.Endpoint} Endpoint instance
         * @type {{
         *   (properties: natter.Endpoint.$Shape): natter.Endpoint & natter.Endpoint.$Shape;
         *   (properties?: natter.Endpoint.$Properties): natter.Endpoint;
         * }}
         */
        Endpoint.create = function(properties) {
            return new Endpoint(properties);
        };

        /**
         * Encodes the specified Endpoint message. Does not implicitly {@link natter.Endpoint.verify|verify} messages.
         * @function encode
         * @memberof natter.Endpoint
         * @static
         * @param {natter.Endpoint.$Properties} message Endpoint message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Endpoint.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.ip != null && $Object.hasOwnProperty.call(message, "ip") && message.ip !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.ip);
            if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.port);
            if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.kind);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Endpoint message from the specified reader or buffer.
         * @function decode
         * @memberof natter.Endpoint
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {natter.Endpoint & natter.Endpoint.$Shape} Endpoint
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Endpoint.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.natter.Endpoint();
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
                            message.ip = value;
                        else
                            delete message.ip;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.port = value;
                        else
                            delete message.port;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.kind = value;
                        else
                            delete message.kind;
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

        /**
         * Kind enum.
         * @name natter.Endpoint.Kind
         * @enum {number}
         * @property {number} KIND_UNSPECIFIED=0 KIND_UNSPECIFIED value
         * @property {number} PUBLIC=1 PUBLIC value
         * @property {number} LAN=2 LAN value
         * @property {number} PREDICTED=3 PREDICTED value
         */
        Endpoint.Kind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PUBLIC"] = 1;
            values[valuesById[2] = "LAN"] = 2;
            values[valuesById[3] = "PREDICTED"] = 3;
            return values;
        })();

        return Endpoint;
    })();

    /**
     * Behaviour enum.
     * @name natter.Behaviour
     * @enum {number}
     * @property {number} BEHAVIOUR_UNKNOWN=0 BEHAVIOUR_UNKNOWN value
     * @property {number} ENDPOINT_INDEPENDENT=1 ENDPOINT_INDEPENDENT value
     * @property {number} ADDRESS_DEPENDENT=2 ADDRESS_DEPENDENT value
     * @property {number} ADDRESS_AND_PORT_DEPENDENT=3 ADDRESS_AND_PORT_DEPENDENT value
     */
    natter.Behaviour = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "BEHAVIOUR_UNKNOWN"] = 0;
        values[valuesById[1] = "ENDPOINT_INDEPENDENT"] = 1;
        values[valuesById[2] = "ADDRESS_DEPENDENT"] = 2;
        values[valuesById[3] = "ADDRESS_AND_PORT_DEPENDENT"] = 3;
        return values;
    })();

    /**
     * NatType enum.
     * @name natter.NatType
     * @enum {number}
     * @property {number} NAT_UNKNOWN=0 NAT_UNKNOWN value
     * @property {number} OPEN=1 OPEN value
     * @property {number} FULL_CONE=2 FULL_CONE value
     * @property {number} RESTRICTED_CONE=3 RESTRICTED_CONE value
     * @property {number} PORT_RESTRICTED_CONE=4 PORT_RESTRICTED_CONE value
     * @property {number} SYMMETRIC=5 SYMMETRIC value
     * @property {number} SYMMETRIC_UDP_FIREWALL=6 SYMMETRIC_UDP_FIREWALL value
     * @property {number} UDP_BLOCKED=7 UDP_BLOCKED value
     */
    natter.NatType = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "NAT_UNKNOWN"] = 0;
        values[valuesById[1] = "OPEN"] = 1;
        values[valuesById[2] = "FULL_CONE"] = 2;
        values[valuesById[3] = "RESTRICTED_CONE"] = 3;
        values[valuesById[4] = "PORT_RESTRICTED_CONE"] = 4;
        values[valuesById[5] = "SYMMETRIC"] = 5;
        values[valuesById[6] = "SYMMETRIC_UDP_FIREWALL"] = 6;
        values[valuesById[7] = "UDP_BLOCKED"] = 7;
        return values;
    })();

    natter.NatReport = (function() {

        /**
         * Properties of a NatReport.
         * @typedef {Object} natter.NatReport.$Properties
         * @property {boolean|null} [udp] NatReport udp
         * @property {natter.NatType|null} [nat] NatReport nat
         * @property {natter.Behaviour|null} [mapping] NatReport mapping
         * @property {natter.Behaviour|null} [filtering] NatReport filtering
         * @property {boolean|null} [hairpinning] NatReport hairpinning
         * @property {boolean|null} [portPreservation] NatReport portPreservation
         * @property {number|null} [portDelta] NatReport portDelta
         * @property {natter.Endpoint.$Properties|null} [mapped] NatReport mapped
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NatReport.
         * @memberof natter
         * @interface INatReport
         * @augments natter.NatReport.$Properties
         * @deprecated Use natter.NatReport.$Properties instead.
         */

        /**
         * Shape of a NatReport.
         * @typedef {natter.NatReport.$Properties} natter.NatReport.$Shape
         */

        /**
         * Constructs a new NatReport.
         * @memberof natter
         * @classdesc Represents a NatReport.
         * @constructor
         * @param {natter.NatReport.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NatReport = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * NatReport udp.
         * @member {boolean} udp
         * @memberof natter.NatReport
         * @instance
         */
        NatReport.prototype.udp = false;

        /**
         * NatReport nat.
         * @member {natter.NatType} nat
         * @memberof natter.NatReport
         * @instance
         */
        NatReport.prototype.nat = 0;

        /**
         * NatReport mapping.
         * @member {natter.Behaviour} mapping
         * @memberof natter.NatReport
         * @instance
         */
        NatReport.prototype.mapping = 0;

        /**
         * NatReport filtering.
         * @member {natter.Behaviour} filtering
         * @memberof natter.NatReport
         * @instance
         */
        NatReport.prototype.filtering = 0;

        /**
         * NatReport hairpinning.
         * @member {boolean|null|undefined} hairpinning
         * @memberof natter.NatReport
         * @instance
         */
        NatReport.prototype.hairpinning = null;

        /**
         * NatReport portPreservation.
         * @member {boolean|null|undefined} portPreservation
         * @memberof natter.NatReport
         * @instance
         */
        NatReport.prototype.portPreservation = null;

        /**
         * NatReport portDelta.
         * @member {number} portDelta
         * @memberof natter.NatReport
         * @instance
         */
        NatReport.prototype.portDelta = 0;

        /**
         * NatReport mapped.
         * @member {natter.Endpoint.$Properties|null|undefined} mapped
         * @memberof natter.NatReport
         * @instance
         */
        NatReport.prototype.mapped = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(NatReport.prototype, "_hairpinning", {
            get: $util.oneOfGetter($oneOfFields = ["hairpinning"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(NatReport.prototype, "_portPreservation", {
            get: $util.oneOfGetter($oneOfFields = ["portPreservation"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new NatReport instance using the specified properties.
         * @function create
         * @memberof natter.NatReport
         * @static
         * @param {natter.NatReport.$Properties=} [properties] Properties to set
         * @returns {natter.NatReport} NatReport instance
         * @type {{
         *   (properties: natter.NatReport.$Shape): natter.NatReport & natter.NatReport.$Shape;
         *   (properties?: natter.NatReport.$Properties): natter.NatReport;
         * }}
         */
        NatReport.create = function(properties) {
            return new NatReport(properties);
        };

        /**
         * Encodes the specified NatReport message. Does not implicitly {@link natter.NatReport.verify|verify} messages.
         * @function encode
         * @memberof natter.NatReport
         * @static
         * @param {natter.NatReport.$Properties} message NatReport message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NatReport.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.udp != null && $Object.hasOwnProperty.call(message, "udp") && message.udp !== false)
                writer.uint32(/* id 1, wireType 0 =*/8).bool(message.udp);
            if (message.nat != null && $Object.hasOwnProperty.call(message, "nat") && message.nat !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.nat);
            if (message.mapping != null && $Object.hasOwnProperty.call(message, "mapping") && message.mapping !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.mapping);
            if (message.filtering != null && $Object.hasOwnProperty.call(message, "filtering") && message.filtering !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).int32(message.filtering);
            if (message.hairpinning != null && $Object.hasOwnProperty.call(message, "hairpinning"))
                writer.uint32(/* id 5, wireType 0 =*/40).bool(message.hairpinning);
            if (message.portPreservation != null && $Object.hasOwnProperty.call(message, "portPreservation"))
                writer.uint32(/* id 6, wireType 0 =*/48).bool(message.portPreservation);
            if (message.portDelta != null && $Object.hasOwnProperty.call(message, "portDelta") && message.portDelta !== 0)
                writer.uint32(/* id 7, wireType 0 =*/56).sint32(message.portDelta);
            if (message.mapped != null && $Object.hasOwnProperty.call(message, "mapped"))
                $root.natter.Endpoint.encode(message.mapped, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a NatReport message from the specified reader or buffer.
         * @function decode
         * @memberof natter.NatReport
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {natter.NatReport & natter.NatReport.$Shape} NatReport
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NatReport.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.natter.NatReport();
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
                            message.udp = value;
                        else
                            delete message.udp;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.nat = value;
                        else
                            delete message.nat;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.mapping = value;
                        else
                            delete message.mapping;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.filtering = value;
                        else
                            delete message.filtering;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        message.hairpinning = reader.bool();
                        message._hairpinning = "hairpinning";
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        message.portPreservation = reader.bool();
                        message._portPreservation = "portPreservation";
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.sint32())
                            message.portDelta = value;
                        else
                            delete message.portDelta;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.mapped = $root.natter.Endpoint.decode(reader, reader.size(), $undefined, _depth + 1, message.mapped);
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

        return NatReport;
    })();

    /**
     * Status enum.
     * @name natter.Status
     * @enum {number}
     * @property {number} STATUS_OFFLINE=0 STATUS_OFFLINE value
     * @property {number} ONLINE=1 ONLINE value
     * @property {number} AWAY=2 AWAY value
     * @property {number} BUSY=3 BUSY value
     */
    natter.Status = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "STATUS_OFFLINE"] = 0;
        values[valuesById[1] = "ONLINE"] = 1;
        values[valuesById[2] = "AWAY"] = 2;
        values[valuesById[3] = "BUSY"] = 3;
        return values;
    })();

    natter.control = (function() {

        /**
         * Namespace control.
         * @memberof natter
         * @namespace
         */
        const control = {};

        control.ControlFrame = (function() {

            /**
             * Properties of a ControlFrame.
             * @typedef {Object} natter.control.ControlFrame.$Properties
             * @property {number|null} [requestId] ControlFrame requestId
             * @property {natter.control.Hello.$Properties|null} [hello] ControlFrame hello
             * @property {natter.control.Error.$Properties|null} [error] ControlFrame error
             * @property {natter.control.Ok.$Properties|null} [ok] ControlFrame ok
             * @property {natter.control.Register.$Properties|null} [register] ControlFrame register
             * @property {natter.control.Login.$Properties|null} [login] ControlFrame login
             * @property {natter.control.LoginOk.$Properties|null} [loginOk] ControlFrame loginOk
             * @property {natter.control.Logout.$Properties|null} [logout] ControlFrame logout
             * @property {natter.control.ChangePassword.$Properties|null} [changePassword] ControlFrame changePassword
             * @property {natter.control.DeleteAccount.$Properties|null} [deleteAccount] ControlFrame deleteAccount
             * @property {natter.control.StunCredentials.$Properties|null} [stunCredentials] ControlFrame stunCredentials
             * @property {natter.control.BuddyAction.$Properties|null} [buddyAction] ControlFrame buddyAction
             * @property {natter.control.BuddyList.$Properties|null} [buddyList] ControlFrame buddyList
             * @property {natter.control.BuddyEvent.$Properties|null} [buddyEvent] ControlFrame buddyEvent
             * @property {natter.control.PresenceUpdate.$Properties|null} [presenceUpdate] ControlFrame presenceUpdate
             * @property {natter.control.PresencePush.$Properties|null} [presencePush] ControlFrame presencePush
             * @property {natter.control.PunchRequest.$Properties|null} [punchRequest] ControlFrame punchRequest
             * @property {natter.control.PunchPlan.$Properties|null} [punchPlan] ControlFrame punchPlan
             * @property {natter.control.PunchResult.$Properties|null} [punchResult] ControlFrame punchResult
             * @property {natter.control.RelayFrame.$Properties|null} [relay] ControlFrame relay
             * @property {natter.control.OfflineStore.$Properties|null} [offlineStore] ControlFrame offlineStore
             * @property {natter.control.OfflineStored.$Properties|null} [offlineStored] ControlFrame offlineStored
             * @property {natter.control.OfflineDeliver.$Properties|null} [offlineDeliver] ControlFrame offlineDeliver
             * @property {natter.control.OfflineAck.$Properties|null} [offlineAck] ControlFrame offlineAck
             * @property {natter.control.Heartbeat.$Properties|null} [heartbeat] ControlFrame heartbeat
             * @property {natter.control.HeartbeatAck.$Properties|null} [heartbeatAck] ControlFrame heartbeatAck
             * @property {natter.control.NotifyAdd.$Properties|null} [notifyAdd] ControlFrame notifyAdd
             * @property {natter.control.NotifyVerify.$Properties|null} [notifyVerify] ControlFrame notifyVerify
             * @property {natter.control.NotifyRemove.$Properties|null} [notifyRemove] ControlFrame notifyRemove
             * @property {natter.control.NotifyList.$Properties|null} [notifyList] ControlFrame notifyList
             * @property {natter.control.NotifyConfigure.$Properties|null} [notifyConfigure] ControlFrame notifyConfigure
             * @property {natter.control.NotifySettings.$Properties|null} [notifySettings] ControlFrame notifySettings
             * @property {natter.control.NotifyAdded.$Properties|null} [notifyAdded] ControlFrame notifyAdded
             * @property {natter.control.NotifyUnsubscribe.$Properties|null} [notifyUnsubscribe] ControlFrame notifyUnsubscribe
             * @property {natter.control.ExtendedSend.$Properties|null} [extendedSend] ControlFrame extendedSend
             * @property {natter.control.ExtendedQueued.$Properties|null} [extendedQueued] ControlFrame extendedQueued
             * @property {natter.control.DeviceList.$Properties|null} [deviceList] ControlFrame deviceList
             * @property {natter.control.DeviceApprove.$Properties|null} [deviceApprove] ControlFrame deviceApprove
             * @property {natter.control.DeviceRemove.$Properties|null} [deviceRemove] ControlFrame deviceRemove
             * @property {natter.control.DeviceRename.$Properties|null} [deviceRename] ControlFrame deviceRename
             * @property {"hello"|"error"|"ok"|"register"|"login"|"loginOk"|"logout"|"changePassword"|"deleteAccount"|"stunCredentials"|"buddyAction"|"buddyList"|"buddyEvent"|"presenceUpdate"|"presencePush"|"punchRequest"|"punchPlan"|"punchResult"|"relay"|"offlineStore"|"offlineStored"|"offlineDeliver"|"offlineAck"|"heartbeat"|"heartbeatAck"|"notifyAdd"|"notifyVerify"|"notifyRemove"|"notifyList"|"notifyConfigure"|"notifySettings"|"notifyAdded"|"notifyUnsubscribe"|"extendedSend"|"extendedQueued"|"deviceList"|"deviceApprove"|"deviceRemove"|"deviceRename"} [body] ControlFrame body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ControlFrame.
             * @memberof natter.control
             * @interface IControlFrame
             * @augments natter.control.ControlFrame.$Properties
             * @deprecated Use natter.control.ControlFrame.$Properties instead.
             */

            /**
             * Narrowed shape of a ControlFrame.
             * @typedef {{
             *   requestId?: number|null;
             *   hello?: natter.control.Hello.$Shape|null;
             *   error?: natter.control.Error.$Shape|null;
             *   ok?: natter.control.Ok.$Shape|null;
             *   register?: natter.control.Register.$Shape|null;
             *   login?: natter.control.Login.$Shape|null;
             *   loginOk?: natter.control.LoginOk.$Shape|null;
             *   logout?: natter.control.Logout.$Shape|null;
             *   changePassword?: natter.control.ChangePassword.$Shape|null;
             *   deleteAccount?: natter.control.DeleteAccount.$Shape|null;
             *   stunCredentials?: natter.control.StunCredentials.$Shape|null;
             *   buddyAction?: natter.control.BuddyAction.$Shape|null;
             *   buddyList?: natter.control.BuddyList.$Shape|null;
             *   buddyEvent?: natter.control.BuddyEvent.$Shape|null;
             *   presenceUpdate?: natter.control.PresenceUpdate.$Shape|null;
             *   presencePush?: natter.control.PresencePush.$Shape|null;
             *   punchRequest?: natter.control.PunchRequest.$Shape|null;
             *   punchPlan?: natter.control.PunchPlan.$Shape|null;
             *   punchResult?: natter.control.PunchResult.$Shape|null;
             *   relay?: natter.control.RelayFrame.$Shape|null;
             *   offlineStore?: natter.control.OfflineStore.$Shape|null;
             *   offlineStored?: natter.control.OfflineStored.$Shape|null;
             *   offlineDeliver?: natter.control.OfflineDeliver.$Shape|null;
             *   offlineAck?: natter.control.OfflineAck.$Shape|null;
             *   heartbeat?: natter.control.Heartbeat.$Shape|null;
             *   heartbeatAck?: natter.control.HeartbeatAck.$Shape|null;
             *   notifyAdd?: natter.control.NotifyAdd.$Shape|null;
             *   notifyVerify?: natter.control.NotifyVerify.$Shape|null;
             *   notifyRemove?: natter.control.NotifyRemove.$Shape|null;
             *   notifyList?: natter.control.NotifyList.$Shape|null;
             *   notifyConfigure?: natter.control.NotifyConfigure.$Shape|null;
             *   notifySettings?: natter.control.NotifySettings.$Shape|null;
             *   notifyAdded?: natter.control.NotifyAdded.$Shape|null;
             *   notifyUnsubscribe?: natter.control.NotifyUnsubscribe.$Shape|null;
             *   extendedSend?: natter.control.ExtendedSend.$Shape|null;
             *   extendedQueued?: natter.control.ExtendedQueued.$Shape|null;
             *   deviceList?: natter.control.DeviceList.$Shape|null;
             *   deviceApprove?: natter.control.DeviceApprove.$Shape|null;
             *   deviceRemove?: natter.control.DeviceRemove.$Shape|null;
             *   deviceRename?: natter.control.DeviceRename.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "hello"; hello: natter.control.Hello.$Shape; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "error"; hello?: null; error: natter.control.Error.$Shape; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "ok"; hello?: null; error?: null; ok: natter.control.Ok.$Shape; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "register"; hello?: null; error?: null; ok?: null; register: natter.control.Register.$Shape; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "login"; hello?: null; error?: null; ok?: null; register?: null; login: natter.control.Login.$Shape; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "loginOk"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk: natter.control.LoginOk.$Shape; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "logout"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout: natter.control.Logout.$Shape; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "changePassword"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword: natter.control.ChangePassword.$Shape; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "deleteAccount"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount: natter.control.DeleteAccount.$Shape; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "stunCredentials"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials: natter.control.StunCredentials.$Shape; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "buddyAction"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction: natter.control.BuddyAction.$Shape; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "buddyList"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList: natter.control.BuddyList.$Shape; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "buddyEvent"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent: natter.control.BuddyEvent.$Shape; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "presenceUpdate"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate: natter.control.PresenceUpdate.$Shape; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "presencePush"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush: natter.control.PresencePush.$Shape; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "punchRequest"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest: natter.control.PunchRequest.$Shape; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "punchPlan"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan: natter.control.PunchPlan.$Shape; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "punchResult"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult: natter.control.PunchResult.$Shape; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "relay"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay: natter.control.RelayFrame.$Shape; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "offlineStore"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore: natter.control.OfflineStore.$Shape; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "offlineStored"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored: natter.control.OfflineStored.$Shape; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "offlineDeliver"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver: natter.control.OfflineDeliver.$Shape; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "offlineAck"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck: natter.control.OfflineAck.$Shape; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "heartbeat"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat: natter.control.Heartbeat.$Shape; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "heartbeatAck"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck: natter.control.HeartbeatAck.$Shape; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "notifyAdd"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd: natter.control.NotifyAdd.$Shape; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "notifyVerify"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify: natter.control.NotifyVerify.$Shape; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "notifyRemove"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove: natter.control.NotifyRemove.$Shape; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "notifyList"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList: natter.control.NotifyList.$Shape; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "notifyConfigure"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure: natter.control.NotifyConfigure.$Shape; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "notifySettings"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings: natter.control.NotifySettings.$Shape; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "notifyAdded"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded: natter.control.NotifyAdded.$Shape; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "notifyUnsubscribe"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe: natter.control.NotifyUnsubscribe.$Shape; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "extendedSend"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend: natter.control.ExtendedSend.$Shape; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "extendedQueued"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued: natter.control.ExtendedQueued.$Shape; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "deviceList"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList: natter.control.DeviceList.$Shape; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "deviceApprove"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove: natter.control.DeviceApprove.$Shape; deviceRemove?: null; deviceRename?: null }|{ body?: "deviceRemove"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove: natter.control.DeviceRemove.$Shape; deviceRename?: null }|{ body?: "deviceRename"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename: natter.control.DeviceRename.$Shape })
             * )} natter.control.ControlFrame.$Shape
             */

            /**
             * Constructs a new ControlFrame.
             * @memberof natter.control
             * @classdesc Represents a ControlFrame.
             * @constructor
             * @param {natter.control.ControlFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ControlFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ControlFrame requestId.
             * @member {number} requestId
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.requestId = 0;

            /**
             * ControlFrame hello.
             * @member {natter.control.Hello.$Properties|null|undefined} hello
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.hello = null;

            /**
             * ControlFrame error.
             * @member {natter.control.Error.$Properties|null|undefined} error
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.error = null;

            /**
             * ControlFrame ok.
             * @member {natter.control.Ok.$Properties|null|undefined} ok
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.ok = null;

            /**
             * ControlFrame register.
             * @member {natter.control.Register.$Properties|null|undefined} register
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.register = null;

            /**
             * ControlFrame login.
             * @member {natter.control.Login.$Properties|null|undefined} login
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.login = null;

            /**
             * ControlFrame loginOk.
             * @member {natter.control.LoginOk.$Properties|null|undefined} loginOk
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.loginOk = null;

            /**
             * ControlFrame logout.
             * @member {natter.control.Logout.$Properties|null|undefined} logout
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.logout = null;

            /**
             * ControlFrame changePassword.
             * @member {natter.control.ChangePassword.$Properties|null|undefined} changePassword
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.changePassword = null;

            /**
             * ControlFrame deleteAccount.
             * @member {natter.control.DeleteAccount.$Properties|null|undefined} deleteAccount
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.deleteAccount = null;

            /**
             * ControlFrame stunCredentials.
             * @member {natter.control.StunCredentials.$Properties|null|undefined} stunCredentials
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.stunCredentials = null;

            /**
             * ControlFrame buddyAction.
             * @member {natter.control.BuddyAction.$Properties|null|undefined} buddyAction
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.buddyAction = null;

            /**
             * ControlFrame buddyList.
             * @member {natter.control.BuddyList.$Properties|null|undefined} buddyList
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.buddyList = null;

            /**
             * ControlFrame buddyEvent.
             * @member {natter.control.BuddyEvent.$Properties|null|undefined} buddyEvent
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.buddyEvent = null;

            /**
             * ControlFrame presenceUpdate.
             * @member {natter.control.PresenceUpdate.$Properties|null|undefined} presenceUpdate
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.presenceUpdate = null;

            /**
             * ControlFrame presencePush.
             * @member {natter.control.PresencePush.$Properties|null|undefined} presencePush
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.presencePush = null;

            /**
             * ControlFrame punchRequest.
             * @member {natter.control.PunchRequest.$Properties|null|undefined} punchRequest
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.punchRequest = null;

            /**
             * ControlFrame punchPlan.
             * @member {natter.control.PunchPlan.$Properties|null|undefined} punchPlan
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.punchPlan = null;

            /**
             * ControlFrame punchResult.
             * @member {natter.control.PunchResult.$Properties|null|undefined} punchResult
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.punchResult = null;

            /**
             * ControlFrame relay.
             * @member {natter.control.RelayFrame.$Properties|null|undefined} relay
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.relay = null;

            /**
             * ControlFrame offlineStore.
             * @member {natter.control.OfflineStore.$Properties|null|undefined} offlineStore
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.offlineStore = null;

            /**
             * ControlFrame offlineStored.
             * @member {natter.control.OfflineStored.$Properties|null|undefined} offlineStored
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.offlineStored = null;

            /**
             * ControlFrame offlineDeliver.
             * @member {natter.control.OfflineDeliver.$Properties|null|undefined} offlineDeliver
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.offlineDeliver = null;

            /**
             * ControlFrame offlineAck.
             * @member {natter.control.OfflineAck.$Properties|null|undefined} offlineAck
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.offlineAck = null;

            /**
             * ControlFrame heartbeat.
             * @member {natter.control.Heartbeat.$Properties|null|undefined} heartbeat
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.heartbeat = null;

            /**
             * ControlFrame heartbeatAck.
             * @member {natter.control.HeartbeatAck.$Properties|null|undefined} heartbeatAck
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.heartbeatAck = null;

            /**
             * ControlFrame notifyAdd.
             * @member {natter.control.NotifyAdd.$Properties|null|undefined} notifyAdd
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.notifyAdd = null;

            /**
             * ControlFrame notifyVerify.
             * @member {natter.control.NotifyVerify.$Properties|null|undefined} notifyVerify
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.notifyVerify = null;

            /**
             * ControlFrame notifyRemove.
             * @member {natter.control.NotifyRemove.$Properties|null|undefined} notifyRemove
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.notifyRemove = null;

            /**
             * ControlFrame notifyList.
             * @member {natter.control.NotifyList.$Properties|null|undefined} notifyList
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.notifyList = null;

            /**
             * ControlFrame notifyConfigure.
             * @member {natter.control.NotifyConfigure.$Properties|null|undefined} notifyConfigure
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.notifyConfigure = null;

            /**
             * ControlFrame notifySettings.
             * @member {natter.control.NotifySettings.$Properties|null|undefined} notifySettings
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.notifySettings = null;

            /**
             * ControlFrame notifyAdded.
             * @member {natter.control.NotifyAdded.$Properties|null|undefined} notifyAdded
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.notifyAdded = null;

            /**
             * ControlFrame notifyUnsubscribe.
             * @member {natter.control.NotifyUnsubscribe.$Properties|null|undefined} notifyUnsubscribe
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.notifyUnsubscribe = null;

            /**
             * ControlFrame extendedSend.
             * @member {natter.control.ExtendedSend.$Properties|null|undefined} extendedSend
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.extendedSend = null;

            /**
             * ControlFrame extendedQueued.
             * @member {natter.control.ExtendedQueued.$Properties|null|undefined} extendedQueued
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.extendedQueued = null;

            /**
             * ControlFrame deviceList.
             * @member {natter.control.DeviceList.$Properties|null|undefined} deviceList
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.deviceList = null;

            /**
             * ControlFrame deviceApprove.
             * @member {natter.control.DeviceApprove.$Properties|null|undefined} deviceApprove
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.deviceApprove = null;

            /**
             * ControlFrame deviceRemove.
             * @member {natter.control.DeviceRemove.$Properties|null|undefined} deviceRemove
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.deviceRemove = null;

            /**
             * ControlFrame deviceRename.
             * @member {natter.control.DeviceRename.$Properties|null|undefined} deviceRename
             * @memberof natter.control.ControlFrame
             * @instance
             */
            ControlFrame.prototype.deviceRename = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ControlFrame body.
             * @member {"hello"|"error"|"ok"|"register"|"login"|"loginOk"|"logout"|"changePassword"|"deleteAccount"|"stunCredentials"|"buddyAction"|"buddyList"|"buddyEvent"|"presenceUpdate"|"presencePush"|"punchRequest"|"punchPlan"|"punchResult"|"relay"|"offlineStore"|"offlineStored"|"offlineDeliver"|"offlineAck"|"heartbeat"|"heartbeatAck"|"notifyAdd"|"notifyVerify"|"notifyRemove"|"notifyList"|"notifyConfigure"|"notifySettings"|"notifyAdded"|"notifyUnsubscribe"|"extendedSend"|"extendedQueued"|"deviceList"|"deviceApprove"|"deviceRemove"|"deviceRename"|undefined} body
             * @memberof natter.control.ControlFrame
             * @instance
             */
            $Object.defineProperty(ControlFrame.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "error", "ok", "register", "login", "loginOk", "logout", "changePassword", "deleteAccount", "stunCredentials", "buddyAction", "buddyList", "buddyEvent", "presenceUpdate", "presencePush", "punchRequest", "punchPlan", "punchResult", "relay", "offlineStore", "offlineStored", "offlineDeliver", "offlineAck", "heartbeat", "heartbeatAck", "notifyAdd", "notifyVerify", "notifyRemove", "notifyList", "notifyConfigure", "notifySettings", "notifyAdded", "notifyUnsubscribe", "extendedSend", "extendedQueued", "deviceList", "deviceApprove", "deviceRemove", "deviceRename"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ControlFrame instance using the specified properties.
             * @function create
             * @memberof natter.control.ControlFrame
             * @static
             * @param {natter.control.ControlFrame.$Properties=} [properties] Properties to set
             * @returns {natter.control.ControlFrame} ControlFrame instance
             * @type {{
             *   (properties: natter.control.ControlFrame.$Shape): natter.control.ControlFrame & natter.control.ControlFrame.$Shape;
             *   (properties?: natter.control.ControlFrame.$Properties): natter.control.ControlFrame;
             * }}
             */
            ControlFrame.create = function(properties) {
                return new ControlFrame(properties);
            };

            /**
             * Encodes the specified ControlFrame message. Does not implicitly {@link natter.control.ControlFrame.verify|verify} messages.
             * @function encode
             * @memberof natter.control.ControlFrame
             * @static
             * @param {natter.control.ControlFrame.$Properties} message ControlFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ControlFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.requestId);
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.natter.control.Hello.encode(message.hello, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.natter.control.Error.encode(message.error, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    $root.natter.control.Ok.encode(message.ok, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.register != null && $Object.hasOwnProperty.call(message, "register"))
                    $root.natter.control.Register.encode(message.register, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.login != null && $Object.hasOwnProperty.call(message, "login"))
                    $root.natter.control.Login.encode(message.login, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.loginOk != null && $Object.hasOwnProperty.call(message, "loginOk"))
                    $root.natter.control.LoginOk.encode(message.loginOk, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.logout != null && $Object.hasOwnProperty.call(message, "logout"))
                    $root.natter.control.Logout.encode(message.logout, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.changePassword != null && $Object.hasOwnProperty.call(message, "changePassword"))
                    $root.natter.control.ChangePassword.encode(message.changePassword, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.deleteAccount != null && $Object.hasOwnProperty.call(message, "deleteAccount"))
                    $root.natter.control.DeleteAccount.encode(message.deleteAccount, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.stunCredentials != null && $Object.hasOwnProperty.call(message, "stunCredentials"))
                    $root.natter.control.StunCredentials.encode(message.stunCredentials, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.buddyAction != null && $Object.hasOwnProperty.call(message, "buddyAction"))
                    $root.natter.control.BuddyAction.encode(message.buddyAction, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.buddyList != null && $Object.hasOwnProperty.call(message, "buddyList"))
                    $root.natter.control.BuddyList.encode(message.buddyList, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.buddyEvent != null && $Object.hasOwnProperty.call(message, "buddyEvent"))
                    $root.natter.control.BuddyEvent.encode(message.buddyEvent, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.presenceUpdate != null && $Object.hasOwnProperty.call(message, "presenceUpdate"))
                    $root.natter.control.PresenceUpdate.encode(message.presenceUpdate, writer.uint32(/* id 30, wireType 2 =*/242).fork(), _depth + 1).ldelim();
                if (message.presencePush != null && $Object.hasOwnProperty.call(message, "presencePush"))
                    $root.natter.control.PresencePush.encode(message.presencePush, writer.uint32(/* id 31, wireType 2 =*/250).fork(), _depth + 1).ldelim();
                if (message.punchRequest != null && $Object.hasOwnProperty.call(message, "punchRequest"))
                    $root.natter.control.PunchRequest.encode(message.punchRequest, writer.uint32(/* id 40, wireType 2 =*/322).fork(), _depth + 1).ldelim();
                if (message.punchPlan != null && $Object.hasOwnProperty.call(message, "punchPlan"))
                    $root.natter.control.PunchPlan.encode(message.punchPlan, writer.uint32(/* id 41, wireType 2 =*/330).fork(), _depth + 1).ldelim();
                if (message.punchResult != null && $Object.hasOwnProperty.call(message, "punchResult"))
                    $root.natter.control.PunchResult.encode(message.punchResult, writer.uint32(/* id 42, wireType 2 =*/338).fork(), _depth + 1).ldelim();
                if (message.relay != null && $Object.hasOwnProperty.call(message, "relay"))
                    $root.natter.control.RelayFrame.encode(message.relay, writer.uint32(/* id 50, wireType 2 =*/402).fork(), _depth + 1).ldelim();
                if (message.offlineStore != null && $Object.hasOwnProperty.call(message, "offlineStore"))
                    $root.natter.control.OfflineStore.encode(message.offlineStore, writer.uint32(/* id 60, wireType 2 =*/482).fork(), _depth + 1).ldelim();
                if (message.offlineStored != null && $Object.hasOwnProperty.call(message, "offlineStored"))
                    $root.natter.control.OfflineStored.encode(message.offlineStored, writer.uint32(/* id 61, wireType 2 =*/490).fork(), _depth + 1).ldelim();
                if (message.offlineDeliver != null && $Object.hasOwnProperty.call(message, "offlineDeliver"))
                    $root.natter.control.OfflineDeliver.encode(message.offlineDeliver, writer.uint32(/* id 62, wireType 2 =*/498).fork(), _depth + 1).ldelim();
                if (message.offlineAck != null && $Object.hasOwnProperty.call(message, "offlineAck"))
                    $root.natter.control.OfflineAck.encode(message.offlineAck, writer.uint32(/* id 63, wireType 2 =*/506).fork(), _depth + 1).ldelim();
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat"))
                    $root.natter.control.Heartbeat.encode(message.heartbeat, writer.uint32(/* id 70, wireType 2 =*/562).fork(), _depth + 1).ldelim();
                if (message.heartbeatAck != null && $Object.hasOwnProperty.call(message, "heartbeatAck"))
                    $root.natter.control.HeartbeatAck.encode(message.heartbeatAck, writer.uint32(/* id 71, wireType 2 =*/570).fork(), _depth + 1).ldelim();
                if (message.notifyAdd != null && $Object.hasOwnProperty.call(message, "notifyAdd"))
                    $root.natter.control.NotifyAdd.encode(message.notifyAdd, writer.uint32(/* id 80, wireType 2 =*/642).fork(), _depth + 1).ldelim();
                if (message.notifyVerify != null && $Object.hasOwnProperty.call(message, "notifyVerify"))
                    $root.natter.control.NotifyVerify.encode(message.notifyVerify, writer.uint32(/* id 81, wireType 2 =*/650).fork(), _depth + 1).ldelim();
                if (message.notifyRemove != null && $Object.hasOwnProperty.call(message, "notifyRemove"))
                    $root.natter.control.NotifyRemove.encode(message.notifyRemove, writer.uint32(/* id 82, wireType 2 =*/658).fork(), _depth + 1).ldelim();
                if (message.notifyList != null && $Object.hasOwnProperty.call(message, "notifyList"))
                    $root.natter.control.NotifyList.encode(message.notifyList, writer.uint32(/* id 83, wireType 2 =*/666).fork(), _depth + 1).ldelim();
                if (message.notifyConfigure != null && $Object.hasOwnProperty.call(message, "notifyConfigure"))
                    $root.natter.control.NotifyConfigure.encode(message.notifyConfigure, writer.uint32(/* id 84, wireType 2 =*/674).fork(), _depth + 1).ldelim();
                if (message.notifySettings != null && $Object.hasOwnProperty.call(message, "notifySettings"))
                    $root.natter.control.NotifySettings.encode(message.notifySettings, writer.uint32(/* id 85, wireType 2 =*/682).fork(), _depth + 1).ldelim();
                if (message.notifyAdded != null && $Object.hasOwnProperty.call(message, "notifyAdded"))
                    $root.natter.control.NotifyAdded.encode(message.notifyAdded, writer.uint32(/* id 86, wireType 2 =*/690).fork(), _depth + 1).ldelim();
                if (message.notifyUnsubscribe != null && $Object.hasOwnProperty.call(message, "notifyUnsubscribe"))
                    $root.natter.control.NotifyUnsubscribe.encode(message.notifyUnsubscribe, writer.uint32(/* id 87, wireType 2 =*/698).fork(), _depth + 1).ldelim();
                if (message.extendedSend != null && $Object.hasOwnProperty.call(message, "extendedSend"))
                    $root.natter.control.ExtendedSend.encode(message.extendedSend, writer.uint32(/* id 88, wireType 2 =*/706).fork(), _depth + 1).ldelim();
                if (message.extendedQueued != null && $Object.hasOwnProperty.call(message, "extendedQueued"))
                    $root.natter.control.ExtendedQueued.encode(message.extendedQueued, writer.uint32(/* id 89, wireType 2 =*/714).fork(), _depth + 1).ldelim();
                if (message.deviceList != null && $Object.hasOwnProperty.call(message, "deviceList"))
                    $root.natter.control.DeviceList.encode(message.deviceList, writer.uint32(/* id 90, wireType 2 =*/722).fork(), _depth + 1).ldelim();
                if (message.deviceApprove != null && $Object.hasOwnProperty.call(message, "deviceApprove"))
                    $root.natter.control.DeviceApprove.encode(message.deviceApprove, writer.uint32(/* id 91, wireType 2 =*/730).fork(), _depth + 1).ldelim();
                if (message.deviceRemove != null && $Object.hasOwnProperty.call(message, "deviceRemove"))
                    $root.natter.control.DeviceRemove.encode(message.deviceRemove, writer.uint32(/* id 92, wireType 2 =*/738).fork(), _depth + 1).ldelim();
                if (message.deviceRename != null && $Object.hasOwnProperty.call(message, "deviceRename"))
                    $root.natter.control.DeviceRename.encode(message.deviceRename, writer.uint32(/* id 93, wireType 2 =*/746).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ControlFrame message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.ControlFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.ControlFrame & natter.control.ControlFrame.$Shape} ControlFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ControlFrame.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.ControlFrame();
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
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.hello = $root.natter.control.Hello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                            message.body = "hello";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.natter.control.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.body = "error";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.ok = $root.natter.control.Ok.decode(reader, reader.size(), $undefined, _depth + 1, message.ok);
                            message.body = "ok";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.register = $root.natter.control.Register.decode(reader, reader.size(), $undefined, _depth + 1, message.register);
                            message.body = "register";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.login = $root.natter.control.Login.decode(reader, reader.size(), $undefined, _depth + 1, message.login);
                            message.body = "login";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.loginOk = $root.natter.control.LoginOk.decode(reader, reader.size(), $undefined, _depth + 1, message.loginOk);
                            message.body = "loginOk";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.logout = $root.natter.control.Logout.decode(reader, reader.size(), $undefined, _depth + 1, message.logout);
                            message.body = "logout";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.changePassword = $root.natter.control.ChangePassword.decode(reader, reader.size(), $undefined, _depth + 1, message.changePassword);
                            message.body = "changePassword";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.deleteAccount = $root.natter.control.DeleteAccount.decode(reader, reader.size(), $undefined, _depth + 1, message.deleteAccount);
                            message.body = "deleteAccount";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.stunCredentials = $root.natter.control.StunCredentials.decode(reader, reader.size(), $undefined, _depth + 1, message.stunCredentials);
                            message.body = "stunCredentials";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.buddyAction = $root.natter.control.BuddyAction.decode(reader, reader.size(), $undefined, _depth + 1, message.buddyAction);
                            message.body = "buddyAction";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.buddyList = $root.natter.control.BuddyList.decode(reader, reader.size(), $undefined, _depth + 1, message.buddyList);
                            message.body = "buddyList";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.buddyEvent = $root.natter.control.BuddyEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.buddyEvent);
                            message.body = "buddyEvent";
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            message.presenceUpdate = $root.natter.control.PresenceUpdate.decode(reader, reader.size(), $undefined, _depth + 1, message.presenceUpdate);
                            message.body = "presenceUpdate";
                            continue;
                        }
                    case 31: {
                            if (wireType !== 2)
                                break;
                            message.presencePush = $root.natter.control.PresencePush.decode(reader, reader.size(), $undefined, _depth + 1, message.presencePush);
                            message.body = "presencePush";
                            continue;
                        }
                    case 40: {
                            if (wireType !== 2)
                                break;
                            message.punchRequest = $root.natter.control.PunchRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.punchRequest);
                            message.body = "punchRequest";
                            continue;
                        }
                    case 41: {
                            if (wireType !== 2)
                                break;
                            message.punchPlan = $root.natter.control.PunchPlan.decode(reader, reader.size(), $undefined, _depth + 1, message.punchPlan);
                            message.body = "punchPlan";
                            continue;
                        }
                    case 42: {
                            if (wireType !== 2)
                                break;
                            message.punchResult = $root.natter.control.PunchResult.decode(reader, reader.size(), $undefined, _depth + 1, message.punchResult);
                            message.body = "punchResult";
                            continue;
                        }
                    case 50: {
                            if (wireType !== 2)
                                break;
                            message.relay = $root.natter.control.RelayFrame.decode(reader, reader.size(), $undefined, _depth + 1, message.relay);
                            message.body = "relay";
                            continue;
                        }
                    case 60: {
                            if (wireType !== 2)
                                break;
                            message.offlineStore = $root.natter.control.OfflineStore.decode(reader, reader.size(), $undefined, _depth + 1, message.offlineStore);
                            message.body = "offlineStore";
                            continue;
                        }
                    case 61: {
                            if (wireType !== 2)
                                break;
                            message.offlineStored = $root.natter.control.OfflineStored.decode(reader, reader.size(), $undefined, _depth + 1, message.offlineStored);
                            message.body = "offlineStored";
                            continue;
                        }
                    case 62: {
                            if (wireType !== 2)
                                break;
                            message.offlineDeliver = $root.natter.control.OfflineDeliver.decode(reader, reader.size(), $undefined, _depth + 1, message.offlineDeliver);
                            message.body = "offlineDeliver";
                            continue;
                        }
                    case 63: {
                            if (wireType !== 2)
                                break;
                            message.offlineAck = $root.natter.control.OfflineAck.decode(reader, reader.size(), $undefined, _depth + 1, message.offlineAck);
                            message.body = "offlineAck";
                            continue;
                        }
                    case 70: {
                            if (wireType !== 2)
                                break;
                            message.heartbeat = $root.natter.control.Heartbeat.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeat);
                            message.body = "heartbeat";
                            continue;
                        }
                    case 71: {
                            if (wireType !== 2)
                                break;
                            message.heartbeatAck = $root.natter.control.HeartbeatAck.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeatAck);
                            message.body = "heartbeatAck";
                            continue;
                        }
                    case 80: {
                            if (wireType !== 2)
                                break;
                            message.notifyAdd = $root.natter.control.NotifyAdd.decode(reader, reader.size(), $undefined, _depth + 1, message.notifyAdd);
                            message.body = "notifyAdd";
                            continue;
                        }
                    case 81: {
                            if (wireType !== 2)
                                break;
                            message.notifyVerify = $root.natter.control.NotifyVerify.decode(reader, reader.size(), $undefined, _depth + 1, message.notifyVerify);
                            message.body = "notifyVerify";
                            continue;
                        }
                    case 82: {
                            if (wireType !== 2)
                                break;
                            message.notifyRemove = $root.natter.control.NotifyRemove.decode(reader, reader.size(), $undefined, _depth + 1, message.notifyRemove);
                            message.body = "notifyRemove";
                            continue;
                        }
                    case 83: {
                            if (wireType !== 2)
                                break;
                            message.notifyList = $root.natter.control.NotifyList.decode(reader, reader.size(), $undefined, _depth + 1, message.notifyList);
                            message.body = "notifyList";
                            continue;
                        }
                    case 84: {
                            if (wireType !== 2)
                                break;
                            message.notifyConfigure = $root.natter.control.NotifyConfigure.decode(reader, reader.size(), $undefined, _depth + 1, message.notifyConfigure);
                            message.body = "notifyConfigure";
                            continue;
                        }
                    case 85: {
                            if (wireType !== 2)
                                break;
                            message.notifySettings = $root.natter.control.NotifySettings.decode(reader, reader.size(), $undefined, _depth + 1, message.notifySettings);
                            message.body = "notifySettings";
                            continue;
                        }
                    case 86: {
                            if (wireType !== 2)
                                break;
                            message.notifyAdded = $root.natter.control.NotifyAdded.decode(reader, reader.size(), $undefined, _depth + 1, message.notifyAdded);
                            message.body = "notifyAdded";
                            continue;
                        }
                    case 87: {
                            if (wireType !== 2)
                                break;
                            message.notifyUnsubscribe = $root.natter.control.NotifyUnsubscribe.decode(reader, reader.size(), $undefined, _depth + 1, message.notifyUnsubscribe);
                            message.body = "notifyUnsubscribe";
                            continue;
                        }
                    case 88: {
                            if (wireType !== 2)
                                break;
                            message.extendedSend = $root.natter.control.ExtendedSend.decode(reader, reader.size(), $undefined, _depth + 1, message.extendedSend);
                            message.body = "extendedSend";
                            continue;
                        }
                    case 89: {
                            if (wireType !== 2)
                                break;
                            message.extendedQueued = $root.natter.control.ExtendedQueued.decode(reader, reader.size(), $undefined, _depth + 1, message.extendedQueued);
                            message.body = "extendedQueued";
                            continue;
                        }
                    case 90: {
                            if (wireType !== 2)
                                break;
                            message.deviceList = $root.natter.control.DeviceList.decode(reader, reader.size(), $undefined, _depth + 1, message.deviceList);
                            message.body = "deviceList";
                            continue;
                        }
                    case 91: {
                            if (wireType !== 2)
                                break;
                            message.deviceApprove = $root.natter.control.DeviceApprove.decode(reader, reader.size(), $undefined, _depth + 1, message.deviceApprove);
                            message.body = "deviceApprove";
                            continue;
                        }
                    case 92: {
                            if (wireType !== 2)
                                break;
                            message.deviceRemove = $root.natter.control.DeviceRemove.decode(reader, reader.size(), $undefined, _depth + 1, message.deviceRemove);
                            message.body = "deviceRemove";
                            continue;
                        }
                    case 93: {
                            if (wireType !== 2)
                                break;
                            message.deviceRename = $root.natter.control.DeviceRename.decode(reader, reader.size(), $undefined, _depth + 1, message.deviceRename);
                            message.body = "deviceRename";
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

            return ControlFrame;
        })();

        control.Hello = (function() {

            /**
             * Properties of a Hello.
             * @typedef {Object} natter.control.Hello.$Properties
             * @property {number|null} [protocolVersion] Hello protocolVersion
             * @property {string|null} [software] Hello software
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Hello.
             * @memberof natter.control
             * @interface IHello
             * @augments natter.control.Hello.$Properties
             * @deprecated Use natter.control.Hello.$Properties instead.
             */

            /**
             * Shape of a Hello.
             * @typedef {natter.control.Hello.$Properties} natter.control.Hello.$Shape
             */

            /**
             * Constructs a new Hello.
             * @memberof natter.control
             * @classdesc Represents a Hello.
             * @constructor
             * @param {natter.control.Hello.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Hello = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Hello protocolVersion.
             * @member {number} protocolVersion
             * @memberof natter.control.Hello
             * @instance
             */
            Hello.prototype.protocolVersion = 0;

            /**
             * Hello software.
             * @member {string} software
             * @memberof natter.control.Hello
             * @instance
             */
            Hello.prototype.software = "";

            /**
             * Creates a new Hello instance using the specified properties.
             * @function create
             * @memberof natter.control.Hello
             * @static
             * @param {natter.control.Hello.$Properties=} [properties] Properties to set
             * @returns {natter.control.Hello} Hello instance
             * @type {{
             *   (properties: natter.control.Hello.$Shape): natter.control.Hello & natter.control.Hello.$Shape;
             *   (properties?: natter.control.Hello.$Properties): natter.control.Hello;
             * }}
             */
            Hello.create = function(properties) {
                return new Hello(properties);
            };

            /**
             * Encodes the specified Hello message. Does not implicitly {@link natter.control.Hello.verify|verify} messages.
             * @function encode
             * @memberof natter.control.Hello
             * @static
             * @param {natter.control.Hello.$Properties} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.software != null && $Object.hasOwnProperty.call(message, "software") && message.software !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.software);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.Hello & natter.control.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.Hello();
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
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.software = value;
                            else
                                delete message.software;
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

            return Hello;
        })();

        control.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} natter.control.Error.$Properties
             * @property {string|null} [code] Error code
             * @property {string|null} [message] Error message
             * @property {number|null} [retryAfterMs] Error retryAfterMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof natter.control
             * @interface IError
             * @augments natter.control.Error.$Properties
             * @deprecated Use natter.control.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {natter.control.Error.$Properties} natter.control.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof natter.control
             * @classdesc Represents an Error.
             * @constructor
             * @param {natter.control.Error.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Error code.
             * @member {string} code
             * @memberof natter.control.Error
             * @instance
             */
            Error.prototype.code = "";

            /**
             * Error message.
             * @member {string} message
             * @memberof natter.control.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Error retryAfterMs.
             * @member {number} retryAfterMs
             * @memberof natter.control.Error
             * @instance
             */
            Error.prototype.retryAfterMs = 0;

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof natter.control.Error
             * @static
             * @param {natter.control.Error.$Properties=} [properties] Properties to set
             * @returns {natter.control.Error} Error instance
             * @type {{
             *   (properties: natter.control.Error.$Shape): natter.control.Error & natter.control.Error.$Shape;
             *   (properties?: natter.control.Error.$Properties): natter.control.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link natter.control.Error.verify|verify} messages.
             * @function encode
             * @memberof natter.control.Error
             * @static
             * @param {natter.control.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs") && message.retryAfterMs !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.retryAfterMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.Error & natter.control.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.Error();
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
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
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

            return Error;
        })();

        control.Ok = (function() {

            /**
             * Properties of an Ok.
             * @typedef {Object} natter.control.Ok.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ok.
             * @memberof natter.control
             * @interface IOk
             * @augments natter.control.Ok.$Properties
             * @deprecated Use natter.control.Ok.$Properties instead.
             */

            /**
             * Shape of an Ok.
             * @typedef {natter.control.Ok.$Properties} natter.control.Ok.$Shape
             */

            /**
             * Constructs a new Ok.
             * @memberof natter.control
             * @classdesc Represents an Ok.
             * @constructor
             * @param {natter.control.Ok.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ok = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new Ok instance using the specified properties.
             * @function create
             * @memberof natter.control.Ok
             * @static
             * @param {natter.control.Ok.$Properties=} [properties] Properties to set
             * @returns {natter.control.Ok} Ok instance
             * @type {{
             *   (properties: natter.control.Ok.$Shape): natter.control.Ok & natter.control.Ok.$Shape;
             *   (properties?: natter.control.Ok.$Properties): natter.control.Ok;
             * }}
             */
            Ok.create = function(properties) {
                return new Ok(properties);
            };

            /**
             * Encodes the specified Ok message. Does not implicitly {@link natter.control.Ok.verify|verify} messages.
             * @function encode
             * @memberof natter.control.Ok
             * @static
             * @param {natter.control.Ok.$Properties} message Ok message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ok.encode = function (message, writer, _depth) {
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
             * Decodes an Ok message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.Ok
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.Ok & natter.control.Ok.$Shape} Ok
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ok.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.Ok();
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

            return Ok;
        })();

        control.Register = (function() {

            /**
             * Properties of a Register.
             * @typedef {Object} natter.control.Register.$Properties
             * @property {string|null} [username] Register username
             * @property {string|null} [password] Register password
             * @property {Uint8Array|null} [identityKey] Register identityKey
             * @property {Uint8Array|null} [deviceId] Register deviceId
             * @property {string|null} [deviceName] Register deviceName
             * @property {natter.control.DeviceCertificate.$Properties|null} [certificate] Register certificate
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Register.
             * @memberof natter.control
             * @interface IRegister
             * @augments natter.control.Register.$Properties
             * @deprecated Use natter.control.Register.$Properties instead.
             */

            /**
             * Shape of a Register.
             * @typedef {natter.control.Register.$Properties} natter.control.Register.$Shape
             */

            /**
             * Constructs a new Register.
             * @memberof natter.control
             * @classdesc Represents a Register.
             * @constructor
             * @param {natter.control.Register.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Register = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Register username.
             * @member {string} username
             * @memberof natter.control.Register
             * @instance
             */
            Register.prototype.username = "";

            /**
             * Register password.
             * @member {string} password
             * @memberof natter.control.Register
             * @instance
             */
            Register.prototype.password = "";

            /**
             * Register identityKey.
             * @member {Uint8Array} identityKey
             * @memberof natter.control.Register
             * @instance
             */
            Register.prototype.identityKey = $util.newBuffer([]);

            /**
             * Register deviceId.
             * @member {Uint8Array} deviceId
             * @memberof natter.control.Register
             * @instance
             */
            Register.prototype.deviceId = $util.newBuffer([]);

            /**
             * Register deviceName.
             * @member {string} deviceName
             * @memberof natter.control.Register
             * @instance
             */
            Register.prototype.deviceName = "";

            /**
             * Register certificate.
             * @member {natter.control.DeviceCertificate.$Properties|null|undefined} certificate
             * @memberof natter.control.Register
             * @instance
             */
            Register.prototype.certificate = null;

            /**
             * Creates a new Register instance using the specified properties.
             * @function create
             * @memberof natter.control.Register
             * @static
             * @param {natter.control.Register.$Properties=} [properties] Properties to set
             * @returns {natter.control.Register} Register instance
             * @type {{
             *   (properties: natter.control.Register.$Shape): natter.control.Register & natter.control.Register.$Shape;
             *   (properties?: natter.control.Register.$Properties): natter.control.Register;
             * }}
             */
            Register.create = function(properties) {
                return new Register(properties);
            };

            /**
             * Encodes the specified Register message. Does not implicitly {@link natter.control.Register.verify|verify} messages.
             * @function encode
             * @memberof natter.control.Register
             * @static
             * @param {natter.control.Register.$Properties} message Register message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Register.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.username != null && $Object.hasOwnProperty.call(message, "username") && message.username !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.username);
                if (message.password != null && $Object.hasOwnProperty.call(message, "password") && message.password !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.password);
                if (message.identityKey != null && $Object.hasOwnProperty.call(message, "identityKey") && message.identityKey.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.identityKey);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.deviceId);
                if (message.deviceName != null && $Object.hasOwnProperty.call(message, "deviceName") && message.deviceName !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.deviceName);
                if (message.certificate != null && $Object.hasOwnProperty.call(message, "certificate"))
                    $root.natter.control.DeviceCertificate.encode(message.certificate, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Register message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.Register
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.Register & natter.control.Register.$Shape} Register
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Register.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.Register();
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
                                message.username = value;
                            else
                                delete message.username;
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
                            if ((value = reader.bytes()).length)
                                message.identityKey = value;
                            else
                                delete message.identityKey;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceName = value;
                            else
                                delete message.deviceName;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.certificate = $root.natter.control.DeviceCertificate.decode(reader, reader.size(), $undefined, _depth + 1, message.certificate);
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

            return Register;
        })();

        control.Login = (function() {

            /**
             * Properties of a Login.
             * @typedef {Object} natter.control.Login.$Properties
             * @property {string|null} [username] Login username
             * @property {string|null} [password] Login password
             * @property {Uint8Array|null} [resumeToken] Login resumeToken
             * @property {string|null} [siteToken] Login siteToken
             * @property {string|null} [clientVersion] Login clientVersion
             * @property {Uint8Array|null} [identityKey] Login identityKey
             * @property {Uint8Array|null} [deviceId] Login deviceId
             * @property {string|null} [deviceName] Login deviceName
             * @property {natter.control.DeviceCertificate.$Properties|null} [certificate] Login certificate
             * @property {boolean|null} [newIdentity] Login newIdentity
             * @property {"password"|"resumeToken"|"siteToken"} [credential] Login credential
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Login.
             * @memberof natter.control
             * @interface ILogin
             * @augments natter.control.Login.$Properties
             * @deprecated Use natter.control.Login.$Properties instead.
             */

            /**
             * Narrowed shape of a Login.
             * @typedef {{
             *   username?: string|null;
             *   password?: string|null;
             *   resumeToken?: Uint8Array|null;
             *   siteToken?: string|null;
             *   clientVersion?: string|null;
             *   identityKey?: Uint8Array|null;
             *   deviceId?: Uint8Array|null;
             *   deviceName?: string|null;
             *   certificate?: natter.control.DeviceCertificate.$Shape|null;
             *   newIdentity?: boolean|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ credential?: undefined; password?: null; resumeToken?: null; siteToken?: null }|{ credential?: "password"; password: string; resumeToken?: null; siteToken?: null }|{ credential?: "resumeToken"; password?: null; resumeToken: Uint8Array; siteToken?: null }|{ credential?: "siteToken"; password?: null; resumeToken?: null; siteToken: string })
             * )} natter.control.Login.$Shape
             */

            /**
             * Constructs a new Login.
             * @memberof natter.control
             * @classdesc Represents a Login.
             * @constructor
             * @param {natter.control.Login.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Login = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Login username.
             * @member {string} username
             * @memberof natter.control.Login
             * @instance
             */
            Login.prototype.username = "";

            /**
             * Login password.
             * @member {string|null|undefined} password
             * @memberof natter.control.Login
             * @instance
             */
            Login.prototype.password = null;

            /**
             * Login resumeToken.
             * @member {Uint8Array|null|undefined} resumeToken
             * @memberof natter.control.Login
             * @instance
             */
            Login.prototype.resumeToken = null;

            /**
             * Login siteToken.
             * @member {string|null|undefined} siteToken
             * @memberof natter.control.Login
             * @instance
             */
            Login.prototype.siteToken = null;

            /**
             * Login clientVersion.
             * @member {string} clientVersion
             * @memberof natter.control.Login
             * @instance
             */
            Login.prototype.clientVersion = "";

            /**
             * Login identityKey.
             * @member {Uint8Array} identityKey
             * @memberof natter.control.Login
             * @instance
             */
            Login.prototype.identityKey = $util.newBuffer([]);

            /**
             * Login deviceId.
             * @member {Uint8Array} deviceId
             * @memberof natter.control.Login
             * @instance
             */
            Login.prototype.deviceId = $util.newBuffer([]);

            /**
             * Login deviceName.
             * @member {string} deviceName
             * @memberof natter.control.Login
             * @instance
             */
            Login.prototype.deviceName = "";

            /**
             * Login certificate.
             * @member {natter.control.DeviceCertificate.$Properties|null|undefined} certificate
             * @memberof natter.control.Login
             * @instance
             */
            Login.prototype.certificate = null;

            /**
             * Login newIdentity.
             * @member {boolean} newIdentity
             * @memberof natter.control.Login
             * @instance
             */
            Login.prototype.newIdentity = false;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Login credential.
             * @member {"password"|"resumeToken"|"siteToken"|undefined} credential
             * @memberof natter.control.Login
             * @instance
             */
            $Object.defineProperty(Login.prototype, "credential", {
                get: $util.oneOfGetter($oneOfFields = ["password", "resumeToken", "siteToken"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Login instance using the specified properties.
             * @function create
             * @memberof natter.control.Login
             * @static
             * @param {natter.control.Login.$Properties=} [properties] Properties to set
             * @returns {natter.control.Login} Login instance
             * @type {{
             *   (properties: natter.control.Login.$Shape): natter.control.Login & natter.control.Login.$Shape;
             *   (properties?: natter.control.Login.$Properties): natter.control.Login;
             * }}
             */
            Login.create = function(properties) {
                return new Login(properties);
            };

            /**
             * Encodes the specified Login message. Does not implicitly {@link natter.control.Login.verify|verify} messages.
             * @function encode
             * @memberof natter.control.Login
             * @static
             * @param {natter.control.Login.$Properties} message Login message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Login.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.username != null && $Object.hasOwnProperty.call(message, "username") && message.username !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.username);
                if (message.password != null && $Object.hasOwnProperty.call(message, "password"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.password);
                if (message.resumeToken != null && $Object.hasOwnProperty.call(message, "resumeToken"))
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.resumeToken);
                if (message.clientVersion != null && $Object.hasOwnProperty.call(message, "clientVersion") && message.clientVersion !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.clientVersion);
                if (message.identityKey != null && $Object.hasOwnProperty.call(message, "identityKey") && message.identityKey.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.identityKey);
                if (message.siteToken != null && $Object.hasOwnProperty.call(message, "siteToken"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.siteToken);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.deviceId);
                if (message.deviceName != null && $Object.hasOwnProperty.call(message, "deviceName") && message.deviceName !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.deviceName);
                if (message.certificate != null && $Object.hasOwnProperty.call(message, "certificate"))
                    $root.natter.control.DeviceCertificate.encode(message.certificate, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.newIdentity != null && $Object.hasOwnProperty.call(message, "newIdentity") && message.newIdentity !== false)
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.newIdentity);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Login message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.Login
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.Login & natter.control.Login.$Shape} Login
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Login.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.Login();
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
                                message.username = value;
                            else
                                delete message.username;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.password = reader.stringVerify();
                            message.credential = "password";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.resumeToken = reader.bytes();
                            message.credential = "resumeToken";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.siteToken = reader.stringVerify();
                            message.credential = "siteToken";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientVersion = value;
                            else
                                delete message.clientVersion;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.identityKey = value;
                            else
                                delete message.identityKey;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceName = value;
                            else
                                delete message.deviceName;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.certificate = $root.natter.control.DeviceCertificate.decode(reader, reader.size(), $undefined, _depth + 1, message.certificate);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.newIdentity = value;
                            else
                                delete message.newIdentity;
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

            return Login;
        })();

        control.LoginOk = (function() {

            /**
             * Properties of a LoginOk.
             * @typedef {Object} natter.control.LoginOk.$Properties
             * @property {string|null} [username] LoginOk username
             * @property {Uint8Array|null} [resumeToken] LoginOk resumeToken
             * @property {number|null} [resumeTokenExpiresMs] LoginOk resumeTokenExpiresMs
             * @property {natter.control.StunCredentials.$Properties|null} [stun] LoginOk stun
             * @property {number|null} [serverTimeMs] LoginOk serverTimeMs
             * @property {natter.control.RelayBudget.$Properties|null} [relayBudget] LoginOk relayBudget
             * @property {Uint8Array|null} [deviceId] LoginOk deviceId
             * @property {natter.control.DeviceState|null} [deviceState] LoginOk deviceState
             * @property {string|null} [linkCode] LoginOk linkCode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LoginOk.
             * @memberof natter.control
             * @interface ILoginOk
             * @augments natter.control.LoginOk.$Properties
             * @deprecated Use natter.control.LoginOk.$Properties instead.
             */

            /**
             * Shape of a LoginOk.
             * @typedef {natter.control.LoginOk.$Properties} natter.control.LoginOk.$Shape
             */

            /**
             * Constructs a new LoginOk.
             * @memberof natter.control
             * @classdesc Represents a LoginOk.
             * @constructor
             * @param {natter.control.LoginOk.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LoginOk = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LoginOk username.
             * @member {string} username
             * @memberof natter.control.LoginOk
             * @instance
             */
            LoginOk.prototype.username = "";

            /**
             * LoginOk resumeToken.
             * @member {Uint8Array} resumeToken
             * @memberof natter.control.LoginOk
             * @instance
             */
            LoginOk.prototype.resumeToken = $util.newBuffer([]);

            /**
             * LoginOk resumeTokenExpiresMs.
             * @member {number} resumeTokenExpiresMs
             * @memberof natter.control.LoginOk
             * @instance
             */
            LoginOk.prototype.resumeTokenExpiresMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LoginOk stun.
             * @member {natter.control.StunCredentials.$Properties|null|undefined} stun
             * @memberof natter.control.LoginOk
             * @instance
             */
            LoginOk.prototype.stun = null;

            /**
             * LoginOk serverTimeMs.
             * @member {number} serverTimeMs
             * @memberof natter.control.LoginOk
             * @instance
             */
            LoginOk.prototype.serverTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LoginOk relayBudget.
             * @member {natter.control.RelayBudget.$Properties|null|undefined} relayBudget
             * @memberof natter.control.LoginOk
             * @instance
             */
            LoginOk.prototype.relayBudget = null;

            /**
             * LoginOk deviceId.
             * @member {Uint8Array} deviceId
             * @memberof natter.control.LoginOk
             * @instance
             */
            LoginOk.prototype.deviceId = $util.newBuffer([]);

            /**
             * LoginOk deviceState.
             * @member {natter.control.DeviceState} deviceState
             * @memberof natter.control.LoginOk
             * @instance
             */
            LoginOk.prototype.deviceState = 0;

            /**
             * LoginOk linkCode.
             * @member {string} linkCode
             * @memberof natter.control.LoginOk
             * @instance
             */
            LoginOk.prototype.linkCode = "";

            /**
             * Creates a new LoginOk instance using the specified properties.
             * @function create
             * @memberof natter.control.LoginOk
             * @static
             * @param {natter.control.LoginOk.$Properties=} [properties] Properties to set
             * @returns {natter.control.LoginOk} LoginOk instance
             * @type {{
             *   (properties: natter.control.LoginOk.$Shape): natter.control.LoginOk & natter.control.LoginOk.$Shape;
             *   (properties?: natter.control.LoginOk.$Properties): natter.control.LoginOk;
             * }}
             */
            LoginOk.create = function(properties) {
                return new LoginOk(properties);
            };

            /**
             * Encodes the specified LoginOk message. Does not implicitly {@link natter.control.LoginOk.verify|verify} messages.
             * @function encode
             * @memberof natter.control.LoginOk
             * @static
             * @param {natter.control.LoginOk.$Properties} message LoginOk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoginOk.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.username != null && $Object.hasOwnProperty.call(message, "username") && message.username !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.username);
                if (message.resumeToken != null && $Object.hasOwnProperty.call(message, "resumeToken") && message.resumeToken.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.resumeToken);
                if (message.resumeTokenExpiresMs != null && $Object.hasOwnProperty.call(message, "resumeTokenExpiresMs") && (typeof message.resumeTokenExpiresMs === "object" ? message.resumeTokenExpiresMs.low || message.resumeTokenExpiresMs.high : message.resumeTokenExpiresMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.resumeTokenExpiresMs);
                if (message.stun != null && $Object.hasOwnProperty.call(message, "stun"))
                    $root.natter.control.StunCredentials.encode(message.stun, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs") && (typeof message.serverTimeMs === "object" ? message.serverTimeMs.low || message.serverTimeMs.high : message.serverTimeMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.serverTimeMs);
                if (message.relayBudget != null && $Object.hasOwnProperty.call(message, "relayBudget"))
                    $root.natter.control.RelayBudget.encode(message.relayBudget, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.deviceId);
                if (message.deviceState != null && $Object.hasOwnProperty.call(message, "deviceState") && message.deviceState !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.deviceState);
                if (message.linkCode != null && $Object.hasOwnProperty.call(message, "linkCode") && message.linkCode !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.linkCode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LoginOk message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.LoginOk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.LoginOk & natter.control.LoginOk.$Shape} LoginOk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoginOk.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.LoginOk();
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
                                message.username = value;
                            else
                                delete message.username;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.resumeToken = value;
                            else
                                delete message.resumeToken;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.resumeTokenExpiresMs = value;
                            else
                                delete message.resumeTokenExpiresMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.stun = $root.natter.control.StunCredentials.decode(reader, reader.size(), $undefined, _depth + 1, message.stun);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.serverTimeMs = value;
                            else
                                delete message.serverTimeMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.relayBudget = $root.natter.control.RelayBudget.decode(reader, reader.size(), $undefined, _depth + 1, message.relayBudget);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.deviceState = value;
                            else
                                delete message.deviceState;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.linkCode = value;
                            else
                                delete message.linkCode;
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

            return LoginOk;
        })();

        /**
         * DeviceState enum.
         * @name natter.control.DeviceState
         * @enum {number}
         * @property {number} DEVICE_STATE_UNSPECIFIED=0 DEVICE_STATE_UNSPECIFIED value
         * @property {number} ACTIVE=1 ACTIVE value
         * @property {number} PENDING=2 PENDING value
         */
        control.DeviceState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DEVICE_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ACTIVE"] = 1;
            values[valuesById[2] = "PENDING"] = 2;
            return values;
        })();

        control.DeviceCertificate = (function() {

            /**
             * Properties of a DeviceCertificate.
             * @typedef {Object} natter.control.DeviceCertificate.$Properties
             * @property {string|null} [user] DeviceCertificate user
             * @property {Uint8Array|null} [deviceId] DeviceCertificate deviceId
             * @property {Uint8Array|null} [deviceKey] DeviceCertificate deviceKey
             * @property {string|null} [name] DeviceCertificate name
             * @property {Uint8Array|null} [signerDeviceId] DeviceCertificate signerDeviceId
             * @property {number|null} [issuedAtMs] DeviceCertificate issuedAtMs
             * @property {Uint8Array|null} [signature] DeviceCertificate signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceCertificate.
             * @memberof natter.control
             * @interface IDeviceCertificate
             * @augments natter.control.DeviceCertificate.$Properties
             * @deprecated Use natter.control.DeviceCertificate.$Properties instead.
             */

            /**
             * Shape of a DeviceCertificate.
             * @typedef {natter.control.DeviceCertificate.$Properties} natter.control.DeviceCertificate.$Shape
             */

            /**
             * Constructs a new DeviceCertificate.
             * @memberof natter.control
             * @classdesc Represents a DeviceCertificate.
             * @constructor
             * @param {natter.control.DeviceCertificate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeviceCertificate = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeviceCertificate user.
             * @member {string} user
             * @memberof natter.control.DeviceCertificate
             * @instance
             */
            DeviceCertificate.prototype.user = "";

            /**
             * DeviceCertificate deviceId.
             * @member {Uint8Array} deviceId
             * @memberof natter.control.DeviceCertificate
             * @instance
             */
            DeviceCertificate.prototype.deviceId = $util.newBuffer([]);

            /**
             * DeviceCertificate deviceKey.
             * @member {Uint8Array} deviceKey
             * @memberof natter.control.DeviceCertificate
             * @instance
             */
            DeviceCertificate.prototype.deviceKey = $util.newBuffer([]);

            /**
             * DeviceCertificate name.
             * @member {string} name
             * @memberof natter.control.DeviceCertificate
             * @instance
             */
            DeviceCertificate.prototype.name = "";

            /**
             * DeviceCertificate signerDeviceId.
             * @member {Uint8Array} signerDeviceId
             * @memberof natter.control.DeviceCertificate
             * @instance
             */
            DeviceCertificate.prototype.signerDeviceId = $util.newBuffer([]);

            /**
             * DeviceCertificate issuedAtMs.
             * @member {number} issuedAtMs
             * @memberof natter.control.DeviceCertificate
             * @instance
             */
            DeviceCertificate.prototype.issuedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DeviceCertificate signature.
             * @member {Uint8Array} signature
             * @memberof natter.control.DeviceCertificate
             * @instance
             */
            DeviceCertificate.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new DeviceCertificate instance using the specified properties.
             * @function create
             * @memberof natter.control.DeviceCertificate
             * @static
             * @param {natter.control.DeviceCertificate.$Properties=} [properties] Properties to set
             * @returns {natter.control.DeviceCertificate} DeviceCertificate instance
             * @type {{
             *   (properties: natter.control.DeviceCertificate.$Shape): natter.control.DeviceCertificate & natter.control.DeviceCertificate.$Shape;
             *   (properties?: natter.control.DeviceCertificate.$Properties): natter.control.DeviceCertificate;
             * }}
             */
            DeviceCertificate.create = function(properties) {
                return new DeviceCertificate(properties);
            };

            /**
             * Encodes the specified DeviceCertificate message. Does not implicitly {@link natter.control.DeviceCertificate.verify|verify} messages.
             * @function encode
             * @memberof natter.control.DeviceCertificate
             * @static
             * @param {natter.control.DeviceCertificate.$Properties} message DeviceCertificate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceCertificate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.user != null && $Object.hasOwnProperty.call(message, "user") && message.user !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.user);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.deviceId);
                if (message.deviceKey != null && $Object.hasOwnProperty.call(message, "deviceKey") && message.deviceKey.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.deviceKey);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.name);
                if (message.signerDeviceId != null && $Object.hasOwnProperty.call(message, "signerDeviceId") && message.signerDeviceId.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.signerDeviceId);
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs") && (typeof message.issuedAtMs === "object" ? message.issuedAtMs.low || message.issuedAtMs.high : message.issuedAtMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.issuedAtMs);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeviceCertificate message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.DeviceCertificate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.DeviceCertificate & natter.control.DeviceCertificate.$Shape} DeviceCertificate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceCertificate.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.DeviceCertificate();
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
                                message.user = value;
                            else
                                delete message.user;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.deviceKey = value;
                            else
                                delete message.deviceKey;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signerDeviceId = value;
                            else
                                delete message.signerDeviceId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.issuedAtMs = value;
                            else
                                delete message.issuedAtMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
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

            return DeviceCertificate;
        })();

        control.DevicePresence = (function() {

            /**
             * Properties of a DevicePresence.
             * @typedef {Object} natter.control.DevicePresence.$Properties
             * @property {Uint8Array|null} [deviceId] DevicePresence deviceId
             * @property {string|null} [name] DevicePresence name
             * @property {Uint8Array|null} [identityKey] DevicePresence identityKey
             * @property {natter.control.DeviceCertificate.$Properties|null} [certificate] DevicePresence certificate
             * @property {boolean|null} [online] DevicePresence online
             * @property {natter.Status|null} [status] DevicePresence status
             * @property {Array.<natter.Endpoint.$Properties>|null} [endpoints] DevicePresence endpoints
             * @property {natter.NatReport.$Properties|null} [nat] DevicePresence nat
             * @property {string|null} [clientVersion] DevicePresence clientVersion
             * @property {number|null} [lastSeenMs] DevicePresence lastSeenMs
             * @property {natter.control.DeviceState|null} [state] DevicePresence state
             * @property {number|null} [createdMs] DevicePresence createdMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DevicePresence.
             * @memberof natter.control
             * @interface IDevicePresence
             * @augments natter.control.DevicePresence.$Properties
             * @deprecated Use natter.control.DevicePresence.$Properties instead.
             */

            /**
             * Shape of a DevicePresence.
             * @typedef {natter.control.DevicePresence.$Properties} natter.control.DevicePresence.$Shape
             */

            /**
             * Constructs a new DevicePresence.
             * @memberof natter.control
             * @classdesc Represents a DevicePresence.
             * @constructor
             * @param {natter.control.DevicePresence.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DevicePresence = function (properties) {
                this.endpoints = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DevicePresence deviceId.
             * @member {Uint8Array} deviceId
             * @memberof natter.control.DevicePresence
             * @instance
             */
            DevicePresence.prototype.deviceId = $util.newBuffer([]);

            /**
             * DevicePresence name.
             * @member {string} name
             * @memberof natter.control.DevicePresence
             * @instance
             */
            DevicePresence.prototype.name = "";

            /**
             * DevicePresence identityKey.
             * @member {Uint8Array} identityKey
             * @memberof natter.control.DevicePresence
             * @instance
             */
            DevicePresence.prototype.identityKey = $util.newBuffer([]);

            /**
             * DevicePresence certificate.
             * @member {natter.control.DeviceCertificate.$Properties|null|undefined} certificate
             * @memberof natter.control.DevicePresence
             * @instance
             */
            DevicePresence.prototype.certificate = null;

            /**
             * DevicePresence online.
             * @member {boolean} online
             * @memberof natter.control.DevicePresence
             * @instance
             */
            DevicePresence.prototype.online = false;

            /**
             * DevicePresence status.
             * @member {natter.Status} status
             * @memberof natter.control.DevicePresence
             * @instance
             */
            DevicePresence.prototype.status = 0;

            /**
             * DevicePresence endpoints.
             * @member {Array.<natter.Endpoint.$Properties>} endpoints
             * @memberof natter.control.DevicePresence
             * @instance
             */
            DevicePresence.prototype.endpoints = $util.emptyArray;

            /**
             * DevicePresence nat.
             * @member {natter.NatReport.$Properties|null|undefined} nat
             * @memberof natter.control.DevicePresence
             * @instance
             */
            DevicePresence.prototype.nat = null;

            /**
             * DevicePresence clientVersion.
             * @member {string} clientVersion
             * @memberof natter.control.DevicePresence
             * @instance
             */
            DevicePresence.prototype.clientVersion = "";

            /**
             * DevicePresence lastSeenMs.
             * @member {number} lastSeenMs
             * @memberof natter.control.DevicePresence
             * @instance
             */
            DevicePresence.prototype.lastSeenMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DevicePresence state.
             * @member {natter.control.DeviceState} state
             * @memberof natter.control.DevicePresence
             * @instance
             */
            DevicePresence.prototype.state = 0;

            /**
             * DevicePresence createdMs.
             * @member {number} createdMs
             * @memberof natter.control.DevicePresence
             * @instance
             */
            DevicePresence.prototype.createdMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new DevicePresence instance using the specified properties.
             * @function create
             * @memberof natter.control.DevicePresence
             * @static
             * @param {natter.control.DevicePresence.$Properties=} [properties] Properties to set
             * @returns {natter.control.DevicePresence} DevicePresence instance
             * @type {{
             *   (properties: natter.control.DevicePresence.$Shape): natter.control.DevicePresence & natter.control.DevicePresence.$Shape;
             *   (properties?: natter.control.DevicePresence.$Properties): natter.control.DevicePresence;
             * }}
             */
            DevicePresence.create = function(properties) {
                return new DevicePresence(properties);
            };

            /**
             * Encodes the specified DevicePresence message. Does not implicitly {@link natter.control.DevicePresence.verify|verify} messages.
             * @function encode
             * @memberof natter.control.DevicePresence
             * @static
             * @param {natter.control.DevicePresence.$Properties} message DevicePresence message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DevicePresence.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.deviceId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.identityKey != null && $Object.hasOwnProperty.call(message, "identityKey") && message.identityKey.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.identityKey);
                if (message.certificate != null && $Object.hasOwnProperty.call(message, "certificate"))
                    $root.natter.control.DeviceCertificate.encode(message.certificate, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.online != null && $Object.hasOwnProperty.call(message, "online") && message.online !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.online);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.status);
                if (message.endpoints != null && message.endpoints.length)
                    for (let i = 0; i < message.endpoints.length; ++i)
                        $root.natter.Endpoint.encode(message.endpoints[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.nat != null && $Object.hasOwnProperty.call(message, "nat"))
                    $root.natter.NatReport.encode(message.nat, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.clientVersion != null && $Object.hasOwnProperty.call(message, "clientVersion") && message.clientVersion !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.clientVersion);
                if (message.lastSeenMs != null && $Object.hasOwnProperty.call(message, "lastSeenMs") && (typeof message.lastSeenMs === "object" ? message.lastSeenMs.low || message.lastSeenMs.high : message.lastSeenMs !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.lastSeenMs);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).int32(message.state);
                if (message.createdMs != null && $Object.hasOwnProperty.call(message, "createdMs") && (typeof message.createdMs === "object" ? message.createdMs.low || message.createdMs.high : message.createdMs !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.createdMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DevicePresence message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.DevicePresence
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.DevicePresence & natter.control.DevicePresence.$Shape} DevicePresence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DevicePresence.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.DevicePresence();
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
                            if ((value = reader.bytes()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
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
                            if ((value = reader.bytes()).length)
                                message.identityKey = value;
                            else
                                delete message.identityKey;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.certificate = $root.natter.control.DeviceCertificate.decode(reader, reader.size(), $undefined, _depth + 1, message.certificate);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.online = value;
                            else
                                delete message.online;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.endpoints && message.endpoints.length))
                                message.endpoints = [];
                            message.endpoints.push($root.natter.Endpoint.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.nat = $root.natter.NatReport.decode(reader, reader.size(), $undefined, _depth + 1, message.nat);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientVersion = value;
                            else
                                delete message.clientVersion;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeenMs = value;
                            else
                                delete message.lastSeenMs;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdMs = value;
                            else
                                delete message.createdMs;
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

            return DevicePresence;
        })();

        control.DeviceList = (function() {

            /**
             * Properties of a DeviceList.
             * @typedef {Object} natter.control.DeviceList.$Properties
             * @property {Array.<natter.control.DevicePresence.$Properties>|null} [devices] DeviceList devices
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceList.
             * @memberof natter.control
             * @interface IDeviceList
             * @augments natter.control.DeviceList.$Properties
             * @deprecated Use natter.control.DeviceList.$Properties instead.
             */

            /**
             * Shape of a DeviceList.
             * @typedef {natter.control.DeviceList.$Properties} natter.control.DeviceList.$Shape
             */

            /**
             * Constructs a new DeviceList.
             * @memberof natter.control
             * @classdesc Represents a DeviceList.
             * @constructor
             * @param {natter.control.DeviceList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeviceList = function (properties) {
                this.devices = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeviceList devices.
             * @member {Array.<natter.control.DevicePresence.$Properties>} devices
             * @memberof natter.control.DeviceList
             * @instance
             */
            DeviceList.prototype.devices = $util.emptyArray;

            /**
             * Creates a new DeviceList instance using the specified properties.
             * @function create
             * @memberof natter.control.DeviceList
             * @static
             * @param {natter.control.DeviceList.$Properties=} [properties] Properties to set
             * @returns {natter.control.DeviceList} DeviceList instance
             * @type {{
             *   (properties: natter.control.DeviceList.$Shape): natter.control.DeviceList & natter.control.DeviceList.$Shape;
             *   (properties?: natter.control.DeviceList.$Properties): natter.control.DeviceList;
             * }}
             */
            DeviceList.create = function(properties) {
                return new DeviceList(properties);
            };

            /**
             * Encodes the specified DeviceList message. Does not implicitly {@link natter.control.DeviceList.verify|verify} messages.
             * @function encode
             * @memberof natter.control.DeviceList
             * @static
             * @param {natter.control.DeviceList.$Properties} message DeviceList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.devices != null && message.devices.length)
                    for (let i = 0; i < message.devices.length; ++i)
                        $root.natter.control.DevicePresence.encode(message.devices[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeviceList message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.DeviceList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.DeviceList & natter.control.DeviceList.$Shape} DeviceList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceList.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.DeviceList();
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
                            if (!(message.devices && message.devices.length))
                                message.devices = [];
                            message.devices.push($root.natter.control.DevicePresence.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return DeviceList;
        })();

        control.DeviceApprove = (function() {

            /**
             * Properties of a DeviceApprove.
             * @typedef {Object} natter.control.DeviceApprove.$Properties
             * @property {natter.control.DeviceCertificate.$Properties|null} [certificate] DeviceApprove certificate
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceApprove.
             * @memberof natter.control
             * @interface IDeviceApprove
             * @augments natter.control.DeviceApprove.$Properties
             * @deprecated Use natter.control.DeviceApprove.$Properties instead.
             */

            /**
             * Shape of a DeviceApprove.
             * @typedef {natter.control.DeviceApprove.$Properties} natter.control.DeviceApprove.$Shape
             */

            /**
             * Constructs a new DeviceApprove.
             * @memberof natter.control
             * @classdesc Represents a DeviceApprove.
             * @constructor
             * @param {natter.control.DeviceApprove.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeviceApprove = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeviceApprove certificate.
             * @member {natter.control.DeviceCertificate.$Properties|null|undefined} certificate
             * @memberof natter.control.DeviceApprove
             * @instance
             */
            DeviceApprove.prototype.certificate = null;

            /**
             * Creates a new DeviceApprove instance using the specified properties.
             * @function create
             * @memberof natter.control.DeviceApprove
             * @static
             * @param {natter.control.DeviceApprove.$Properties=} [properties] Properties to set
             * @returns {natter.control.DeviceApprove} DeviceApprove instance
             * @type {{
             *   (properties: natter.control.DeviceApprove.$Shape): natter.control.DeviceApprove & natter.control.DeviceApprove.$Shape;
             *   (properties?: natter.control.DeviceApprove.$Properties): natter.control.DeviceApprove;
             * }}
             */
            DeviceApprove.create = function(properties) {
                return new DeviceApprove(properties);
            };

            /**
             * Encodes the specified DeviceApprove message. Does not implicitly {@link natter.control.DeviceApprove.verify|verify} messages.
             * @function encode
             * @memberof natter.control.DeviceApprove
             * @static
             * @param {natter.control.DeviceApprove.$Properties} message DeviceApprove message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceApprove.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.certificate != null && $Object.hasOwnProperty.call(message, "certificate"))
                    $root.natter.control.DeviceCertificate.encode(message.certificate, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeviceApprove message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.DeviceApprove
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.DeviceApprove & natter.control.DeviceApprove.$Shape} DeviceApprove
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceApprove.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.DeviceApprove();
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
                            message.certificate = $root.natter.control.DeviceCertificate.decode(reader, reader.size(), $undefined, _depth + 1, message.certificate);
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

            return DeviceApprove;
        })();

        control.DeviceRemove = (function() {

            /**
             * Properties of a DeviceRemove.
             * @typedef {Object} natter.control.DeviceRemove.$Properties
             * @property {Uint8Array|null} [deviceId] DeviceRemove deviceId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceRemove.
             * @memberof natter.control
             * @interface IDeviceRemove
             * @augments natter.control.DeviceRemove.$Properties
             * @deprecated Use natter.control.DeviceRemove.$Properties instead.
             */

            /**
             * Shape of a DeviceRemove.
             * @typedef {natter.control.DeviceRemove.$Properties} natter.control.DeviceRemove.$Shape
             */

            /**
             * Constructs a new DeviceRemove.
             * @memberof natter.control
             * @classdesc Represents a DeviceRemove.
             * @constructor
             * @param {natter.control.DeviceRemove.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeviceRemove = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeviceRemove deviceId.
             * @member {Uint8Array} deviceId
             * @memberof natter.control.DeviceRemove
             * @instance
             */
            DeviceRemove.prototype.deviceId = $util.newBuffer([]);

            /**
             * Creates a new DeviceRemove instance using the specified properties.
             * @function create
             * @memberof natter.control.DeviceRemove
             * @static
             * @param {natter.control.DeviceRemove.$Properties=} [properties] Properties to set
             * @returns {natter.control.DeviceRemove} DeviceRemove instance
             * @type {{
             *   (properties: natter.control.DeviceRemove.$Shape): natter.control.DeviceRemove & natter.control.DeviceRemove.$Shape;
             *   (properties?: natter.control.DeviceRemove.$Properties): natter.control.DeviceRemove;
             * }}
             */
            DeviceRemove.create = function(properties) {
                return new DeviceRemove(properties);
            };

            /**
             * Encodes the specified DeviceRemove message. Does not implicitly {@link natter.control.DeviceRemove.verify|verify} messages.
             * @function encode
             * @memberof natter.control.DeviceRemove
             * @static
             * @param {natter.control.DeviceRemove.$Properties} message DeviceRemove message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceRemove.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.deviceId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeviceRemove message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.DeviceRemove
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.DeviceRemove & natter.control.DeviceRemove.$Shape} DeviceRemove
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceRemove.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.DeviceRemove();
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
                            if ((value = reader.bytes()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
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

            return DeviceRemove;
        })();

        control.DeviceRename = (function() {

            /**
             * Properties of a DeviceRename.
             * @typedef {Object} natter.control.DeviceRename.$Properties
             * @property {Uint8Array|null} [deviceId] DeviceRename deviceId
             * @property {string|null} [name] DeviceRename name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceRename.
             * @memberof natter.control
             * @interface IDeviceRename
             * @augments natter.control.DeviceRename.$Properties
             * @deprecated Use natter.control.DeviceRename.$Properties instead.
             */

            /**
             * Shape of a DeviceRename.
             * @typedef {natter.control.DeviceRename.$Properties} natter.control.DeviceRename.$Shape
             */

            /**
             * Constructs a new DeviceRename.
             * @memberof natter.control
             * @classdesc Represents a DeviceRename.
             * @constructor
             * @param {natter.control.DeviceRename.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeviceRename = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeviceRename deviceId.
             * @member {Uint8Array} deviceId
             * @memberof natter.control.DeviceRename
             * @instance
             */
            DeviceRename.prototype.deviceId = $util.newBuffer([]);

            /**
             * DeviceRename name.
             * @member {string} name
             * @memberof natter.control.DeviceRename
             * @instance
             */
            DeviceRename.prototype.name = "";

            /**
             * Creates a new DeviceRename instance using the specified properties.
             * @function create
             * @memberof natter.control.DeviceRename
             * @static
             * @param {natter.control.DeviceRename.$Properties=} [properties] Properties to set
             * @returns {natter.control.DeviceRename} DeviceRename instance
             * @type {{
             *   (properties: natter.control.DeviceRename.$Shape): natter.control.DeviceRename & natter.control.DeviceRename.$Shape;
             *   (properties?: natter.control.DeviceRename.$Properties): natter.control.DeviceRename;
             * }}
             */
            DeviceRename.create = function(properties) {
                return new DeviceRename(properties);
            };

            /**
             * Encodes the specified DeviceRename message. Does not implicitly {@link natter.control.DeviceRename.verify|verify} messages.
             * @function encode
             * @memberof natter.control.DeviceRename
             * @static
             * @param {natter.control.DeviceRename.$Properties} message DeviceRename message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceRename.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.deviceId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeviceRename message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.DeviceRename
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.DeviceRename & natter.control.DeviceRename.$Shape} DeviceRename
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceRename.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.DeviceRename();
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
                            if ((value = reader.bytes()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
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

            return DeviceRename;
        })();

        control.RelayBudget = (function() {

            /**
             * Properties of a RelayBudget.
             * @typedef {Object} natter.control.RelayBudget.$Properties
             * @property {number|null} [bytesPerSecond] RelayBudget bytesPerSecond
             * @property {number|null} [burstBytes] RelayBudget burstBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RelayBudget.
             * @memberof natter.control
             * @interface IRelayBudget
             * @augments natter.control.RelayBudget.$Properties
             * @deprecated Use natter.control.RelayBudget.$Properties instead.
             */

            /**
             * Shape of a RelayBudget.
             * @typedef {natter.control.RelayBudget.$Properties} natter.control.RelayBudget.$Shape
             */

            /**
             * Constructs a new RelayBudget.
             * @memberof natter.control
             * @classdesc Represents a RelayBudget.
             * @constructor
             * @param {natter.control.RelayBudget.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RelayBudget = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RelayBudget bytesPerSecond.
             * @member {number} bytesPerSecond
             * @memberof natter.control.RelayBudget
             * @instance
             */
            RelayBudget.prototype.bytesPerSecond = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RelayBudget burstBytes.
             * @member {number} burstBytes
             * @memberof natter.control.RelayBudget
             * @instance
             */
            RelayBudget.prototype.burstBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new RelayBudget instance using the specified properties.
             * @function create
             * @memberof natter.control.RelayBudget
             * @static
             * @param {natter.control.RelayBudget.$Properties=} [properties] Properties to set
             * @returns {natter.control.RelayBudget} RelayBudget instance
             * @type {{
             *   (properties: natter.control.RelayBudget.$Shape): natter.control.RelayBudget & natter.control.RelayBudget.$Shape;
             *   (properties?: natter.control.RelayBudget.$Properties): natter.control.RelayBudget;
             * }}
             */
            RelayBudget.create = function(properties) {
                return new RelayBudget(properties);
            };

            /**
             * Encodes the specified RelayBudget message. Does not implicitly {@link natter.control.RelayBudget.verify|verify} messages.
             * @function encode
             * @memberof natter.control.RelayBudget
             * @static
             * @param {natter.control.RelayBudget.$Properties} message RelayBudget message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RelayBudget.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.bytesPerSecond != null && $Object.hasOwnProperty.call(message, "bytesPerSecond") && (typeof message.bytesPerSecond === "object" ? message.bytesPerSecond.low || message.bytesPerSecond.high : message.bytesPerSecond !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.bytesPerSecond);
                if (message.burstBytes != null && $Object.hasOwnProperty.call(message, "burstBytes") && (typeof message.burstBytes === "object" ? message.burstBytes.low || message.burstBytes.high : message.burstBytes !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.burstBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RelayBudget message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.RelayBudget
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.RelayBudget & natter.control.RelayBudget.$Shape} RelayBudget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RelayBudget.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.RelayBudget();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytesPerSecond = value;
                            else
                                delete message.bytesPerSecond;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.burstBytes = value;
                            else
                                delete message.burstBytes;
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

            return RelayBudget;
        })();

        control.StunCredentials = (function() {

            /**
             * Properties of a StunCredentials.
             * @typedef {Object} natter.control.StunCredentials.$Properties
             * @property {string|null} [username] StunCredentials username
             * @property {Uint8Array|null} [password] StunCredentials password
             * @property {Array.<natter.Endpoint.$Properties>|null} [servers] StunCredentials servers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StunCredentials.
             * @memberof natter.control
             * @interface IStunCredentials
             * @augments natter.control.StunCredentials.$Properties
             * @deprecated Use natter.control.StunCredentials.$Properties instead.
             */

            /**
             * Shape of a StunCredentials.
             * @typedef {natter.control.StunCredentials.$Properties} natter.control.StunCredentials.$Shape
             */

            /**
             * Constructs a new StunCredentials.
             * @memberof natter.control
             * @classdesc Represents a StunCredentials.
             * @constructor
             * @param {natter.control.StunCredentials.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StunCredentials = function (properties) {
                this.servers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StunCredentials username.
             * @member {string} username
             * @memberof natter.control.StunCredentials
             * @instance
             */
            StunCredentials.prototype.username = "";

            /**
             * StunCredentials password.
             * @member {Uint8Array} password
             * @memberof natter.control.StunCredentials
             * @instance
             */
            StunCredentials.prototype.password = $util.newBuffer([]);

            /**
             * StunCredentials servers.
             * @member {Array.<natter.Endpoint.$Properties>} servers
             * @memberof natter.control.StunCredentials
             * @instance
             */
            StunCredentials.prototype.servers = $util.emptyArray;

            /**
             * Creates a new StunCredentials instance using the specified properties.
             * @function create
             * @memberof natter.control.StunCredentials
             * @static
             * @param {natter.control.StunCredentials.$Properties=} [properties] Properties to set
             * @returns {natter.control.StunCredentials} StunCredentials instance
             * @type {{
             *   (properties: natter.control.StunCredentials.$Shape): natter.control.StunCredentials & natter.control.StunCredentials.$Shape;
             *   (properties?: natter.control.StunCredentials.$Properties): natter.control.StunCredentials;
             * }}
             */
            StunCredentials.create = function(properties) {
                return new StunCredentials(properties);
            };

            /**
             * Encodes the specified StunCredentials message. Does not implicitly {@link natter.control.StunCredentials.verify|verify} messages.
             * @function encode
             * @memberof natter.control.StunCredentials
             * @static
             * @param {natter.control.StunCredentials.$Properties} message StunCredentials message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StunCredentials.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.username != null && $Object.hasOwnProperty.call(message, "username") && message.username !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.username);
                if (message.password != null && $Object.hasOwnProperty.call(message, "password") && message.password.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.password);
                if (message.servers != null && message.servers.length)
                    for (let i = 0; i < message.servers.length; ++i)
                        $root.natter.Endpoint.encode(message.servers[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StunCredentials message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.StunCredentials
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.StunCredentials & natter.control.StunCredentials.$Shape} StunCredentials
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StunCredentials.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.StunCredentials();
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
                                message.username = value;
                            else
                                delete message.username;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.password = value;
                            else
                                delete message.password;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.servers && message.servers.length))
                                message.servers = [];
                            message.servers.push($root.natter.Endpoint.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return StunCredentials;
        })();

        control.Logout = (function() {

            /**
             * Properties of a Logout.
             * @typedef {Object} natter.control.Logout.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Logout.
             * @memberof natter.control
             * @interface ILogout
             * @augments natter.control.Logout.$Properties
             * @deprecated Use natter.control.Logout.$Properties instead.
             */

            /**
             * Shape of a Logout.
             * @typedef {natter.control.Logout.$Properties} natter.control.Logout.$Shape
             */

            /**
             * Constructs a new Logout.
             * @memberof natter.control
             * @classdesc Represents a Logout.
             * @constructor
             * @param {natter.control.Logout.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Logout = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new Logout instance using the specified properties.
             * @function create
             * @memberof natter.control.Logout
             * @static
             * @param {natter.control.Logout.$Properties=} [properties] Properties to set
             * @returns {natter.control.Logout} Logout instance
             * @type {{
             *   (properties: natter.control.Logout.$Shape): natter.control.Logout & natter.control.Logout.$Shape;
             *   (properties?: natter.control.Logout.$Properties): natter.control.Logout;
             * }}
             */
            Logout.create = function(properties) {
                return new Logout(properties);
            };

            /**
             * Encodes the specified Logout message. Does not implicitly {@link natter.control.Logout.verify|verify} messages.
             * @function encode
             * @memberof natter.control.Logout
             * @static
             * @param {natter.control.Logout.$Properties} message Logout message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Logout.encode = function (message, writer, _depth) {
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
             * Decodes a Logout message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.Logout
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.Logout & natter.control.Logout.$Shape} Logout
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Logout.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.Logout();
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

            return Logout;
        })();

        control.ChangePassword = (function() {

            /**
             * Properties of a ChangePassword.
             * @typedef {Object} natter.control.ChangePassword.$Properties
             * @property {string|null} [oldPassword] ChangePassword oldPassword
             * @property {string|null} [newPassword] ChangePassword newPassword
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChangePassword.
             * @memberof natter.control
             * @interface IChangePassword
             * @augments natter.control.ChangePassword.$Properties
             * @deprecated Use natter.control.ChangePassword.$Properties instead.
             */

            /**
             * Shape of a ChangePassword.
             * @typedef {natter.control.ChangePassword.$Properties} natter.control.ChangePassword.$Shape
             */

            /**
             * Constructs a new ChangePassword.
             * @memberof natter.control
             * @classdesc Represents a ChangePassword.
             * @constructor
             * @param {natter.control.ChangePassword.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChangePassword = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ChangePassword oldPassword.
             * @member {string} oldPassword
             * @memberof natter.control.ChangePassword
             * @instance
             */
            ChangePassword.prototype.oldPassword = "";

            /**
             * ChangePassword newPassword.
             * @member {string} newPassword
             * @memberof natter.control.ChangePassword
             * @instance
             */
            ChangePassword.prototype.newPassword = "";

            /**
             * Creates a new ChangePassword instance using the specified properties.
             * @function create
             * @memberof natter.control.ChangePassword
             * @static
             * @param {natter.control.ChangePassword.$Properties=} [properties] Properties to set
             * @returns {natter.control.ChangePassword} ChangePassword instance
             * @type {{
             *   (properties: natter.control.ChangePassword.$Shape): natter.control.ChangePassword & natter.control.ChangePassword.$Shape;
             *   (properties?: natter.control.ChangePassword.$Properties): natter.control.ChangePassword;
             * }}
             */
            ChangePassword.create = function(properties) {
                return new ChangePassword(properties);
            };

            /**
             * Encodes the specified ChangePassword message. Does not implicitly {@link natter.control.ChangePassword.verify|verify} messages.
             * @function encode
             * @memberof natter.control.ChangePassword
             * @static
             * @param {natter.control.ChangePassword.$Properties} message ChangePassword message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChangePassword.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.oldPassword != null && $Object.hasOwnProperty.call(message, "oldPassword") && message.oldPassword !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.oldPassword);
                if (message.newPassword != null && $Object.hasOwnProperty.call(message, "newPassword") && message.newPassword !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.newPassword);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ChangePassword message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.ChangePassword
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.ChangePassword & natter.control.ChangePassword.$Shape} ChangePassword
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChangePassword.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.ChangePassword();
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
                                message.oldPassword = value;
                            else
                                delete message.oldPassword;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.newPassword = value;
                            else
                                delete message.newPassword;
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

            return ChangePassword;
        })();

        control.DeleteAccount = (function() {

            /**
             * Properties of a DeleteAccount.
             * @typedef {Object} natter.control.DeleteAccount.$Properties
             * @property {string|null} [password] DeleteAccount password
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteAccount.
             * @memberof natter.control
             * @interface IDeleteAccount
             * @augments natter.control.DeleteAccount.$Properties
             * @deprecated Use natter.control.DeleteAccount.$Properties instead.
             */

            /**
             * Shape of a DeleteAccount.
             * @typedef {natter.control.DeleteAccount.$Properties} natter.control.DeleteAccount.$Shape
             */

            /**
             * Constructs a new DeleteAccount.
             * @memberof natter.control
             * @classdesc Represents a DeleteAccount.
             * @constructor
             * @param {natter.control.DeleteAccount.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteAccount = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteAccount password.
             * @member {string} password
             * @memberof natter.control.DeleteAccount
             * @instance
             */
            DeleteAccount.prototype.password = "";

            /**
             * Creates a new DeleteAccount instance using the specified properties.
             * @function create
             * @memberof natter.control.DeleteAccount
             * @static
             * @param {natter.control.DeleteAccount.$Properties=} [properties] Properties to set
             * @returns {natter.control.DeleteAccount} DeleteAccount instance
             * @type {{
             *   (properties: natter.control.DeleteAccount.$Shape): natter.control.DeleteAccount & natter.control.DeleteAccount.$Shape;
             *   (properties?: natter.control.DeleteAccount.$Properties): natter.control.DeleteAccount;
             * }}
             */
            DeleteAccount.create = function(properties) {
                return new DeleteAccount(properties);
            };

            /**
             * Encodes the specified DeleteAccount message. Does not implicitly {@link natter.control.DeleteAccount.verify|verify} messages.
             * @function encode
             * @memberof natter.control.DeleteAccount
             * @static
             * @param {natter.control.DeleteAccount.$Properties} message DeleteAccount message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteAccount.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.password != null && $Object.hasOwnProperty.call(message, "password") && message.password !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.password);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteAccount message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.DeleteAccount
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.DeleteAccount & natter.control.DeleteAccount.$Shape} DeleteAccount
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteAccount.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.DeleteAccount();
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
                                message.password = value;
                            else
                                delete message.password;
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

            return DeleteAccount;
        })();

        control.BuddyAction = (function() {

            /**
             * Properties of a BuddyAction.
             * @typedef {Object} natter.control.BuddyAction.$Properties
             * @property {natter.control.BuddyAction.Action|null} [action] BuddyAction action
             * @property {string|null} [username] BuddyAction username
             * @property {string|null} [message] BuddyAction message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BuddyAction.
             * @memberof natter.control
             * @interface IBuddyAction
             * @augments natter.control.BuddyAction.$Properties
             * @deprecated Use natter.control.BuddyAction.$Properties instead.
             */

            /**
             * Shape of a BuddyAction.
             * @typedef {natter.control.BuddyAction.$Properties} natter.control.BuddyAction.$Shape
             */

            /**
             * Constructs a new BuddyAction.
             * @memberof natter.control
             * @classdesc Represents a BuddyAction.
             * @constructor
             * @param {natter.control.BuddyAction.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BuddyAction = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BuddyAction action.
             * @member {natter.control.BuddyAction.Action} action
             * @memberof natter.control.BuddyAction
             * @instance
             */
            BuddyAction.prototype.action = 0;

            /**
             * BuddyAction username.
             * @member {string} username
             * @memberof natter.control.BuddyAction
             * @instance
             */
            BuddyAction.prototype.username = "";

            /**
             * BuddyAction message.
             * @member {string} message
             * @memberof natter.control.BuddyAction
             * @instance
             */
            BuddyAction.prototype.message = "";

            /**
             * Creates a new BuddyAction instance using the specified properties.
             * @function create
             * @memberof natter.control.BuddyAction
             * @static
             * @param {natter.control.BuddyAction.$Properties=} [properties] Properties to set
             * @returns {natter.control.BuddyAction} BuddyAction instance
             * @type {{
             *   (properties: natter.control.BuddyAction.$Shape): natter.control.BuddyAction & natter.control.BuddyAction.$Shape;
             *   (properties?: natter.control.BuddyAction.$Properties): natter.control.BuddyAction;
             * }}
             */
            BuddyAction.create = function(properties) {
                return new BuddyAction(properties);
            };

            /**
             * Encodes the specified BuddyAction message. Does not implicitly {@link natter.control.BuddyAction.verify|verify} messages.
             * @function encode
             * @memberof natter.control.BuddyAction
             * @static
             * @param {natter.control.BuddyAction.$Properties} message BuddyAction message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BuddyAction.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.action != null && $Object.hasOwnProperty.call(message, "action") && message.action !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.action);
                if (message.username != null && $Object.hasOwnProperty.call(message, "username") && message.username !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.username);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BuddyAction message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.BuddyAction
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.BuddyAction & natter.control.BuddyAction.$Shape} BuddyAction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BuddyAction.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.BuddyAction();
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
                                message.action = value;
                            else
                                delete message.action;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.username = value;
                            else
                                delete message.username;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
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

            /**
             * Action enum.
             * @name natter.control.BuddyAction.Action
             * @enum {number}
             * @property {number} ACTION_UNSPECIFIED=0 ACTION_UNSPECIFIED value
             * @property {number} REQUEST=1 REQUEST value
             * @property {number} ACCEPT=2 ACCEPT value
             * @property {number} DECLINE=3 DECLINE value
             * @property {number} REMOVE=4 REMOVE value
             * @property {number} BLOCK=5 BLOCK value
             * @property {number} UNBLOCK=6 UNBLOCK value
             */
            BuddyAction.Action = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ACTION_UNSPECIFIED"] = 0;
                values[valuesById[1] = "REQUEST"] = 1;
                values[valuesById[2] = "ACCEPT"] = 2;
                values[valuesById[3] = "DECLINE"] = 3;
                values[valuesById[4] = "REMOVE"] = 4;
                values[valuesById[5] = "BLOCK"] = 5;
                values[valuesById[6] = "UNBLOCK"] = 6;
                return values;
            })();

            return BuddyAction;
        })();

        control.Presence = (function() {

            /**
             * Properties of a Presence.
             * @typedef {Object} natter.control.Presence.$Properties
             * @property {string|null} [username] Presence username
             * @property {natter.Status|null} [status] Presence status
             * @property {string|null} [statusText] Presence statusText
             * @property {Array.<natter.Endpoint.$Properties>|null} [endpoints] Presence endpoints
             * @property {natter.NatReport.$Properties|null} [nat] Presence nat
             * @property {Uint8Array|null} [identityKey] Presence identityKey
             * @property {string|null} [clientVersion] Presence clientVersion
             * @property {number|null} [sinceMs] Presence sinceMs
             * @property {Array.<natter.control.DevicePresence.$Properties>|null} [devices] Presence devices
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Presence.
             * @memberof natter.control
             * @interface IPresence
             * @augments natter.control.Presence.$Properties
             * @deprecated Use natter.control.Presence.$Properties instead.
             */

            /**
             * Shape of a Presence.
             * @typedef {natter.control.Presence.$Properties} natter.control.Presence.$Shape
             */

            /**
             * Constructs a new Presence.
             * @memberof natter.control
             * @classdesc Represents a Presence.
             * @constructor
             * @param {natter.control.Presence.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Presence = function (properties) {
                this.endpoints = [];
                this.devices = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Presence username.
             * @member {string} username
             * @memberof natter.control.Presence
             * @instance
             */
            Presence.prototype.username = "";

            /**
             * Presence status.
             * @member {natter.Status} status
             * @memberof natter.control.Presence
             * @instance
             */
            Presence.prototype.status = 0;

            /**
             * Presence statusText.
             * @member {string} statusText
             * @memberof natter.control.Presence
             * @instance
             */
            Presence.prototype.statusText = "";

            /**
             * Presence endpoints.
             * @member {Array.<natter.Endpoint.$Properties>} endpoints
             * @memberof natter.control.Presence
             * @instance
             */
            Presence.prototype.endpoints = $util.emptyArray;

            /**
             * Presence nat.
             * @member {natter.NatReport.$Properties|null|undefined} nat
             * @memberof natter.control.Presence
             * @instance
             */
            Presence.prototype.nat = null;

            /**
             * Presence identityKey.
             * @member {Uint8Array} identityKey
             * @memberof natter.control.Presence
             * @instance
             */
            Presence.prototype.identityKey = $util.newBuffer([]);

            /**
             * Presence clientVersion.
             * @member {string} clientVersion
             * @memberof natter.control.Presence
             * @instance
             */
            Presence.prototype.clientVersion = "";

            /**
             * Presence sinceMs.
             * @member {number} sinceMs
             * @memberof natter.control.Presence
             * @instance
             */
            Presence.prototype.sinceMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Presence devices.
             * @member {Array.<natter.control.DevicePresence.$Properties>} devices
             * @memberof natter.control.Presence
             * @instance
             */
            Presence.prototype.devices = $util.emptyArray;

            /**
             * Creates a new Presence instance using the specified properties.
             * @function create
             * @memberof natter.control.Presence
             * @static
             * @param {natter.control.Presence.$Properties=} [properties] Properties to set
             * @returns {natter.control.Presence} Presence instance
             * @type {{
             *   (properties: natter.control.Presence.$Shape): natter.control.Presence & natter.control.Presence.$Shape;
             *   (properties?: natter.control.Presence.$Properties): natter.control.Presence;
             * }}
             */
            Presence.create = function(properties) {
                return new Presence(properties);
            };

            /**
             * Encodes the specified Presence message. Does not implicitly {@link natter.control.Presence.verify|verify} messages.
             * @function encode
             * @memberof natter.control.Presence
             * @static
             * @param {natter.control.Presence.$Properties} message Presence message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Presence.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.username != null && $Object.hasOwnProperty.call(message, "username") && message.username !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.username);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.status);
                if (message.statusText != null && $Object.hasOwnProperty.call(message, "statusText") && message.statusText !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.statusText);
                if (message.endpoints != null && message.endpoints.length)
                    for (let i = 0; i < message.endpoints.length; ++i)
                        $root.natter.Endpoint.encode(message.endpoints[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.nat != null && $Object.hasOwnProperty.call(message, "nat"))
                    $root.natter.NatReport.encode(message.nat, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.identityKey != null && $Object.hasOwnProperty.call(message, "identityKey") && message.identityKey.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.identityKey);
                if (message.clientVersion != null && $Object.hasOwnProperty.call(message, "clientVersion") && message.clientVersion !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.clientVersion);
                if (message.sinceMs != null && $Object.hasOwnProperty.call(message, "sinceMs") && (typeof message.sinceMs === "object" ? message.sinceMs.low || message.sinceMs.high : message.sinceMs !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.sinceMs);
                if (message.devices != null && message.devices.length)
                    for (let i = 0; i < message.devices.length; ++i)
                        $root.natter.control.DevicePresence.encode(message.devices[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Presence message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.Presence
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.Presence & natter.control.Presence.$Shape} Presence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Presence.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.Presence();
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
                                message.username = value;
                            else
                                delete message.username;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.statusText = value;
                            else
                                delete message.statusText;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.endpoints && message.endpoints.length))
                                message.endpoints = [];
                            message.endpoints.push($root.natter.Endpoint.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.nat = $root.natter.NatReport.decode(reader, reader.size(), $undefined, _depth + 1, message.nat);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.identityKey = value;
                            else
                                delete message.identityKey;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientVersion = value;
                            else
                                delete message.clientVersion;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sinceMs = value;
                            else
                                delete message.sinceMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.devices && message.devices.length))
                                message.devices = [];
                            message.devices.push($root.natter.control.DevicePresence.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return Presence;
        })();

        control.BuddyList = (function() {

            /**
             * Properties of a BuddyList.
             * @typedef {Object} natter.control.BuddyList.$Properties
             * @property {Array.<natter.control.Presence.$Properties>|null} [buddies] BuddyList buddies
             * @property {Array.<string>|null} [incomingRequests] BuddyList incomingRequests
             * @property {Array.<string>|null} [outgoingRequests] BuddyList outgoingRequests
             * @property {Array.<string>|null} [blocked] BuddyList blocked
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BuddyList.
             * @memberof natter.control
             * @interface IBuddyList
             * @augments natter.control.BuddyList.$Properties
             * @deprecated Use natter.control.BuddyList.$Properties instead.
             */

            /**
             * Shape of a BuddyList.
             * @typedef {natter.control.BuddyList.$Properties} natter.control.BuddyList.$Shape
             */

            /**
             * Constructs a new BuddyList.
             * @memberof natter.control
             * @classdesc Represents a BuddyList.
             * @constructor
             * @param {natter.control.BuddyList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BuddyList = function (properties) {
                this.buddies = [];
                this.incomingRequests = [];
                this.outgoingRequests = [];
                this.blocked = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BuddyList buddies.
             * @member {Array.<natter.control.Presence.$Properties>} buddies
             * @memberof natter.control.BuddyList
             * @instance
             */
            BuddyList.prototype.buddies = $util.emptyArray;

            /**
             * BuddyList incomingRequests.
             * @member {Array.<string>} incomingRequests
             * @memberof natter.control.BuddyList
             * @instance
             */
            BuddyList.prototype.incomingRequests = $util.emptyArray;

            /**
             * BuddyList outgoingRequests.
             * @member {Array.<string>} outgoingRequests
             * @memberof natter.control.BuddyList
             * @instance
             */
            BuddyList.prototype.outgoingRequests = $util.emptyArray;

            /**
             * BuddyList blocked.
             * @member {Array.<string>} blocked
             * @memberof natter.control.BuddyList
             * @instance
             */
            BuddyList.prototype.blocked = $util.emptyArray;

            /**
             * Creates a new BuddyList instance using the specified properties.
             * @function create
             * @memberof natter.control.BuddyList
             * @static
             * @param {natter.control.BuddyList.$Properties=} [properties] Properties to set
             * @returns {natter.control.BuddyList} BuddyList instance
             * @type {{
             *   (properties: natter.control.BuddyList.$Shape): natter.control.BuddyList & natter.control.BuddyList.$Shape;
             *   (properties?: natter.control.BuddyList.$Properties): natter.control.BuddyList;
             * }}
             */
            BuddyList.create = function(properties) {
                return new BuddyList(properties);
            };

            /**
             * Encodes the specified BuddyList message. Does not implicitly {@link natter.control.BuddyList.verify|verify} messages.
             * @function encode
             * @memberof natter.control.BuddyList
             * @static
             * @param {natter.control.BuddyList.$Properties} message BuddyList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BuddyList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.buddies != null && message.buddies.length)
                    for (let i = 0; i < message.buddies.length; ++i)
                        $root.natter.control.Presence.encode(message.buddies[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.incomingRequests != null && message.incomingRequests.length)
                    for (let i = 0; i < message.incomingRequests.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.incomingRequests[i]);
                if (message.outgoingRequests != null && message.outgoingRequests.length)
                    for (let i = 0; i < message.outgoingRequests.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.outgoingRequests[i]);
                if (message.blocked != null && message.blocked.length)
                    for (let i = 0; i < message.blocked.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.blocked[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BuddyList message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.BuddyList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.BuddyList & natter.control.BuddyList.$Shape} BuddyList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BuddyList.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.BuddyList();
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
                            if (!(message.buddies && message.buddies.length))
                                message.buddies = [];
                            message.buddies.push($root.natter.control.Presence.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.incomingRequests && message.incomingRequests.length))
                                message.incomingRequests = [];
                            message.incomingRequests.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.outgoingRequests && message.outgoingRequests.length))
                                message.outgoingRequests = [];
                            message.outgoingRequests.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.blocked && message.blocked.length))
                                message.blocked = [];
                            message.blocked.push(reader.stringVerify());
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

            return BuddyList;
        })();

        control.BuddyEvent = (function() {

            /**
             * Properties of a BuddyEvent.
             * @typedef {Object} natter.control.BuddyEvent.$Properties
             * @property {natter.control.BuddyEvent.Kind|null} [kind] BuddyEvent kind
             * @property {string|null} [username] BuddyEvent username
             * @property {string|null} [message] BuddyEvent message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BuddyEvent.
             * @memberof natter.control
             * @interface IBuddyEvent
             * @augments natter.control.BuddyEvent.$Properties
             * @deprecated Use natter.control.BuddyEvent.$Properties instead.
             */

            /**
             * Shape of a BuddyEvent.
             * @typedef {natter.control.BuddyEvent.$Properties} natter.control.BuddyEvent.$Shape
             */

            /**
             * Constructs a new BuddyEvent.
             * @memberof natter.control
             * @classdesc Represents a BuddyEvent.
             * @constructor
             * @param {natter.control.BuddyEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BuddyEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BuddyEvent kind.
             * @member {natter.control.BuddyEvent.Kind} kind
             * @memberof natter.control.BuddyEvent
             * @instance
             */
            BuddyEvent.prototype.kind = 0;

            /**
             * BuddyEvent username.
             * @member {string} username
             * @memberof natter.control.BuddyEvent
             * @instance
             */
            BuddyEvent.prototype.username = "";

            /**
             * BuddyEvent message.
             * @member {string} message
             * @memberof natter.control.BuddyEvent
             * @instance
             */
            BuddyEvent.prototype.message = "";

            /**
             * Creates a new BuddyEvent instance using the specified properties.
             * @function create
             * @memberof natter.control.BuddyEvent
             * @static
             * @param {natter.control.BuddyEvent.$Properties=} [properties] Properties to set
             * @returns {natter.control.BuddyEvent} BuddyEvent instance
             * @type {{
             *   (properties: natter.control.BuddyEvent.$Shape): natter.control.BuddyEvent & natter.control.BuddyEvent.$Shape;
             *   (properties?: natter.control.BuddyEvent.$Properties): natter.control.BuddyEvent;
             * }}
             */
            BuddyEvent.create = function(properties) {
                return new BuddyEvent(properties);
            };

            /**
             * Encodes the specified BuddyEvent message. Does not implicitly {@link natter.control.BuddyEvent.verify|verify} messages.
             * @function encode
             * @memberof natter.control.BuddyEvent
             * @static
             * @param {natter.control.BuddyEvent.$Properties} message BuddyEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BuddyEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                if (message.username != null && $Object.hasOwnProperty.call(message, "username") && message.username !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.username);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BuddyEvent message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.BuddyEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.BuddyEvent & natter.control.BuddyEvent.$Shape} BuddyEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BuddyEvent.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.BuddyEvent();
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
                                message.username = value;
                            else
                                delete message.username;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
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

            /**
             * Kind enum.
             * @name natter.control.BuddyEvent.Kind
             * @enum {number}
             * @property {number} KIND_UNSPECIFIED=0 KIND_UNSPECIFIED value
             * @property {number} REQUESTED=1 REQUESTED value
             * @property {number} ACCEPTED=2 ACCEPTED value
             * @property {number} REMOVED=3 REMOVED value
             */
            BuddyEvent.Kind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "REQUESTED"] = 1;
                values[valuesById[2] = "ACCEPTED"] = 2;
                values[valuesById[3] = "REMOVED"] = 3;
                return values;
            })();

            return BuddyEvent;
        })();

        control.PresenceUpdate = (function() {

            /**
             * Properties of a PresenceUpdate.
             * @typedef {Object} natter.control.PresenceUpdate.$Properties
             * @property {natter.Status|null} [status] PresenceUpdate status
             * @property {string|null} [statusText] PresenceUpdate statusText
             * @property {Array.<natter.Endpoint.$Properties>|null} [lanCandidates] PresenceUpdate lanCandidates
             * @property {natter.NatReport.$Properties|null} [nat] PresenceUpdate nat
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PresenceUpdate.
             * @memberof natter.control
             * @interface IPresenceUpdate
             * @augments natter.control.PresenceUpdate.$Properties
             * @deprecated Use natter.control.PresenceUpdate.$Properties instead.
             */

            /**
             * Shape of a PresenceUpdate.
             * @typedef {natter.control.PresenceUpdate.$Properties} natter.control.PresenceUpdate.$Shape
             */

            /**
             * Constructs a new PresenceUpdate.
             * @memberof natter.control
             * @classdesc Represents a PresenceUpdate.
             * @constructor
             * @param {natter.control.PresenceUpdate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PresenceUpdate = function (properties) {
                this.lanCandidates = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PresenceUpdate status.
             * @member {natter.Status} status
             * @memberof natter.control.PresenceUpdate
             * @instance
             */
            PresenceUpdate.prototype.status = 0;

            /**
             * PresenceUpdate statusText.
             * @member {string} statusText
             * @memberof natter.control.PresenceUpdate
             * @instance
             */
            PresenceUpdate.prototype.statusText = "";

            /**
             * PresenceUpdate lanCandidates.
             * @member {Array.<natter.Endpoint.$Properties>} lanCandidates
             * @memberof natter.control.PresenceUpdate
             * @instance
             */
            PresenceUpdate.prototype.lanCandidates = $util.emptyArray;

            /**
             * PresenceUpdate nat.
             * @member {natter.NatReport.$Properties|null|undefined} nat
             * @memberof natter.control.PresenceUpdate
             * @instance
             */
            PresenceUpdate.prototype.nat = null;

            /**
             * Creates a new PresenceUpdate instance using the specified properties.
             * @function create
             * @memberof natter.control.PresenceUpdate
             * @static
             * @param {natter.control.PresenceUpdate.$Properties=} [properties] Properties to set
             * @returns {natter.control.PresenceUpdate} PresenceUpdate instance
             * @type {{
             *   (properties: natter.control.PresenceUpdate.$Shape): natter.control.PresenceUpdate & natter.control.PresenceUpdate.$Shape;
             *   (properties?: natter.control.PresenceUpdate.$Properties): natter.control.PresenceUpdate;
             * }}
             */
            PresenceUpdate.create = function(properties) {
                return new PresenceUpdate(properties);
            };

            /**
             * Encodes the specified PresenceUpdate message. Does not implicitly {@link natter.control.PresenceUpdate.verify|verify} messages.
             * @function encode
             * @memberof natter.control.PresenceUpdate
             * @static
             * @param {natter.control.PresenceUpdate.$Properties} message PresenceUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PresenceUpdate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
                if (message.statusText != null && $Object.hasOwnProperty.call(message, "statusText") && message.statusText !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.statusText);
                if (message.lanCandidates != null && message.lanCandidates.length)
                    for (let i = 0; i < message.lanCandidates.length; ++i)
                        $root.natter.Endpoint.encode(message.lanCandidates[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.nat != null && $Object.hasOwnProperty.call(message, "nat"))
                    $root.natter.NatReport.encode(message.nat, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PresenceUpdate message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.PresenceUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.PresenceUpdate & natter.control.PresenceUpdate.$Shape} PresenceUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PresenceUpdate.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.PresenceUpdate();
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
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.statusText = value;
                            else
                                delete message.statusText;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.lanCandidates && message.lanCandidates.length))
                                message.lanCandidates = [];
                            message.lanCandidates.push($root.natter.Endpoint.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.nat = $root.natter.NatReport.decode(reader, reader.size(), $undefined, _depth + 1, message.nat);
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

            return PresenceUpdate;
        })();

        control.PresencePush = (function() {

            /**
             * Properties of a PresencePush.
             * @typedef {Object} natter.control.PresencePush.$Properties
             * @property {natter.control.Presence.$Properties|null} [presence] PresencePush presence
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PresencePush.
             * @memberof natter.control
             * @interface IPresencePush
             * @augments natter.control.PresencePush.$Properties
             * @deprecated Use natter.control.PresencePush.$Properties instead.
             */

            /**
             * Shape of a PresencePush.
             * @typedef {natter.control.PresencePush.$Properties} natter.control.PresencePush.$Shape
             */

            /**
             * Constructs a new PresencePush.
             * @memberof natter.control
             * @classdesc Represents a PresencePush.
             * @constructor
             * @param {natter.control.PresencePush.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PresencePush = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PresencePush presence.
             * @member {natter.control.Presence.$Properties|null|undefined} presence
             * @memberof natter.control.PresencePush
             * @instance
             */
            PresencePush.prototype.presence = null;

            /**
             * Creates a new PresencePush instance using the specified properties.
             * @function create
             * @memberof natter.control.PresencePush
             * @static
             * @param {natter.control.PresencePush.$Properties=} [properties] Properties to set
             * @returns {natter.control.PresencePush} PresencePush instance
             * @type {{
             *   (properties: natter.control.PresencePush.$Shape): natter.control.PresencePush & natter.control.PresencePush.$Shape;
             *   (properties?: natter.control.PresencePush.$Properties): natter.control.PresencePush;
             * }}
             */
            PresencePush.create = function(properties) {
                return new PresencePush(properties);
            };

            /**
             * Encodes the specified PresencePush message. Does not implicitly {@link natter.control.PresencePush.verify|verify} messages.
             * @function encode
             * @memberof natter.control.PresencePush
             * @static
             * @param {natter.control.PresencePush.$Properties} message PresencePush message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PresencePush.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence"))
                    $root.natter.control.Presence.encode(message.presence, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PresencePush message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.PresencePush
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.PresencePush & natter.control.PresencePush.$Shape} PresencePush
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PresencePush.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.PresencePush();
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
                            message.presence = $root.natter.control.Presence.decode(reader, reader.size(), $undefined, _depth + 1, message.presence);
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

            return PresencePush;
        })();

        control.PunchRequest = (function() {

            /**
             * Properties of a PunchRequest.
             * @typedef {Object} natter.control.PunchRequest.$Properties
             * @property {string|null} [buddy] PunchRequest buddy
             * @property {number|null} [attempt] PunchRequest attempt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PunchRequest.
             * @memberof natter.control
             * @interface IPunchRequest
             * @augments natter.control.PunchRequest.$Properties
             * @deprecated Use natter.control.PunchRequest.$Properties instead.
             */

            /**
             * Shape of a PunchRequest.
             * @typedef {natter.control.PunchRequest.$Properties} natter.control.PunchRequest.$Shape
             */

            /**
             * Constructs a new PunchRequest.
             * @memberof natter.control
             * @classdesc Represents a PunchRequest.
             * @constructor
             * @param {natter.control.PunchRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PunchRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PunchRequest buddy.
             * @member {string} buddy
             * @memberof natter.control.PunchRequest
             * @instance
             */
            PunchRequest.prototype.buddy = "";

            /**
             * PunchRequest attempt.
             * @member {number} attempt
             * @memberof natter.control.PunchRequest
             * @instance
             */
            PunchRequest.prototype.attempt = 0;

            /**
             * Creates a new PunchRequest instance using the specified properties.
             * @function create
             * @memberof natter.control.PunchRequest
             * @static
             * @param {natter.control.PunchRequest.$Properties=} [properties] Properties to set
             * @returns {natter.control.PunchRequest} PunchRequest instance
             * @type {{
             *   (properties: natter.control.PunchRequest.$Shape): natter.control.PunchRequest & natter.control.PunchRequest.$Shape;
             *   (properties?: natter.control.PunchRequest.$Properties): natter.control.PunchRequest;
             * }}
             */
            PunchRequest.create = function(properties) {
                return new PunchRequest(properties);
            };

            /**
             * Encodes the specified PunchRequest message. Does not implicitly {@link natter.control.PunchRequest.verify|verify} messages.
             * @function encode
             * @memberof natter.control.PunchRequest
             * @static
             * @param {natter.control.PunchRequest.$Properties} message PunchRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PunchRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.buddy != null && $Object.hasOwnProperty.call(message, "buddy") && message.buddy !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.buddy);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.attempt);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PunchRequest message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.PunchRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.PunchRequest & natter.control.PunchRequest.$Shape} PunchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PunchRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.PunchRequest();
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
                                message.buddy = value;
                            else
                                delete message.buddy;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
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

            return PunchRequest;
        })();

        control.PunchPlan = (function() {

            /**
             * Properties of a PunchPlan.
             * @typedef {Object} natter.control.PunchPlan.$Properties
             * @property {string|null} [buddy] PunchPlan buddy
             * @property {Uint8Array|null} [attemptId] PunchPlan attemptId
             * @property {Uint8Array|null} [secret] PunchPlan secret
             * @property {Array.<natter.Endpoint.$Properties>|null} [candidates] PunchPlan candidates
             * @property {natter.NatReport.$Properties|null} [buddyNat] PunchPlan buddyNat
             * @property {number|null} [startInMs] PunchPlan startInMs
             * @property {natter.control.PunchPlan.Role|null} [role] PunchPlan role
             * @property {Uint8Array|null} [buddyIdentityKey] PunchPlan buddyIdentityKey
             * @property {number|null} [attempt] PunchPlan attempt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PunchPlan.
             * @memberof natter.control
             * @interface IPunchPlan
             * @augments natter.control.PunchPlan.$Properties
             * @deprecated Use natter.control.PunchPlan.$Properties instead.
             */

            /**
             * Shape of a PunchPlan.
             * @typedef {natter.control.PunchPlan.$Properties} natter.control.PunchPlan.$Shape
             */

            /**
             * Constructs a new PunchPlan.
             * @memberof natter.control
             * @classdesc Represents a PunchPlan.
             * @constructor
             * @param {natter.control.PunchPlan.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PunchPlan = function (properties) {
                this.candidates = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PunchPlan buddy.
             * @member {string} buddy
             * @memberof natter.control.PunchPlan
             * @instance
             */
            PunchPlan.prototype.buddy = "";

            /**
             * PunchPlan attemptId.
             * @member {Uint8Array} attemptId
             * @memberof natter.control.PunchPlan
             * @instance
             */
            PunchPlan.prototype.attemptId = $util.newBuffer([]);

            /**
             * PunchPlan secret.
             * @member {Uint8Array} secret
             * @memberof natter.control.PunchPlan
             * @instance
             */
            PunchPlan.prototype.secret = $util.newBuffer([]);

            /**
             * PunchPlan candidates.
             * @member {Array.<natter.Endpoint.$Properties>} candidates
             * @memberof natter.control.PunchPlan
             * @instance
             */
            PunchPlan.prototype.candidates = $util.emptyArray;

            /**
             * PunchPlan buddyNat.
             * @member {natter.NatReport.$Properties|null|undefined} buddyNat
             * @memberof natter.control.PunchPlan
             * @instance
             */
            PunchPlan.prototype.buddyNat = null;

            /**
             * PunchPlan startInMs.
             * @member {number} startInMs
             * @memberof natter.control.PunchPlan
             * @instance
             */
            PunchPlan.prototype.startInMs = 0;

            /**
             * PunchPlan role.
             * @member {natter.control.PunchPlan.Role} role
             * @memberof natter.control.PunchPlan
             * @instance
             */
            PunchPlan.prototype.role = 0;

            /**
             * PunchPlan buddyIdentityKey.
             * @member {Uint8Array} buddyIdentityKey
             * @memberof natter.control.PunchPlan
             * @instance
             */
            PunchPlan.prototype.buddyIdentityKey = $util.newBuffer([]);

            /**
             * PunchPlan attempt.
             * @member {number} attempt
             * @memberof natter.control.PunchPlan
             * @instance
             */
            PunchPlan.prototype.attempt = 0;

            /**
             * Creates a new PunchPlan instance using the specified properties.
             * @function create
             * @memberof natter.control.PunchPlan
             * @static
             * @param {natter.control.PunchPlan.$Properties=} [properties] Properties to set
             * @returns {natter.control.PunchPlan} PunchPlan instance
             * @type {{
             *   (properties: natter.control.PunchPlan.$Shape): natter.control.PunchPlan & natter.control.PunchPlan.$Shape;
             *   (properties?: natter.control.PunchPlan.$Properties): natter.control.PunchPlan;
             * }}
             */
            PunchPlan.create = function(properties) {
                return new PunchPlan(properties);
            };

            /**
             * Encodes the specified PunchPlan message. Does not implicitly {@link natter.control.PunchPlan.verify|verify} messages.
             * @function encode
             * @memberof natter.control.PunchPlan
             * @static
             * @param {natter.control.PunchPlan.$Properties} message PunchPlan message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PunchPlan.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.buddy != null && $Object.hasOwnProperty.call(message, "buddy") && message.buddy !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.buddy);
                if (message.attemptId != null && $Object.hasOwnProperty.call(message, "attemptId") && message.attemptId.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.attemptId);
                if (message.secret != null && $Object.hasOwnProperty.call(message, "secret") && message.secret.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.secret);
                if (message.candidates != null && message.candidates.length)
                    for (let i = 0; i < message.candidates.length; ++i)
                        $root.natter.Endpoint.encode(message.candidates[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.buddyNat != null && $Object.hasOwnProperty.call(message, "buddyNat"))
                    $root.natter.NatReport.encode(message.buddyNat, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.startInMs != null && $Object.hasOwnProperty.call(message, "startInMs") && message.startInMs !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.startInMs);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.role);
                if (message.buddyIdentityKey != null && $Object.hasOwnProperty.call(message, "buddyIdentityKey") && message.buddyIdentityKey.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.buddyIdentityKey);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.attempt);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PunchPlan message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.PunchPlan
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.PunchPlan & natter.control.PunchPlan.$Shape} PunchPlan
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PunchPlan.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.PunchPlan();
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
                                message.buddy = value;
                            else
                                delete message.buddy;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.attemptId = value;
                            else
                                delete message.attemptId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.secret = value;
                            else
                                delete message.secret;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.candidates && message.candidates.length))
                                message.candidates = [];
                            message.candidates.push($root.natter.Endpoint.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.buddyNat = $root.natter.NatReport.decode(reader, reader.size(), $undefined, _depth + 1, message.buddyNat);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.startInMs = value;
                            else
                                delete message.startInMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.buddyIdentityKey = value;
                            else
                                delete message.buddyIdentityKey;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
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

            /**
             * Role enum.
             * @name natter.control.PunchPlan.Role
             * @enum {number}
             * @property {number} ROLE_UNSPECIFIED=0 ROLE_UNSPECIFIED value
             * @property {number} INITIATOR=1 INITIATOR value
             * @property {number} RESPONDER=2 RESPONDER value
             */
            PunchPlan.Role = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ROLE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "INITIATOR"] = 1;
                values[valuesById[2] = "RESPONDER"] = 2;
                return values;
            })();

            return PunchPlan;
        })();

        control.PunchResult = (function() {

            /**
             * Properties of a PunchResult.
             * @typedef {Object} natter.control.PunchResult.$Properties
             * @property {Uint8Array|null} [attemptId] PunchResult attemptId
             * @property {boolean|null} [success] PunchResult success
             * @property {natter.Endpoint.$Properties|null} [path] PunchResult path
             * @property {number|null} [elapsedMs] PunchResult elapsedMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PunchResult.
             * @memberof natter.control
             * @interface IPunchResult
             * @augments natter.control.PunchResult.$Properties
             * @deprecated Use natter.control.PunchResult.$Properties instead.
             */

            /**
             * Shape of a PunchResult.
             * @typedef {natter.control.PunchResult.$Properties} natter.control.PunchResult.$Shape
             */

            /**
             * Constructs a new PunchResult.
             * @memberof natter.control
             * @classdesc Represents a PunchResult.
             * @constructor
             * @param {natter.control.PunchResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PunchResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PunchResult attemptId.
             * @member {Uint8Array} attemptId
             * @memberof natter.control.PunchResult
             * @instance
             */
            PunchResult.prototype.attemptId = $util.newBuffer([]);

            /**
             * PunchResult success.
             * @member {boolean} success
             * @memberof natter.control.PunchResult
             * @instance
             */
            PunchResult.prototype.success = false;

            /**
             * PunchResult path.
             * @member {natter.Endpoint.$Properties|null|undefined} path
             * @memberof natter.control.PunchResult
             * @instance
             */
            PunchResult.prototype.path = null;

            /**
             * PunchResult elapsedMs.
             * @member {number} elapsedMs
             * @memberof natter.control.PunchResult
             * @instance
             */
            PunchResult.prototype.elapsedMs = 0;

            /**
             * Creates a new PunchResult instance using the specified properties.
             * @function create
             * @memberof natter.control.PunchResult
             * @static
             * @param {natter.control.PunchResult.$Properties=} [properties] Properties to set
             * @returns {natter.control.PunchResult} PunchResult instance
             * @type {{
             *   (properties: natter.control.PunchResult.$Shape): natter.control.PunchResult & natter.control.PunchResult.$Shape;
             *   (properties?: natter.control.PunchResult.$Properties): natter.control.PunchResult;
             * }}
             */
            PunchResult.create = function(properties) {
                return new PunchResult(properties);
            };

            /**
             * Encodes the specified PunchResult message. Does not implicitly {@link natter.control.PunchResult.verify|verify} messages.
             * @function encode
             * @memberof natter.control.PunchResult
             * @static
             * @param {natter.control.PunchResult.$Properties} message PunchResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PunchResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.attemptId != null && $Object.hasOwnProperty.call(message, "attemptId") && message.attemptId.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.attemptId);
                if (message.success != null && $Object.hasOwnProperty.call(message, "success") && message.success !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.success);
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    $root.natter.Endpoint.encode(message.path, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.elapsedMs != null && $Object.hasOwnProperty.call(message, "elapsedMs") && message.elapsedMs !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.elapsedMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PunchResult message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.PunchResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.PunchResult & natter.control.PunchResult.$Shape} PunchResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PunchResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.PunchResult();
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
                            if ((value = reader.bytes()).length)
                                message.attemptId = value;
                            else
                                delete message.attemptId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.success = value;
                            else
                                delete message.success;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.path = $root.natter.Endpoint.decode(reader, reader.size(), $undefined, _depth + 1, message.path);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.elapsedMs = value;
                            else
                                delete message.elapsedMs;
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

            return PunchResult;
        })();

        control.RelayFrame = (function() {

            /**
             * Properties of a RelayFrame.
             * @typedef {Object} natter.control.RelayFrame.$Properties
             * @property {string|null} [peer] RelayFrame peer
             * @property {Uint8Array|null} [payload] RelayFrame payload
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RelayFrame.
             * @memberof natter.control
             * @interface IRelayFrame
             * @augments natter.control.RelayFrame.$Properties
             * @deprecated Use natter.control.RelayFrame.$Properties instead.
             */

            /**
             * Shape of a RelayFrame.
             * @typedef {natter.control.RelayFrame.$Properties} natter.control.RelayFrame.$Shape
             */

            /**
             * Constructs a new RelayFrame.
             * @memberof natter.control
             * @classdesc Represents a RelayFrame.
             * @constructor
             * @param {natter.control.RelayFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RelayFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RelayFrame peer.
             * @member {string} peer
             * @memberof natter.control.RelayFrame
             * @instance
             */
            RelayFrame.prototype.peer = "";

            /**
             * RelayFrame payload.
             * @member {Uint8Array} payload
             * @memberof natter.control.RelayFrame
             * @instance
             */
            RelayFrame.prototype.payload = $util.newBuffer([]);

            /**
             * Creates a new RelayFrame instance using the specified properties.
             * @function create
             * @memberof natter.control.RelayFrame
             * @static
             * @param {natter.control.RelayFrame.$Properties=} [properties] Properties to set
             * @returns {natter.control.RelayFrame} RelayFrame instance
             * @type {{
             *   (properties: natter.control.RelayFrame.$Shape): natter.control.RelayFrame & natter.control.RelayFrame.$Shape;
             *   (properties?: natter.control.RelayFrame.$Properties): natter.control.RelayFrame;
             * }}
             */
            RelayFrame.create = function(properties) {
                return new RelayFrame(properties);
            };

            /**
             * Encodes the specified RelayFrame message. Does not implicitly {@link natter.control.RelayFrame.verify|verify} messages.
             * @function encode
             * @memberof natter.control.RelayFrame
             * @static
             * @param {natter.control.RelayFrame.$Properties} message RelayFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RelayFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.peer != null && $Object.hasOwnProperty.call(message, "peer") && message.peer !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.peer);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.payload);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RelayFrame message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.RelayFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.RelayFrame & natter.control.RelayFrame.$Shape} RelayFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RelayFrame.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.RelayFrame();
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
                                message.peer = value;
                            else
                                delete message.peer;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
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

            return RelayFrame;
        })();

        control.OfflineStore = (function() {

            /**
             * Properties of an OfflineStore.
             * @typedef {Object} natter.control.OfflineStore.$Properties
             * @property {string|null} [to] OfflineStore to
             * @property {Uint8Array|null} [messageId] OfflineStore messageId
             * @property {Uint8Array|null} [sealed] OfflineStore sealed
             * @property {number|null} [sentAtMs] OfflineStore sentAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OfflineStore.
             * @memberof natter.control
             * @interface IOfflineStore
             * @augments natter.control.OfflineStore.$Properties
             * @deprecated Use natter.control.OfflineStore.$Properties instead.
             */

            /**
             * Shape of an OfflineStore.
             * @typedef {natter.control.OfflineStore.$Properties} natter.control.OfflineStore.$Shape
             */

            /**
             * Constructs a new OfflineStore.
             * @memberof natter.control
             * @classdesc Represents an OfflineStore.
             * @constructor
             * @param {natter.control.OfflineStore.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OfflineStore = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OfflineStore to.
             * @member {string} to
             * @memberof natter.control.OfflineStore
             * @instance
             */
            OfflineStore.prototype.to = "";

            /**
             * OfflineStore messageId.
             * @member {Uint8Array} messageId
             * @memberof natter.control.OfflineStore
             * @instance
             */
            OfflineStore.prototype.messageId = $util.newBuffer([]);

            /**
             * OfflineStore sealed.
             * @member {Uint8Array} sealed
             * @memberof natter.control.OfflineStore
             * @instance
             */
            OfflineStore.prototype.sealed = $util.newBuffer([]);

            /**
             * OfflineStore sentAtMs.
             * @member {number} sentAtMs
             * @memberof natter.control.OfflineStore
             * @instance
             */
            OfflineStore.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new OfflineStore instance using the specified properties.
             * @function create
             * @memberof natter.control.OfflineStore
             * @static
             * @param {natter.control.OfflineStore.$Properties=} [properties] Properties to set
             * @returns {natter.control.OfflineStore} OfflineStore instance
             * @type {{
             *   (properties: natter.control.OfflineStore.$Shape): natter.control.OfflineStore & natter.control.OfflineStore.$Shape;
             *   (properties?: natter.control.OfflineStore.$Properties): natter.control.OfflineStore;
             * }}
             */
            OfflineStore.create = function(properties) {
                return new OfflineStore(properties);
            };

            /**
             * Encodes the specified OfflineStore message. Does not implicitly {@link natter.control.OfflineStore.verify|verify} messages.
             * @function encode
             * @memberof natter.control.OfflineStore
             * @static
             * @param {natter.control.OfflineStore.$Properties} message OfflineStore message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OfflineStore.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.to);
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.messageId);
                if (message.sealed != null && $Object.hasOwnProperty.call(message, "sealed") && message.sealed.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.sealed);
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs") && (typeof message.sentAtMs === "object" ? message.sentAtMs.low || message.sentAtMs.high : message.sentAtMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.sentAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OfflineStore message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.OfflineStore
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.OfflineStore & natter.control.OfflineStore.$Shape} OfflineStore
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OfflineStore.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.OfflineStore();
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
                                message.to = value;
                            else
                                delete message.to;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.sealed = value;
                            else
                                delete message.sealed;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentAtMs = value;
                            else
                                delete message.sentAtMs;
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

            return OfflineStore;
        })();

        control.OfflineStored = (function() {

            /**
             * Properties of an OfflineStored.
             * @typedef {Object} natter.control.OfflineStored.$Properties
             * @property {Uint8Array|null} [messageId] OfflineStored messageId
             * @property {number|null} [expiresAtMs] OfflineStored expiresAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OfflineStored.
             * @memberof natter.control
             * @interface IOfflineStored
             * @augments natter.control.OfflineStored.$Properties
             * @deprecated Use natter.control.OfflineStored.$Properties instead.
             */

            /**
             * Shape of an OfflineStored.
             * @typedef {natter.control.OfflineStored.$Properties} natter.control.OfflineStored.$Shape
             */

            /**
             * Constructs a new OfflineStored.
             * @memberof natter.control
             * @classdesc Represents an OfflineStored.
             * @constructor
             * @param {natter.control.OfflineStored.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OfflineStored = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OfflineStored messageId.
             * @member {Uint8Array} messageId
             * @memberof natter.control.OfflineStored
             * @instance
             */
            OfflineStored.prototype.messageId = $util.newBuffer([]);

            /**
             * OfflineStored expiresAtMs.
             * @member {number} expiresAtMs
             * @memberof natter.control.OfflineStored
             * @instance
             */
            OfflineStored.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new OfflineStored instance using the specified properties.
             * @function create
             * @memberof natter.control.OfflineStored
             * @static
             * @param {natter.control.OfflineStored.$Properties=} [properties] Properties to set
             * @returns {natter.control.OfflineStored} OfflineStored instance
             * @type {{
             *   (properties: natter.control.OfflineStored.$Shape): natter.control.OfflineStored & natter.control.OfflineStored.$Shape;
             *   (properties?: natter.control.OfflineStored.$Properties): natter.control.OfflineStored;
             * }}
             */
            OfflineStored.create = function(properties) {
                return new OfflineStored(properties);
            };

            /**
             * Encodes the specified OfflineStored message. Does not implicitly {@link natter.control.OfflineStored.verify|verify} messages.
             * @function encode
             * @memberof natter.control.OfflineStored
             * @static
             * @param {natter.control.OfflineStored.$Properties} message OfflineStored message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OfflineStored.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.messageId);
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs") && (typeof message.expiresAtMs === "object" ? message.expiresAtMs.low || message.expiresAtMs.high : message.expiresAtMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.expiresAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OfflineStored message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.OfflineStored
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.OfflineStored & natter.control.OfflineStored.$Shape} OfflineStored
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OfflineStored.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.OfflineStored();
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
                            if ((value = reader.bytes()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.expiresAtMs = value;
                            else
                                delete message.expiresAtMs;
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

            return OfflineStored;
        })();

        control.OfflineMessage = (function() {

            /**
             * Properties of an OfflineMessage.
             * @typedef {Object} natter.control.OfflineMessage.$Properties
             * @property {number|null} [seq] OfflineMessage seq
             * @property {string|null} [from] OfflineMessage from
             * @property {Uint8Array|null} [messageId] OfflineMessage messageId
             * @property {Uint8Array|null} [sealed] OfflineMessage sealed
             * @property {number|null} [sentAtMs] OfflineMessage sentAtMs
             * @property {number|null} [storedAtMs] OfflineMessage storedAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OfflineMessage.
             * @memberof natter.control
             * @interface IOfflineMessage
             * @augments natter.control.OfflineMessage.$Properties
             * @deprecated Use natter.control.OfflineMessage.$Properties instead.
             */

            /**
             * Shape of an OfflineMessage.
             * @typedef {natter.control.OfflineMessage.$Properties} natter.control.OfflineMessage.$Shape
             */

            /**
             * Constructs a new OfflineMessage.
             * @memberof natter.control
             * @classdesc Represents an OfflineMessage.
             * @constructor
             * @param {natter.control.OfflineMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OfflineMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OfflineMessage seq.
             * @member {number} seq
             * @memberof natter.control.OfflineMessage
             * @instance
             */
            OfflineMessage.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * OfflineMessage from.
             * @member {string} from
             * @memberof natter.control.OfflineMessage
             * @instance
             */
            OfflineMessage.prototype.from = "";

            /**
             * OfflineMessage messageId.
             * @member {Uint8Array} messageId
             * @memberof natter.control.OfflineMessage
             * @instance
             */
            OfflineMessage.prototype.messageId = $util.newBuffer([]);

            /**
             * OfflineMessage sealed.
             * @member {Uint8Array} sealed
             * @memberof natter.control.OfflineMessage
             * @instance
             */
            OfflineMessage.prototype.sealed = $util.newBuffer([]);

            /**
             * OfflineMessage sentAtMs.
             * @member {number} sentAtMs
             * @memberof natter.control.OfflineMessage
             * @instance
             */
            OfflineMessage.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * OfflineMessage storedAtMs.
             * @member {number} storedAtMs
             * @memberof natter.control.OfflineMessage
             * @instance
             */
            OfflineMessage.prototype.storedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new OfflineMessage instance using the specified properties.
             * @function create
             * @memberof natter.control.OfflineMessage
             * @static
             * @param {natter.control.OfflineMessage.$Properties=} [properties] Properties to set
             * @returns {natter.control.OfflineMessage} OfflineMessage instance
             * @type {{
             *   (properties: natter.control.OfflineMessage.$Shape): natter.control.OfflineMessage & natter.control.OfflineMessage.$Shape;
             *   (properties?: natter.control.OfflineMessage.$Properties): natter.control.OfflineMessage;
             * }}
             */
            OfflineMessage.create = function(properties) {
                return new OfflineMessage(properties);
            };

            /**
             * Encodes the specified OfflineMessage message. Does not implicitly {@link natter.control.OfflineMessage.verify|verify} messages.
             * @function encode
             * @memberof natter.control.OfflineMessage
             * @static
             * @param {natter.control.OfflineMessage.$Properties} message OfflineMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OfflineMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.from);
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.messageId);
                if (message.sealed != null && $Object.hasOwnProperty.call(message, "sealed") && message.sealed.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.sealed);
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs") && (typeof message.sentAtMs === "object" ? message.sentAtMs.low || message.sentAtMs.high : message.sentAtMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.sentAtMs);
                if (message.storedAtMs != null && $Object.hasOwnProperty.call(message, "storedAtMs") && (typeof message.storedAtMs === "object" ? message.storedAtMs.low || message.storedAtMs.high : message.storedAtMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.storedAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OfflineMessage message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.OfflineMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.OfflineMessage & natter.control.OfflineMessage.$Shape} OfflineMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OfflineMessage.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.OfflineMessage();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
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
                            if ((value = reader.bytes()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.sealed = value;
                            else
                                delete message.sealed;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentAtMs = value;
                            else
                                delete message.sentAtMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.storedAtMs = value;
                            else
                                delete message.storedAtMs;
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

            return OfflineMessage;
        })();

        control.OfflineDeliver = (function() {

            /**
             * Properties of an OfflineDeliver.
             * @typedef {Object} natter.control.OfflineDeliver.$Properties
             * @property {Array.<natter.control.OfflineMessage.$Properties>|null} [messages] OfflineDeliver messages
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OfflineDeliver.
             * @memberof natter.control
             * @interface IOfflineDeliver
             * @augments natter.control.OfflineDeliver.$Properties
             * @deprecated Use natter.control.OfflineDeliver.$Properties instead.
             */

            /**
             * Shape of an OfflineDeliver.
             * @typedef {natter.control.OfflineDeliver.$Properties} natter.control.OfflineDeliver.$Shape
             */

            /**
             * Constructs a new OfflineDeliver.
             * @memberof natter.control
             * @classdesc Represents an OfflineDeliver.
             * @constructor
             * @param {natter.control.OfflineDeliver.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OfflineDeliver = function (properties) {
                this.messages = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OfflineDeliver messages.
             * @member {Array.<natter.control.OfflineMessage.$Properties>} messages
             * @memberof natter.control.OfflineDeliver
             * @instance
             */
            OfflineDeliver.prototype.messages = $util.emptyArray;

            /**
             * Creates a new OfflineDeliver instance using the specified properties.
             * @function create
             * @memberof natter.control.OfflineDeliver
             * @static
             * @param {natter.control.OfflineDeliver.$Properties=} [properties] Properties to set
             * @returns {natter.control.OfflineDeliver} OfflineDeliver instance
             * @type {{
             *   (properties: natter.control.OfflineDeliver.$Shape): natter.control.OfflineDeliver & natter.control.OfflineDeliver.$Shape;
             *   (properties?: natter.control.OfflineDeliver.$Properties): natter.control.OfflineDeliver;
             * }}
             */
            OfflineDeliver.create = function(properties) {
                return new OfflineDeliver(properties);
            };

            /**
             * Encodes the specified OfflineDeliver message. Does not implicitly {@link natter.control.OfflineDeliver.verify|verify} messages.
             * @function encode
             * @memberof natter.control.OfflineDeliver
             * @static
             * @param {natter.control.OfflineDeliver.$Properties} message OfflineDeliver message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OfflineDeliver.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messages != null && message.messages.length)
                    for (let i = 0; i < message.messages.length; ++i)
                        $root.natter.control.OfflineMessage.encode(message.messages[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OfflineDeliver message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.OfflineDeliver
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.OfflineDeliver & natter.control.OfflineDeliver.$Shape} OfflineDeliver
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OfflineDeliver.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.OfflineDeliver();
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
                            message.messages.push($root.natter.control.OfflineMessage.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return OfflineDeliver;
        })();

        control.OfflineAck = (function() {

            /**
             * Properties of an OfflineAck.
             * @typedef {Object} natter.control.OfflineAck.$Properties
             * @property {Array.<number>|null} [seqs] OfflineAck seqs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OfflineAck.
             * @memberof natter.control
             * @interface IOfflineAck
             * @augments natter.control.OfflineAck.$Properties
             * @deprecated Use natter.control.OfflineAck.$Properties instead.
             */

            /**
             * Shape of an OfflineAck.
             * @typedef {natter.control.OfflineAck.$Properties} natter.control.OfflineAck.$Shape
             */

            /**
             * Constructs a new OfflineAck.
             * @memberof natter.control
             * @classdesc Represents an OfflineAck.
             * @constructor
             * @param {natter.control.OfflineAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OfflineAck = function (properties) {
                this.seqs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OfflineAck seqs.
             * @member {Array.<number>} seqs
             * @memberof natter.control.OfflineAck
             * @instance
             */
            OfflineAck.prototype.seqs = $util.emptyArray;

            /**
             * Creates a new OfflineAck instance using the specified properties.
             * @function create
             * @memberof natter.control.OfflineAck
             * @static
             * @param {natter.control.OfflineAck.$Properties=} [properties] Properties to set
             * @returns {natter.control.OfflineAck} OfflineAck instance
             * @type {{
             *   (properties: natter.control.OfflineAck.$Shape): natter.control.OfflineAck & natter.control.OfflineAck.$Shape;
             *   (properties?: natter.control.OfflineAck.$Properties): natter.control.OfflineAck;
             * }}
             */
            OfflineAck.create = function(properties) {
                return new OfflineAck(properties);
            };

            /**
             * Encodes the specified OfflineAck message. Does not implicitly {@link natter.control.OfflineAck.verify|verify} messages.
             * @function encode
             * @memberof natter.control.OfflineAck
             * @static
             * @param {natter.control.OfflineAck.$Properties} message OfflineAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OfflineAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seqs != null && message.seqs.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).uint64s(message.seqs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OfflineAck message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.OfflineAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.OfflineAck & natter.control.OfflineAck.$Shape} OfflineAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OfflineAck.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.OfflineAck();
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
                                if (!(message.seqs && message.seqs.length))
                                    message.seqs = [];
                                reader.uint64s(message.seqs);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.seqs && message.seqs.length))
                                message.seqs = [];
                            message.seqs.push(reader.uint64());
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

            return OfflineAck;
        })();

        control.Heartbeat = (function() {

            /**
             * Properties of a Heartbeat.
             * @typedef {Object} natter.control.Heartbeat.$Properties
             * @property {number|null} [sentAtMs] Heartbeat sentAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Heartbeat.
             * @memberof natter.control
             * @interface IHeartbeat
             * @augments natter.control.Heartbeat.$Properties
             * @deprecated Use natter.control.Heartbeat.$Properties instead.
             */

            /**
             * Shape of a Heartbeat.
             * @typedef {natter.control.Heartbeat.$Properties} natter.control.Heartbeat.$Shape
             */

            /**
             * Constructs a new Heartbeat.
             * @memberof natter.control
             * @classdesc Represents a Heartbeat.
             * @constructor
             * @param {natter.control.Heartbeat.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Heartbeat = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Heartbeat sentAtMs.
             * @member {number} sentAtMs
             * @memberof natter.control.Heartbeat
             * @instance
             */
            Heartbeat.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @function create
             * @memberof natter.control.Heartbeat
             * @static
             * @param {natter.control.Heartbeat.$Properties=} [properties] Properties to set
             * @returns {natter.control.Heartbeat} Heartbeat instance
             * @type {{
             *   (properties: natter.control.Heartbeat.$Shape): natter.control.Heartbeat & natter.control.Heartbeat.$Shape;
             *   (properties?: natter.control.Heartbeat.$Properties): natter.control.Heartbeat;
             * }}
             */
            Heartbeat.create = function(properties) {
                return new Heartbeat(properties);
            };

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link natter.control.Heartbeat.verify|verify} messages.
             * @function encode
             * @memberof natter.control.Heartbeat
             * @static
             * @param {natter.control.Heartbeat.$Properties} message Heartbeat message or plain object to encode
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
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs") && (typeof message.sentAtMs === "object" ? message.sentAtMs.low || message.sentAtMs.high : message.sentAtMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.sentAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.Heartbeat & natter.control.Heartbeat.$Shape} Heartbeat
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
                message = _target || new $root.natter.control.Heartbeat();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentAtMs = value;
                            else
                                delete message.sentAtMs;
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

        control.HeartbeatAck = (function() {

            /**
             * Properties of a HeartbeatAck.
             * @typedef {Object} natter.control.HeartbeatAck.$Properties
             * @property {number|null} [echoSentAtMs] HeartbeatAck echoSentAtMs
             * @property {number|null} [serverTimeMs] HeartbeatAck serverTimeMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HeartbeatAck.
             * @memberof natter.control
             * @interface IHeartbeatAck
             * @augments natter.control.HeartbeatAck.$Properties
             * @deprecated Use natter.control.HeartbeatAck.$Properties instead.
             */

            /**
             * Shape of a HeartbeatAck.
             * @typedef {natter.control.HeartbeatAck.$Properties} natter.control.HeartbeatAck.$Shape
             */

            /**
             * Constructs a new HeartbeatAck.
             * @memberof natter.control
             * @classdesc Represents a HeartbeatAck.
             * @constructor
             * @param {natter.control.HeartbeatAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HeartbeatAck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HeartbeatAck echoSentAtMs.
             * @member {number} echoSentAtMs
             * @memberof natter.control.HeartbeatAck
             * @instance
             */
            HeartbeatAck.prototype.echoSentAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HeartbeatAck serverTimeMs.
             * @member {number} serverTimeMs
             * @memberof natter.control.HeartbeatAck
             * @instance
             */
            HeartbeatAck.prototype.serverTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new HeartbeatAck instance using the specified properties.
             * @function create
             * @memberof natter.control.HeartbeatAck
             * @static
             * @param {natter.control.HeartbeatAck.$Properties=} [properties] Properties to set
             * @returns {natter.control.HeartbeatAck} HeartbeatAck instance
             * @type {{
             *   (properties: natter.control.HeartbeatAck.$Shape): natter.control.HeartbeatAck & natter.control.HeartbeatAck.$Shape;
             *   (properties?: natter.control.HeartbeatAck.$Properties): natter.control.HeartbeatAck;
             * }}
             */
            HeartbeatAck.create = function(properties) {
                return new HeartbeatAck(properties);
            };

            /**
             * Encodes the specified HeartbeatAck message. Does not implicitly {@link natter.control.HeartbeatAck.verify|verify} messages.
             * @function encode
             * @memberof natter.control.HeartbeatAck
             * @static
             * @param {natter.control.HeartbeatAck.$Properties} message HeartbeatAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HeartbeatAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.echoSentAtMs != null && $Object.hasOwnProperty.call(message, "echoSentAtMs") && (typeof message.echoSentAtMs === "object" ? message.echoSentAtMs.low || message.echoSentAtMs.high : message.echoSentAtMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.echoSentAtMs);
                if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs") && (typeof message.serverTimeMs === "object" ? message.serverTimeMs.low || message.serverTimeMs.high : message.serverTimeMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.serverTimeMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HeartbeatAck message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.HeartbeatAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.HeartbeatAck & natter.control.HeartbeatAck.$Shape} HeartbeatAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HeartbeatAck.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.HeartbeatAck();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.echoSentAtMs = value;
                            else
                                delete message.echoSentAtMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.serverTimeMs = value;
                            else
                                delete message.serverTimeMs;
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

            return HeartbeatAck;
        })();

        /**
         * NotifyKind enum.
         * @name natter.control.NotifyKind
         * @enum {number}
         * @property {number} NOTIFY_KIND_UNSPECIFIED=0 NOTIFY_KIND_UNSPECIFIED value
         * @property {number} EMAIL=1 EMAIL value
         * @property {number} SMS=2 SMS value
         * @property {number} WEBHOOK=3 WEBHOOK value
         */
        control.NotifyKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NOTIFY_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "EMAIL"] = 1;
            values[valuesById[2] = "SMS"] = 2;
            values[valuesById[3] = "WEBHOOK"] = 3;
            return values;
        })();

        control.NotifyAdd = (function() {

            /**
             * Properties of a NotifyAdd.
             * @typedef {Object} natter.control.NotifyAdd.$Properties
             * @property {natter.control.NotifyKind|null} [kind] NotifyAdd kind
             * @property {string|null} [address] NotifyAdd address
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NotifyAdd.
             * @memberof natter.control
             * @interface INotifyAdd
             * @augments natter.control.NotifyAdd.$Properties
             * @deprecated Use natter.control.NotifyAdd.$Properties instead.
             */

            /**
             * Shape of a NotifyAdd.
             * @typedef {natter.control.NotifyAdd.$Properties} natter.control.NotifyAdd.$Shape
             */

            /**
             * Constructs a new NotifyAdd.
             * @memberof natter.control
             * @classdesc Represents a NotifyAdd.
             * @constructor
             * @param {natter.control.NotifyAdd.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NotifyAdd = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NotifyAdd kind.
             * @member {natter.control.NotifyKind} kind
             * @memberof natter.control.NotifyAdd
             * @instance
             */
            NotifyAdd.prototype.kind = 0;

            /**
             * NotifyAdd address.
             * @member {string} address
             * @memberof natter.control.NotifyAdd
             * @instance
             */
            NotifyAdd.prototype.address = "";

            /**
             * Creates a new NotifyAdd instance using the specified properties.
             * @function create
             * @memberof natter.control.NotifyAdd
             * @static
             * @param {natter.control.NotifyAdd.$Properties=} [properties] Properties to set
             * @returns {natter.control.NotifyAdd} NotifyAdd instance
             * @type {{
             *   (properties: natter.control.NotifyAdd.$Shape): natter.control.NotifyAdd & natter.control.NotifyAdd.$Shape;
             *   (properties?: natter.control.NotifyAdd.$Properties): natter.control.NotifyAdd;
             * }}
             */
            NotifyAdd.create = function(properties) {
                return new NotifyAdd(properties);
            };

            /**
             * Encodes the specified NotifyAdd message. Does not implicitly {@link natter.control.NotifyAdd.verify|verify} messages.
             * @function encode
             * @memberof natter.control.NotifyAdd
             * @static
             * @param {natter.control.NotifyAdd.$Properties} message NotifyAdd message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotifyAdd.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.address);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NotifyAdd message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.NotifyAdd
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.NotifyAdd & natter.control.NotifyAdd.$Shape} NotifyAdd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotifyAdd.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.NotifyAdd();
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
                                message.address = value;
                            else
                                delete message.address;
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

            return NotifyAdd;
        })();

        control.NotifyChannel = (function() {

            /**
             * Properties of a NotifyChannel.
             * @typedef {Object} natter.control.NotifyChannel.$Properties
             * @property {string|null} [id] NotifyChannel id
             * @property {natter.control.NotifyKind|null} [kind] NotifyChannel kind
             * @property {string|null} [address] NotifyChannel address
             * @property {natter.control.NotifyChannel.State|null} [state] NotifyChannel state
             * @property {string|null} [reason] NotifyChannel reason
             * @property {number|null} [createdAtMs] NotifyChannel createdAtMs
             * @property {number|null} [failures] NotifyChannel failures
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NotifyChannel.
             * @memberof natter.control
             * @interface INotifyChannel
             * @augments natter.control.NotifyChannel.$Properties
             * @deprecated Use natter.control.NotifyChannel.$Properties instead.
             */

            /**
             * Shape of a NotifyChannel.
             * @typedef {natter.control.NotifyChannel.$Properties} natter.control.NotifyChannel.$Shape
             */

            /**
             * Constructs a new NotifyChannel.
             * @memberof natter.control
             * @classdesc Represents a NotifyChannel.
             * @constructor
             * @param {natter.control.NotifyChannel.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NotifyChannel = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NotifyChannel id.
             * @member {string} id
             * @memberof natter.control.NotifyChannel
             * @instance
             */
            NotifyChannel.prototype.id = "";

            /**
             * NotifyChannel kind.
             * @member {natter.control.NotifyKind} kind
             * @memberof natter.control.NotifyChannel
             * @instance
             */
            NotifyChannel.prototype.kind = 0;

            /**
             * NotifyChannel address.
             * @member {string} address
             * @memberof natter.control.NotifyChannel
             * @instance
             */
            NotifyChannel.prototype.address = "";

            /**
             * NotifyChannel state.
             * @member {natter.control.NotifyChannel.State} state
             * @memberof natter.control.NotifyChannel
             * @instance
             */
            NotifyChannel.prototype.state = 0;

            /**
             * NotifyChannel reason.
             * @member {string} reason
             * @memberof natter.control.NotifyChannel
             * @instance
             */
            NotifyChannel.prototype.reason = "";

            /**
             * NotifyChannel createdAtMs.
             * @member {number} createdAtMs
             * @memberof natter.control.NotifyChannel
             * @instance
             */
            NotifyChannel.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NotifyChannel failures.
             * @member {number} failures
             * @memberof natter.control.NotifyChannel
             * @instance
             */
            NotifyChannel.prototype.failures = 0;

            /**
             * Creates a new NotifyChannel instance using the specified properties.
             * @function create
             * @memberof natter.control.NotifyChannel
             * @static
             * @param {natter.control.NotifyChannel.$Properties=} [properties] Properties to set
             * @returns {natter.control.NotifyChannel} NotifyChannel instance
             * @type {{
             *   (properties: natter.control.NotifyChannel.$Shape): natter.control.NotifyChannel & natter.control.NotifyChannel.$Shape;
             *   (properties?: natter.control.NotifyChannel.$Properties): natter.control.NotifyChannel;
             * }}
             */
            NotifyChannel.create = function(properties) {
                return new NotifyChannel(properties);
            };

            /**
             * Encodes the specified NotifyChannel message. Does not implicitly {@link natter.control.NotifyChannel.verify|verify} messages.
             * @function encode
             * @memberof natter.control.NotifyChannel
             * @static
             * @param {natter.control.NotifyChannel.$Properties} message NotifyChannel message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotifyChannel.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.kind);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.address);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.state);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.reason);
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.createdAtMs);
                if (message.failures != null && $Object.hasOwnProperty.call(message, "failures") && message.failures !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.failures);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NotifyChannel message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.NotifyChannel
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.NotifyChannel & natter.control.NotifyChannel.$Shape} NotifyChannel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotifyChannel.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.NotifyChannel();
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
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAtMs = value;
                            else
                                delete message.createdAtMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.failures = value;
                            else
                                delete message.failures;
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

            /**
             * State enum.
             * @name natter.control.NotifyChannel.State
             * @enum {number}
             * @property {number} STATE_UNSPECIFIED=0 STATE_UNSPECIFIED value
             * @property {number} UNVERIFIED=1 UNVERIFIED value
             * @property {number} ACTIVE=2 ACTIVE value
             * @property {number} DISABLED=3 DISABLED value
             */
            NotifyChannel.State = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "STATE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "UNVERIFIED"] = 1;
                values[valuesById[2] = "ACTIVE"] = 2;
                values[valuesById[3] = "DISABLED"] = 3;
                return values;
            })();

            return NotifyChannel;
        })();

        control.NotifyAdded = (function() {

            /**
             * Properties of a NotifyAdded.
             * @typedef {Object} natter.control.NotifyAdded.$Properties
             * @property {natter.control.NotifyChannel.$Properties|null} [channel] NotifyAdded channel
             * @property {Uint8Array|null} [secret] NotifyAdded secret
             * @property {number|null} [codeExpiresAtMs] NotifyAdded codeExpiresAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NotifyAdded.
             * @memberof natter.control
             * @interface INotifyAdded
             * @augments natter.control.NotifyAdded.$Properties
             * @deprecated Use natter.control.NotifyAdded.$Properties instead.
             */

            /**
             * Shape of a NotifyAdded.
             * @typedef {natter.control.NotifyAdded.$Properties} natter.control.NotifyAdded.$Shape
             */

            /**
             * Constructs a new NotifyAdded.
             * @memberof natter.control
             * @classdesc Represents a NotifyAdded.
             * @constructor
             * @param {natter.control.NotifyAdded.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NotifyAdded = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NotifyAdded channel.
             * @member {natter.control.NotifyChannel.$Properties|null|undefined} channel
             * @memberof natter.control.NotifyAdded
             * @instance
             */
            NotifyAdded.prototype.channel = null;

            /**
             * NotifyAdded secret.
             * @member {Uint8Array} secret
             * @memberof natter.control.NotifyAdded
             * @instance
             */
            NotifyAdded.prototype.secret = $util.newBuffer([]);

            /**
             * NotifyAdded codeExpiresAtMs.
             * @member {number} codeExpiresAtMs
             * @memberof natter.control.NotifyAdded
             * @instance
             */
            NotifyAdded.prototype.codeExpiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new NotifyAdded instance using the specified properties.
             * @function create
             * @memberof natter.control.NotifyAdded
             * @static
             * @param {natter.control.NotifyAdded.$Properties=} [properties] Properties to set
             * @returns {natter.control.NotifyAdded} NotifyAdded instance
             * @type {{
             *   (properties: natter.control.NotifyAdded.$Shape): natter.control.NotifyAdded & natter.control.NotifyAdded.$Shape;
             *   (properties?: natter.control.NotifyAdded.$Properties): natter.control.NotifyAdded;
             * }}
             */
            NotifyAdded.create = function(properties) {
                return new NotifyAdded(properties);
            };

            /**
             * Encodes the specified NotifyAdded message. Does not implicitly {@link natter.control.NotifyAdded.verify|verify} messages.
             * @function encode
             * @memberof natter.control.NotifyAdded
             * @static
             * @param {natter.control.NotifyAdded.$Properties} message NotifyAdded message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotifyAdded.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel"))
                    $root.natter.control.NotifyChannel.encode(message.channel, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.secret != null && $Object.hasOwnProperty.call(message, "secret") && message.secret.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.secret);
                if (message.codeExpiresAtMs != null && $Object.hasOwnProperty.call(message, "codeExpiresAtMs") && (typeof message.codeExpiresAtMs === "object" ? message.codeExpiresAtMs.low || message.codeExpiresAtMs.high : message.codeExpiresAtMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.codeExpiresAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NotifyAdded message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.NotifyAdded
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.NotifyAdded & natter.control.NotifyAdded.$Shape} NotifyAdded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotifyAdded.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.NotifyAdded();
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
                            message.channel = $root.natter.control.NotifyChannel.decode(reader, reader.size(), $undefined, _depth + 1, message.channel);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.secret = value;
                            else
                                delete message.secret;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.codeExpiresAtMs = value;
                            else
                                delete message.codeExpiresAtMs;
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

            return NotifyAdded;
        })();

        control.NotifyVerify = (function() {

            /**
             * Properties of a NotifyVerify.
             * @typedef {Object} natter.control.NotifyVerify.$Properties
             * @property {string|null} [channelId] NotifyVerify channelId
             * @property {string|null} [code] NotifyVerify code
             * @property {boolean|null} [resend] NotifyVerify resend
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NotifyVerify.
             * @memberof natter.control
             * @interface INotifyVerify
             * @augments natter.control.NotifyVerify.$Properties
             * @deprecated Use natter.control.NotifyVerify.$Properties instead.
             */

            /**
             * Shape of a NotifyVerify.
             * @typedef {natter.control.NotifyVerify.$Properties} natter.control.NotifyVerify.$Shape
             */

            /**
             * Constructs a new NotifyVerify.
             * @memberof natter.control
             * @classdesc Represents a NotifyVerify.
             * @constructor
             * @param {natter.control.NotifyVerify.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NotifyVerify = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NotifyVerify channelId.
             * @member {string} channelId
             * @memberof natter.control.NotifyVerify
             * @instance
             */
            NotifyVerify.prototype.channelId = "";

            /**
             * NotifyVerify code.
             * @member {string} code
             * @memberof natter.control.NotifyVerify
             * @instance
             */
            NotifyVerify.prototype.code = "";

            /**
             * NotifyVerify resend.
             * @member {boolean} resend
             * @memberof natter.control.NotifyVerify
             * @instance
             */
            NotifyVerify.prototype.resend = false;

            /**
             * Creates a new NotifyVerify instance using the specified properties.
             * @function create
             * @memberof natter.control.NotifyVerify
             * @static
             * @param {natter.control.NotifyVerify.$Properties=} [properties] Properties to set
             * @returns {natter.control.NotifyVerify} NotifyVerify instance
             * @type {{
             *   (properties: natter.control.NotifyVerify.$Shape): natter.control.NotifyVerify & natter.control.NotifyVerify.$Shape;
             *   (properties?: natter.control.NotifyVerify.$Properties): natter.control.NotifyVerify;
             * }}
             */
            NotifyVerify.create = function(properties) {
                return new NotifyVerify(properties);
            };

            /**
             * Encodes the specified NotifyVerify message. Does not implicitly {@link natter.control.NotifyVerify.verify|verify} messages.
             * @function encode
             * @memberof natter.control.NotifyVerify
             * @static
             * @param {natter.control.NotifyVerify.$Properties} message NotifyVerify message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotifyVerify.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.channelId != null && $Object.hasOwnProperty.call(message, "channelId") && message.channelId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.channelId);
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.code);
                if (message.resend != null && $Object.hasOwnProperty.call(message, "resend") && message.resend !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.resend);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NotifyVerify message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.NotifyVerify
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.NotifyVerify & natter.control.NotifyVerify.$Shape} NotifyVerify
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotifyVerify.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.NotifyVerify();
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
                                message.channelId = value;
                            else
                                delete message.channelId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.resend = value;
                            else
                                delete message.resend;
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

            return NotifyVerify;
        })();

        control.NotifyRemove = (function() {

            /**
             * Properties of a NotifyRemove.
             * @typedef {Object} natter.control.NotifyRemove.$Properties
             * @property {string|null} [channelId] NotifyRemove channelId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NotifyRemove.
             * @memberof natter.control
             * @interface INotifyRemove
             * @augments natter.control.NotifyRemove.$Properties
             * @deprecated Use natter.control.NotifyRemove.$Properties instead.
             */

            /**
             * Shape of a NotifyRemove.
             * @typedef {natter.control.NotifyRemove.$Properties} natter.control.NotifyRemove.$Shape
             */

            /**
             * Constructs a new NotifyRemove.
             * @memberof natter.control
             * @classdesc Represents a NotifyRemove.
             * @constructor
             * @param {natter.control.NotifyRemove.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NotifyRemove = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NotifyRemove channelId.
             * @member {string} channelId
             * @memberof natter.control.NotifyRemove
             * @instance
             */
            NotifyRemove.prototype.channelId = "";

            /**
             * Creates a new NotifyRemove instance using the specified properties.
             * @function create
             * @memberof natter.control.NotifyRemove
             * @static
             * @param {natter.control.NotifyRemove.$Properties=} [properties] Properties to set
             * @returns {natter.control.NotifyRemove} NotifyRemove instance
             * @type {{
             *   (properties: natter.control.NotifyRemove.$Shape): natter.control.NotifyRemove & natter.control.NotifyRemove.$Shape;
             *   (properties?: natter.control.NotifyRemove.$Properties): natter.control.NotifyRemove;
             * }}
             */
            NotifyRemove.create = function(properties) {
                return new NotifyRemove(properties);
            };

            /**
             * Encodes the specified NotifyRemove message. Does not implicitly {@link natter.control.NotifyRemove.verify|verify} messages.
             * @function encode
             * @memberof natter.control.NotifyRemove
             * @static
             * @param {natter.control.NotifyRemove.$Properties} message NotifyRemove message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotifyRemove.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.channelId != null && $Object.hasOwnProperty.call(message, "channelId") && message.channelId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.channelId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NotifyRemove message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.NotifyRemove
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.NotifyRemove & natter.control.NotifyRemove.$Shape} NotifyRemove
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotifyRemove.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.NotifyRemove();
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
                                message.channelId = value;
                            else
                                delete message.channelId;
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

            return NotifyRemove;
        })();

        control.NotifyList = (function() {

            /**
             * Properties of a NotifyList.
             * @typedef {Object} natter.control.NotifyList.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NotifyList.
             * @memberof natter.control
             * @interface INotifyList
             * @augments natter.control.NotifyList.$Properties
             * @deprecated Use natter.control.NotifyList.$Properties instead.
             */

            /**
             * Shape of a NotifyList.
             * @typedef {natter.control.NotifyList.$Properties} natter.control.NotifyList.$Shape
             */

            /**
             * Constructs a new NotifyList.
             * @memberof natter.control
             * @classdesc Represents a NotifyList.
             * @constructor
             * @param {natter.control.NotifyList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NotifyList = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new NotifyList instance using the specified properties.
             * @function create
             * @memberof natter.control.NotifyList
             * @static
             * @param {natter.control.NotifyList.$Properties=} [properties] Properties to set
             * @returns {natter.control.NotifyList} NotifyList instance
             * @type {{
             *   (properties: natter.control.NotifyList.$Shape): natter.control.NotifyList & natter.control.NotifyList.$Shape;
             *   (properties?: natter.control.NotifyList.$Properties): natter.control.NotifyList;
             * }}
             */
            NotifyList.create = function(properties) {
                return new NotifyList(properties);
            };

            /**
             * Encodes the specified NotifyList message. Does not implicitly {@link natter.control.NotifyList.verify|verify} messages.
             * @function encode
             * @memberof natter.control.NotifyList
             * @static
             * @param {natter.control.NotifyList.$Properties} message NotifyList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotifyList.encode = function (message, writer, _depth) {
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
             * Decodes a NotifyList message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.NotifyList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.NotifyList & natter.control.NotifyList.$Shape} NotifyList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotifyList.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.NotifyList();
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

            return NotifyList;
        })();

        control.QuietHours = (function() {

            /**
             * Properties of a QuietHours.
             * @typedef {Object} natter.control.QuietHours.$Properties
             * @property {number|null} [fromMinute] QuietHours fromMinute
             * @property {number|null} [toMinute] QuietHours toMinute
             * @property {string|null} [timeZone] QuietHours timeZone
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QuietHours.
             * @memberof natter.control
             * @interface IQuietHours
             * @augments natter.control.QuietHours.$Properties
             * @deprecated Use natter.control.QuietHours.$Properties instead.
             */

            /**
             * Shape of a QuietHours.
             * @typedef {natter.control.QuietHours.$Properties} natter.control.QuietHours.$Shape
             */

            /**
             * Constructs a new QuietHours.
             * @memberof natter.control
             * @classdesc Represents a QuietHours.
             * @constructor
             * @param {natter.control.QuietHours.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QuietHours = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QuietHours fromMinute.
             * @member {number} fromMinute
             * @memberof natter.control.QuietHours
             * @instance
             */
            QuietHours.prototype.fromMinute = 0;

            /**
             * QuietHours toMinute.
             * @member {number} toMinute
             * @memberof natter.control.QuietHours
             * @instance
             */
            QuietHours.prototype.toMinute = 0;

            /**
             * QuietHours timeZone.
             * @member {string} timeZone
             * @memberof natter.control.QuietHours
             * @instance
             */
            QuietHours.prototype.timeZone = "";

            /**
             * Creates a new QuietHours instance using the specified properties.
             * @function create
             * @memberof natter.control.QuietHours
             * @static
             * @param {natter.control.QuietHours.$Properties=} [properties] Properties to set
             * @returns {natter.control.QuietHours} QuietHours instance
             * @type {{
             *   (properties: natter.control.QuietHours.$Shape): natter.control.QuietHours & natter.control.QuietHours.$Shape;
             *   (properties?: natter.control.QuietHours.$Properties): natter.control.QuietHours;
             * }}
             */
            QuietHours.create = function(properties) {
                return new QuietHours(properties);
            };

            /**
             * Encodes the specified QuietHours message. Does not implicitly {@link natter.control.QuietHours.verify|verify} messages.
             * @function encode
             * @memberof natter.control.QuietHours
             * @static
             * @param {natter.control.QuietHours.$Properties} message QuietHours message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QuietHours.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fromMinute != null && $Object.hasOwnProperty.call(message, "fromMinute") && message.fromMinute !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.fromMinute);
                if (message.toMinute != null && $Object.hasOwnProperty.call(message, "toMinute") && message.toMinute !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.toMinute);
                if (message.timeZone != null && $Object.hasOwnProperty.call(message, "timeZone") && message.timeZone !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.timeZone);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a QuietHours message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.QuietHours
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.QuietHours & natter.control.QuietHours.$Shape} QuietHours
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QuietHours.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.QuietHours();
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
                                message.fromMinute = value;
                            else
                                delete message.fromMinute;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.toMinute = value;
                            else
                                delete message.toMinute;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.timeZone = value;
                            else
                                delete message.timeZone;
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

            return QuietHours;
        })();

        control.NotifyConfigure = (function() {

            /**
             * Properties of a NotifyConfigure.
             * @typedef {Object} natter.control.NotifyConfigure.$Properties
             * @property {natter.control.QuietHours.$Properties|null} [quiet] NotifyConfigure quiet
             * @property {boolean|null} [clearQuiet] NotifyConfigure clearQuiet
             * @property {number|null} [delayMs] NotifyConfigure delayMs
             * @property {number|null} [everyMs] NotifyConfigure everyMs
             * @property {string|null} [allow] NotifyConfigure allow
             * @property {string|null} [deny] NotifyConfigure deny
             * @property {boolean|null} [notifications] NotifyConfigure notifications
             * @property {"quiet"|"clearQuiet"|"delayMs"|"everyMs"|"allow"|"deny"|"notifications"} [change] NotifyConfigure change
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NotifyConfigure.
             * @memberof natter.control
             * @interface INotifyConfigure
             * @augments natter.control.NotifyConfigure.$Properties
             * @deprecated Use natter.control.NotifyConfigure.$Properties instead.
             */

            /**
             * Narrowed shape of a NotifyConfigure.
             * @typedef {{
             *   quiet?: natter.control.QuietHours.$Shape|null;
             *   clearQuiet?: boolean|null;
             *   delayMs?: number|null;
             *   everyMs?: number|null;
             *   allow?: string|null;
             *   deny?: string|null;
             *   notifications?: boolean|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ change?: undefined; quiet?: null; clearQuiet?: null; delayMs?: null; everyMs?: null; allow?: null; deny?: null; notifications?: null }|{ change?: "quiet"; quiet: natter.control.QuietHours.$Shape; clearQuiet?: null; delayMs?: null; everyMs?: null; allow?: null; deny?: null; notifications?: null }|{ change?: "clearQuiet"; quiet?: null; clearQuiet: boolean; delayMs?: null; everyMs?: null; allow?: null; deny?: null; notifications?: null }|{ change?: "delayMs"; quiet?: null; clearQuiet?: null; delayMs: number; everyMs?: null; allow?: null; deny?: null; notifications?: null }|{ change?: "everyMs"; quiet?: null; clearQuiet?: null; delayMs?: null; everyMs: number; allow?: null; deny?: null; notifications?: null }|{ change?: "allow"; quiet?: null; clearQuiet?: null; delayMs?: null; everyMs?: null; allow: string; deny?: null; notifications?: null }|{ change?: "deny"; quiet?: null; clearQuiet?: null; delayMs?: null; everyMs?: null; allow?: null; deny: string; notifications?: null }|{ change?: "notifications"; quiet?: null; clearQuiet?: null; delayMs?: null; everyMs?: null; allow?: null; deny?: null; notifications: boolean })
             * )} natter.control.NotifyConfigure.$Shape
             */

            /**
             * Constructs a new NotifyConfigure.
             * @memberof natter.control
             * @classdesc Represents a NotifyConfigure.
             * @constructor
             * @param {natter.control.NotifyConfigure.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NotifyConfigure = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NotifyConfigure quiet.
             * @member {natter.control.QuietHours.$Properties|null|undefined} quiet
             * @memberof natter.control.NotifyConfigure
             * @instance
             */
            NotifyConfigure.prototype.quiet = null;

            /**
             * NotifyConfigure clearQuiet.
             * @member {boolean|null|undefined} clearQuiet
             * @memberof natter.control.NotifyConfigure
             * @instance
             */
            NotifyConfigure.prototype.clearQuiet = null;

            /**
             * NotifyConfigure delayMs.
             * @member {number|null|undefined} delayMs
             * @memberof natter.control.NotifyConfigure
             * @instance
             */
            NotifyConfigure.prototype.delayMs = null;

            /**
             * NotifyConfigure everyMs.
             * @member {number|null|undefined} everyMs
             * @memberof natter.control.NotifyConfigure
             * @instance
             */
            NotifyConfigure.prototype.everyMs = null;

            /**
             * NotifyConfigure allow.
             * @member {string|null|undefined} allow
             * @memberof natter.control.NotifyConfigure
             * @instance
             */
            NotifyConfigure.prototype.allow = null;

            /**
             * NotifyConfigure deny.
             * @member {string|null|undefined} deny
             * @memberof natter.control.NotifyConfigure
             * @instance
             */
            NotifyConfigure.prototype.deny = null;

            /**
             * NotifyConfigure notifications.
             * @member {boolean|null|undefined} notifications
             * @memberof natter.control.NotifyConfigure
             * @instance
             */
            NotifyConfigure.prototype.notifications = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * NotifyConfigure change.
             * @member {"quiet"|"clearQuiet"|"delayMs"|"everyMs"|"allow"|"deny"|"notifications"|undefined} change
             * @memberof natter.control.NotifyConfigure
             * @instance
             */
            $Object.defineProperty(NotifyConfigure.prototype, "change", {
                get: $util.oneOfGetter($oneOfFields = ["quiet", "clearQuiet", "delayMs", "everyMs", "allow", "deny", "notifications"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new NotifyConfigure instance using the specified properties.
             * @function create
             * @memberof natter.control.NotifyConfigure
             * @static
             * @param {natter.control.NotifyConfigure.$Properties=} [properties] Properties to set
             * @returns {natter.control.NotifyConfigure} NotifyConfigure instance
             * @type {{
             *   (properties: natter.control.NotifyConfigure.$Shape): natter.control.NotifyConfigure & natter.control.NotifyConfigure.$Shape;
             *   (properties?: natter.control.NotifyConfigure.$Properties): natter.control.NotifyConfigure;
             * }}
             */
            NotifyConfigure.create = function(properties) {
                return new NotifyConfigure(properties);
            };

            /**
             * Encodes the specified NotifyConfigure message. Does not implicitly {@link natter.control.NotifyConfigure.verify|verify} messages.
             * @function encode
             * @memberof natter.control.NotifyConfigure
             * @static
             * @param {natter.control.NotifyConfigure.$Properties} message NotifyConfigure message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotifyConfigure.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.quiet != null && $Object.hasOwnProperty.call(message, "quiet"))
                    $root.natter.control.QuietHours.encode(message.quiet, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.clearQuiet != null && $Object.hasOwnProperty.call(message, "clearQuiet"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.clearQuiet);
                if (message.delayMs != null && $Object.hasOwnProperty.call(message, "delayMs"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.delayMs);
                if (message.everyMs != null && $Object.hasOwnProperty.call(message, "everyMs"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.everyMs);
                if (message.allow != null && $Object.hasOwnProperty.call(message, "allow"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.allow);
                if (message.deny != null && $Object.hasOwnProperty.call(message, "deny"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.deny);
                if (message.notifications != null && $Object.hasOwnProperty.call(message, "notifications"))
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.notifications);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NotifyConfigure message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.NotifyConfigure
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.NotifyConfigure & natter.control.NotifyConfigure.$Shape} NotifyConfigure
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotifyConfigure.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.NotifyConfigure();
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
                            message.quiet = $root.natter.control.QuietHours.decode(reader, reader.size(), $undefined, _depth + 1, message.quiet);
                            message.change = "quiet";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.clearQuiet = reader.bool();
                            message.change = "clearQuiet";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.delayMs = reader.uint64();
                            message.change = "delayMs";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.everyMs = reader.uint64();
                            message.change = "everyMs";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.allow = reader.stringVerify();
                            message.change = "allow";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.deny = reader.stringVerify();
                            message.change = "deny";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            message.notifications = reader.bool();
                            message.change = "notifications";
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

            return NotifyConfigure;
        })();

        control.NotifySettings = (function() {

            /**
             * Properties of a NotifySettings.
             * @typedef {Object} natter.control.NotifySettings.$Properties
             * @property {Array.<natter.control.NotifyChannel.$Properties>|null} [channels] NotifySettings channels
             * @property {natter.control.QuietHours.$Properties|null} [quiet] NotifySettings quiet
             * @property {number|null} [delayMs] NotifySettings delayMs
             * @property {number|null} [everyMs] NotifySettings everyMs
             * @property {Array.<string>|null} [allow] NotifySettings allow
             * @property {boolean|null} [notifications] NotifySettings notifications
             * @property {Array.<natter.control.NotifyKind>|null} [available] NotifySettings available
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NotifySettings.
             * @memberof natter.control
             * @interface INotifySettings
             * @augments natter.control.NotifySettings.$Properties
             * @deprecated Use natter.control.NotifySettings.$Properties instead.
             */

            /**
             * Shape of a NotifySettings.
             * @typedef {natter.control.NotifySettings.$Properties} natter.control.NotifySettings.$Shape
             */

            /**
             * Constructs a new NotifySettings.
             * @memberof natter.control
             * @classdesc Represents a NotifySettings.
             * @constructor
             * @param {natter.control.NotifySettings.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NotifySettings = function (properties) {
                this.channels = [];
                this.allow = [];
                this.available = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NotifySettings channels.
             * @member {Array.<natter.control.NotifyChannel.$Properties>} channels
             * @memberof natter.control.NotifySettings
             * @instance
             */
            NotifySettings.prototype.channels = $util.emptyArray;

            /**
             * NotifySettings quiet.
             * @member {natter.control.QuietHours.$Properties|null|undefined} quiet
             * @memberof natter.control.NotifySettings
             * @instance
             */
            NotifySettings.prototype.quiet = null;

            /**
             * NotifySettings delayMs.
             * @member {number} delayMs
             * @memberof natter.control.NotifySettings
             * @instance
             */
            NotifySettings.prototype.delayMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NotifySettings everyMs.
             * @member {number} everyMs
             * @memberof natter.control.NotifySettings
             * @instance
             */
            NotifySettings.prototype.everyMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NotifySettings allow.
             * @member {Array.<string>} allow
             * @memberof natter.control.NotifySettings
             * @instance
             */
            NotifySettings.prototype.allow = $util.emptyArray;

            /**
             * NotifySettings notifications.
             * @member {boolean} notifications
             * @memberof natter.control.NotifySettings
             * @instance
             */
            NotifySettings.prototype.notifications = false;

            /**
             * NotifySettings available.
             * @member {Array.<natter.control.NotifyKind>} available
             * @memberof natter.control.NotifySettings
             * @instance
             */
            NotifySettings.prototype.available = $util.emptyArray;

            /**
             * Creates a new NotifySettings instance using the specified properties.
             * @function create
             * @memberof natter.control.NotifySettings
             * @static
             * @param {natter.control.NotifySettings.$Properties=} [properties] Properties to set
             * @returns {natter.control.NotifySettings} NotifySettings instance
             * @type {{
             *   (properties: natter.control.NotifySettings.$Shape): natter.control.NotifySettings & natter.control.NotifySettings.$Shape;
             *   (properties?: natter.control.NotifySettings.$Properties): natter.control.NotifySettings;
             * }}
             */
            NotifySettings.create = function(properties) {
                return new NotifySettings(properties);
            };

            /**
             * Encodes the specified NotifySettings message. Does not implicitly {@link natter.control.NotifySettings.verify|verify} messages.
             * @function encode
             * @memberof natter.control.NotifySettings
             * @static
             * @param {natter.control.NotifySettings.$Properties} message NotifySettings message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotifySettings.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.channels != null && message.channels.length)
                    for (let i = 0; i < message.channels.length; ++i)
                        $root.natter.control.NotifyChannel.encode(message.channels[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.quiet != null && $Object.hasOwnProperty.call(message, "quiet"))
                    $root.natter.control.QuietHours.encode(message.quiet, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.delayMs != null && $Object.hasOwnProperty.call(message, "delayMs") && (typeof message.delayMs === "object" ? message.delayMs.low || message.delayMs.high : message.delayMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.delayMs);
                if (message.everyMs != null && $Object.hasOwnProperty.call(message, "everyMs") && (typeof message.everyMs === "object" ? message.everyMs.low || message.everyMs.high : message.everyMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.everyMs);
                if (message.allow != null && message.allow.length)
                    for (let i = 0; i < message.allow.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.allow[i]);
                if (message.notifications != null && $Object.hasOwnProperty.call(message, "notifications") && message.notifications !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.notifications);
                if (message.available != null && message.available.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).int32s(message.available);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NotifySettings message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.NotifySettings
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.NotifySettings & natter.control.NotifySettings.$Shape} NotifySettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotifySettings.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.NotifySettings();
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
                            if (!(message.channels && message.channels.length))
                                message.channels = [];
                            message.channels.push($root.natter.control.NotifyChannel.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.quiet = $root.natter.control.QuietHours.decode(reader, reader.size(), $undefined, _depth + 1, message.quiet);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.delayMs = value;
                            else
                                delete message.delayMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.everyMs = value;
                            else
                                delete message.everyMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.allow && message.allow.length))
                                message.allow = [];
                            message.allow.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.notifications = value;
                            else
                                delete message.notifications;
                            continue;
                        }
                    case 7: {
                            if (wireType === 2) {
                                if (!(message.available && message.available.length))
                                    message.available = [];
                                reader.int32s(message.available);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.available && message.available.length))
                                message.available = [];
                            message.available.push(reader.int32());
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

            return NotifySettings;
        })();

        control.NotifyUnsubscribe = (function() {

            /**
             * Properties of a NotifyUnsubscribe.
             * @typedef {Object} natter.control.NotifyUnsubscribe.$Properties
             * @property {string|null} [code] NotifyUnsubscribe code
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NotifyUnsubscribe.
             * @memberof natter.control
             * @interface INotifyUnsubscribe
             * @augments natter.control.NotifyUnsubscribe.$Properties
             * @deprecated Use natter.control.NotifyUnsubscribe.$Properties instead.
             */

            /**
             * Shape of a NotifyUnsubscribe.
             * @typedef {natter.control.NotifyUnsubscribe.$Properties} natter.control.NotifyUnsubscribe.$Shape
             */

            /**
             * Constructs a new NotifyUnsubscribe.
             * @memberof natter.control
             * @classdesc Represents a NotifyUnsubscribe.
             * @constructor
             * @param {natter.control.NotifyUnsubscribe.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NotifyUnsubscribe = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NotifyUnsubscribe code.
             * @member {string} code
             * @memberof natter.control.NotifyUnsubscribe
             * @instance
             */
            NotifyUnsubscribe.prototype.code = "";

            /**
             * Creates a new NotifyUnsubscribe instance using the specified properties.
             * @function create
             * @memberof natter.control.NotifyUnsubscribe
             * @static
             * @param {natter.control.NotifyUnsubscribe.$Properties=} [properties] Properties to set
             * @returns {natter.control.NotifyUnsubscribe} NotifyUnsubscribe instance
             * @type {{
             *   (properties: natter.control.NotifyUnsubscribe.$Shape): natter.control.NotifyUnsubscribe & natter.control.NotifyUnsubscribe.$Shape;
             *   (properties?: natter.control.NotifyUnsubscribe.$Properties): natter.control.NotifyUnsubscribe;
             * }}
             */
            NotifyUnsubscribe.create = function(properties) {
                return new NotifyUnsubscribe(properties);
            };

            /**
             * Encodes the specified NotifyUnsubscribe message. Does not implicitly {@link natter.control.NotifyUnsubscribe.verify|verify} messages.
             * @function encode
             * @memberof natter.control.NotifyUnsubscribe
             * @static
             * @param {natter.control.NotifyUnsubscribe.$Properties} message NotifyUnsubscribe message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotifyUnsubscribe.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NotifyUnsubscribe message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.NotifyUnsubscribe
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.NotifyUnsubscribe & natter.control.NotifyUnsubscribe.$Shape} NotifyUnsubscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotifyUnsubscribe.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.NotifyUnsubscribe();
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
                                message.code = value;
                            else
                                delete message.code;
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

            return NotifyUnsubscribe;
        })();

        control.ExtendedSend = (function() {

            /**
             * Properties of an ExtendedSend.
             * @typedef {Object} natter.control.ExtendedSend.$Properties
             * @property {string|null} [to] ExtendedSend to
             * @property {natter.control.NotifyKind|null} [via] ExtendedSend via
             * @property {string|null} [text] ExtendedSend text
             * @property {Uint8Array|null} [messageId] ExtendedSend messageId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExtendedSend.
             * @memberof natter.control
             * @interface IExtendedSend
             * @augments natter.control.ExtendedSend.$Properties
             * @deprecated Use natter.control.ExtendedSend.$Properties instead.
             */

            /**
             * Shape of an ExtendedSend.
             * @typedef {natter.control.ExtendedSend.$Properties} natter.control.ExtendedSend.$Shape
             */

            /**
             * Constructs a new ExtendedSend.
             * @memberof natter.control
             * @classdesc Represents an ExtendedSend.
             * @constructor
             * @param {natter.control.ExtendedSend.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExtendedSend = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExtendedSend to.
             * @member {string} to
             * @memberof natter.control.ExtendedSend
             * @instance
             */
            ExtendedSend.prototype.to = "";

            /**
             * ExtendedSend via.
             * @member {natter.control.NotifyKind} via
             * @memberof natter.control.ExtendedSend
             * @instance
             */
            ExtendedSend.prototype.via = 0;

            /**
             * ExtendedSend text.
             * @member {string} text
             * @memberof natter.control.ExtendedSend
             * @instance
             */
            ExtendedSend.prototype.text = "";

            /**
             * ExtendedSend messageId.
             * @member {Uint8Array} messageId
             * @memberof natter.control.ExtendedSend
             * @instance
             */
            ExtendedSend.prototype.messageId = $util.newBuffer([]);

            /**
             * Creates a new ExtendedSend instance using the specified properties.
             * @function create
             * @memberof natter.control.ExtendedSend
             * @static
             * @param {natter.control.ExtendedSend.$Properties=} [properties] Properties to set
             * @returns {natter.control.ExtendedSend} ExtendedSend instance
             * @type {{
             *   (properties: natter.control.ExtendedSend.$Shape): natter.control.ExtendedSend & natter.control.ExtendedSend.$Shape;
             *   (properties?: natter.control.ExtendedSend.$Properties): natter.control.ExtendedSend;
             * }}
             */
            ExtendedSend.create = function(properties) {
                return new ExtendedSend(properties);
            };

            /**
             * Encodes the specified ExtendedSend message. Does not implicitly {@link natter.control.ExtendedSend.verify|verify} messages.
             * @function encode
             * @memberof natter.control.ExtendedSend
             * @static
             * @param {natter.control.ExtendedSend.$Properties} message ExtendedSend message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExtendedSend.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.to);
                if (message.via != null && $Object.hasOwnProperty.call(message, "via") && message.via !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.via);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.text);
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.messageId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExtendedSend message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.ExtendedSend
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.ExtendedSend & natter.control.ExtendedSend.$Shape} ExtendedSend
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExtendedSend.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.ExtendedSend();
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
                                message.to = value;
                            else
                                delete message.to;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.via = value;
                            else
                                delete message.via;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
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

            return ExtendedSend;
        })();

        control.ExtendedQueued = (function() {

            /**
             * Properties of an ExtendedQueued.
             * @typedef {Object} natter.control.ExtendedQueued.$Properties
             * @property {string|null} [id] ExtendedQueued id
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExtendedQueued.
             * @memberof natter.control
             * @interface IExtendedQueued
             * @augments natter.control.ExtendedQueued.$Properties
             * @deprecated Use natter.control.ExtendedQueued.$Properties instead.
             */

            /**
             * Shape of an ExtendedQueued.
             * @typedef {natter.control.ExtendedQueued.$Properties} natter.control.ExtendedQueued.$Shape
             */

            /**
             * Constructs a new ExtendedQueued.
             * @memberof natter.control
             * @classdesc Represents an ExtendedQueued.
             * @constructor
             * @param {natter.control.ExtendedQueued.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExtendedQueued = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExtendedQueued id.
             * @member {string} id
             * @memberof natter.control.ExtendedQueued
             * @instance
             */
            ExtendedQueued.prototype.id = "";

            /**
             * Creates a new ExtendedQueued instance using the specified properties.
             * @function create
             * @memberof natter.control.ExtendedQueued
             * @static
             * @param {natter.control.ExtendedQueued.$Properties=} [properties] Properties to set
             * @returns {natter.control.ExtendedQueued} ExtendedQueued instance
             * @type {{
             *   (properties: natter.control.ExtendedQueued.$Shape): natter.control.ExtendedQueued & natter.control.ExtendedQueued.$Shape;
             *   (properties?: natter.control.ExtendedQueued.$Properties): natter.control.ExtendedQueued;
             * }}
             */
            ExtendedQueued.create = function(properties) {
                return new ExtendedQueued(properties);
            };

            /**
             * Encodes the specified ExtendedQueued message. Does not implicitly {@link natter.control.ExtendedQueued.verify|verify} messages.
             * @function encode
             * @memberof natter.control.ExtendedQueued
             * @static
             * @param {natter.control.ExtendedQueued.$Properties} message ExtendedQueued message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExtendedQueued.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExtendedQueued message from the specified reader or buffer.
             * @function decode
             * @memberof natter.control.ExtendedQueued
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.control.ExtendedQueued & natter.control.ExtendedQueued.$Shape} ExtendedQueued
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExtendedQueued.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.control.ExtendedQueued();
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

            return ExtendedQueued;
        })();

        return control;
    })();

    natter.peer = (function() {

        /**
         * Namespace peer.
         * @memberof natter
         * @namespace
         */
        const peer = {};

        peer.PeerPacket = (function() {

            /**
             * Properties of a PeerPacket.
             * @typedef {Object} natter.peer.PeerPacket.$Properties
             * @property {natter.peer.Probe.$Properties|null} [probe] PeerPacket probe
             * @property {natter.peer.ProbeAck.$Properties|null} [probeAck] PeerPacket probeAck
             * @property {natter.peer.Handshake.$Properties|null} [handshake] PeerPacket handshake
             * @property {natter.peer.Encrypted.$Properties|null} [encrypted] PeerPacket encrypted
             * @property {Uint8Array|null} [early] PeerPacket early
             * @property {natter.peer.RtcSignal.$Properties|null} [rtc] PeerPacket rtc
             * @property {"probe"|"probeAck"|"handshake"|"encrypted"|"early"|"rtc"} [body] PeerPacket body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PeerPacket.
             * @memberof natter.peer
             * @interface IPeerPacket
             * @augments natter.peer.PeerPacket.$Properties
             * @deprecated Use natter.peer.PeerPacket.$Properties instead.
             */

            /**
             * Narrowed shape of a PeerPacket.
             * @typedef {{
             *   probe?: natter.peer.Probe.$Shape|null;
             *   probeAck?: natter.peer.ProbeAck.$Shape|null;
             *   handshake?: natter.peer.Handshake.$Shape|null;
             *   encrypted?: natter.peer.Encrypted.$Shape|null;
             *   early?: Uint8Array|null;
             *   rtc?: natter.peer.RtcSignal.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; probe?: null; probeAck?: null; handshake?: null; encrypted?: null; early?: null; rtc?: null }|{ body?: "probe"; probe: natter.peer.Probe.$Shape; probeAck?: null; handshake?: null; encrypted?: null; early?: null; rtc?: null }|{ body?: "probeAck"; probe?: null; probeAck: natter.peer.ProbeAck.$Shape; handshake?: null; encrypted?: null; early?: null; rtc?: null }|{ body?: "handshake"; probe?: null; probeAck?: null; handshake: natter.peer.Handshake.$Shape; encrypted?: null; early?: null; rtc?: null }|{ body?: "encrypted"; probe?: null; probeAck?: null; handshake?: null; encrypted: natter.peer.Encrypted.$Shape; early?: null; rtc?: null }|{ body?: "early"; probe?: null; probeAck?: null; handshake?: null; encrypted?: null; early: Uint8Array; rtc?: null }|{ body?: "rtc"; probe?: null; probeAck?: null; handshake?: null; encrypted?: null; early?: null; rtc: natter.peer.RtcSignal.$Shape })
             * )} natter.peer.PeerPacket.$Shape
             */

            /**
             * Constructs a new PeerPacket.
             * @memberof natter.peer
             * @classdesc Represents a PeerPacket.
             * @constructor
             * @param {natter.peer.PeerPacket.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PeerPacket = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PeerPacket probe.
             * @member {natter.peer.Probe.$Properties|null|undefined} probe
             * @memberof natter.peer.PeerPacket
             * @instance
             */
            PeerPacket.prototype.probe = null;

            /**
             * PeerPacket probeAck.
             * @member {natter.peer.ProbeAck.$Properties|null|undefined} probeAck
             * @memberof natter.peer.PeerPacket
             * @instance
             */
            PeerPacket.prototype.probeAck = null;

            /**
             * PeerPacket handshake.
             * @member {natter.peer.Handshake.$Properties|null|undefined} handshake
             * @memberof natter.peer.PeerPacket
             * @instance
             */
            PeerPacket.prototype.handshake = null;

            /**
             * PeerPacket encrypted.
             * @member {natter.peer.Encrypted.$Properties|null|undefined} encrypted
             * @memberof natter.peer.PeerPacket
             * @instance
             */
            PeerPacket.prototype.encrypted = null;

            /**
             * PeerPacket early.
             * @member {Uint8Array|null|undefined} early
             * @memberof natter.peer.PeerPacket
             * @instance
             */
            PeerPacket.prototype.early = null;

            /**
             * PeerPacket rtc.
             * @member {natter.peer.RtcSignal.$Properties|null|undefined} rtc
             * @memberof natter.peer.PeerPacket
             * @instance
             */
            PeerPacket.prototype.rtc = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * PeerPacket body.
             * @member {"probe"|"probeAck"|"handshake"|"encrypted"|"early"|"rtc"|undefined} body
             * @memberof natter.peer.PeerPacket
             * @instance
             */
            $Object.defineProperty(PeerPacket.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["probe", "probeAck", "handshake", "encrypted", "early", "rtc"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new PeerPacket instance using the specified properties.
             * @function create
             * @memberof natter.peer.PeerPacket
             * @static
             * @param {natter.peer.PeerPacket.$Properties=} [properties] Properties to set
             * @returns {natter.peer.PeerPacket} PeerPacket instance
             * @type {{
             *   (properties: natter.peer.PeerPacket.$Shape): natter.peer.PeerPacket & natter.peer.PeerPacket.$Shape;
             *   (properties?: natter.peer.PeerPacket.$Properties): natter.peer.PeerPacket;
             * }}
             */
            PeerPacket.create = function(properties) {
                return new PeerPacket(properties);
            };

            /**
             * Encodes the specified PeerPacket message. Does not implicitly {@link natter.peer.PeerPacket.verify|verify} messages.
             * @function encode
             * @memberof natter.peer.PeerPacket
             * @static
             * @param {natter.peer.PeerPacket.$Properties} message PeerPacket message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PeerPacket.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.probe != null && $Object.hasOwnProperty.call(message, "probe"))
                    $root.natter.peer.Probe.encode(message.probe, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.probeAck != null && $Object.hasOwnProperty.call(message, "probeAck"))
                    $root.natter.peer.ProbeAck.encode(message.probeAck, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.handshake != null && $Object.hasOwnProperty.call(message, "handshake"))
                    $root.natter.peer.Handshake.encode(message.handshake, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.encrypted != null && $Object.hasOwnProperty.call(message, "encrypted"))
                    $root.natter.peer.Encrypted.encode(message.encrypted, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.early != null && $Object.hasOwnProperty.call(message, "early"))
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.early);
                if (message.rtc != null && $Object.hasOwnProperty.call(message, "rtc"))
                    $root.natter.peer.RtcSignal.encode(message.rtc, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PeerPacket message from the specified reader or buffer.
             * @function decode
             * @memberof natter.peer.PeerPacket
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.peer.PeerPacket & natter.peer.PeerPacket.$Shape} PeerPacket
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PeerPacket.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.peer.PeerPacket();
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
                            message.probe = $root.natter.peer.Probe.decode(reader, reader.size(), $undefined, _depth + 1, message.probe);
                            message.body = "probe";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.probeAck = $root.natter.peer.ProbeAck.decode(reader, reader.size(), $undefined, _depth + 1, message.probeAck);
                            message.body = "probeAck";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.handshake = $root.natter.peer.Handshake.decode(reader, reader.size(), $undefined, _depth + 1, message.handshake);
                            message.body = "handshake";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.encrypted = $root.natter.peer.Encrypted.decode(reader, reader.size(), $undefined, _depth + 1, message.encrypted);
                            message.body = "encrypted";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.early = reader.bytes();
                            message.body = "early";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.rtc = $root.natter.peer.RtcSignal.decode(reader, reader.size(), $undefined, _depth + 1, message.rtc);
                            message.body = "rtc";
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

            return PeerPacket;
        })();

        peer.RtcSignal = (function() {

            /**
             * Properties of a RtcSignal.
             * @typedef {Object} natter.peer.RtcSignal.$Properties
             * @property {natter.peer.RtcSignal.Kind|null} [kind] RtcSignal kind
             * @property {Uint8Array|null} [attempt] RtcSignal attempt
             * @property {string|null} [sdp] RtcSignal sdp
             * @property {string|null} [candidate] RtcSignal candidate
             * @property {string|null} [mid] RtcSignal mid
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RtcSignal.
             * @memberof natter.peer
             * @interface IRtcSignal
             * @augments natter.peer.RtcSignal.$Properties
             * @deprecated Use natter.peer.RtcSignal.$Properties instead.
             */

            /**
             * Shape of a RtcSignal.
             * @typedef {natter.peer.RtcSignal.$Properties} natter.peer.RtcSignal.$Shape
             */

            /**
             * Constructs a new RtcSignal.
             * @memberof natter.peer
             * @classdesc Represents a RtcSignal.
             * @constructor
             * @param {natter.peer.RtcSignal.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RtcSignal = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RtcSignal kind.
             * @member {natter.peer.RtcSignal.Kind} kind
             * @memberof natter.peer.RtcSignal
             * @instance
             */
            RtcSignal.prototype.kind = 0;

            /**
             * RtcSignal attempt.
             * @member {Uint8Array} attempt
             * @memberof natter.peer.RtcSignal
             * @instance
             */
            RtcSignal.prototype.attempt = $util.newBuffer([]);

            /**
             * RtcSignal sdp.
             * @member {string} sdp
             * @memberof natter.peer.RtcSignal
             * @instance
             */
            RtcSignal.prototype.sdp = "";

            /**
             * RtcSignal candidate.
             * @member {string} candidate
             * @memberof natter.peer.RtcSignal
             * @instance
             */
            RtcSignal.prototype.candidate = "";

            /**
             * RtcSignal mid.
             * @member {string} mid
             * @memberof natter.peer.RtcSignal
             * @instance
             */
            RtcSignal.prototype.mid = "";

            /**
             * Creates a new RtcSignal instance using the specified properties.
             * @function create
             * @memberof natter.peer.RtcSignal
             * @static
             * @param {natter.peer.RtcSignal.$Properties=} [properties] Properties to set
             * @returns {natter.peer.RtcSignal} RtcSignal instance
             * @type {{
             *   (properties: natter.peer.RtcSignal.$Shape): natter.peer.RtcSignal & natter.peer.RtcSignal.$Shape;
             *   (properties?: natter.peer.RtcSignal.$Properties): natter.peer.RtcSignal;
             * }}
             */
            RtcSignal.create = function(properties) {
                return new RtcSignal(properties);
            };

            /**
             * Encodes the specified RtcSignal message. Does not implicitly {@link natter.peer.RtcSignal.verify|verify} messages.
             * @function encode
             * @memberof natter.peer.RtcSignal
             * @static
             * @param {natter.peer.RtcSignal.$Properties} message RtcSignal message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RtcSignal.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.attempt);
                if (message.sdp != null && $Object.hasOwnProperty.call(message, "sdp") && message.sdp !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.sdp);
                if (message.candidate != null && $Object.hasOwnProperty.call(message, "candidate") && message.candidate !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.candidate);
                if (message.mid != null && $Object.hasOwnProperty.call(message, "mid") && message.mid !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.mid);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RtcSignal message from the specified reader or buffer.
             * @function decode
             * @memberof natter.peer.RtcSignal
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.peer.RtcSignal & natter.peer.RtcSignal.$Shape} RtcSignal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RtcSignal.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.peer.RtcSignal();
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
                            if ((value = reader.bytes()).length)
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sdp = value;
                            else
                                delete message.sdp;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.candidate = value;
                            else
                                delete message.candidate;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.mid = value;
                            else
                                delete message.mid;
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

            /**
             * Kind enum.
             * @name natter.peer.RtcSignal.Kind
             * @enum {number}
             * @property {number} KIND_UNSPECIFIED=0 KIND_UNSPECIFIED value
             * @property {number} OFFER=1 OFFER value
             * @property {number} ANSWER=2 ANSWER value
             * @property {number} CANDIDATE=3 CANDIDATE value
             * @property {number} CLOSE=4 CLOSE value
             */
            RtcSignal.Kind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "OFFER"] = 1;
                values[valuesById[2] = "ANSWER"] = 2;
                values[valuesById[3] = "CANDIDATE"] = 3;
                values[valuesById[4] = "CLOSE"] = 4;
                return values;
            })();

            return RtcSignal;
        })();

        peer.Probe = (function() {

            /**
             * Properties of a Probe.
             * @typedef {Object} natter.peer.Probe.$Properties
             * @property {number|null} [protocolVersion] Probe protocolVersion
             * @property {Uint8Array|null} [attemptId] Probe attemptId
             * @property {string|null} [from] Probe from
             * @property {number|null} [nonce] Probe nonce
             * @property {Uint8Array|null} [mac] Probe mac
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Probe.
             * @memberof natter.peer
             * @interface IProbe
             * @augments natter.peer.Probe.$Properties
             * @deprecated Use natter.peer.Probe.$Properties instead.
             */

            /**
             * Shape of a Probe.
             * @typedef {natter.peer.Probe.$Properties} natter.peer.Probe.$Shape
             */

            /**
             * Constructs a new Probe.
             * @memberof natter.peer
             * @classdesc Represents a Probe.
             * @constructor
             * @param {natter.peer.Probe.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Probe = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Probe protocolVersion.
             * @member {number} protocolVersion
             * @memberof natter.peer.Probe
             * @instance
             */
            Probe.prototype.protocolVersion = 0;

            /**
             * Probe attemptId.
             * @member {Uint8Array} attemptId
             * @memberof natter.peer.Probe
             * @instance
             */
            Probe.prototype.attemptId = $util.newBuffer([]);

            /**
             * Probe from.
             * @member {string} from
             * @memberof natter.peer.Probe
             * @instance
             */
            Probe.prototype.from = "";

            /**
             * Probe nonce.
             * @member {number} nonce
             * @memberof natter.peer.Probe
             * @instance
             */
            Probe.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Probe mac.
             * @member {Uint8Array} mac
             * @memberof natter.peer.Probe
             * @instance
             */
            Probe.prototype.mac = $util.newBuffer([]);

            /**
             * Creates a new Probe instance using the specified properties.
             * @function create
             * @memberof natter.peer.Probe
             * @static
             * @param {natter.peer.Probe.$Properties=} [properties] Properties to set
             * @returns {natter.peer.Probe} Probe instance
             * @type {{
             *   (properties: natter.peer.Probe.$Shape): natter.peer.Probe & natter.peer.Probe.$Shape;
             *   (properties?: natter.peer.Probe.$Properties): natter.peer.Probe;
             * }}
             */
            Probe.create = function(properties) {
                return new Probe(properties);
            };

            /**
             * Encodes the specified Probe message. Does not implicitly {@link natter.peer.Probe.verify|verify} messages.
             * @function encode
             * @memberof natter.peer.Probe
             * @static
             * @param {natter.peer.Probe.$Properties} message Probe message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Probe.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.attemptId != null && $Object.hasOwnProperty.call(message, "attemptId") && message.attemptId.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.attemptId);
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.from);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && (typeof message.nonce === "object" ? message.nonce.low || message.nonce.high : message.nonce !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.nonce);
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac") && message.mac.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.mac);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Probe message from the specified reader or buffer.
             * @function decode
             * @memberof natter.peer.Probe
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.peer.Probe & natter.peer.Probe.$Shape} Probe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Probe.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.peer.Probe();
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
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.attemptId = value;
                            else
                                delete message.attemptId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.mac = value;
                            else
                                delete message.mac;
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

            return Probe;
        })();

        peer.ProbeAck = (function() {

            /**
             * Properties of a ProbeAck.
             * @typedef {Object} natter.peer.ProbeAck.$Properties
             * @property {number|null} [protocolVersion] ProbeAck protocolVersion
             * @property {Uint8Array|null} [attemptId] ProbeAck attemptId
             * @property {string|null} [from] ProbeAck from
             * @property {number|null} [nonce] ProbeAck nonce
             * @property {Uint8Array|null} [mac] ProbeAck mac
             * @property {natter.Endpoint.$Properties|null} [observed] ProbeAck observed
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProbeAck.
             * @memberof natter.peer
             * @interface IProbeAck
             * @augments natter.peer.ProbeAck.$Properties
             * @deprecated Use natter.peer.ProbeAck.$Properties instead.
             */

            /**
             * Shape of a ProbeAck.
             * @typedef {natter.peer.ProbeAck.$Properties} natter.peer.ProbeAck.$Shape
             */

            /**
             * Constructs a new ProbeAck.
             * @memberof natter.peer
             * @classdesc Represents a ProbeAck.
             * @constructor
             * @param {natter.peer.ProbeAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProbeAck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProbeAck protocolVersion.
             * @member {number} protocolVersion
             * @memberof natter.peer.ProbeAck
             * @instance
             */
            ProbeAck.prototype.protocolVersion = 0;

            /**
             * ProbeAck attemptId.
             * @member {Uint8Array} attemptId
             * @memberof natter.peer.ProbeAck
             * @instance
             */
            ProbeAck.prototype.attemptId = $util.newBuffer([]);

            /**
             * ProbeAck from.
             * @member {string} from
             * @memberof natter.peer.ProbeAck
             * @instance
             */
            ProbeAck.prototype.from = "";

            /**
             * ProbeAck nonce.
             * @member {number} nonce
             * @memberof natter.peer.ProbeAck
             * @instance
             */
            ProbeAck.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ProbeAck mac.
             * @member {Uint8Array} mac
             * @memberof natter.peer.ProbeAck
             * @instance
             */
            ProbeAck.prototype.mac = $util.newBuffer([]);

            /**
             * ProbeAck observed.
             * @member {natter.Endpoint.$Properties|null|undefined} observed
             * @memberof natter.peer.ProbeAck
             * @instance
             */
            ProbeAck.prototype.observed = null;

            /**
             * Creates a new ProbeAck instance using the specified properties.
             * @function create
             * @memberof natter.peer.ProbeAck
             * @static
             * @param {natter.peer.ProbeAck.$Properties=} [properties] Properties to set
             * @returns {natter.peer.ProbeAck} ProbeAck instance
             * @type {{
             *   (properties: natter.peer.ProbeAck.$Shape): natter.peer.ProbeAck & natter.peer.ProbeAck.$Shape;
             *   (properties?: natter.peer.ProbeAck.$Properties): natter.peer.ProbeAck;
             * }}
             */
            ProbeAck.create = function(properties) {
                return new ProbeAck(properties);
            };

            /**
             * Encodes the specified ProbeAck message. Does not implicitly {@link natter.peer.ProbeAck.verify|verify} messages.
             * @function encode
             * @memberof natter.peer.ProbeAck
             * @static
             * @param {natter.peer.ProbeAck.$Properties} message ProbeAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProbeAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.attemptId != null && $Object.hasOwnProperty.call(message, "attemptId") && message.attemptId.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.attemptId);
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.from);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && (typeof message.nonce === "object" ? message.nonce.low || message.nonce.high : message.nonce !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.nonce);
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac") && message.mac.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.mac);
                if (message.observed != null && $Object.hasOwnProperty.call(message, "observed"))
                    $root.natter.Endpoint.encode(message.observed, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProbeAck message from the specified reader or buffer.
             * @function decode
             * @memberof natter.peer.ProbeAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.peer.ProbeAck & natter.peer.ProbeAck.$Shape} ProbeAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProbeAck.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.peer.ProbeAck();
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
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.attemptId = value;
                            else
                                delete message.attemptId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.mac = value;
                            else
                                delete message.mac;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.observed = $root.natter.Endpoint.decode(reader, reader.size(), $undefined, _depth + 1, message.observed);
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

            return ProbeAck;
        })();

        peer.Handshake = (function() {

            /**
             * Properties of a Handshake.
             * @typedef {Object} natter.peer.Handshake.$Properties
             * @property {number|null} [protocolVersion] Handshake protocolVersion
             * @property {Uint8Array|null} [sessionId] Handshake sessionId
             * @property {Uint8Array|null} [ephemeralKey] Handshake ephemeralKey
             * @property {Uint8Array|null} [identityKey] Handshake identityKey
             * @property {Uint8Array|null} [signature] Handshake signature
             * @property {boolean|null} [response] Handshake response
             * @property {string|null} [from] Handshake from
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Handshake.
             * @memberof natter.peer
             * @interface IHandshake
             * @augments natter.peer.Handshake.$Properties
             * @deprecated Use natter.peer.Handshake.$Properties instead.
             */

            /**
             * Shape of a Handshake.
             * @typedef {natter.peer.Handshake.$Properties} natter.peer.Handshake.$Shape
             */

            /**
             * Constructs a new Handshake.
             * @memberof natter.peer
             * @classdesc Represents a Handshake.
             * @constructor
             * @param {natter.peer.Handshake.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Handshake = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Handshake protocolVersion.
             * @member {number} protocolVersion
             * @memberof natter.peer.Handshake
             * @instance
             */
            Handshake.prototype.protocolVersion = 0;

            /**
             * Handshake sessionId.
             * @member {Uint8Array} sessionId
             * @memberof natter.peer.Handshake
             * @instance
             */
            Handshake.prototype.sessionId = $util.newBuffer([]);

            /**
             * Handshake ephemeralKey.
             * @member {Uint8Array} ephemeralKey
             * @memberof natter.peer.Handshake
             * @instance
             */
            Handshake.prototype.ephemeralKey = $util.newBuffer([]);

            /**
             * Handshake identityKey.
             * @member {Uint8Array} identityKey
             * @memberof natter.peer.Handshake
             * @instance
             */
            Handshake.prototype.identityKey = $util.newBuffer([]);

            /**
             * Handshake signature.
             * @member {Uint8Array} signature
             * @memberof natter.peer.Handshake
             * @instance
             */
            Handshake.prototype.signature = $util.newBuffer([]);

            /**
             * Handshake response.
             * @member {boolean} response
             * @memberof natter.peer.Handshake
             * @instance
             */
            Handshake.prototype.response = false;

            /**
             * Handshake from.
             * @member {string} from
             * @memberof natter.peer.Handshake
             * @instance
             */
            Handshake.prototype.from = "";

            /**
             * Creates a new Handshake instance using the specified properties.
             * @function create
             * @memberof natter.peer.Handshake
             * @static
             * @param {natter.peer.Handshake.$Properties=} [properties] Properties to set
             * @returns {natter.peer.Handshake} Handshake instance
             * @type {{
             *   (properties: natter.peer.Handshake.$Shape): natter.peer.Handshake & natter.peer.Handshake.$Shape;
             *   (properties?: natter.peer.Handshake.$Properties): natter.peer.Handshake;
             * }}
             */
            Handshake.create = function(properties) {
                return new Handshake(properties);
            };

            /**
             * Encodes the specified Handshake message. Does not implicitly {@link natter.peer.Handshake.verify|verify} messages.
             * @function encode
             * @memberof natter.peer.Handshake
             * @static
             * @param {natter.peer.Handshake.$Properties} message Handshake message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Handshake.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.sessionId);
                if (message.ephemeralKey != null && $Object.hasOwnProperty.call(message, "ephemeralKey") && message.ephemeralKey.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.ephemeralKey);
                if (message.identityKey != null && $Object.hasOwnProperty.call(message, "identityKey") && message.identityKey.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.identityKey);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.signature);
                if (message.response != null && $Object.hasOwnProperty.call(message, "response") && message.response !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.response);
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.from);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Handshake message from the specified reader or buffer.
             * @function decode
             * @memberof natter.peer.Handshake
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.peer.Handshake & natter.peer.Handshake.$Shape} Handshake
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Handshake.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.peer.Handshake();
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
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.ephemeralKey = value;
                            else
                                delete message.ephemeralKey;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.identityKey = value;
                            else
                                delete message.identityKey;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.response = value;
                            else
                                delete message.response;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.from = value;
                            else
                                delete message.from;
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

            return Handshake;
        })();

        peer.Encrypted = (function() {

            /**
             * Properties of an Encrypted.
             * @typedef {Object} natter.peer.Encrypted.$Properties
             * @property {Uint8Array|null} [sessionId] Encrypted sessionId
             * @property {number|null} [counter] Encrypted counter
             * @property {Uint8Array|null} [ciphertext] Encrypted ciphertext
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Encrypted.
             * @memberof natter.peer
             * @interface IEncrypted
             * @augments natter.peer.Encrypted.$Properties
             * @deprecated Use natter.peer.Encrypted.$Properties instead.
             */

            /**
             * Shape of an Encrypted.
             * @typedef {natter.peer.Encrypted.$Properties} natter.peer.Encrypted.$Shape
             */

            /**
             * Constructs a new Encrypted.
             * @memberof natter.peer
             * @classdesc Represents an Encrypted.
             * @constructor
             * @param {natter.peer.Encrypted.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Encrypted = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Encrypted sessionId.
             * @member {Uint8Array} sessionId
             * @memberof natter.peer.Encrypted
             * @instance
             */
            Encrypted.prototype.sessionId = $util.newBuffer([]);

            /**
             * Encrypted counter.
             * @member {number} counter
             * @memberof natter.peer.Encrypted
             * @instance
             */
            Encrypted.prototype.counter = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encrypted ciphertext.
             * @member {Uint8Array} ciphertext
             * @memberof natter.peer.Encrypted
             * @instance
             */
            Encrypted.prototype.ciphertext = $util.newBuffer([]);

            /**
             * Creates a new Encrypted instance using the specified properties.
             * @function create
             * @memberof natter.peer.Encrypted
             * @static
             * @param {natter.peer.Encrypted.$Properties=} [properties] Properties to set
             * @returns {natter.peer.Encrypted} Encrypted instance
             * @type {{
             *   (properties: natter.peer.Encrypted.$Shape): natter.peer.Encrypted & natter.peer.Encrypted.$Shape;
             *   (properties?: natter.peer.Encrypted.$Properties): natter.peer.Encrypted;
             * }}
             */
            Encrypted.create = function(properties) {
                return new Encrypted(properties);
            };

            /**
             * Encodes the specified Encrypted message. Does not implicitly {@link natter.peer.Encrypted.verify|verify} messages.
             * @function encode
             * @memberof natter.peer.Encrypted
             * @static
             * @param {natter.peer.Encrypted.$Properties} message Encrypted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Encrypted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.sessionId);
                if (message.counter != null && $Object.hasOwnProperty.call(message, "counter") && (typeof message.counter === "object" ? message.counter.low || message.counter.high : message.counter !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.counter);
                if (message.ciphertext != null && $Object.hasOwnProperty.call(message, "ciphertext") && message.ciphertext.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.ciphertext);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Encrypted message from the specified reader or buffer.
             * @function decode
             * @memberof natter.peer.Encrypted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.peer.Encrypted & natter.peer.Encrypted.$Shape} Encrypted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Encrypted.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.peer.Encrypted();
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
                            if ((value = reader.bytes()).length)
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.counter = value;
                            else
                                delete message.counter;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.ciphertext = value;
                            else
                                delete message.ciphertext;
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

            return Encrypted;
        })();

        peer.PeerMessage = (function() {

            /**
             * Properties of a PeerMessage.
             * @typedef {Object} natter.peer.PeerMessage.$Properties
             * @property {natter.peer.Data.$Properties|null} [data] PeerMessage data
             * @property {natter.peer.Ack.$Properties|null} [ack] PeerMessage ack
             * @property {natter.peer.Keepalive.$Properties|null} [keepalive] PeerMessage keepalive
             * @property {natter.peer.Close.$Properties|null} [close] PeerMessage close
             * @property {"data"|"ack"|"keepalive"|"close"} [body] PeerMessage body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PeerMessage.
             * @memberof natter.peer
             * @interface IPeerMessage
             * @augments natter.peer.PeerMessage.$Properties
             * @deprecated Use natter.peer.PeerMessage.$Properties instead.
             */

            /**
             * Narrowed shape of a PeerMessage.
             * @typedef {{
             *   data?: natter.peer.Data.$Shape|null;
             *   ack?: natter.peer.Ack.$Shape|null;
             *   keepalive?: natter.peer.Keepalive.$Shape|null;
             *   close?: natter.peer.Close.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; data?: null; ack?: null; keepalive?: null; close?: null }|{ body?: "data"; data: natter.peer.Data.$Shape; ack?: null; keepalive?: null; close?: null }|{ body?: "ack"; data?: null; ack: natter.peer.Ack.$Shape; keepalive?: null; close?: null }|{ body?: "keepalive"; data?: null; ack?: null; keepalive: natter.peer.Keepalive.$Shape; close?: null }|{ body?: "close"; data?: null; ack?: null; keepalive?: null; close: natter.peer.Close.$Shape })
             * )} natter.peer.PeerMessage.$Shape
             */

            /**
             * Constructs a new PeerMessage.
             * @memberof natter.peer
             * @classdesc Represents a PeerMessage.
             * @constructor
             * @param {natter.peer.PeerMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PeerMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PeerMessage data.
             * @member {natter.peer.Data.$Properties|null|undefined} data
             * @memberof natter.peer.PeerMessage
             * @instance
             */
            PeerMessage.prototype.data = null;

            /**
             * PeerMessage ack.
             * @member {natter.peer.Ack.$Properties|null|undefined} ack
             * @memberof natter.peer.PeerMessage
             * @instance
             */
            PeerMessage.prototype.ack = null;

            /**
             * PeerMessage keepalive.
             * @member {natter.peer.Keepalive.$Properties|null|undefined} keepalive
             * @memberof natter.peer.PeerMessage
             * @instance
             */
            PeerMessage.prototype.keepalive = null;

            /**
             * PeerMessage close.
             * @member {natter.peer.Close.$Properties|null|undefined} close
             * @memberof natter.peer.PeerMessage
             * @instance
             */
            PeerMessage.prototype.close = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * PeerMessage body.
             * @member {"data"|"ack"|"keepalive"|"close"|undefined} body
             * @memberof natter.peer.PeerMessage
             * @instance
             */
            $Object.defineProperty(PeerMessage.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["data", "ack", "keepalive", "close"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new PeerMessage instance using the specified properties.
             * @function create
             * @memberof natter.peer.PeerMessage
             * @static
             * @param {natter.peer.PeerMessage.$Properties=} [properties] Properties to set
             * @returns {natter.peer.PeerMessage} PeerMessage instance
             * @type {{
             *   (properties: natter.peer.PeerMessage.$Shape): natter.peer.PeerMessage & natter.peer.PeerMessage.$Shape;
             *   (properties?: natter.peer.PeerMessage.$Properties): natter.peer.PeerMessage;
             * }}
             */
            PeerMessage.create = function(properties) {
                return new PeerMessage(properties);
            };

            /**
             * Encodes the specified PeerMessage message. Does not implicitly {@link natter.peer.PeerMessage.verify|verify} messages.
             * @function encode
             * @memberof natter.peer.PeerMessage
             * @static
             * @param {natter.peer.PeerMessage.$Properties} message PeerMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PeerMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    $root.natter.peer.Data.encode(message.data, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                    $root.natter.peer.Ack.encode(message.ack, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.keepalive != null && $Object.hasOwnProperty.call(message, "keepalive"))
                    $root.natter.peer.Keepalive.encode(message.keepalive, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.close != null && $Object.hasOwnProperty.call(message, "close"))
                    $root.natter.peer.Close.encode(message.close, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PeerMessage message from the specified reader or buffer.
             * @function decode
             * @memberof natter.peer.PeerMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.peer.PeerMessage & natter.peer.PeerMessage.$Shape} PeerMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PeerMessage.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.peer.PeerMessage();
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
                            message.data = $root.natter.peer.Data.decode(reader, reader.size(), $undefined, _depth + 1, message.data);
                            message.body = "data";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.ack = $root.natter.peer.Ack.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                            message.body = "ack";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.keepalive = $root.natter.peer.Keepalive.decode(reader, reader.size(), $undefined, _depth + 1, message.keepalive);
                            message.body = "keepalive";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.close = $root.natter.peer.Close.decode(reader, reader.size(), $undefined, _depth + 1, message.close);
                            message.body = "close";
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

            return PeerMessage;
        })();

        peer.Data = (function() {

            /**
             * Properties of a Data.
             * @typedef {Object} natter.peer.Data.$Properties
             * @property {number|null} [seq] Data seq
             * @property {Uint8Array|null} [messageId] Data messageId
             * @property {number|null} [fragmentIndex] Data fragmentIndex
             * @property {number|null} [fragmentCount] Data fragmentCount
             * @property {Uint8Array|null} [chunk] Data chunk
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Data.
             * @memberof natter.peer
             * @interface IData
             * @augments natter.peer.Data.$Properties
             * @deprecated Use natter.peer.Data.$Properties instead.
             */

            /**
             * Shape of a Data.
             * @typedef {natter.peer.Data.$Properties} natter.peer.Data.$Shape
             */

            /**
             * Constructs a new Data.
             * @memberof natter.peer
             * @classdesc Represents a Data.
             * @constructor
             * @param {natter.peer.Data.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Data = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Data seq.
             * @member {number} seq
             * @memberof natter.peer.Data
             * @instance
             */
            Data.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Data messageId.
             * @member {Uint8Array} messageId
             * @memberof natter.peer.Data
             * @instance
             */
            Data.prototype.messageId = $util.newBuffer([]);

            /**
             * Data fragmentIndex.
             * @member {number} fragmentIndex
             * @memberof natter.peer.Data
             * @instance
             */
            Data.prototype.fragmentIndex = 0;

            /**
             * Data fragmentCount.
             * @member {number} fragmentCount
             * @memberof natter.peer.Data
             * @instance
             */
            Data.prototype.fragmentCount = 0;

            /**
             * Data chunk.
             * @member {Uint8Array} chunk
             * @memberof natter.peer.Data
             * @instance
             */
            Data.prototype.chunk = $util.newBuffer([]);

            /**
             * Creates a new Data instance using the specified properties.
             * @function create
             * @memberof natter.peer.Data
             * @static
             * @param {natter.peer.Data.$Properties=} [properties] Properties to set
             * @returns {natter.peer.Data} Data instance
             * @type {{
             *   (properties: natter.peer.Data.$Shape): natter.peer.Data & natter.peer.Data.$Shape;
             *   (properties?: natter.peer.Data.$Properties): natter.peer.Data;
             * }}
             */
            Data.create = function(properties) {
                return new Data(properties);
            };

            /**
             * Encodes the specified Data message. Does not implicitly {@link natter.peer.Data.verify|verify} messages.
             * @function encode
             * @memberof natter.peer.Data
             * @static
             * @param {natter.peer.Data.$Properties} message Data message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Data.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.messageId);
                if (message.fragmentIndex != null && $Object.hasOwnProperty.call(message, "fragmentIndex") && message.fragmentIndex !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.fragmentIndex);
                if (message.fragmentCount != null && $Object.hasOwnProperty.call(message, "fragmentCount") && message.fragmentCount !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.fragmentCount);
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk") && message.chunk.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.chunk);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Data message from the specified reader or buffer.
             * @function decode
             * @memberof natter.peer.Data
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.peer.Data & natter.peer.Data.$Shape} Data
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Data.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.peer.Data();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.fragmentIndex = value;
                            else
                                delete message.fragmentIndex;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.fragmentCount = value;
                            else
                                delete message.fragmentCount;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.chunk = value;
                            else
                                delete message.chunk;
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

            return Data;
        })();

        peer.Ack = (function() {

            /**
             * Properties of an Ack.
             * @typedef {Object} natter.peer.Ack.$Properties
             * @property {number|null} [cumulative] Ack cumulative
             * @property {Array.<number>|null} [selective] Ack selective
             * @property {number|null} [echoSentAtMs] Ack echoSentAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ack.
             * @memberof natter.peer
             * @interface IAck
             * @augments natter.peer.Ack.$Properties
             * @deprecated Use natter.peer.Ack.$Properties instead.
             */

            /**
             * Shape of an Ack.
             * @typedef {natter.peer.Ack.$Properties} natter.peer.Ack.$Shape
             */

            /**
             * Constructs a new Ack.
             * @memberof natter.peer
             * @classdesc Represents an Ack.
             * @constructor
             * @param {natter.peer.Ack.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ack = function (properties) {
                this.selective = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Ack cumulative.
             * @member {number} cumulative
             * @memberof natter.peer.Ack
             * @instance
             */
            Ack.prototype.cumulative = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Ack selective.
             * @member {Array.<number>} selective
             * @memberof natter.peer.Ack
             * @instance
             */
            Ack.prototype.selective = $util.emptyArray;

            /**
             * Ack echoSentAtMs.
             * @member {number} echoSentAtMs
             * @memberof natter.peer.Ack
             * @instance
             */
            Ack.prototype.echoSentAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Ack instance using the specified properties.
             * @function create
             * @memberof natter.peer.Ack
             * @static
             * @param {natter.peer.Ack.$Properties=} [properties] Properties to set
             * @returns {natter.peer.Ack} Ack instance
             * @type {{
             *   (properties: natter.peer.Ack.$Shape): natter.peer.Ack & natter.peer.Ack.$Shape;
             *   (properties?: natter.peer.Ack.$Properties): natter.peer.Ack;
             * }}
             */
            Ack.create = function(properties) {
                return new Ack(properties);
            };

            /**
             * Encodes the specified Ack message. Does not implicitly {@link natter.peer.Ack.verify|verify} messages.
             * @function encode
             * @memberof natter.peer.Ack
             * @static
             * @param {natter.peer.Ack.$Properties} message Ack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cumulative != null && $Object.hasOwnProperty.call(message, "cumulative") && (typeof message.cumulative === "object" ? message.cumulative.low || message.cumulative.high : message.cumulative !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.cumulative);
                if (message.selective != null && message.selective.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).uint64s(message.selective);
                if (message.echoSentAtMs != null && $Object.hasOwnProperty.call(message, "echoSentAtMs") && (typeof message.echoSentAtMs === "object" ? message.echoSentAtMs.low || message.echoSentAtMs.high : message.echoSentAtMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.echoSentAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @function decode
             * @memberof natter.peer.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.peer.Ack & natter.peer.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.peer.Ack();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.cumulative = value;
                            else
                                delete message.cumulative;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.selective && message.selective.length))
                                    message.selective = [];
                                reader.uint64s(message.selective);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.selective && message.selective.length))
                                message.selective = [];
                            message.selective.push(reader.uint64());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.echoSentAtMs = value;
                            else
                                delete message.echoSentAtMs;
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

            return Ack;
        })();

        peer.Keepalive = (function() {

            /**
             * Properties of a Keepalive.
             * @typedef {Object} natter.peer.Keepalive.$Properties
             * @property {number|null} [sentAtMs] Keepalive sentAtMs
             * @property {boolean|null} [reply] Keepalive reply
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Keepalive.
             * @memberof natter.peer
             * @interface IKeepalive
             * @augments natter.peer.Keepalive.$Properties
             * @deprecated Use natter.peer.Keepalive.$Properties instead.
             */

            /**
             * Shape of a Keepalive.
             * @typedef {natter.peer.Keepalive.$Properties} natter.peer.Keepalive.$Shape
             */

            /**
             * Constructs a new Keepalive.
             * @memberof natter.peer
             * @classdesc Represents a Keepalive.
             * @constructor
             * @param {natter.peer.Keepalive.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Keepalive = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Keepalive sentAtMs.
             * @member {number} sentAtMs
             * @memberof natter.peer.Keepalive
             * @instance
             */
            Keepalive.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Keepalive reply.
             * @member {boolean} reply
             * @memberof natter.peer.Keepalive
             * @instance
             */
            Keepalive.prototype.reply = false;

            /**
             * Creates a new Keepalive instance using the specified properties.
             * @function create
             * @memberof natter.peer.Keepalive
             * @static
             * @param {natter.peer.Keepalive.$Properties=} [properties] Properties to set
             * @returns {natter.peer.Keepalive} Keepalive instance
             * @type {{
             *   (properties: natter.peer.Keepalive.$Shape): natter.peer.Keepalive & natter.peer.Keepalive.$Shape;
             *   (properties?: natter.peer.Keepalive.$Properties): natter.peer.Keepalive;
             * }}
             */
            Keepalive.create = function(properties) {
                return new Keepalive(properties);
            };

            /**
             * Encodes the specified Keepalive message. Does not implicitly {@link natter.peer.Keepalive.verify|verify} messages.
             * @function encode
             * @memberof natter.peer.Keepalive
             * @static
             * @param {natter.peer.Keepalive.$Properties} message Keepalive message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Keepalive.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs") && (typeof message.sentAtMs === "object" ? message.sentAtMs.low || message.sentAtMs.high : message.sentAtMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.sentAtMs);
                if (message.reply != null && $Object.hasOwnProperty.call(message, "reply") && message.reply !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.reply);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Keepalive message from the specified reader or buffer.
             * @function decode
             * @memberof natter.peer.Keepalive
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.peer.Keepalive & natter.peer.Keepalive.$Shape} Keepalive
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Keepalive.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.peer.Keepalive();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentAtMs = value;
                            else
                                delete message.sentAtMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.reply = value;
                            else
                                delete message.reply;
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

            return Keepalive;
        })();

        peer.Close = (function() {

            /**
             * Properties of a Close.
             * @typedef {Object} natter.peer.Close.$Properties
             * @property {string|null} [reason] Close reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Close.
             * @memberof natter.peer
             * @interface IClose
             * @augments natter.peer.Close.$Properties
             * @deprecated Use natter.peer.Close.$Properties instead.
             */

            /**
             * Shape of a Close.
             * @typedef {natter.peer.Close.$Properties} natter.peer.Close.$Shape
             */

            /**
             * Constructs a new Close.
             * @memberof natter.peer
             * @classdesc Represents a Close.
             * @constructor
             * @param {natter.peer.Close.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Close = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Close reason.
             * @member {string} reason
             * @memberof natter.peer.Close
             * @instance
             */
            Close.prototype.reason = "";

            /**
             * Creates a new Close instance using the specified properties.
             * @function create
             * @memberof natter.peer.Close
             * @static
             * @param {natter.peer.Close.$Properties=} [properties] Properties to set
             * @returns {natter.peer.Close} Close instance
             * @type {{
             *   (properties: natter.peer.Close.$Shape): natter.peer.Close & natter.peer.Close.$Shape;
             *   (properties?: natter.peer.Close.$Properties): natter.peer.Close;
             * }}
             */
            Close.create = function(properties) {
                return new Close(properties);
            };

            /**
             * Encodes the specified Close message. Does not implicitly {@link natter.peer.Close.verify|verify} messages.
             * @function encode
             * @memberof natter.peer.Close
             * @static
             * @param {natter.peer.Close.$Properties} message Close message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Close.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Close message from the specified reader or buffer.
             * @function decode
             * @memberof natter.peer.Close
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.peer.Close & natter.peer.Close.$Shape} Close
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Close.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.peer.Close();
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
                                message.reason = value;
                            else
                                delete message.reason;
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

            return Close;
        })();

        peer.ChatMessage = (function() {

            /**
             * Properties of a ChatMessage.
             * @typedef {Object} natter.peer.ChatMessage.$Properties
             * @property {Uint8Array|null} [id] ChatMessage id
             * @property {string|null} [text] ChatMessage text
             * @property {number|null} [sentAtMs] ChatMessage sentAtMs
             * @property {Array.<Uint8Array>|null} [receipts] ChatMessage receipts
             * @property {string|null} [conversation] ChatMessage conversation
             * @property {boolean|null} [incoming] ChatMessage incoming
             * @property {string|null} [deviceName] ChatMessage deviceName
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChatMessage.
             * @memberof natter.peer
             * @interface IChatMessage
             * @augments natter.peer.ChatMessage.$Properties
             * @deprecated Use natter.peer.ChatMessage.$Properties instead.
             */

            /**
             * Shape of a ChatMessage.
             * @typedef {natter.peer.ChatMessage.$Properties} natter.peer.ChatMessage.$Shape
             */

            /**
             * Constructs a new ChatMessage.
             * @memberof natter.peer
             * @classdesc Represents a ChatMessage.
             * @constructor
             * @param {natter.peer.ChatMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChatMessage = function (properties) {
                this.receipts = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ChatMessage id.
             * @member {Uint8Array} id
             * @memberof natter.peer.ChatMessage
             * @instance
             */
            ChatMessage.prototype.id = $util.newBuffer([]);

            /**
             * ChatMessage text.
             * @member {string} text
             * @memberof natter.peer.ChatMessage
             * @instance
             */
            ChatMessage.prototype.text = "";

            /**
             * ChatMessage sentAtMs.
             * @member {number} sentAtMs
             * @memberof natter.peer.ChatMessage
             * @instance
             */
            ChatMessage.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ChatMessage receipts.
             * @member {Array.<Uint8Array>} receipts
             * @memberof natter.peer.ChatMessage
             * @instance
             */
            ChatMessage.prototype.receipts = $util.emptyArray;

            /**
             * ChatMessage conversation.
             * @member {string} conversation
             * @memberof natter.peer.ChatMessage
             * @instance
             */
            ChatMessage.prototype.conversation = "";

            /**
             * ChatMessage incoming.
             * @member {boolean} incoming
             * @memberof natter.peer.ChatMessage
             * @instance
             */
            ChatMessage.prototype.incoming = false;

            /**
             * ChatMessage deviceName.
             * @member {string} deviceName
             * @memberof natter.peer.ChatMessage
             * @instance
             */
            ChatMessage.prototype.deviceName = "";

            /**
             * Creates a new ChatMessage instance using the specified properties.
             * @function create
             * @memberof natter.peer.ChatMessage
             * @static
             * @param {natter.peer.ChatMessage.$Properties=} [properties] Properties to set
             * @returns {natter.peer.ChatMessage} ChatMessage instance
             * @type {{
             *   (properties: natter.peer.ChatMessage.$Shape): natter.peer.ChatMessage & natter.peer.ChatMessage.$Shape;
             *   (properties?: natter.peer.ChatMessage.$Properties): natter.peer.ChatMessage;
             * }}
             */
            ChatMessage.create = function(properties) {
                return new ChatMessage(properties);
            };

            /**
             * Encodes the specified ChatMessage message. Does not implicitly {@link natter.peer.ChatMessage.verify|verify} messages.
             * @function encode
             * @memberof natter.peer.ChatMessage
             * @static
             * @param {natter.peer.ChatMessage.$Properties} message ChatMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChatMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.id);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.text);
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs") && (typeof message.sentAtMs === "object" ? message.sentAtMs.low || message.sentAtMs.high : message.sentAtMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.sentAtMs);
                if (message.receipts != null && message.receipts.length)
                    for (let i = 0; i < message.receipts.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.receipts[i]);
                if (message.conversation != null && $Object.hasOwnProperty.call(message, "conversation") && message.conversation !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.conversation);
                if (message.incoming != null && $Object.hasOwnProperty.call(message, "incoming") && message.incoming !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.incoming);
                if (message.deviceName != null && $Object.hasOwnProperty.call(message, "deviceName") && message.deviceName !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.deviceName);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ChatMessage message from the specified reader or buffer.
             * @function decode
             * @memberof natter.peer.ChatMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.peer.ChatMessage & natter.peer.ChatMessage.$Shape} ChatMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChatMessage.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.peer.ChatMessage();
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
                            if ((value = reader.bytes()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentAtMs = value;
                            else
                                delete message.sentAtMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.receipts && message.receipts.length))
                                message.receipts = [];
                            message.receipts.push(reader.bytes());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversation = value;
                            else
                                delete message.conversation;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.incoming = value;
                            else
                                delete message.incoming;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceName = value;
                            else
                                delete message.deviceName;
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

            return ChatMessage;
        })();

        peer.SealedMessage = (function() {

            /**
             * Properties of a SealedMessage.
             * @typedef {Object} natter.peer.SealedMessage.$Properties
             * @property {number|null} [protocolVersion] SealedMessage protocolVersion
             * @property {Uint8Array|null} [ephemeralKey] SealedMessage ephemeralKey
             * @property {Uint8Array|null} [nonce] SealedMessage nonce
             * @property {Uint8Array|null} [ciphertext] SealedMessage ciphertext
             * @property {Uint8Array|null} [senderIdentityKey] SealedMessage senderIdentityKey
             * @property {Uint8Array|null} [signature] SealedMessage signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SealedMessage.
             * @memberof natter.peer
             * @interface ISealedMessage
             * @augments natter.peer.SealedMessage.$Properties
             * @deprecated Use natter.peer.SealedMessage.$Properties instead.
             */

            /**
             * Shape of a SealedMessage.
             * @typedef {natter.peer.SealedMessage.$Properties} natter.peer.SealedMessage.$Shape
             */

            /**
             * Constructs a new SealedMessage.
             * @memberof natter.peer
             * @classdesc Represents a SealedMessage.
             * @constructor
             * @param {natter.peer.SealedMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SealedMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SealedMessage protocolVersion.
             * @member {number} protocolVersion
             * @memberof natter.peer.SealedMessage
             * @instance
             */
            SealedMessage.prototype.protocolVersion = 0;

            /**
             * SealedMessage ephemeralKey.
             * @member {Uint8Array} ephemeralKey
             * @memberof natter.peer.SealedMessage
             * @instance
             */
            SealedMessage.prototype.ephemeralKey = $util.newBuffer([]);

            /**
             * SealedMessage nonce.
             * @member {Uint8Array} nonce
             * @memberof natter.peer.SealedMessage
             * @instance
             */
            SealedMessage.prototype.nonce = $util.newBuffer([]);

            /**
             * SealedMessage ciphertext.
             * @member {Uint8Array} ciphertext
             * @memberof natter.peer.SealedMessage
             * @instance
             */
            SealedMessage.prototype.ciphertext = $util.newBuffer([]);

            /**
             * SealedMessage senderIdentityKey.
             * @member {Uint8Array} senderIdentityKey
             * @memberof natter.peer.SealedMessage
             * @instance
             */
            SealedMessage.prototype.senderIdentityKey = $util.newBuffer([]);

            /**
             * SealedMessage signature.
             * @member {Uint8Array} signature
             * @memberof natter.peer.SealedMessage
             * @instance
             */
            SealedMessage.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new SealedMessage instance using the specified properties.
             * @function create
             * @memberof natter.peer.SealedMessage
             * @static
             * @param {natter.peer.SealedMessage.$Properties=} [properties] Properties to set
             * @returns {natter.peer.SealedMessage} SealedMessage instance
             * @type {{
             *   (properties: natter.peer.SealedMessage.$Shape): natter.peer.SealedMessage & natter.peer.SealedMessage.$Shape;
             *   (properties?: natter.peer.SealedMessage.$Properties): natter.peer.SealedMessage;
             * }}
             */
            SealedMessage.create = function(properties) {
                return new SealedMessage(properties);
            };

            /**
             * Encodes the specified SealedMessage message. Does not implicitly {@link natter.peer.SealedMessage.verify|verify} messages.
             * @function encode
             * @memberof natter.peer.SealedMessage
             * @static
             * @param {natter.peer.SealedMessage.$Properties} message SealedMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SealedMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.ephemeralKey != null && $Object.hasOwnProperty.call(message, "ephemeralKey") && message.ephemeralKey.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.ephemeralKey);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.nonce);
                if (message.ciphertext != null && $Object.hasOwnProperty.call(message, "ciphertext") && message.ciphertext.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.ciphertext);
                if (message.senderIdentityKey != null && $Object.hasOwnProperty.call(message, "senderIdentityKey") && message.senderIdentityKey.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.senderIdentityKey);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SealedMessage message from the specified reader or buffer.
             * @function decode
             * @memberof natter.peer.SealedMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.peer.SealedMessage & natter.peer.SealedMessage.$Shape} SealedMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SealedMessage.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.peer.SealedMessage();
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
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.ephemeralKey = value;
                            else
                                delete message.ephemeralKey;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.ciphertext = value;
                            else
                                delete message.ciphertext;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.senderIdentityKey = value;
                            else
                                delete message.senderIdentityKey;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
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

            return SealedMessage;
        })();

        peer.FileControl = (function() {

            /**
             * Properties of a FileControl.
             * @typedef {Object} natter.peer.FileControl.$Properties
             * @property {natter.peer.FileOffer.$Properties|null} [offer] FileControl offer
             * @property {natter.peer.FileAnswer.$Properties|null} [answer] FileControl answer
             * @property {natter.peer.FileDone.$Properties|null} [done] FileControl done
             * @property {natter.peer.FileCancel.$Properties|null} [cancel] FileControl cancel
             * @property {"offer"|"answer"|"done"|"cancel"} [body] FileControl body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FileControl.
             * @memberof natter.peer
             * @interface IFileControl
             * @augments natter.peer.FileControl.$Properties
             * @deprecated Use natter.peer.FileControl.$Properties instead.
             */

            /**
             * Narrowed shape of a FileControl.
             * @typedef {{
             *   offer?: natter.peer.FileOffer.$Shape|null;
             *   answer?: natter.peer.FileAnswer.$Shape|null;
             *   done?: natter.peer.FileDone.$Shape|null;
             *   cancel?: natter.peer.FileCancel.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; offer?: null; answer?: null; done?: null; cancel?: null }|{ body?: "offer"; offer: natter.peer.FileOffer.$Shape; answer?: null; done?: null; cancel?: null }|{ body?: "answer"; offer?: null; answer: natter.peer.FileAnswer.$Shape; done?: null; cancel?: null }|{ body?: "done"; offer?: null; answer?: null; done: natter.peer.FileDone.$Shape; cancel?: null }|{ body?: "cancel"; offer?: null; answer?: null; done?: null; cancel: natter.peer.FileCancel.$Shape })
             * )} natter.peer.FileControl.$Shape
             */

            /**
             * Constructs a new FileControl.
             * @memberof natter.peer
             * @classdesc Represents a FileControl.
             * @constructor
             * @param {natter.peer.FileControl.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FileControl = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FileControl offer.
             * @member {natter.peer.FileOffer.$Properties|null|undefined} offer
             * @memberof natter.peer.FileControl
             * @instance
             */
            FileControl.prototype.offer = null;

            /**
             * FileControl answer.
             * @member {natter.peer.FileAnswer.$Properties|null|undefined} answer
             * @memberof natter.peer.FileControl
             * @instance
             */
            FileControl.prototype.answer = null;

            /**
             * FileControl done.
             * @member {natter.peer.FileDone.$Properties|null|undefined} done
             * @memberof natter.peer.FileControl
             * @instance
             */
            FileControl.prototype.done = null;

            /**
             * FileControl cancel.
             * @member {natter.peer.FileCancel.$Properties|null|undefined} cancel
             * @memberof natter.peer.FileControl
             * @instance
             */
            FileControl.prototype.cancel = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * FileControl body.
             * @member {"offer"|"answer"|"done"|"cancel"|undefined} body
             * @memberof natter.peer.FileControl
             * @instance
             */
            $Object.defineProperty(FileControl.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["offer", "answer", "done", "cancel"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new FileControl instance using the specified properties.
             * @function create
             * @memberof natter.peer.FileControl
             * @static
             * @param {natter.peer.FileControl.$Properties=} [properties] Properties to set
             * @returns {natter.peer.FileControl} FileControl instance
             * @type {{
             *   (properties: natter.peer.FileControl.$Shape): natter.peer.FileControl & natter.peer.FileControl.$Shape;
             *   (properties?: natter.peer.FileControl.$Properties): natter.peer.FileControl;
             * }}
             */
            FileControl.create = function(properties) {
                return new FileControl(properties);
            };

            /**
             * Encodes the specified FileControl message. Does not implicitly {@link natter.peer.FileControl.verify|verify} messages.
             * @function encode
             * @memberof natter.peer.FileControl
             * @static
             * @param {natter.peer.FileControl.$Properties} message FileControl message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FileControl.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.offer != null && $Object.hasOwnProperty.call(message, "offer"))
                    $root.natter.peer.FileOffer.encode(message.offer, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.answer != null && $Object.hasOwnProperty.call(message, "answer"))
                    $root.natter.peer.FileAnswer.encode(message.answer, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.done != null && $Object.hasOwnProperty.call(message, "done"))
                    $root.natter.peer.FileDone.encode(message.done, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.cancel != null && $Object.hasOwnProperty.call(message, "cancel"))
                    $root.natter.peer.FileCancel.encode(message.cancel, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FileControl message from the specified reader or buffer.
             * @function decode
             * @memberof natter.peer.FileControl
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.peer.FileControl & natter.peer.FileControl.$Shape} FileControl
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FileControl.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.peer.FileControl();
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
                            message.offer = $root.natter.peer.FileOffer.decode(reader, reader.size(), $undefined, _depth + 1, message.offer);
                            message.body = "offer";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.answer = $root.natter.peer.FileAnswer.decode(reader, reader.size(), $undefined, _depth + 1, message.answer);
                            message.body = "answer";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.done = $root.natter.peer.FileDone.decode(reader, reader.size(), $undefined, _depth + 1, message.done);
                            message.body = "done";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.cancel = $root.natter.peer.FileCancel.decode(reader, reader.size(), $undefined, _depth + 1, message.cancel);
                            message.body = "cancel";
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

            return FileControl;
        })();

        peer.FileOffer = (function() {

            /**
             * Properties of a FileOffer.
             * @typedef {Object} natter.peer.FileOffer.$Properties
             * @property {Uint8Array|null} [transferId] FileOffer transferId
             * @property {string|null} [name] FileOffer name
             * @property {number|null} [size] FileOffer size
             * @property {Uint8Array|null} [sha256] FileOffer sha256
             * @property {number|null} [sentAtMs] FileOffer sentAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FileOffer.
             * @memberof natter.peer
             * @interface IFileOffer
             * @augments natter.peer.FileOffer.$Properties
             * @deprecated Use natter.peer.FileOffer.$Properties instead.
             */

            /**
             * Shape of a FileOffer.
             * @typedef {natter.peer.FileOffer.$Properties} natter.peer.FileOffer.$Shape
             */

            /**
             * Constructs a new FileOffer.
             * @memberof natter.peer
             * @classdesc Represents a FileOffer.
             * @constructor
             * @param {natter.peer.FileOffer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FileOffer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FileOffer transferId.
             * @member {Uint8Array} transferId
             * @memberof natter.peer.FileOffer
             * @instance
             */
            FileOffer.prototype.transferId = $util.newBuffer([]);

            /**
             * FileOffer name.
             * @member {string} name
             * @memberof natter.peer.FileOffer
             * @instance
             */
            FileOffer.prototype.name = "";

            /**
             * FileOffer size.
             * @member {number} size
             * @memberof natter.peer.FileOffer
             * @instance
             */
            FileOffer.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FileOffer sha256.
             * @member {Uint8Array} sha256
             * @memberof natter.peer.FileOffer
             * @instance
             */
            FileOffer.prototype.sha256 = $util.newBuffer([]);

            /**
             * FileOffer sentAtMs.
             * @member {number} sentAtMs
             * @memberof natter.peer.FileOffer
             * @instance
             */
            FileOffer.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new FileOffer instance using the specified properties.
             * @function create
             * @memberof natter.peer.FileOffer
             * @static
             * @param {natter.peer.FileOffer.$Properties=} [properties] Properties to set
             * @returns {natter.peer.FileOffer} FileOffer instance
             * @type {{
             *   (properties: natter.peer.FileOffer.$Shape): natter.peer.FileOffer & natter.peer.FileOffer.$Shape;
             *   (properties?: natter.peer.FileOffer.$Properties): natter.peer.FileOffer;
             * }}
             */
            FileOffer.create = function(properties) {
                return new FileOffer(properties);
            };

            /**
             * Encodes the specified FileOffer message. Does not implicitly {@link natter.peer.FileOffer.verify|verify} messages.
             * @function encode
             * @memberof natter.peer.FileOffer
             * @static
             * @param {natter.peer.FileOffer.$Properties} message FileOffer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FileOffer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transferId != null && $Object.hasOwnProperty.call(message, "transferId") && message.transferId.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.transferId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.size);
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.sha256);
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs") && (typeof message.sentAtMs === "object" ? message.sentAtMs.low || message.sentAtMs.high : message.sentAtMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.sentAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FileOffer message from the specified reader or buffer.
             * @function decode
             * @memberof natter.peer.FileOffer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.peer.FileOffer & natter.peer.FileOffer.$Shape} FileOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FileOffer.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.peer.FileOffer();
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
                            if ((value = reader.bytes()).length)
                                message.transferId = value;
                            else
                                delete message.transferId;
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
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.sha256 = value;
                            else
                                delete message.sha256;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentAtMs = value;
                            else
                                delete message.sentAtMs;
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

            return FileOffer;
        })();

        peer.FileAnswer = (function() {

            /**
             * Properties of a FileAnswer.
             * @typedef {Object} natter.peer.FileAnswer.$Properties
             * @property {Uint8Array|null} [transferId] FileAnswer transferId
             * @property {boolean|null} [accepted] FileAnswer accepted
             * @property {number|null} [offset] FileAnswer offset
             * @property {boolean|null} [pending] FileAnswer pending
             * @property {string|null} [reason] FileAnswer reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FileAnswer.
             * @memberof natter.peer
             * @interface IFileAnswer
             * @augments natter.peer.FileAnswer.$Properties
             * @deprecated Use natter.peer.FileAnswer.$Properties instead.
             */

            /**
             * Shape of a FileAnswer.
             * @typedef {natter.peer.FileAnswer.$Properties} natter.peer.FileAnswer.$Shape
             */

            /**
             * Constructs a new FileAnswer.
             * @memberof natter.peer
             * @classdesc Represents a FileAnswer.
             * @constructor
             * @param {natter.peer.FileAnswer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FileAnswer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FileAnswer transferId.
             * @member {Uint8Array} transferId
             * @memberof natter.peer.FileAnswer
             * @instance
             */
            FileAnswer.prototype.transferId = $util.newBuffer([]);

            /**
             * FileAnswer accepted.
             * @member {boolean} accepted
             * @memberof natter.peer.FileAnswer
             * @instance
             */
            FileAnswer.prototype.accepted = false;

            /**
             * FileAnswer offset.
             * @member {number} offset
             * @memberof natter.peer.FileAnswer
             * @instance
             */
            FileAnswer.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FileAnswer pending.
             * @member {boolean} pending
             * @memberof natter.peer.FileAnswer
             * @instance
             */
            FileAnswer.prototype.pending = false;

            /**
             * FileAnswer reason.
             * @member {string} reason
             * @memberof natter.peer.FileAnswer
             * @instance
             */
            FileAnswer.prototype.reason = "";

            /**
             * Creates a new FileAnswer instance using the specified properties.
             * @function create
             * @memberof natter.peer.FileAnswer
             * @static
             * @param {natter.peer.FileAnswer.$Properties=} [properties] Properties to set
             * @returns {natter.peer.FileAnswer} FileAnswer instance
             * @type {{
             *   (properties: natter.peer.FileAnswer.$Shape): natter.peer.FileAnswer & natter.peer.FileAnswer.$Shape;
             *   (properties?: natter.peer.FileAnswer.$Properties): natter.peer.FileAnswer;
             * }}
             */
            FileAnswer.create = function(properties) {
                return new FileAnswer(properties);
            };

            /**
             * Encodes the specified FileAnswer message. Does not implicitly {@link natter.peer.FileAnswer.verify|verify} messages.
             * @function encode
             * @memberof natter.peer.FileAnswer
             * @static
             * @param {natter.peer.FileAnswer.$Properties} message FileAnswer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FileAnswer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transferId != null && $Object.hasOwnProperty.call(message, "transferId") && message.transferId.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.transferId);
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted") && message.accepted !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.accepted);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.offset);
                if (message.pending != null && $Object.hasOwnProperty.call(message, "pending") && message.pending !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.pending);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FileAnswer message from the specified reader or buffer.
             * @function decode
             * @memberof natter.peer.FileAnswer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.peer.FileAnswer & natter.peer.FileAnswer.$Shape} FileAnswer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FileAnswer.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.peer.FileAnswer();
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
                            if ((value = reader.bytes()).length)
                                message.transferId = value;
                            else
                                delete message.transferId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.accepted = value;
                            else
                                delete message.accepted;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.pending = value;
                            else
                                delete message.pending;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
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

            return FileAnswer;
        })();

        peer.FileDone = (function() {

            /**
             * Properties of a FileDone.
             * @typedef {Object} natter.peer.FileDone.$Properties
             * @property {Uint8Array|null} [transferId] FileDone transferId
             * @property {boolean|null} [ok] FileDone ok
             * @property {string|null} [error] FileDone error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FileDone.
             * @memberof natter.peer
             * @interface IFileDone
             * @augments natter.peer.FileDone.$Properties
             * @deprecated Use natter.peer.FileDone.$Properties instead.
             */

            /**
             * Shape of a FileDone.
             * @typedef {natter.peer.FileDone.$Properties} natter.peer.FileDone.$Shape
             */

            /**
             * Constructs a new FileDone.
             * @memberof natter.peer
             * @classdesc Represents a FileDone.
             * @constructor
             * @param {natter.peer.FileDone.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FileDone = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FileDone transferId.
             * @member {Uint8Array} transferId
             * @memberof natter.peer.FileDone
             * @instance
             */
            FileDone.prototype.transferId = $util.newBuffer([]);

            /**
             * FileDone ok.
             * @member {boolean} ok
             * @memberof natter.peer.FileDone
             * @instance
             */
            FileDone.prototype.ok = false;

            /**
             * FileDone error.
             * @member {string} error
             * @memberof natter.peer.FileDone
             * @instance
             */
            FileDone.prototype.error = "";

            /**
             * Creates a new FileDone instance using the specified properties.
             * @function create
             * @memberof natter.peer.FileDone
             * @static
             * @param {natter.peer.FileDone.$Properties=} [properties] Properties to set
             * @returns {natter.peer.FileDone} FileDone instance
             * @type {{
             *   (properties: natter.peer.FileDone.$Shape): natter.peer.FileDone & natter.peer.FileDone.$Shape;
             *   (properties?: natter.peer.FileDone.$Properties): natter.peer.FileDone;
             * }}
             */
            FileDone.create = function(properties) {
                return new FileDone(properties);
            };

            /**
             * Encodes the specified FileDone message. Does not implicitly {@link natter.peer.FileDone.verify|verify} messages.
             * @function encode
             * @memberof natter.peer.FileDone
             * @static
             * @param {natter.peer.FileDone.$Properties} message FileDone message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FileDone.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transferId != null && $Object.hasOwnProperty.call(message, "transferId") && message.transferId.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.transferId);
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok") && message.ok !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.ok);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.error);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FileDone message from the specified reader or buffer.
             * @function decode
             * @memberof natter.peer.FileDone
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.peer.FileDone & natter.peer.FileDone.$Shape} FileDone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FileDone.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.peer.FileDone();
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
                            if ((value = reader.bytes()).length)
                                message.transferId = value;
                            else
                                delete message.transferId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ok = value;
                            else
                                delete message.ok;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.error = value;
                            else
                                delete message.error;
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

            return FileDone;
        })();

        peer.FileCancel = (function() {

            /**
             * Properties of a FileCancel.
             * @typedef {Object} natter.peer.FileCancel.$Properties
             * @property {Uint8Array|null} [transferId] FileCancel transferId
             * @property {string|null} [reason] FileCancel reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FileCancel.
             * @memberof natter.peer
             * @interface IFileCancel
             * @augments natter.peer.FileCancel.$Properties
             * @deprecated Use natter.peer.FileCancel.$Properties instead.
             */

            /**
             * Shape of a FileCancel.
             * @typedef {natter.peer.FileCancel.$Properties} natter.peer.FileCancel.$Shape
             */

            /**
             * Constructs a new FileCancel.
             * @memberof natter.peer
             * @classdesc Represents a FileCancel.
             * @constructor
             * @param {natter.peer.FileCancel.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FileCancel = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FileCancel transferId.
             * @member {Uint8Array} transferId
             * @memberof natter.peer.FileCancel
             * @instance
             */
            FileCancel.prototype.transferId = $util.newBuffer([]);

            /**
             * FileCancel reason.
             * @member {string} reason
             * @memberof natter.peer.FileCancel
             * @instance
             */
            FileCancel.prototype.reason = "";

            /**
             * Creates a new FileCancel instance using the specified properties.
             * @function create
             * @memberof natter.peer.FileCancel
             * @static
             * @param {natter.peer.FileCancel.$Properties=} [properties] Properties to set
             * @returns {natter.peer.FileCancel} FileCancel instance
             * @type {{
             *   (properties: natter.peer.FileCancel.$Shape): natter.peer.FileCancel & natter.peer.FileCancel.$Shape;
             *   (properties?: natter.peer.FileCancel.$Properties): natter.peer.FileCancel;
             * }}
             */
            FileCancel.create = function(properties) {
                return new FileCancel(properties);
            };

            /**
             * Encodes the specified FileCancel message. Does not implicitly {@link natter.peer.FileCancel.verify|verify} messages.
             * @function encode
             * @memberof natter.peer.FileCancel
             * @static
             * @param {natter.peer.FileCancel.$Properties} message FileCancel message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FileCancel.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transferId != null && $Object.hasOwnProperty.call(message, "transferId") && message.transferId.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.transferId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FileCancel message from the specified reader or buffer.
             * @function decode
             * @memberof natter.peer.FileCancel
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {natter.peer.FileCancel & natter.peer.FileCancel.$Shape} FileCancel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FileCancel.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.natter.peer.FileCancel();
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
                            if ((value = reader.bytes()).length)
                                message.transferId = value;
                            else
                                delete message.transferId;
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

            return FileCancel;
        })();

        return peer;
    })();

    return natter;
})();

export {
  $root as default
};
