import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace natter. */
export namespace natter {

    /**
     * Properties of an Endpoint.
     * @deprecated Use natter.Endpoint.$Properties instead.
     */
    interface IEndpoint extends natter.Endpoint.$Properties {
    }

    /** Represents an Endpoint. */
    class Endpoint {

        /**
         * Constructs a new Endpoint.
         * @param [properties] Properties to set
         */
        constructor(properties?: natter.Endpoint.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Endpoint ip. */
        ip: string;

        /** Endpoint port. */
        port: number;

        /** Endpoint kind. */
        kind: natter.Endpoint.Kind;

        /**
         * Creates a new Endpoint instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Endpoint instance
         */
        static create(properties: natter.Endpoint.$Shape): natter.Endpoint & natter.Endpoint.$Shape;
        static create(properties?: natter.Endpoint.$Properties): natter.Endpoint;

        /**
         * Encodes the specified Endpoint message. Does not implicitly {@link natter.Endpoint.verify|verify} messages.
         * @param message Endpoint message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: natter.Endpoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Endpoint message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {natter.Endpoint & natter.Endpoint.$Shape} Endpoint
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.Endpoint & natter.Endpoint.$Shape;
    }

    namespace Endpoint {

        /** Properties of an Endpoint. */
        interface $Properties {

            /** Endpoint ip */
            ip?: (string|null);

            /** Endpoint port */
            port?: (number|null);

            /** Endpoint kind */
            kind?: (natter.Endpoint.Kind|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Endpoint. */
        type $Shape = natter.Endpoint.$Properties;

        /** Kind enum. */
        enum Kind {

            /** KIND_UNSPECIFIED value */
            KIND_UNSPECIFIED = 0,

            /** PUBLIC value */
            PUBLIC = 1,

            /** LAN value */
            LAN = 2,

            /** PREDICTED value */
            PREDICTED = 3
        }
    }

    /** Behaviour enum. */
    enum Behaviour {

        /** BEHAVIOUR_UNKNOWN value */
        BEHAVIOUR_UNKNOWN = 0,

        /** ENDPOINT_INDEPENDENT value */
        ENDPOINT_INDEPENDENT = 1,

        /** ADDRESS_DEPENDENT value */
        ADDRESS_DEPENDENT = 2,

        /** ADDRESS_AND_PORT_DEPENDENT value */
        ADDRESS_AND_PORT_DEPENDENT = 3
    }

    /** NatType enum. */
    enum NatType {

        /** NAT_UNKNOWN value */
        NAT_UNKNOWN = 0,

        /** OPEN value */
        OPEN = 1,

        /** FULL_CONE value */
        FULL_CONE = 2,

        /** RESTRICTED_CONE value */
        RESTRICTED_CONE = 3,

        /** PORT_RESTRICTED_CONE value */
        PORT_RESTRICTED_CONE = 4,

        /** SYMMETRIC value */
        SYMMETRIC = 5,

        /** SYMMETRIC_UDP_FIREWALL value */
        SYMMETRIC_UDP_FIREWALL = 6,

        /** UDP_BLOCKED value */
        UDP_BLOCKED = 7
    }

    /**
     * Properties of a NatReport.
     * @deprecated Use natter.NatReport.$Properties instead.
     */
    interface INatReport extends natter.NatReport.$Properties {
    }

    /** Represents a NatReport. */
    class NatReport {

        /**
         * Constructs a new NatReport.
         * @param [properties] Properties to set
         */
        constructor(properties?: natter.NatReport.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** NatReport udp. */
        udp: boolean;

        /** NatReport nat. */
        nat: natter.NatType;

        /** NatReport mapping. */
        mapping: natter.Behaviour;

        /** NatReport filtering. */
        filtering: natter.Behaviour;

        /** NatReport hairpinning. */
        hairpinning?: (boolean|null);

        /** NatReport portPreservation. */
        portPreservation?: (boolean|null);

        /** NatReport portDelta. */
        portDelta: number;

        /** NatReport mapped. */
        mapped?: (natter.Endpoint.$Properties|null);

        /**
         * Creates a new NatReport instance using the specified properties.
         * @param [properties] Properties to set
         * @returns NatReport instance
         */
        static create(properties: natter.NatReport.$Shape): natter.NatReport & natter.NatReport.$Shape;
        static create(properties?: natter.NatReport.$Properties): natter.NatReport;

        /**
         * Encodes the specified NatReport message. Does not implicitly {@link natter.NatReport.verify|verify} messages.
         * @param message NatReport message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: natter.NatReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a NatReport message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {natter.NatReport & natter.NatReport.$Shape} NatReport
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.NatReport & natter.NatReport.$Shape;
    }

    namespace NatReport {

        /** Properties of a NatReport. */
        interface $Properties {

            /** NatReport udp */
            udp?: (boolean|null);

            /** NatReport nat */
            nat?: (natter.NatType|null);

            /** NatReport mapping */
            mapping?: (natter.Behaviour|null);

            /** NatReport filtering */
            filtering?: (natter.Behaviour|null);

            /** NatReport hairpinning */
            hairpinning?: (boolean|null);

            /** NatReport portPreservation */
            portPreservation?: (boolean|null);

            /** NatReport portDelta */
            portDelta?: (number|null);

            /** NatReport mapped */
            mapped?: (natter.Endpoint.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a NatReport. */
        type $Shape = natter.NatReport.$Properties;
    }

    /** Status enum. */
    enum Status {

        /** STATUS_OFFLINE value */
        STATUS_OFFLINE = 0,

        /** ONLINE value */
        ONLINE = 1,

        /** AWAY value */
        AWAY = 2,

        /** BUSY value */
        BUSY = 3
    }

    /** Namespace control. */
    namespace control {

        /**
         * Properties of a ControlFrame.
         * @deprecated Use natter.control.ControlFrame.$Properties instead.
         */
        interface IControlFrame extends natter.control.ControlFrame.$Properties {
        }

        /** Represents a ControlFrame. */
        class ControlFrame {

            /**
             * Constructs a new ControlFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.ControlFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ControlFrame requestId. */
            requestId: number;

            /** ControlFrame hello. */
            hello?: (natter.control.Hello.$Properties|null);

            /** ControlFrame error. */
            error?: (natter.control.Error.$Properties|null);

            /** ControlFrame ok. */
            ok?: (natter.control.Ok.$Properties|null);

            /** ControlFrame register. */
            register?: (natter.control.Register.$Properties|null);

            /** ControlFrame login. */
            login?: (natter.control.Login.$Properties|null);

            /** ControlFrame loginOk. */
            loginOk?: (natter.control.LoginOk.$Properties|null);

            /** ControlFrame logout. */
            logout?: (natter.control.Logout.$Properties|null);

            /** ControlFrame changePassword. */
            changePassword?: (natter.control.ChangePassword.$Properties|null);

            /** ControlFrame deleteAccount. */
            deleteAccount?: (natter.control.DeleteAccount.$Properties|null);

            /** ControlFrame stunCredentials. */
            stunCredentials?: (natter.control.StunCredentials.$Properties|null);

            /** ControlFrame buddyAction. */
            buddyAction?: (natter.control.BuddyAction.$Properties|null);

            /** ControlFrame buddyList. */
            buddyList?: (natter.control.BuddyList.$Properties|null);

            /** ControlFrame buddyEvent. */
            buddyEvent?: (natter.control.BuddyEvent.$Properties|null);

            /** ControlFrame presenceUpdate. */
            presenceUpdate?: (natter.control.PresenceUpdate.$Properties|null);

            /** ControlFrame presencePush. */
            presencePush?: (natter.control.PresencePush.$Properties|null);

            /** ControlFrame punchRequest. */
            punchRequest?: (natter.control.PunchRequest.$Properties|null);

            /** ControlFrame punchPlan. */
            punchPlan?: (natter.control.PunchPlan.$Properties|null);

            /** ControlFrame punchResult. */
            punchResult?: (natter.control.PunchResult.$Properties|null);

            /** ControlFrame relay. */
            relay?: (natter.control.RelayFrame.$Properties|null);

            /** ControlFrame offlineStore. */
            offlineStore?: (natter.control.OfflineStore.$Properties|null);

            /** ControlFrame offlineStored. */
            offlineStored?: (natter.control.OfflineStored.$Properties|null);

            /** ControlFrame offlineDeliver. */
            offlineDeliver?: (natter.control.OfflineDeliver.$Properties|null);

            /** ControlFrame offlineAck. */
            offlineAck?: (natter.control.OfflineAck.$Properties|null);

            /** ControlFrame heartbeat. */
            heartbeat?: (natter.control.Heartbeat.$Properties|null);

            /** ControlFrame heartbeatAck. */
            heartbeatAck?: (natter.control.HeartbeatAck.$Properties|null);

            /** ControlFrame notifyAdd. */
            notifyAdd?: (natter.control.NotifyAdd.$Properties|null);

            /** ControlFrame notifyVerify. */
            notifyVerify?: (natter.control.NotifyVerify.$Properties|null);

            /** ControlFrame notifyRemove. */
            notifyRemove?: (natter.control.NotifyRemove.$Properties|null);

            /** ControlFrame notifyList. */
            notifyList?: (natter.control.NotifyList.$Properties|null);

            /** ControlFrame notifyConfigure. */
            notifyConfigure?: (natter.control.NotifyConfigure.$Properties|null);

            /** ControlFrame notifySettings. */
            notifySettings?: (natter.control.NotifySettings.$Properties|null);

            /** ControlFrame notifyAdded. */
            notifyAdded?: (natter.control.NotifyAdded.$Properties|null);

            /** ControlFrame notifyUnsubscribe. */
            notifyUnsubscribe?: (natter.control.NotifyUnsubscribe.$Properties|null);

            /** ControlFrame extendedSend. */
            extendedSend?: (natter.control.ExtendedSend.$Properties|null);

            /** ControlFrame extendedQueued. */
            extendedQueued?: (natter.control.ExtendedQueued.$Properties|null);

            /** ControlFrame deviceList. */
            deviceList?: (natter.control.DeviceList.$Properties|null);

            /** ControlFrame deviceApprove. */
            deviceApprove?: (natter.control.DeviceApprove.$Properties|null);

            /** ControlFrame deviceRemove. */
            deviceRemove?: (natter.control.DeviceRemove.$Properties|null);

            /** ControlFrame deviceRename. */
            deviceRename?: (natter.control.DeviceRename.$Properties|null);

            /** ControlFrame body. */
            body?: ("hello"|"error"|"ok"|"register"|"login"|"loginOk"|"logout"|"changePassword"|"deleteAccount"|"stunCredentials"|"buddyAction"|"buddyList"|"buddyEvent"|"presenceUpdate"|"presencePush"|"punchRequest"|"punchPlan"|"punchResult"|"relay"|"offlineStore"|"offlineStored"|"offlineDeliver"|"offlineAck"|"heartbeat"|"heartbeatAck"|"notifyAdd"|"notifyVerify"|"notifyRemove"|"notifyList"|"notifyConfigure"|"notifySettings"|"notifyAdded"|"notifyUnsubscribe"|"extendedSend"|"extendedQueued"|"deviceList"|"deviceApprove"|"deviceRemove"|"deviceRename");

            /**
             * Creates a new ControlFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ControlFrame instance
             */
            static create(properties: natter.control.ControlFrame.$Shape): natter.control.ControlFrame & natter.control.ControlFrame.$Shape;
            static create(properties?: natter.control.ControlFrame.$Properties): natter.control.ControlFrame;

            /**
             * Encodes the specified ControlFrame message. Does not implicitly {@link natter.control.ControlFrame.verify|verify} messages.
             * @param message ControlFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.ControlFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ControlFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.ControlFrame & natter.control.ControlFrame.$Shape} ControlFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.ControlFrame & natter.control.ControlFrame.$Shape;
        }

        namespace ControlFrame {

            /** Properties of a ControlFrame. */
            interface $Properties {

                /** ControlFrame requestId */
                requestId?: (number|null);

                /** ControlFrame hello */
                hello?: (natter.control.Hello.$Properties|null);

                /** ControlFrame error */
                error?: (natter.control.Error.$Properties|null);

                /** ControlFrame ok */
                ok?: (natter.control.Ok.$Properties|null);

                /** ControlFrame register */
                register?: (natter.control.Register.$Properties|null);

                /** ControlFrame login */
                login?: (natter.control.Login.$Properties|null);

                /** ControlFrame loginOk */
                loginOk?: (natter.control.LoginOk.$Properties|null);

                /** ControlFrame logout */
                logout?: (natter.control.Logout.$Properties|null);

                /** ControlFrame changePassword */
                changePassword?: (natter.control.ChangePassword.$Properties|null);

                /** ControlFrame deleteAccount */
                deleteAccount?: (natter.control.DeleteAccount.$Properties|null);

                /** ControlFrame stunCredentials */
                stunCredentials?: (natter.control.StunCredentials.$Properties|null);

                /** ControlFrame buddyAction */
                buddyAction?: (natter.control.BuddyAction.$Properties|null);

                /** ControlFrame buddyList */
                buddyList?: (natter.control.BuddyList.$Properties|null);

                /** ControlFrame buddyEvent */
                buddyEvent?: (natter.control.BuddyEvent.$Properties|null);

                /** ControlFrame presenceUpdate */
                presenceUpdate?: (natter.control.PresenceUpdate.$Properties|null);

                /** ControlFrame presencePush */
                presencePush?: (natter.control.PresencePush.$Properties|null);

                /** ControlFrame punchRequest */
                punchRequest?: (natter.control.PunchRequest.$Properties|null);

                /** ControlFrame punchPlan */
                punchPlan?: (natter.control.PunchPlan.$Properties|null);

                /** ControlFrame punchResult */
                punchResult?: (natter.control.PunchResult.$Properties|null);

                /** ControlFrame relay */
                relay?: (natter.control.RelayFrame.$Properties|null);

                /** ControlFrame offlineStore */
                offlineStore?: (natter.control.OfflineStore.$Properties|null);

                /** ControlFrame offlineStored */
                offlineStored?: (natter.control.OfflineStored.$Properties|null);

                /** ControlFrame offlineDeliver */
                offlineDeliver?: (natter.control.OfflineDeliver.$Properties|null);

                /** ControlFrame offlineAck */
                offlineAck?: (natter.control.OfflineAck.$Properties|null);

                /** ControlFrame heartbeat */
                heartbeat?: (natter.control.Heartbeat.$Properties|null);

                /** ControlFrame heartbeatAck */
                heartbeatAck?: (natter.control.HeartbeatAck.$Properties|null);

                /** ControlFrame notifyAdd */
                notifyAdd?: (natter.control.NotifyAdd.$Properties|null);

                /** ControlFrame notifyVerify */
                notifyVerify?: (natter.control.NotifyVerify.$Properties|null);

                /** ControlFrame notifyRemove */
                notifyRemove?: (natter.control.NotifyRemove.$Properties|null);

                /** ControlFrame notifyList */
                notifyList?: (natter.control.NotifyList.$Properties|null);

                /** ControlFrame notifyConfigure */
                notifyConfigure?: (natter.control.NotifyConfigure.$Properties|null);

                /** ControlFrame notifySettings */
                notifySettings?: (natter.control.NotifySettings.$Properties|null);

                /** ControlFrame notifyAdded */
                notifyAdded?: (natter.control.NotifyAdded.$Properties|null);

                /** ControlFrame notifyUnsubscribe */
                notifyUnsubscribe?: (natter.control.NotifyUnsubscribe.$Properties|null);

                /** ControlFrame extendedSend */
                extendedSend?: (natter.control.ExtendedSend.$Properties|null);

                /** ControlFrame extendedQueued */
                extendedQueued?: (natter.control.ExtendedQueued.$Properties|null);

                /** ControlFrame deviceList */
                deviceList?: (natter.control.DeviceList.$Properties|null);

                /** ControlFrame deviceApprove */
                deviceApprove?: (natter.control.DeviceApprove.$Properties|null);

                /** ControlFrame deviceRemove */
                deviceRemove?: (natter.control.DeviceRemove.$Properties|null);

                /** ControlFrame deviceRename */
                deviceRename?: (natter.control.DeviceRename.$Properties|null);

                /** ControlFrame body */
                body?: ("hello"|"error"|"ok"|"register"|"login"|"loginOk"|"logout"|"changePassword"|"deleteAccount"|"stunCredentials"|"buddyAction"|"buddyList"|"buddyEvent"|"presenceUpdate"|"presencePush"|"punchRequest"|"punchPlan"|"punchResult"|"relay"|"offlineStore"|"offlineStored"|"offlineDeliver"|"offlineAck"|"heartbeat"|"heartbeatAck"|"notifyAdd"|"notifyVerify"|"notifyRemove"|"notifyList"|"notifyConfigure"|"notifySettings"|"notifyAdded"|"notifyUnsubscribe"|"extendedSend"|"extendedQueued"|"deviceList"|"deviceApprove"|"deviceRemove"|"deviceRename");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ControlFrame. */
            type $Shape = {
              requestId?: number|null;
              hello?: natter.control.Hello.$Shape|null;
              error?: natter.control.Error.$Shape|null;
              ok?: natter.control.Ok.$Shape|null;
              register?: natter.control.Register.$Shape|null;
              login?: natter.control.Login.$Shape|null;
              loginOk?: natter.control.LoginOk.$Shape|null;
              logout?: natter.control.Logout.$Shape|null;
              changePassword?: natter.control.ChangePassword.$Shape|null;
              deleteAccount?: natter.control.DeleteAccount.$Shape|null;
              stunCredentials?: natter.control.StunCredentials.$Shape|null;
              buddyAction?: natter.control.BuddyAction.$Shape|null;
              buddyList?: natter.control.BuddyList.$Shape|null;
              buddyEvent?: natter.control.BuddyEvent.$Shape|null;
              presenceUpdate?: natter.control.PresenceUpdate.$Shape|null;
              presencePush?: natter.control.PresencePush.$Shape|null;
              punchRequest?: natter.control.PunchRequest.$Shape|null;
              punchPlan?: natter.control.PunchPlan.$Shape|null;
              punchResult?: natter.control.PunchResult.$Shape|null;
              relay?: natter.control.RelayFrame.$Shape|null;
              offlineStore?: natter.control.OfflineStore.$Shape|null;
              offlineStored?: natter.control.OfflineStored.$Shape|null;
              offlineDeliver?: natter.control.OfflineDeliver.$Shape|null;
              offlineAck?: natter.control.OfflineAck.$Shape|null;
              heartbeat?: natter.control.Heartbeat.$Shape|null;
              heartbeatAck?: natter.control.HeartbeatAck.$Shape|null;
              notifyAdd?: natter.control.NotifyAdd.$Shape|null;
              notifyVerify?: natter.control.NotifyVerify.$Shape|null;
              notifyRemove?: natter.control.NotifyRemove.$Shape|null;
              notifyList?: natter.control.NotifyList.$Shape|null;
              notifyConfigure?: natter.control.NotifyConfigure.$Shape|null;
              notifySettings?: natter.control.NotifySettings.$Shape|null;
              notifyAdded?: natter.control.NotifyAdded.$Shape|null;
              notifyUnsubscribe?: natter.control.NotifyUnsubscribe.$Shape|null;
              extendedSend?: natter.control.ExtendedSend.$Shape|null;
              extendedQueued?: natter.control.ExtendedQueued.$Shape|null;
              deviceList?: natter.control.DeviceList.$Shape|null;
              deviceApprove?: natter.control.DeviceApprove.$Shape|null;
              deviceRemove?: natter.control.DeviceRemove.$Shape|null;
              deviceRename?: natter.control.DeviceRename.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "hello"; hello: natter.control.Hello.$Shape; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "error"; hello?: null; error: natter.control.Error.$Shape; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "ok"; hello?: null; error?: null; ok: natter.control.Ok.$Shape; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "register"; hello?: null; error?: null; ok?: null; register: natter.control.Register.$Shape; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "login"; hello?: null; error?: null; ok?: null; register?: null; login: natter.control.Login.$Shape; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "loginOk"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk: natter.control.LoginOk.$Shape; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "logout"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout: natter.control.Logout.$Shape; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "changePassword"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword: natter.control.ChangePassword.$Shape; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "deleteAccount"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount: natter.control.DeleteAccount.$Shape; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "stunCredentials"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials: natter.control.StunCredentials.$Shape; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "buddyAction"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction: natter.control.BuddyAction.$Shape; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "buddyList"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList: natter.control.BuddyList.$Shape; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "buddyEvent"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent: natter.control.BuddyEvent.$Shape; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "presenceUpdate"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate: natter.control.PresenceUpdate.$Shape; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "presencePush"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush: natter.control.PresencePush.$Shape; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "punchRequest"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest: natter.control.PunchRequest.$Shape; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "punchPlan"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan: natter.control.PunchPlan.$Shape; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "punchResult"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult: natter.control.PunchResult.$Shape; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "relay"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay: natter.control.RelayFrame.$Shape; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "offlineStore"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore: natter.control.OfflineStore.$Shape; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "offlineStored"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored: natter.control.OfflineStored.$Shape; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "offlineDeliver"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver: natter.control.OfflineDeliver.$Shape; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "offlineAck"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck: natter.control.OfflineAck.$Shape; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "heartbeat"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat: natter.control.Heartbeat.$Shape; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "heartbeatAck"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck: natter.control.HeartbeatAck.$Shape; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "notifyAdd"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd: natter.control.NotifyAdd.$Shape; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "notifyVerify"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify: natter.control.NotifyVerify.$Shape; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "notifyRemove"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove: natter.control.NotifyRemove.$Shape; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "notifyList"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList: natter.control.NotifyList.$Shape; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "notifyConfigure"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure: natter.control.NotifyConfigure.$Shape; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "notifySettings"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings: natter.control.NotifySettings.$Shape; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "notifyAdded"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded: natter.control.NotifyAdded.$Shape; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "notifyUnsubscribe"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe: natter.control.NotifyUnsubscribe.$Shape; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "extendedSend"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend: natter.control.ExtendedSend.$Shape; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "extendedQueued"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued: natter.control.ExtendedQueued.$Shape; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "deviceList"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList: natter.control.DeviceList.$Shape; deviceApprove?: null; deviceRemove?: null; deviceRename?: null }|{ body?: "deviceApprove"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove: natter.control.DeviceApprove.$Shape; deviceRemove?: null; deviceRename?: null }|{ body?: "deviceRemove"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove: natter.control.DeviceRemove.$Shape; deviceRename?: null }|{ body?: "deviceRename"; hello?: null; error?: null; ok?: null; register?: null; login?: null; loginOk?: null; logout?: null; changePassword?: null; deleteAccount?: null; stunCredentials?: null; buddyAction?: null; buddyList?: null; buddyEvent?: null; presenceUpdate?: null; presencePush?: null; punchRequest?: null; punchPlan?: null; punchResult?: null; relay?: null; offlineStore?: null; offlineStored?: null; offlineDeliver?: null; offlineAck?: null; heartbeat?: null; heartbeatAck?: null; notifyAdd?: null; notifyVerify?: null; notifyRemove?: null; notifyList?: null; notifyConfigure?: null; notifySettings?: null; notifyAdded?: null; notifyUnsubscribe?: null; extendedSend?: null; extendedQueued?: null; deviceList?: null; deviceApprove?: null; deviceRemove?: null; deviceRename: natter.control.DeviceRename.$Shape })
            );
        }

        /**
         * Properties of a Hello.
         * @deprecated Use natter.control.Hello.$Properties instead.
         */
        interface IHello extends natter.control.Hello.$Properties {
        }

        /** Represents a Hello. */
        class Hello {

            /**
             * Constructs a new Hello.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.Hello.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Hello protocolVersion. */
            protocolVersion: number;

            /** Hello software. */
            software: string;

            /**
             * Creates a new Hello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Hello instance
             */
            static create(properties: natter.control.Hello.$Shape): natter.control.Hello & natter.control.Hello.$Shape;
            static create(properties?: natter.control.Hello.$Properties): natter.control.Hello;

            /**
             * Encodes the specified Hello message. Does not implicitly {@link natter.control.Hello.verify|verify} messages.
             * @param message Hello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.Hello & natter.control.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.Hello & natter.control.Hello.$Shape;
        }

        namespace Hello {

            /** Properties of a Hello. */
            interface $Properties {

                /** Hello protocolVersion */
                protocolVersion?: (number|null);

                /** Hello software */
                software?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Hello. */
            type $Shape = natter.control.Hello.$Properties;
        }

        /**
         * Properties of an Error.
         * @deprecated Use natter.control.Error.$Properties instead.
         */
        interface IError extends natter.control.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: string;

            /** Error message. */
            message: string;

            /** Error retryAfterMs. */
            retryAfterMs: number;

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: natter.control.Error.$Shape): natter.control.Error & natter.control.Error.$Shape;
            static create(properties?: natter.control.Error.$Properties): natter.control.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link natter.control.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.Error & natter.control.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.Error & natter.control.Error.$Shape;
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error code */
                code?: (string|null);

                /** Error message */
                message?: (string|null);

                /** Error retryAfterMs */
                retryAfterMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = natter.control.Error.$Properties;
        }

        /**
         * Properties of an Ok.
         * @deprecated Use natter.control.Ok.$Properties instead.
         */
        interface IOk extends natter.control.Ok.$Properties {
        }

        /** Represents an Ok. */
        class Ok {

            /**
             * Constructs a new Ok.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.Ok.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new Ok instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ok instance
             */
            static create(properties: natter.control.Ok.$Shape): natter.control.Ok & natter.control.Ok.$Shape;
            static create(properties?: natter.control.Ok.$Properties): natter.control.Ok;

            /**
             * Encodes the specified Ok message. Does not implicitly {@link natter.control.Ok.verify|verify} messages.
             * @param message Ok message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.Ok.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ok message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.Ok & natter.control.Ok.$Shape} Ok
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.Ok & natter.control.Ok.$Shape;
        }

        namespace Ok {

            /** Properties of an Ok. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Ok. */
            type $Shape = natter.control.Ok.$Properties;
        }

        /**
         * Properties of a Register.
         * @deprecated Use natter.control.Register.$Properties instead.
         */
        interface IRegister extends natter.control.Register.$Properties {
        }

        /** Represents a Register. */
        class Register {

            /**
             * Constructs a new Register.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.Register.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Register username. */
            username: string;

            /** Register password. */
            password: string;

            /** Register identityKey. */
            identityKey: Uint8Array;

            /** Register deviceId. */
            deviceId: Uint8Array;

            /** Register deviceName. */
            deviceName: string;

            /** Register certificate. */
            certificate?: (natter.control.DeviceCertificate.$Properties|null);

            /**
             * Creates a new Register instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Register instance
             */
            static create(properties: natter.control.Register.$Shape): natter.control.Register & natter.control.Register.$Shape;
            static create(properties?: natter.control.Register.$Properties): natter.control.Register;

            /**
             * Encodes the specified Register message. Does not implicitly {@link natter.control.Register.verify|verify} messages.
             * @param message Register message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.Register.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Register message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.Register & natter.control.Register.$Shape} Register
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.Register & natter.control.Register.$Shape;
        }

        namespace Register {

            /** Properties of a Register. */
            interface $Properties {

                /** Register username */
                username?: (string|null);

                /** Register password */
                password?: (string|null);

                /** Register identityKey */
                identityKey?: (Uint8Array|null);

                /** Register deviceId */
                deviceId?: (Uint8Array|null);

                /** Register deviceName */
                deviceName?: (string|null);

                /** Register certificate */
                certificate?: (natter.control.DeviceCertificate.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Register. */
            type $Shape = natter.control.Register.$Properties;
        }

        /**
         * Properties of a Login.
         * @deprecated Use natter.control.Login.$Properties instead.
         */
        interface ILogin extends natter.control.Login.$Properties {
        }

        /** Represents a Login. */
        class Login {

            /**
             * Constructs a new Login.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.Login.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Login username. */
            username: string;

            /** Login password. */
            password?: (string|null);

            /** Login resumeToken. */
            resumeToken?: (Uint8Array|null);

            /** Login siteToken. */
            siteToken?: (string|null);

            /** Login clientVersion. */
            clientVersion: string;

            /** Login identityKey. */
            identityKey: Uint8Array;

            /** Login deviceId. */
            deviceId: Uint8Array;

            /** Login deviceName. */
            deviceName: string;

            /** Login certificate. */
            certificate?: (natter.control.DeviceCertificate.$Properties|null);

            /** Login newIdentity. */
            newIdentity: boolean;

            /** Login credential. */
            credential?: ("password"|"resumeToken"|"siteToken");

            /**
             * Creates a new Login instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Login instance
             */
            static create(properties: natter.control.Login.$Shape): natter.control.Login & natter.control.Login.$Shape;
            static create(properties?: natter.control.Login.$Properties): natter.control.Login;

            /**
             * Encodes the specified Login message. Does not implicitly {@link natter.control.Login.verify|verify} messages.
             * @param message Login message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.Login.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Login message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.Login & natter.control.Login.$Shape} Login
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.Login & natter.control.Login.$Shape;
        }

        namespace Login {

            /** Properties of a Login. */
            interface $Properties {

                /** Login username */
                username?: (string|null);

                /** Login password */
                password?: (string|null);

                /** Login resumeToken */
                resumeToken?: (Uint8Array|null);

                /** Login siteToken */
                siteToken?: (string|null);

                /** Login clientVersion */
                clientVersion?: (string|null);

                /** Login identityKey */
                identityKey?: (Uint8Array|null);

                /** Login deviceId */
                deviceId?: (Uint8Array|null);

                /** Login deviceName */
                deviceName?: (string|null);

                /** Login certificate */
                certificate?: (natter.control.DeviceCertificate.$Properties|null);

                /** Login newIdentity */
                newIdentity?: (boolean|null);

                /** Login credential */
                credential?: ("password"|"resumeToken"|"siteToken");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Login. */
            type $Shape = {
              username?: string|null;
              password?: string|null;
              resumeToken?: Uint8Array|null;
              siteToken?: string|null;
              clientVersion?: string|null;
              identityKey?: Uint8Array|null;
              deviceId?: Uint8Array|null;
              deviceName?: string|null;
              certificate?: natter.control.DeviceCertificate.$Shape|null;
              newIdentity?: boolean|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ credential?: undefined; password?: null; resumeToken?: null; siteToken?: null }|{ credential?: "password"; password: string; resumeToken?: null; siteToken?: null }|{ credential?: "resumeToken"; password?: null; resumeToken: Uint8Array; siteToken?: null }|{ credential?: "siteToken"; password?: null; resumeToken?: null; siteToken: string })
            );
        }

        /**
         * Properties of a LoginOk.
         * @deprecated Use natter.control.LoginOk.$Properties instead.
         */
        interface ILoginOk extends natter.control.LoginOk.$Properties {
        }

        /** Represents a LoginOk. */
        class LoginOk {

            /**
             * Constructs a new LoginOk.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.LoginOk.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LoginOk username. */
            username: string;

            /** LoginOk resumeToken. */
            resumeToken: Uint8Array;

            /** LoginOk resumeTokenExpiresMs. */
            resumeTokenExpiresMs: number;

            /** LoginOk stun. */
            stun?: (natter.control.StunCredentials.$Properties|null);

            /** LoginOk serverTimeMs. */
            serverTimeMs: number;

            /** LoginOk relayBudget. */
            relayBudget?: (natter.control.RelayBudget.$Properties|null);

            /** LoginOk deviceId. */
            deviceId: Uint8Array;

            /** LoginOk deviceState. */
            deviceState: natter.control.DeviceState;

            /** LoginOk linkCode. */
            linkCode: string;

            /**
             * Creates a new LoginOk instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LoginOk instance
             */
            static create(properties: natter.control.LoginOk.$Shape): natter.control.LoginOk & natter.control.LoginOk.$Shape;
            static create(properties?: natter.control.LoginOk.$Properties): natter.control.LoginOk;

            /**
             * Encodes the specified LoginOk message. Does not implicitly {@link natter.control.LoginOk.verify|verify} messages.
             * @param message LoginOk message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.LoginOk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LoginOk message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.LoginOk & natter.control.LoginOk.$Shape} LoginOk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.LoginOk & natter.control.LoginOk.$Shape;
        }

        namespace LoginOk {

            /** Properties of a LoginOk. */
            interface $Properties {

                /** LoginOk username */
                username?: (string|null);

                /** LoginOk resumeToken */
                resumeToken?: (Uint8Array|null);

                /** LoginOk resumeTokenExpiresMs */
                resumeTokenExpiresMs?: (number|null);

                /** LoginOk stun */
                stun?: (natter.control.StunCredentials.$Properties|null);

                /** LoginOk serverTimeMs */
                serverTimeMs?: (number|null);

                /** LoginOk relayBudget */
                relayBudget?: (natter.control.RelayBudget.$Properties|null);

                /** LoginOk deviceId */
                deviceId?: (Uint8Array|null);

                /** LoginOk deviceState */
                deviceState?: (natter.control.DeviceState|null);

                /** LoginOk linkCode */
                linkCode?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LoginOk. */
            type $Shape = natter.control.LoginOk.$Properties;
        }

        /** DeviceState enum. */
        enum DeviceState {

            /** DEVICE_STATE_UNSPECIFIED value */
            DEVICE_STATE_UNSPECIFIED = 0,

            /** ACTIVE value */
            ACTIVE = 1,

            /** PENDING value */
            PENDING = 2
        }

        /**
         * Properties of a DeviceCertificate.
         * @deprecated Use natter.control.DeviceCertificate.$Properties instead.
         */
        interface IDeviceCertificate extends natter.control.DeviceCertificate.$Properties {
        }

        /** Represents a DeviceCertificate. */
        class DeviceCertificate {

            /**
             * Constructs a new DeviceCertificate.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.DeviceCertificate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeviceCertificate user. */
            user: string;

            /** DeviceCertificate deviceId. */
            deviceId: Uint8Array;

            /** DeviceCertificate deviceKey. */
            deviceKey: Uint8Array;

            /** DeviceCertificate name. */
            name: string;

            /** DeviceCertificate signerDeviceId. */
            signerDeviceId: Uint8Array;

            /** DeviceCertificate issuedAtMs. */
            issuedAtMs: number;

            /** DeviceCertificate signature. */
            signature: Uint8Array;

            /**
             * Creates a new DeviceCertificate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceCertificate instance
             */
            static create(properties: natter.control.DeviceCertificate.$Shape): natter.control.DeviceCertificate & natter.control.DeviceCertificate.$Shape;
            static create(properties?: natter.control.DeviceCertificate.$Properties): natter.control.DeviceCertificate;

            /**
             * Encodes the specified DeviceCertificate message. Does not implicitly {@link natter.control.DeviceCertificate.verify|verify} messages.
             * @param message DeviceCertificate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.DeviceCertificate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceCertificate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.DeviceCertificate & natter.control.DeviceCertificate.$Shape} DeviceCertificate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.DeviceCertificate & natter.control.DeviceCertificate.$Shape;
        }

        namespace DeviceCertificate {

            /** Properties of a DeviceCertificate. */
            interface $Properties {

                /** DeviceCertificate user */
                user?: (string|null);

                /** DeviceCertificate deviceId */
                deviceId?: (Uint8Array|null);

                /** DeviceCertificate deviceKey */
                deviceKey?: (Uint8Array|null);

                /** DeviceCertificate name */
                name?: (string|null);

                /** DeviceCertificate signerDeviceId */
                signerDeviceId?: (Uint8Array|null);

                /** DeviceCertificate issuedAtMs */
                issuedAtMs?: (number|null);

                /** DeviceCertificate signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeviceCertificate. */
            type $Shape = natter.control.DeviceCertificate.$Properties;
        }

        /**
         * Properties of a DevicePresence.
         * @deprecated Use natter.control.DevicePresence.$Properties instead.
         */
        interface IDevicePresence extends natter.control.DevicePresence.$Properties {
        }

        /** Represents a DevicePresence. */
        class DevicePresence {

            /**
             * Constructs a new DevicePresence.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.DevicePresence.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DevicePresence deviceId. */
            deviceId: Uint8Array;

            /** DevicePresence name. */
            name: string;

            /** DevicePresence identityKey. */
            identityKey: Uint8Array;

            /** DevicePresence certificate. */
            certificate?: (natter.control.DeviceCertificate.$Properties|null);

            /** DevicePresence online. */
            online: boolean;

            /** DevicePresence status. */
            status: natter.Status;

            /** DevicePresence endpoints. */
            endpoints: natter.Endpoint.$Properties[];

            /** DevicePresence nat. */
            nat?: (natter.NatReport.$Properties|null);

            /** DevicePresence clientVersion. */
            clientVersion: string;

            /** DevicePresence lastSeenMs. */
            lastSeenMs: number;

            /** DevicePresence state. */
            state: natter.control.DeviceState;

            /** DevicePresence createdMs. */
            createdMs: number;

            /**
             * Creates a new DevicePresence instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DevicePresence instance
             */
            static create(properties: natter.control.DevicePresence.$Shape): natter.control.DevicePresence & natter.control.DevicePresence.$Shape;
            static create(properties?: natter.control.DevicePresence.$Properties): natter.control.DevicePresence;

            /**
             * Encodes the specified DevicePresence message. Does not implicitly {@link natter.control.DevicePresence.verify|verify} messages.
             * @param message DevicePresence message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.DevicePresence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DevicePresence message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.DevicePresence & natter.control.DevicePresence.$Shape} DevicePresence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.DevicePresence & natter.control.DevicePresence.$Shape;
        }

        namespace DevicePresence {

            /** Properties of a DevicePresence. */
            interface $Properties {

                /** DevicePresence deviceId */
                deviceId?: (Uint8Array|null);

                /** DevicePresence name */
                name?: (string|null);

                /** DevicePresence identityKey */
                identityKey?: (Uint8Array|null);

                /** DevicePresence certificate */
                certificate?: (natter.control.DeviceCertificate.$Properties|null);

                /** DevicePresence online */
                online?: (boolean|null);

                /** DevicePresence status */
                status?: (natter.Status|null);

                /** DevicePresence endpoints */
                endpoints?: (natter.Endpoint.$Properties[]|null);

                /** DevicePresence nat */
                nat?: (natter.NatReport.$Properties|null);

                /** DevicePresence clientVersion */
                clientVersion?: (string|null);

                /** DevicePresence lastSeenMs */
                lastSeenMs?: (number|null);

                /** DevicePresence state */
                state?: (natter.control.DeviceState|null);

                /** DevicePresence createdMs */
                createdMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DevicePresence. */
            type $Shape = natter.control.DevicePresence.$Properties;
        }

        /**
         * Properties of a DeviceList.
         * @deprecated Use natter.control.DeviceList.$Properties instead.
         */
        interface IDeviceList extends natter.control.DeviceList.$Properties {
        }

        /** Represents a DeviceList. */
        class DeviceList {

            /**
             * Constructs a new DeviceList.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.DeviceList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeviceList devices. */
            devices: natter.control.DevicePresence.$Properties[];

            /**
             * Creates a new DeviceList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceList instance
             */
            static create(properties: natter.control.DeviceList.$Shape): natter.control.DeviceList & natter.control.DeviceList.$Shape;
            static create(properties?: natter.control.DeviceList.$Properties): natter.control.DeviceList;

            /**
             * Encodes the specified DeviceList message. Does not implicitly {@link natter.control.DeviceList.verify|verify} messages.
             * @param message DeviceList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.DeviceList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.DeviceList & natter.control.DeviceList.$Shape} DeviceList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.DeviceList & natter.control.DeviceList.$Shape;
        }

        namespace DeviceList {

            /** Properties of a DeviceList. */
            interface $Properties {

                /** DeviceList devices */
                devices?: (natter.control.DevicePresence.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeviceList. */
            type $Shape = natter.control.DeviceList.$Properties;
        }

        /**
         * Properties of a DeviceApprove.
         * @deprecated Use natter.control.DeviceApprove.$Properties instead.
         */
        interface IDeviceApprove extends natter.control.DeviceApprove.$Properties {
        }

        /** Represents a DeviceApprove. */
        class DeviceApprove {

            /**
             * Constructs a new DeviceApprove.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.DeviceApprove.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeviceApprove certificate. */
            certificate?: (natter.control.DeviceCertificate.$Properties|null);

            /**
             * Creates a new DeviceApprove instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceApprove instance
             */
            static create(properties: natter.control.DeviceApprove.$Shape): natter.control.DeviceApprove & natter.control.DeviceApprove.$Shape;
            static create(properties?: natter.control.DeviceApprove.$Properties): natter.control.DeviceApprove;

            /**
             * Encodes the specified DeviceApprove message. Does not implicitly {@link natter.control.DeviceApprove.verify|verify} messages.
             * @param message DeviceApprove message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.DeviceApprove.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceApprove message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.DeviceApprove & natter.control.DeviceApprove.$Shape} DeviceApprove
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.DeviceApprove & natter.control.DeviceApprove.$Shape;
        }

        namespace DeviceApprove {

            /** Properties of a DeviceApprove. */
            interface $Properties {

                /** DeviceApprove certificate */
                certificate?: (natter.control.DeviceCertificate.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeviceApprove. */
            type $Shape = natter.control.DeviceApprove.$Properties;
        }

        /**
         * Properties of a DeviceRemove.
         * @deprecated Use natter.control.DeviceRemove.$Properties instead.
         */
        interface IDeviceRemove extends natter.control.DeviceRemove.$Properties {
        }

        /** Represents a DeviceRemove. */
        class DeviceRemove {

            /**
             * Constructs a new DeviceRemove.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.DeviceRemove.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeviceRemove deviceId. */
            deviceId: Uint8Array;

            /**
             * Creates a new DeviceRemove instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceRemove instance
             */
            static create(properties: natter.control.DeviceRemove.$Shape): natter.control.DeviceRemove & natter.control.DeviceRemove.$Shape;
            static create(properties?: natter.control.DeviceRemove.$Properties): natter.control.DeviceRemove;

            /**
             * Encodes the specified DeviceRemove message. Does not implicitly {@link natter.control.DeviceRemove.verify|verify} messages.
             * @param message DeviceRemove message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.DeviceRemove.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceRemove message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.DeviceRemove & natter.control.DeviceRemove.$Shape} DeviceRemove
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.DeviceRemove & natter.control.DeviceRemove.$Shape;
        }

        namespace DeviceRemove {

            /** Properties of a DeviceRemove. */
            interface $Properties {

                /** DeviceRemove deviceId */
                deviceId?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeviceRemove. */
            type $Shape = natter.control.DeviceRemove.$Properties;
        }

        /**
         * Properties of a DeviceRename.
         * @deprecated Use natter.control.DeviceRename.$Properties instead.
         */
        interface IDeviceRename extends natter.control.DeviceRename.$Properties {
        }

        /** Represents a DeviceRename. */
        class DeviceRename {

            /**
             * Constructs a new DeviceRename.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.DeviceRename.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeviceRename deviceId. */
            deviceId: Uint8Array;

            /** DeviceRename name. */
            name: string;

            /**
             * Creates a new DeviceRename instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceRename instance
             */
            static create(properties: natter.control.DeviceRename.$Shape): natter.control.DeviceRename & natter.control.DeviceRename.$Shape;
            static create(properties?: natter.control.DeviceRename.$Properties): natter.control.DeviceRename;

            /**
             * Encodes the specified DeviceRename message. Does not implicitly {@link natter.control.DeviceRename.verify|verify} messages.
             * @param message DeviceRename message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.DeviceRename.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceRename message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.DeviceRename & natter.control.DeviceRename.$Shape} DeviceRename
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.DeviceRename & natter.control.DeviceRename.$Shape;
        }

        namespace DeviceRename {

            /** Properties of a DeviceRename. */
            interface $Properties {

                /** DeviceRename deviceId */
                deviceId?: (Uint8Array|null);

                /** DeviceRename name */
                name?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeviceRename. */
            type $Shape = natter.control.DeviceRename.$Properties;
        }

        /**
         * Properties of a RelayBudget.
         * @deprecated Use natter.control.RelayBudget.$Properties instead.
         */
        interface IRelayBudget extends natter.control.RelayBudget.$Properties {
        }

        /** Represents a RelayBudget. */
        class RelayBudget {

            /**
             * Constructs a new RelayBudget.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.RelayBudget.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RelayBudget bytesPerSecond. */
            bytesPerSecond: number;

            /** RelayBudget burstBytes. */
            burstBytes: number;

            /**
             * Creates a new RelayBudget instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RelayBudget instance
             */
            static create(properties: natter.control.RelayBudget.$Shape): natter.control.RelayBudget & natter.control.RelayBudget.$Shape;
            static create(properties?: natter.control.RelayBudget.$Properties): natter.control.RelayBudget;

            /**
             * Encodes the specified RelayBudget message. Does not implicitly {@link natter.control.RelayBudget.verify|verify} messages.
             * @param message RelayBudget message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.RelayBudget.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RelayBudget message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.RelayBudget & natter.control.RelayBudget.$Shape} RelayBudget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.RelayBudget & natter.control.RelayBudget.$Shape;
        }

        namespace RelayBudget {

            /** Properties of a RelayBudget. */
            interface $Properties {

                /** RelayBudget bytesPerSecond */
                bytesPerSecond?: (number|null);

                /** RelayBudget burstBytes */
                burstBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RelayBudget. */
            type $Shape = natter.control.RelayBudget.$Properties;
        }

        /**
         * Properties of a StunCredentials.
         * @deprecated Use natter.control.StunCredentials.$Properties instead.
         */
        interface IStunCredentials extends natter.control.StunCredentials.$Properties {
        }

        /** Represents a StunCredentials. */
        class StunCredentials {

            /**
             * Constructs a new StunCredentials.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.StunCredentials.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StunCredentials username. */
            username: string;

            /** StunCredentials password. */
            password: Uint8Array;

            /** StunCredentials servers. */
            servers: natter.Endpoint.$Properties[];

            /**
             * Creates a new StunCredentials instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StunCredentials instance
             */
            static create(properties: natter.control.StunCredentials.$Shape): natter.control.StunCredentials & natter.control.StunCredentials.$Shape;
            static create(properties?: natter.control.StunCredentials.$Properties): natter.control.StunCredentials;

            /**
             * Encodes the specified StunCredentials message. Does not implicitly {@link natter.control.StunCredentials.verify|verify} messages.
             * @param message StunCredentials message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.StunCredentials.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StunCredentials message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.StunCredentials & natter.control.StunCredentials.$Shape} StunCredentials
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.StunCredentials & natter.control.StunCredentials.$Shape;
        }

        namespace StunCredentials {

            /** Properties of a StunCredentials. */
            interface $Properties {

                /** StunCredentials username */
                username?: (string|null);

                /** StunCredentials password */
                password?: (Uint8Array|null);

                /** StunCredentials servers */
                servers?: (natter.Endpoint.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StunCredentials. */
            type $Shape = natter.control.StunCredentials.$Properties;
        }

        /**
         * Properties of a Logout.
         * @deprecated Use natter.control.Logout.$Properties instead.
         */
        interface ILogout extends natter.control.Logout.$Properties {
        }

        /** Represents a Logout. */
        class Logout {

            /**
             * Constructs a new Logout.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.Logout.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new Logout instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Logout instance
             */
            static create(properties: natter.control.Logout.$Shape): natter.control.Logout & natter.control.Logout.$Shape;
            static create(properties?: natter.control.Logout.$Properties): natter.control.Logout;

            /**
             * Encodes the specified Logout message. Does not implicitly {@link natter.control.Logout.verify|verify} messages.
             * @param message Logout message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.Logout.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Logout message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.Logout & natter.control.Logout.$Shape} Logout
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.Logout & natter.control.Logout.$Shape;
        }

        namespace Logout {

            /** Properties of a Logout. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Logout. */
            type $Shape = natter.control.Logout.$Properties;
        }

        /**
         * Properties of a ChangePassword.
         * @deprecated Use natter.control.ChangePassword.$Properties instead.
         */
        interface IChangePassword extends natter.control.ChangePassword.$Properties {
        }

        /** Represents a ChangePassword. */
        class ChangePassword {

            /**
             * Constructs a new ChangePassword.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.ChangePassword.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ChangePassword oldPassword. */
            oldPassword: string;

            /** ChangePassword newPassword. */
            newPassword: string;

            /**
             * Creates a new ChangePassword instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ChangePassword instance
             */
            static create(properties: natter.control.ChangePassword.$Shape): natter.control.ChangePassword & natter.control.ChangePassword.$Shape;
            static create(properties?: natter.control.ChangePassword.$Properties): natter.control.ChangePassword;

            /**
             * Encodes the specified ChangePassword message. Does not implicitly {@link natter.control.ChangePassword.verify|verify} messages.
             * @param message ChangePassword message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.ChangePassword.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ChangePassword message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.ChangePassword & natter.control.ChangePassword.$Shape} ChangePassword
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.ChangePassword & natter.control.ChangePassword.$Shape;
        }

        namespace ChangePassword {

            /** Properties of a ChangePassword. */
            interface $Properties {

                /** ChangePassword oldPassword */
                oldPassword?: (string|null);

                /** ChangePassword newPassword */
                newPassword?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ChangePassword. */
            type $Shape = natter.control.ChangePassword.$Properties;
        }

        /**
         * Properties of a DeleteAccount.
         * @deprecated Use natter.control.DeleteAccount.$Properties instead.
         */
        interface IDeleteAccount extends natter.control.DeleteAccount.$Properties {
        }

        /** Represents a DeleteAccount. */
        class DeleteAccount {

            /**
             * Constructs a new DeleteAccount.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.DeleteAccount.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteAccount password. */
            password: string;

            /**
             * Creates a new DeleteAccount instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteAccount instance
             */
            static create(properties: natter.control.DeleteAccount.$Shape): natter.control.DeleteAccount & natter.control.DeleteAccount.$Shape;
            static create(properties?: natter.control.DeleteAccount.$Properties): natter.control.DeleteAccount;

            /**
             * Encodes the specified DeleteAccount message. Does not implicitly {@link natter.control.DeleteAccount.verify|verify} messages.
             * @param message DeleteAccount message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.DeleteAccount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteAccount message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.DeleteAccount & natter.control.DeleteAccount.$Shape} DeleteAccount
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.DeleteAccount & natter.control.DeleteAccount.$Shape;
        }

        namespace DeleteAccount {

            /** Properties of a DeleteAccount. */
            interface $Properties {

                /** DeleteAccount password */
                password?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteAccount. */
            type $Shape = natter.control.DeleteAccount.$Properties;
        }

        /**
         * Properties of a BuddyAction.
         * @deprecated Use natter.control.BuddyAction.$Properties instead.
         */
        interface IBuddyAction extends natter.control.BuddyAction.$Properties {
        }

        /** Represents a BuddyAction. */
        class BuddyAction {

            /**
             * Constructs a new BuddyAction.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.BuddyAction.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BuddyAction action. */
            action: natter.control.BuddyAction.Action;

            /** BuddyAction username. */
            username: string;

            /** BuddyAction message. */
            message: string;

            /**
             * Creates a new BuddyAction instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BuddyAction instance
             */
            static create(properties: natter.control.BuddyAction.$Shape): natter.control.BuddyAction & natter.control.BuddyAction.$Shape;
            static create(properties?: natter.control.BuddyAction.$Properties): natter.control.BuddyAction;

            /**
             * Encodes the specified BuddyAction message. Does not implicitly {@link natter.control.BuddyAction.verify|verify} messages.
             * @param message BuddyAction message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.BuddyAction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BuddyAction message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.BuddyAction & natter.control.BuddyAction.$Shape} BuddyAction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.BuddyAction & natter.control.BuddyAction.$Shape;
        }

        namespace BuddyAction {

            /** Properties of a BuddyAction. */
            interface $Properties {

                /** BuddyAction action */
                action?: (natter.control.BuddyAction.Action|null);

                /** BuddyAction username */
                username?: (string|null);

                /** BuddyAction message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BuddyAction. */
            type $Shape = natter.control.BuddyAction.$Properties;

            /** Action enum. */
            enum Action {

                /** ACTION_UNSPECIFIED value */
                ACTION_UNSPECIFIED = 0,

                /** REQUEST value */
                REQUEST = 1,

                /** ACCEPT value */
                ACCEPT = 2,

                /** DECLINE value */
                DECLINE = 3,

                /** REMOVE value */
                REMOVE = 4,

                /** BLOCK value */
                BLOCK = 5,

                /** UNBLOCK value */
                UNBLOCK = 6
            }
        }

        /**
         * Properties of a Presence.
         * @deprecated Use natter.control.Presence.$Properties instead.
         */
        interface IPresence extends natter.control.Presence.$Properties {
        }

        /** Represents a Presence. */
        class Presence {

            /**
             * Constructs a new Presence.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.Presence.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Presence username. */
            username: string;

            /** Presence status. */
            status: natter.Status;

            /** Presence statusText. */
            statusText: string;

            /** Presence endpoints. */
            endpoints: natter.Endpoint.$Properties[];

            /** Presence nat. */
            nat?: (natter.NatReport.$Properties|null);

            /** Presence identityKey. */
            identityKey: Uint8Array;

            /** Presence clientVersion. */
            clientVersion: string;

            /** Presence sinceMs. */
            sinceMs: number;

            /** Presence devices. */
            devices: natter.control.DevicePresence.$Properties[];

            /**
             * Creates a new Presence instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Presence instance
             */
            static create(properties: natter.control.Presence.$Shape): natter.control.Presence & natter.control.Presence.$Shape;
            static create(properties?: natter.control.Presence.$Properties): natter.control.Presence;

            /**
             * Encodes the specified Presence message. Does not implicitly {@link natter.control.Presence.verify|verify} messages.
             * @param message Presence message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.Presence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Presence message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.Presence & natter.control.Presence.$Shape} Presence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.Presence & natter.control.Presence.$Shape;
        }

        namespace Presence {

            /** Properties of a Presence. */
            interface $Properties {

                /** Presence username */
                username?: (string|null);

                /** Presence status */
                status?: (natter.Status|null);

                /** Presence statusText */
                statusText?: (string|null);

                /** Presence endpoints */
                endpoints?: (natter.Endpoint.$Properties[]|null);

                /** Presence nat */
                nat?: (natter.NatReport.$Properties|null);

                /** Presence identityKey */
                identityKey?: (Uint8Array|null);

                /** Presence clientVersion */
                clientVersion?: (string|null);

                /** Presence sinceMs */
                sinceMs?: (number|null);

                /** Presence devices */
                devices?: (natter.control.DevicePresence.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Presence. */
            type $Shape = natter.control.Presence.$Properties;
        }

        /**
         * Properties of a BuddyList.
         * @deprecated Use natter.control.BuddyList.$Properties instead.
         */
        interface IBuddyList extends natter.control.BuddyList.$Properties {
        }

        /** Represents a BuddyList. */
        class BuddyList {

            /**
             * Constructs a new BuddyList.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.BuddyList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BuddyList buddies. */
            buddies: natter.control.Presence.$Properties[];

            /** BuddyList incomingRequests. */
            incomingRequests: string[];

            /** BuddyList outgoingRequests. */
            outgoingRequests: string[];

            /** BuddyList blocked. */
            blocked: string[];

            /**
             * Creates a new BuddyList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BuddyList instance
             */
            static create(properties: natter.control.BuddyList.$Shape): natter.control.BuddyList & natter.control.BuddyList.$Shape;
            static create(properties?: natter.control.BuddyList.$Properties): natter.control.BuddyList;

            /**
             * Encodes the specified BuddyList message. Does not implicitly {@link natter.control.BuddyList.verify|verify} messages.
             * @param message BuddyList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.BuddyList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BuddyList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.BuddyList & natter.control.BuddyList.$Shape} BuddyList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.BuddyList & natter.control.BuddyList.$Shape;
        }

        namespace BuddyList {

            /** Properties of a BuddyList. */
            interface $Properties {

                /** BuddyList buddies */
                buddies?: (natter.control.Presence.$Properties[]|null);

                /** BuddyList incomingRequests */
                incomingRequests?: (string[]|null);

                /** BuddyList outgoingRequests */
                outgoingRequests?: (string[]|null);

                /** BuddyList blocked */
                blocked?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BuddyList. */
            type $Shape = natter.control.BuddyList.$Properties;
        }

        /**
         * Properties of a BuddyEvent.
         * @deprecated Use natter.control.BuddyEvent.$Properties instead.
         */
        interface IBuddyEvent extends natter.control.BuddyEvent.$Properties {
        }

        /** Represents a BuddyEvent. */
        class BuddyEvent {

            /**
             * Constructs a new BuddyEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.BuddyEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BuddyEvent kind. */
            kind: natter.control.BuddyEvent.Kind;

            /** BuddyEvent username. */
            username: string;

            /** BuddyEvent message. */
            message: string;

            /**
             * Creates a new BuddyEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BuddyEvent instance
             */
            static create(properties: natter.control.BuddyEvent.$Shape): natter.control.BuddyEvent & natter.control.BuddyEvent.$Shape;
            static create(properties?: natter.control.BuddyEvent.$Properties): natter.control.BuddyEvent;

            /**
             * Encodes the specified BuddyEvent message. Does not implicitly {@link natter.control.BuddyEvent.verify|verify} messages.
             * @param message BuddyEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.BuddyEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BuddyEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.BuddyEvent & natter.control.BuddyEvent.$Shape} BuddyEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.BuddyEvent & natter.control.BuddyEvent.$Shape;
        }

        namespace BuddyEvent {

            /** Properties of a BuddyEvent. */
            interface $Properties {

                /** BuddyEvent kind */
                kind?: (natter.control.BuddyEvent.Kind|null);

                /** BuddyEvent username */
                username?: (string|null);

                /** BuddyEvent message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BuddyEvent. */
            type $Shape = natter.control.BuddyEvent.$Properties;

            /** Kind enum. */
            enum Kind {

                /** KIND_UNSPECIFIED value */
                KIND_UNSPECIFIED = 0,

                /** REQUESTED value */
                REQUESTED = 1,

                /** ACCEPTED value */
                ACCEPTED = 2,

                /** REMOVED value */
                REMOVED = 3
            }
        }

        /**
         * Properties of a PresenceUpdate.
         * @deprecated Use natter.control.PresenceUpdate.$Properties instead.
         */
        interface IPresenceUpdate extends natter.control.PresenceUpdate.$Properties {
        }

        /** Represents a PresenceUpdate. */
        class PresenceUpdate {

            /**
             * Constructs a new PresenceUpdate.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.PresenceUpdate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PresenceUpdate status. */
            status: natter.Status;

            /** PresenceUpdate statusText. */
            statusText: string;

            /** PresenceUpdate lanCandidates. */
            lanCandidates: natter.Endpoint.$Properties[];

            /** PresenceUpdate nat. */
            nat?: (natter.NatReport.$Properties|null);

            /**
             * Creates a new PresenceUpdate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PresenceUpdate instance
             */
            static create(properties: natter.control.PresenceUpdate.$Shape): natter.control.PresenceUpdate & natter.control.PresenceUpdate.$Shape;
            static create(properties?: natter.control.PresenceUpdate.$Properties): natter.control.PresenceUpdate;

            /**
             * Encodes the specified PresenceUpdate message. Does not implicitly {@link natter.control.PresenceUpdate.verify|verify} messages.
             * @param message PresenceUpdate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.PresenceUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PresenceUpdate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.PresenceUpdate & natter.control.PresenceUpdate.$Shape} PresenceUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.PresenceUpdate & natter.control.PresenceUpdate.$Shape;
        }

        namespace PresenceUpdate {

            /** Properties of a PresenceUpdate. */
            interface $Properties {

                /** PresenceUpdate status */
                status?: (natter.Status|null);

                /** PresenceUpdate statusText */
                statusText?: (string|null);

                /** PresenceUpdate lanCandidates */
                lanCandidates?: (natter.Endpoint.$Properties[]|null);

                /** PresenceUpdate nat */
                nat?: (natter.NatReport.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PresenceUpdate. */
            type $Shape = natter.control.PresenceUpdate.$Properties;
        }

        /**
         * Properties of a PresencePush.
         * @deprecated Use natter.control.PresencePush.$Properties instead.
         */
        interface IPresencePush extends natter.control.PresencePush.$Properties {
        }

        /** Represents a PresencePush. */
        class PresencePush {

            /**
             * Constructs a new PresencePush.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.PresencePush.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PresencePush presence. */
            presence?: (natter.control.Presence.$Properties|null);

            /**
             * Creates a new PresencePush instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PresencePush instance
             */
            static create(properties: natter.control.PresencePush.$Shape): natter.control.PresencePush & natter.control.PresencePush.$Shape;
            static create(properties?: natter.control.PresencePush.$Properties): natter.control.PresencePush;

            /**
             * Encodes the specified PresencePush message. Does not implicitly {@link natter.control.PresencePush.verify|verify} messages.
             * @param message PresencePush message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.PresencePush.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PresencePush message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.PresencePush & natter.control.PresencePush.$Shape} PresencePush
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.PresencePush & natter.control.PresencePush.$Shape;
        }

        namespace PresencePush {

            /** Properties of a PresencePush. */
            interface $Properties {

                /** PresencePush presence */
                presence?: (natter.control.Presence.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PresencePush. */
            type $Shape = natter.control.PresencePush.$Properties;
        }

        /**
         * Properties of a PunchRequest.
         * @deprecated Use natter.control.PunchRequest.$Properties instead.
         */
        interface IPunchRequest extends natter.control.PunchRequest.$Properties {
        }

        /** Represents a PunchRequest. */
        class PunchRequest {

            /**
             * Constructs a new PunchRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.PunchRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PunchRequest buddy. */
            buddy: string;

            /** PunchRequest attempt. */
            attempt: number;

            /**
             * Creates a new PunchRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PunchRequest instance
             */
            static create(properties: natter.control.PunchRequest.$Shape): natter.control.PunchRequest & natter.control.PunchRequest.$Shape;
            static create(properties?: natter.control.PunchRequest.$Properties): natter.control.PunchRequest;

            /**
             * Encodes the specified PunchRequest message. Does not implicitly {@link natter.control.PunchRequest.verify|verify} messages.
             * @param message PunchRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.PunchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PunchRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.PunchRequest & natter.control.PunchRequest.$Shape} PunchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.PunchRequest & natter.control.PunchRequest.$Shape;
        }

        namespace PunchRequest {

            /** Properties of a PunchRequest. */
            interface $Properties {

                /** PunchRequest buddy */
                buddy?: (string|null);

                /** PunchRequest attempt */
                attempt?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PunchRequest. */
            type $Shape = natter.control.PunchRequest.$Properties;
        }

        /**
         * Properties of a PunchPlan.
         * @deprecated Use natter.control.PunchPlan.$Properties instead.
         */
        interface IPunchPlan extends natter.control.PunchPlan.$Properties {
        }

        /** Represents a PunchPlan. */
        class PunchPlan {

            /**
             * Constructs a new PunchPlan.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.PunchPlan.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PunchPlan buddy. */
            buddy: string;

            /** PunchPlan attemptId. */
            attemptId: Uint8Array;

            /** PunchPlan secret. */
            secret: Uint8Array;

            /** PunchPlan candidates. */
            candidates: natter.Endpoint.$Properties[];

            /** PunchPlan buddyNat. */
            buddyNat?: (natter.NatReport.$Properties|null);

            /** PunchPlan startInMs. */
            startInMs: number;

            /** PunchPlan role. */
            role: natter.control.PunchPlan.Role;

            /** PunchPlan buddyIdentityKey. */
            buddyIdentityKey: Uint8Array;

            /** PunchPlan attempt. */
            attempt: number;

            /**
             * Creates a new PunchPlan instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PunchPlan instance
             */
            static create(properties: natter.control.PunchPlan.$Shape): natter.control.PunchPlan & natter.control.PunchPlan.$Shape;
            static create(properties?: natter.control.PunchPlan.$Properties): natter.control.PunchPlan;

            /**
             * Encodes the specified PunchPlan message. Does not implicitly {@link natter.control.PunchPlan.verify|verify} messages.
             * @param message PunchPlan message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.PunchPlan.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PunchPlan message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.PunchPlan & natter.control.PunchPlan.$Shape} PunchPlan
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.PunchPlan & natter.control.PunchPlan.$Shape;
        }

        namespace PunchPlan {

            /** Properties of a PunchPlan. */
            interface $Properties {

                /** PunchPlan buddy */
                buddy?: (string|null);

                /** PunchPlan attemptId */
                attemptId?: (Uint8Array|null);

                /** PunchPlan secret */
                secret?: (Uint8Array|null);

                /** PunchPlan candidates */
                candidates?: (natter.Endpoint.$Properties[]|null);

                /** PunchPlan buddyNat */
                buddyNat?: (natter.NatReport.$Properties|null);

                /** PunchPlan startInMs */
                startInMs?: (number|null);

                /** PunchPlan role */
                role?: (natter.control.PunchPlan.Role|null);

                /** PunchPlan buddyIdentityKey */
                buddyIdentityKey?: (Uint8Array|null);

                /** PunchPlan attempt */
                attempt?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PunchPlan. */
            type $Shape = natter.control.PunchPlan.$Properties;

            /** Role enum. */
            enum Role {

                /** ROLE_UNSPECIFIED value */
                ROLE_UNSPECIFIED = 0,

                /** INITIATOR value */
                INITIATOR = 1,

                /** RESPONDER value */
                RESPONDER = 2
            }
        }

        /**
         * Properties of a PunchResult.
         * @deprecated Use natter.control.PunchResult.$Properties instead.
         */
        interface IPunchResult extends natter.control.PunchResult.$Properties {
        }

        /** Represents a PunchResult. */
        class PunchResult {

            /**
             * Constructs a new PunchResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.PunchResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PunchResult attemptId. */
            attemptId: Uint8Array;

            /** PunchResult success. */
            success: boolean;

            /** PunchResult path. */
            path?: (natter.Endpoint.$Properties|null);

            /** PunchResult elapsedMs. */
            elapsedMs: number;

            /**
             * Creates a new PunchResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PunchResult instance
             */
            static create(properties: natter.control.PunchResult.$Shape): natter.control.PunchResult & natter.control.PunchResult.$Shape;
            static create(properties?: natter.control.PunchResult.$Properties): natter.control.PunchResult;

            /**
             * Encodes the specified PunchResult message. Does not implicitly {@link natter.control.PunchResult.verify|verify} messages.
             * @param message PunchResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.PunchResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PunchResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.PunchResult & natter.control.PunchResult.$Shape} PunchResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.PunchResult & natter.control.PunchResult.$Shape;
        }

        namespace PunchResult {

            /** Properties of a PunchResult. */
            interface $Properties {

                /** PunchResult attemptId */
                attemptId?: (Uint8Array|null);

                /** PunchResult success */
                success?: (boolean|null);

                /** PunchResult path */
                path?: (natter.Endpoint.$Properties|null);

                /** PunchResult elapsedMs */
                elapsedMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PunchResult. */
            type $Shape = natter.control.PunchResult.$Properties;
        }

        /**
         * Properties of a RelayFrame.
         * @deprecated Use natter.control.RelayFrame.$Properties instead.
         */
        interface IRelayFrame extends natter.control.RelayFrame.$Properties {
        }

        /** Represents a RelayFrame. */
        class RelayFrame {

            /**
             * Constructs a new RelayFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.RelayFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RelayFrame peer. */
            peer: string;

            /** RelayFrame payload. */
            payload: Uint8Array;

            /**
             * Creates a new RelayFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RelayFrame instance
             */
            static create(properties: natter.control.RelayFrame.$Shape): natter.control.RelayFrame & natter.control.RelayFrame.$Shape;
            static create(properties?: natter.control.RelayFrame.$Properties): natter.control.RelayFrame;

            /**
             * Encodes the specified RelayFrame message. Does not implicitly {@link natter.control.RelayFrame.verify|verify} messages.
             * @param message RelayFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.RelayFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RelayFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.RelayFrame & natter.control.RelayFrame.$Shape} RelayFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.RelayFrame & natter.control.RelayFrame.$Shape;
        }

        namespace RelayFrame {

            /** Properties of a RelayFrame. */
            interface $Properties {

                /** RelayFrame peer */
                peer?: (string|null);

                /** RelayFrame payload */
                payload?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RelayFrame. */
            type $Shape = natter.control.RelayFrame.$Properties;
        }

        /**
         * Properties of an OfflineStore.
         * @deprecated Use natter.control.OfflineStore.$Properties instead.
         */
        interface IOfflineStore extends natter.control.OfflineStore.$Properties {
        }

        /** Represents an OfflineStore. */
        class OfflineStore {

            /**
             * Constructs a new OfflineStore.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.OfflineStore.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OfflineStore to. */
            to: string;

            /** OfflineStore messageId. */
            messageId: Uint8Array;

            /** OfflineStore sealed. */
            sealed: Uint8Array;

            /** OfflineStore sentAtMs. */
            sentAtMs: number;

            /**
             * Creates a new OfflineStore instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OfflineStore instance
             */
            static create(properties: natter.control.OfflineStore.$Shape): natter.control.OfflineStore & natter.control.OfflineStore.$Shape;
            static create(properties?: natter.control.OfflineStore.$Properties): natter.control.OfflineStore;

            /**
             * Encodes the specified OfflineStore message. Does not implicitly {@link natter.control.OfflineStore.verify|verify} messages.
             * @param message OfflineStore message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.OfflineStore.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OfflineStore message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.OfflineStore & natter.control.OfflineStore.$Shape} OfflineStore
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.OfflineStore & natter.control.OfflineStore.$Shape;
        }

        namespace OfflineStore {

            /** Properties of an OfflineStore. */
            interface $Properties {

                /** OfflineStore to */
                to?: (string|null);

                /** OfflineStore messageId */
                messageId?: (Uint8Array|null);

                /** OfflineStore sealed */
                sealed?: (Uint8Array|null);

                /** OfflineStore sentAtMs */
                sentAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OfflineStore. */
            type $Shape = natter.control.OfflineStore.$Properties;
        }

        /**
         * Properties of an OfflineStored.
         * @deprecated Use natter.control.OfflineStored.$Properties instead.
         */
        interface IOfflineStored extends natter.control.OfflineStored.$Properties {
        }

        /** Represents an OfflineStored. */
        class OfflineStored {

            /**
             * Constructs a new OfflineStored.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.OfflineStored.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OfflineStored messageId. */
            messageId: Uint8Array;

            /** OfflineStored expiresAtMs. */
            expiresAtMs: number;

            /**
             * Creates a new OfflineStored instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OfflineStored instance
             */
            static create(properties: natter.control.OfflineStored.$Shape): natter.control.OfflineStored & natter.control.OfflineStored.$Shape;
            static create(properties?: natter.control.OfflineStored.$Properties): natter.control.OfflineStored;

            /**
             * Encodes the specified OfflineStored message. Does not implicitly {@link natter.control.OfflineStored.verify|verify} messages.
             * @param message OfflineStored message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.OfflineStored.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OfflineStored message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.OfflineStored & natter.control.OfflineStored.$Shape} OfflineStored
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.OfflineStored & natter.control.OfflineStored.$Shape;
        }

        namespace OfflineStored {

            /** Properties of an OfflineStored. */
            interface $Properties {

                /** OfflineStored messageId */
                messageId?: (Uint8Array|null);

                /** OfflineStored expiresAtMs */
                expiresAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OfflineStored. */
            type $Shape = natter.control.OfflineStored.$Properties;
        }

        /**
         * Properties of an OfflineMessage.
         * @deprecated Use natter.control.OfflineMessage.$Properties instead.
         */
        interface IOfflineMessage extends natter.control.OfflineMessage.$Properties {
        }

        /** Represents an OfflineMessage. */
        class OfflineMessage {

            /**
             * Constructs a new OfflineMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.OfflineMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OfflineMessage seq. */
            seq: number;

            /** OfflineMessage from. */
            from: string;

            /** OfflineMessage messageId. */
            messageId: Uint8Array;

            /** OfflineMessage sealed. */
            sealed: Uint8Array;

            /** OfflineMessage sentAtMs. */
            sentAtMs: number;

            /** OfflineMessage storedAtMs. */
            storedAtMs: number;

            /**
             * Creates a new OfflineMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OfflineMessage instance
             */
            static create(properties: natter.control.OfflineMessage.$Shape): natter.control.OfflineMessage & natter.control.OfflineMessage.$Shape;
            static create(properties?: natter.control.OfflineMessage.$Properties): natter.control.OfflineMessage;

            /**
             * Encodes the specified OfflineMessage message. Does not implicitly {@link natter.control.OfflineMessage.verify|verify} messages.
             * @param message OfflineMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.OfflineMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OfflineMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.OfflineMessage & natter.control.OfflineMessage.$Shape} OfflineMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.OfflineMessage & natter.control.OfflineMessage.$Shape;
        }

        namespace OfflineMessage {

            /** Properties of an OfflineMessage. */
            interface $Properties {

                /** OfflineMessage seq */
                seq?: (number|null);

                /** OfflineMessage from */
                from?: (string|null);

                /** OfflineMessage messageId */
                messageId?: (Uint8Array|null);

                /** OfflineMessage sealed */
                sealed?: (Uint8Array|null);

                /** OfflineMessage sentAtMs */
                sentAtMs?: (number|null);

                /** OfflineMessage storedAtMs */
                storedAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OfflineMessage. */
            type $Shape = natter.control.OfflineMessage.$Properties;
        }

        /**
         * Properties of an OfflineDeliver.
         * @deprecated Use natter.control.OfflineDeliver.$Properties instead.
         */
        interface IOfflineDeliver extends natter.control.OfflineDeliver.$Properties {
        }

        /** Represents an OfflineDeliver. */
        class OfflineDeliver {

            /**
             * Constructs a new OfflineDeliver.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.OfflineDeliver.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OfflineDeliver messages. */
            messages: natter.control.OfflineMessage.$Properties[];

            /**
             * Creates a new OfflineDeliver instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OfflineDeliver instance
             */
            static create(properties: natter.control.OfflineDeliver.$Shape): natter.control.OfflineDeliver & natter.control.OfflineDeliver.$Shape;
            static create(properties?: natter.control.OfflineDeliver.$Properties): natter.control.OfflineDeliver;

            /**
             * Encodes the specified OfflineDeliver message. Does not implicitly {@link natter.control.OfflineDeliver.verify|verify} messages.
             * @param message OfflineDeliver message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.OfflineDeliver.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OfflineDeliver message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.OfflineDeliver & natter.control.OfflineDeliver.$Shape} OfflineDeliver
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.OfflineDeliver & natter.control.OfflineDeliver.$Shape;
        }

        namespace OfflineDeliver {

            /** Properties of an OfflineDeliver. */
            interface $Properties {

                /** OfflineDeliver messages */
                messages?: (natter.control.OfflineMessage.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OfflineDeliver. */
            type $Shape = natter.control.OfflineDeliver.$Properties;
        }

        /**
         * Properties of an OfflineAck.
         * @deprecated Use natter.control.OfflineAck.$Properties instead.
         */
        interface IOfflineAck extends natter.control.OfflineAck.$Properties {
        }

        /** Represents an OfflineAck. */
        class OfflineAck {

            /**
             * Constructs a new OfflineAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.OfflineAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OfflineAck seqs. */
            seqs: number[];

            /**
             * Creates a new OfflineAck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OfflineAck instance
             */
            static create(properties: natter.control.OfflineAck.$Shape): natter.control.OfflineAck & natter.control.OfflineAck.$Shape;
            static create(properties?: natter.control.OfflineAck.$Properties): natter.control.OfflineAck;

            /**
             * Encodes the specified OfflineAck message. Does not implicitly {@link natter.control.OfflineAck.verify|verify} messages.
             * @param message OfflineAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.OfflineAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OfflineAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.OfflineAck & natter.control.OfflineAck.$Shape} OfflineAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.OfflineAck & natter.control.OfflineAck.$Shape;
        }

        namespace OfflineAck {

            /** Properties of an OfflineAck. */
            interface $Properties {

                /** OfflineAck seqs */
                seqs?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OfflineAck. */
            type $Shape = natter.control.OfflineAck.$Properties;
        }

        /**
         * Properties of a Heartbeat.
         * @deprecated Use natter.control.Heartbeat.$Properties instead.
         */
        interface IHeartbeat extends natter.control.Heartbeat.$Properties {
        }

        /** Represents a Heartbeat. */
        class Heartbeat {

            /**
             * Constructs a new Heartbeat.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.Heartbeat.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Heartbeat sentAtMs. */
            sentAtMs: number;

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Heartbeat instance
             */
            static create(properties: natter.control.Heartbeat.$Shape): natter.control.Heartbeat & natter.control.Heartbeat.$Shape;
            static create(properties?: natter.control.Heartbeat.$Properties): natter.control.Heartbeat;

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link natter.control.Heartbeat.verify|verify} messages.
             * @param message Heartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.Heartbeat & natter.control.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.Heartbeat & natter.control.Heartbeat.$Shape;
        }

        namespace Heartbeat {

            /** Properties of a Heartbeat. */
            interface $Properties {

                /** Heartbeat sentAtMs */
                sentAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Heartbeat. */
            type $Shape = natter.control.Heartbeat.$Properties;
        }

        /**
         * Properties of a HeartbeatAck.
         * @deprecated Use natter.control.HeartbeatAck.$Properties instead.
         */
        interface IHeartbeatAck extends natter.control.HeartbeatAck.$Properties {
        }

        /** Represents a HeartbeatAck. */
        class HeartbeatAck {

            /**
             * Constructs a new HeartbeatAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.HeartbeatAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HeartbeatAck echoSentAtMs. */
            echoSentAtMs: number;

            /** HeartbeatAck serverTimeMs. */
            serverTimeMs: number;

            /**
             * Creates a new HeartbeatAck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HeartbeatAck instance
             */
            static create(properties: natter.control.HeartbeatAck.$Shape): natter.control.HeartbeatAck & natter.control.HeartbeatAck.$Shape;
            static create(properties?: natter.control.HeartbeatAck.$Properties): natter.control.HeartbeatAck;

            /**
             * Encodes the specified HeartbeatAck message. Does not implicitly {@link natter.control.HeartbeatAck.verify|verify} messages.
             * @param message HeartbeatAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.HeartbeatAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HeartbeatAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.HeartbeatAck & natter.control.HeartbeatAck.$Shape} HeartbeatAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.HeartbeatAck & natter.control.HeartbeatAck.$Shape;
        }

        namespace HeartbeatAck {

            /** Properties of a HeartbeatAck. */
            interface $Properties {

                /** HeartbeatAck echoSentAtMs */
                echoSentAtMs?: (number|null);

                /** HeartbeatAck serverTimeMs */
                serverTimeMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HeartbeatAck. */
            type $Shape = natter.control.HeartbeatAck.$Properties;
        }

        /** NotifyKind enum. */
        enum NotifyKind {

            /** NOTIFY_KIND_UNSPECIFIED value */
            NOTIFY_KIND_UNSPECIFIED = 0,

            /** EMAIL value */
            EMAIL = 1,

            /** SMS value */
            SMS = 2,

            /** WEBHOOK value */
            WEBHOOK = 3
        }

        /**
         * Properties of a NotifyAdd.
         * @deprecated Use natter.control.NotifyAdd.$Properties instead.
         */
        interface INotifyAdd extends natter.control.NotifyAdd.$Properties {
        }

        /** Represents a NotifyAdd. */
        class NotifyAdd {

            /**
             * Constructs a new NotifyAdd.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.NotifyAdd.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NotifyAdd kind. */
            kind: natter.control.NotifyKind;

            /** NotifyAdd address. */
            address: string;

            /**
             * Creates a new NotifyAdd instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NotifyAdd instance
             */
            static create(properties: natter.control.NotifyAdd.$Shape): natter.control.NotifyAdd & natter.control.NotifyAdd.$Shape;
            static create(properties?: natter.control.NotifyAdd.$Properties): natter.control.NotifyAdd;

            /**
             * Encodes the specified NotifyAdd message. Does not implicitly {@link natter.control.NotifyAdd.verify|verify} messages.
             * @param message NotifyAdd message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.NotifyAdd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NotifyAdd message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.NotifyAdd & natter.control.NotifyAdd.$Shape} NotifyAdd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.NotifyAdd & natter.control.NotifyAdd.$Shape;
        }

        namespace NotifyAdd {

            /** Properties of a NotifyAdd. */
            interface $Properties {

                /** NotifyAdd kind */
                kind?: (natter.control.NotifyKind|null);

                /** NotifyAdd address */
                address?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NotifyAdd. */
            type $Shape = natter.control.NotifyAdd.$Properties;
        }

        /**
         * Properties of a NotifyChannel.
         * @deprecated Use natter.control.NotifyChannel.$Properties instead.
         */
        interface INotifyChannel extends natter.control.NotifyChannel.$Properties {
        }

        /** Represents a NotifyChannel. */
        class NotifyChannel {

            /**
             * Constructs a new NotifyChannel.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.NotifyChannel.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NotifyChannel id. */
            id: string;

            /** NotifyChannel kind. */
            kind: natter.control.NotifyKind;

            /** NotifyChannel address. */
            address: string;

            /** NotifyChannel state. */
            state: natter.control.NotifyChannel.State;

            /** NotifyChannel reason. */
            reason: string;

            /** NotifyChannel createdAtMs. */
            createdAtMs: number;

            /** NotifyChannel failures. */
            failures: number;

            /**
             * Creates a new NotifyChannel instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NotifyChannel instance
             */
            static create(properties: natter.control.NotifyChannel.$Shape): natter.control.NotifyChannel & natter.control.NotifyChannel.$Shape;
            static create(properties?: natter.control.NotifyChannel.$Properties): natter.control.NotifyChannel;

            /**
             * Encodes the specified NotifyChannel message. Does not implicitly {@link natter.control.NotifyChannel.verify|verify} messages.
             * @param message NotifyChannel message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.NotifyChannel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NotifyChannel message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.NotifyChannel & natter.control.NotifyChannel.$Shape} NotifyChannel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.NotifyChannel & natter.control.NotifyChannel.$Shape;
        }

        namespace NotifyChannel {

            /** Properties of a NotifyChannel. */
            interface $Properties {

                /** NotifyChannel id */
                id?: (string|null);

                /** NotifyChannel kind */
                kind?: (natter.control.NotifyKind|null);

                /** NotifyChannel address */
                address?: (string|null);

                /** NotifyChannel state */
                state?: (natter.control.NotifyChannel.State|null);

                /** NotifyChannel reason */
                reason?: (string|null);

                /** NotifyChannel createdAtMs */
                createdAtMs?: (number|null);

                /** NotifyChannel failures */
                failures?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NotifyChannel. */
            type $Shape = natter.control.NotifyChannel.$Properties;

            /** State enum. */
            enum State {

                /** STATE_UNSPECIFIED value */
                STATE_UNSPECIFIED = 0,

                /** UNVERIFIED value */
                UNVERIFIED = 1,

                /** ACTIVE value */
                ACTIVE = 2,

                /** DISABLED value */
                DISABLED = 3
            }
        }

        /**
         * Properties of a NotifyAdded.
         * @deprecated Use natter.control.NotifyAdded.$Properties instead.
         */
        interface INotifyAdded extends natter.control.NotifyAdded.$Properties {
        }

        /** Represents a NotifyAdded. */
        class NotifyAdded {

            /**
             * Constructs a new NotifyAdded.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.NotifyAdded.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NotifyAdded channel. */
            channel?: (natter.control.NotifyChannel.$Properties|null);

            /** NotifyAdded secret. */
            secret: Uint8Array;

            /** NotifyAdded codeExpiresAtMs. */
            codeExpiresAtMs: number;

            /**
             * Creates a new NotifyAdded instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NotifyAdded instance
             */
            static create(properties: natter.control.NotifyAdded.$Shape): natter.control.NotifyAdded & natter.control.NotifyAdded.$Shape;
            static create(properties?: natter.control.NotifyAdded.$Properties): natter.control.NotifyAdded;

            /**
             * Encodes the specified NotifyAdded message. Does not implicitly {@link natter.control.NotifyAdded.verify|verify} messages.
             * @param message NotifyAdded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.NotifyAdded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NotifyAdded message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.NotifyAdded & natter.control.NotifyAdded.$Shape} NotifyAdded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.NotifyAdded & natter.control.NotifyAdded.$Shape;
        }

        namespace NotifyAdded {

            /** Properties of a NotifyAdded. */
            interface $Properties {

                /** NotifyAdded channel */
                channel?: (natter.control.NotifyChannel.$Properties|null);

                /** NotifyAdded secret */
                secret?: (Uint8Array|null);

                /** NotifyAdded codeExpiresAtMs */
                codeExpiresAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NotifyAdded. */
            type $Shape = natter.control.NotifyAdded.$Properties;
        }

        /**
         * Properties of a NotifyVerify.
         * @deprecated Use natter.control.NotifyVerify.$Properties instead.
         */
        interface INotifyVerify extends natter.control.NotifyVerify.$Properties {
        }

        /** Represents a NotifyVerify. */
        class NotifyVerify {

            /**
             * Constructs a new NotifyVerify.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.NotifyVerify.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NotifyVerify channelId. */
            channelId: string;

            /** NotifyVerify code. */
            code: string;

            /** NotifyVerify resend. */
            resend: boolean;

            /**
             * Creates a new NotifyVerify instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NotifyVerify instance
             */
            static create(properties: natter.control.NotifyVerify.$Shape): natter.control.NotifyVerify & natter.control.NotifyVerify.$Shape;
            static create(properties?: natter.control.NotifyVerify.$Properties): natter.control.NotifyVerify;

            /**
             * Encodes the specified NotifyVerify message. Does not implicitly {@link natter.control.NotifyVerify.verify|verify} messages.
             * @param message NotifyVerify message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.NotifyVerify.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NotifyVerify message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.NotifyVerify & natter.control.NotifyVerify.$Shape} NotifyVerify
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.NotifyVerify & natter.control.NotifyVerify.$Shape;
        }

        namespace NotifyVerify {

            /** Properties of a NotifyVerify. */
            interface $Properties {

                /** NotifyVerify channelId */
                channelId?: (string|null);

                /** NotifyVerify code */
                code?: (string|null);

                /** NotifyVerify resend */
                resend?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NotifyVerify. */
            type $Shape = natter.control.NotifyVerify.$Properties;
        }

        /**
         * Properties of a NotifyRemove.
         * @deprecated Use natter.control.NotifyRemove.$Properties instead.
         */
        interface INotifyRemove extends natter.control.NotifyRemove.$Properties {
        }

        /** Represents a NotifyRemove. */
        class NotifyRemove {

            /**
             * Constructs a new NotifyRemove.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.NotifyRemove.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NotifyRemove channelId. */
            channelId: string;

            /**
             * Creates a new NotifyRemove instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NotifyRemove instance
             */
            static create(properties: natter.control.NotifyRemove.$Shape): natter.control.NotifyRemove & natter.control.NotifyRemove.$Shape;
            static create(properties?: natter.control.NotifyRemove.$Properties): natter.control.NotifyRemove;

            /**
             * Encodes the specified NotifyRemove message. Does not implicitly {@link natter.control.NotifyRemove.verify|verify} messages.
             * @param message NotifyRemove message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.NotifyRemove.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NotifyRemove message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.NotifyRemove & natter.control.NotifyRemove.$Shape} NotifyRemove
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.NotifyRemove & natter.control.NotifyRemove.$Shape;
        }

        namespace NotifyRemove {

            /** Properties of a NotifyRemove. */
            interface $Properties {

                /** NotifyRemove channelId */
                channelId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NotifyRemove. */
            type $Shape = natter.control.NotifyRemove.$Properties;
        }

        /**
         * Properties of a NotifyList.
         * @deprecated Use natter.control.NotifyList.$Properties instead.
         */
        interface INotifyList extends natter.control.NotifyList.$Properties {
        }

        /** Represents a NotifyList. */
        class NotifyList {

            /**
             * Constructs a new NotifyList.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.NotifyList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new NotifyList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NotifyList instance
             */
            static create(properties: natter.control.NotifyList.$Shape): natter.control.NotifyList & natter.control.NotifyList.$Shape;
            static create(properties?: natter.control.NotifyList.$Properties): natter.control.NotifyList;

            /**
             * Encodes the specified NotifyList message. Does not implicitly {@link natter.control.NotifyList.verify|verify} messages.
             * @param message NotifyList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.NotifyList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NotifyList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.NotifyList & natter.control.NotifyList.$Shape} NotifyList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.NotifyList & natter.control.NotifyList.$Shape;
        }

        namespace NotifyList {

            /** Properties of a NotifyList. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NotifyList. */
            type $Shape = natter.control.NotifyList.$Properties;
        }

        /**
         * Properties of a QuietHours.
         * @deprecated Use natter.control.QuietHours.$Properties instead.
         */
        interface IQuietHours extends natter.control.QuietHours.$Properties {
        }

        /** Represents a QuietHours. */
        class QuietHours {

            /**
             * Constructs a new QuietHours.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.QuietHours.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QuietHours fromMinute. */
            fromMinute: number;

            /** QuietHours toMinute. */
            toMinute: number;

            /** QuietHours timeZone. */
            timeZone: string;

            /**
             * Creates a new QuietHours instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QuietHours instance
             */
            static create(properties: natter.control.QuietHours.$Shape): natter.control.QuietHours & natter.control.QuietHours.$Shape;
            static create(properties?: natter.control.QuietHours.$Properties): natter.control.QuietHours;

            /**
             * Encodes the specified QuietHours message. Does not implicitly {@link natter.control.QuietHours.verify|verify} messages.
             * @param message QuietHours message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.QuietHours.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QuietHours message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.QuietHours & natter.control.QuietHours.$Shape} QuietHours
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.QuietHours & natter.control.QuietHours.$Shape;
        }

        namespace QuietHours {

            /** Properties of a QuietHours. */
            interface $Properties {

                /** QuietHours fromMinute */
                fromMinute?: (number|null);

                /** QuietHours toMinute */
                toMinute?: (number|null);

                /** QuietHours timeZone */
                timeZone?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QuietHours. */
            type $Shape = natter.control.QuietHours.$Properties;
        }

        /**
         * Properties of a NotifyConfigure.
         * @deprecated Use natter.control.NotifyConfigure.$Properties instead.
         */
        interface INotifyConfigure extends natter.control.NotifyConfigure.$Properties {
        }

        /** Represents a NotifyConfigure. */
        class NotifyConfigure {

            /**
             * Constructs a new NotifyConfigure.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.NotifyConfigure.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NotifyConfigure quiet. */
            quiet?: (natter.control.QuietHours.$Properties|null);

            /** NotifyConfigure clearQuiet. */
            clearQuiet?: (boolean|null);

            /** NotifyConfigure delayMs. */
            delayMs?: (number|null);

            /** NotifyConfigure everyMs. */
            everyMs?: (number|null);

            /** NotifyConfigure allow. */
            allow?: (string|null);

            /** NotifyConfigure deny. */
            deny?: (string|null);

            /** NotifyConfigure notifications. */
            notifications?: (boolean|null);

            /** NotifyConfigure change. */
            change?: ("quiet"|"clearQuiet"|"delayMs"|"everyMs"|"allow"|"deny"|"notifications");

            /**
             * Creates a new NotifyConfigure instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NotifyConfigure instance
             */
            static create(properties: natter.control.NotifyConfigure.$Shape): natter.control.NotifyConfigure & natter.control.NotifyConfigure.$Shape;
            static create(properties?: natter.control.NotifyConfigure.$Properties): natter.control.NotifyConfigure;

            /**
             * Encodes the specified NotifyConfigure message. Does not implicitly {@link natter.control.NotifyConfigure.verify|verify} messages.
             * @param message NotifyConfigure message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.NotifyConfigure.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NotifyConfigure message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.NotifyConfigure & natter.control.NotifyConfigure.$Shape} NotifyConfigure
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.NotifyConfigure & natter.control.NotifyConfigure.$Shape;
        }

        namespace NotifyConfigure {

            /** Properties of a NotifyConfigure. */
            interface $Properties {

                /** NotifyConfigure quiet */
                quiet?: (natter.control.QuietHours.$Properties|null);

                /** NotifyConfigure clearQuiet */
                clearQuiet?: (boolean|null);

                /** NotifyConfigure delayMs */
                delayMs?: (number|null);

                /** NotifyConfigure everyMs */
                everyMs?: (number|null);

                /** NotifyConfigure allow */
                allow?: (string|null);

                /** NotifyConfigure deny */
                deny?: (string|null);

                /** NotifyConfigure notifications */
                notifications?: (boolean|null);

                /** NotifyConfigure change */
                change?: ("quiet"|"clearQuiet"|"delayMs"|"everyMs"|"allow"|"deny"|"notifications");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a NotifyConfigure. */
            type $Shape = {
              quiet?: natter.control.QuietHours.$Shape|null;
              clearQuiet?: boolean|null;
              delayMs?: number|null;
              everyMs?: number|null;
              allow?: string|null;
              deny?: string|null;
              notifications?: boolean|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ change?: undefined; quiet?: null; clearQuiet?: null; delayMs?: null; everyMs?: null; allow?: null; deny?: null; notifications?: null }|{ change?: "quiet"; quiet: natter.control.QuietHours.$Shape; clearQuiet?: null; delayMs?: null; everyMs?: null; allow?: null; deny?: null; notifications?: null }|{ change?: "clearQuiet"; quiet?: null; clearQuiet: boolean; delayMs?: null; everyMs?: null; allow?: null; deny?: null; notifications?: null }|{ change?: "delayMs"; quiet?: null; clearQuiet?: null; delayMs: number; everyMs?: null; allow?: null; deny?: null; notifications?: null }|{ change?: "everyMs"; quiet?: null; clearQuiet?: null; delayMs?: null; everyMs: number; allow?: null; deny?: null; notifications?: null }|{ change?: "allow"; quiet?: null; clearQuiet?: null; delayMs?: null; everyMs?: null; allow: string; deny?: null; notifications?: null }|{ change?: "deny"; quiet?: null; clearQuiet?: null; delayMs?: null; everyMs?: null; allow?: null; deny: string; notifications?: null }|{ change?: "notifications"; quiet?: null; clearQuiet?: null; delayMs?: null; everyMs?: null; allow?: null; deny?: null; notifications: boolean })
            );
        }

        /**
         * Properties of a NotifySettings.
         * @deprecated Use natter.control.NotifySettings.$Properties instead.
         */
        interface INotifySettings extends natter.control.NotifySettings.$Properties {
        }

        /** Represents a NotifySettings. */
        class NotifySettings {

            /**
             * Constructs a new NotifySettings.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.NotifySettings.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NotifySettings channels. */
            channels: natter.control.NotifyChannel.$Properties[];

            /** NotifySettings quiet. */
            quiet?: (natter.control.QuietHours.$Properties|null);

            /** NotifySettings delayMs. */
            delayMs: number;

            /** NotifySettings everyMs. */
            everyMs: number;

            /** NotifySettings allow. */
            allow: string[];

            /** NotifySettings notifications. */
            notifications: boolean;

            /** NotifySettings available. */
            available: natter.control.NotifyKind[];

            /**
             * Creates a new NotifySettings instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NotifySettings instance
             */
            static create(properties: natter.control.NotifySettings.$Shape): natter.control.NotifySettings & natter.control.NotifySettings.$Shape;
            static create(properties?: natter.control.NotifySettings.$Properties): natter.control.NotifySettings;

            /**
             * Encodes the specified NotifySettings message. Does not implicitly {@link natter.control.NotifySettings.verify|verify} messages.
             * @param message NotifySettings message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.NotifySettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NotifySettings message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.NotifySettings & natter.control.NotifySettings.$Shape} NotifySettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.NotifySettings & natter.control.NotifySettings.$Shape;
        }

        namespace NotifySettings {

            /** Properties of a NotifySettings. */
            interface $Properties {

                /** NotifySettings channels */
                channels?: (natter.control.NotifyChannel.$Properties[]|null);

                /** NotifySettings quiet */
                quiet?: (natter.control.QuietHours.$Properties|null);

                /** NotifySettings delayMs */
                delayMs?: (number|null);

                /** NotifySettings everyMs */
                everyMs?: (number|null);

                /** NotifySettings allow */
                allow?: (string[]|null);

                /** NotifySettings notifications */
                notifications?: (boolean|null);

                /** NotifySettings available */
                available?: (natter.control.NotifyKind[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NotifySettings. */
            type $Shape = natter.control.NotifySettings.$Properties;
        }

        /**
         * Properties of a NotifyUnsubscribe.
         * @deprecated Use natter.control.NotifyUnsubscribe.$Properties instead.
         */
        interface INotifyUnsubscribe extends natter.control.NotifyUnsubscribe.$Properties {
        }

        /** Represents a NotifyUnsubscribe. */
        class NotifyUnsubscribe {

            /**
             * Constructs a new NotifyUnsubscribe.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.NotifyUnsubscribe.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NotifyUnsubscribe code. */
            code: string;

            /**
             * Creates a new NotifyUnsubscribe instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NotifyUnsubscribe instance
             */
            static create(properties: natter.control.NotifyUnsubscribe.$Shape): natter.control.NotifyUnsubscribe & natter.control.NotifyUnsubscribe.$Shape;
            static create(properties?: natter.control.NotifyUnsubscribe.$Properties): natter.control.NotifyUnsubscribe;

            /**
             * Encodes the specified NotifyUnsubscribe message. Does not implicitly {@link natter.control.NotifyUnsubscribe.verify|verify} messages.
             * @param message NotifyUnsubscribe message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.NotifyUnsubscribe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NotifyUnsubscribe message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.NotifyUnsubscribe & natter.control.NotifyUnsubscribe.$Shape} NotifyUnsubscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.NotifyUnsubscribe & natter.control.NotifyUnsubscribe.$Shape;
        }

        namespace NotifyUnsubscribe {

            /** Properties of a NotifyUnsubscribe. */
            interface $Properties {

                /** NotifyUnsubscribe code */
                code?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NotifyUnsubscribe. */
            type $Shape = natter.control.NotifyUnsubscribe.$Properties;
        }

        /**
         * Properties of an ExtendedSend.
         * @deprecated Use natter.control.ExtendedSend.$Properties instead.
         */
        interface IExtendedSend extends natter.control.ExtendedSend.$Properties {
        }

        /** Represents an ExtendedSend. */
        class ExtendedSend {

            /**
             * Constructs a new ExtendedSend.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.ExtendedSend.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExtendedSend to. */
            to: string;

            /** ExtendedSend via. */
            via: natter.control.NotifyKind;

            /** ExtendedSend text. */
            text: string;

            /** ExtendedSend messageId. */
            messageId: Uint8Array;

            /**
             * Creates a new ExtendedSend instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExtendedSend instance
             */
            static create(properties: natter.control.ExtendedSend.$Shape): natter.control.ExtendedSend & natter.control.ExtendedSend.$Shape;
            static create(properties?: natter.control.ExtendedSend.$Properties): natter.control.ExtendedSend;

            /**
             * Encodes the specified ExtendedSend message. Does not implicitly {@link natter.control.ExtendedSend.verify|verify} messages.
             * @param message ExtendedSend message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.ExtendedSend.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExtendedSend message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.ExtendedSend & natter.control.ExtendedSend.$Shape} ExtendedSend
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.ExtendedSend & natter.control.ExtendedSend.$Shape;
        }

        namespace ExtendedSend {

            /** Properties of an ExtendedSend. */
            interface $Properties {

                /** ExtendedSend to */
                to?: (string|null);

                /** ExtendedSend via */
                via?: (natter.control.NotifyKind|null);

                /** ExtendedSend text */
                text?: (string|null);

                /** ExtendedSend messageId */
                messageId?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExtendedSend. */
            type $Shape = natter.control.ExtendedSend.$Properties;
        }

        /**
         * Properties of an ExtendedQueued.
         * @deprecated Use natter.control.ExtendedQueued.$Properties instead.
         */
        interface IExtendedQueued extends natter.control.ExtendedQueued.$Properties {
        }

        /** Represents an ExtendedQueued. */
        class ExtendedQueued {

            /**
             * Constructs a new ExtendedQueued.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.control.ExtendedQueued.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExtendedQueued id. */
            id: string;

            /**
             * Creates a new ExtendedQueued instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExtendedQueued instance
             */
            static create(properties: natter.control.ExtendedQueued.$Shape): natter.control.ExtendedQueued & natter.control.ExtendedQueued.$Shape;
            static create(properties?: natter.control.ExtendedQueued.$Properties): natter.control.ExtendedQueued;

            /**
             * Encodes the specified ExtendedQueued message. Does not implicitly {@link natter.control.ExtendedQueued.verify|verify} messages.
             * @param message ExtendedQueued message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.control.ExtendedQueued.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExtendedQueued message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.control.ExtendedQueued & natter.control.ExtendedQueued.$Shape} ExtendedQueued
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.control.ExtendedQueued & natter.control.ExtendedQueued.$Shape;
        }

        namespace ExtendedQueued {

            /** Properties of an ExtendedQueued. */
            interface $Properties {

                /** ExtendedQueued id */
                id?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExtendedQueued. */
            type $Shape = natter.control.ExtendedQueued.$Properties;
        }
    }

    /** Namespace peer. */
    namespace peer {

        /**
         * Properties of a PeerPacket.
         * @deprecated Use natter.peer.PeerPacket.$Properties instead.
         */
        interface IPeerPacket extends natter.peer.PeerPacket.$Properties {
        }

        /** Represents a PeerPacket. */
        class PeerPacket {

            /**
             * Constructs a new PeerPacket.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.peer.PeerPacket.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PeerPacket probe. */
            probe?: (natter.peer.Probe.$Properties|null);

            /** PeerPacket probeAck. */
            probeAck?: (natter.peer.ProbeAck.$Properties|null);

            /** PeerPacket handshake. */
            handshake?: (natter.peer.Handshake.$Properties|null);

            /** PeerPacket encrypted. */
            encrypted?: (natter.peer.Encrypted.$Properties|null);

            /** PeerPacket early. */
            early?: (Uint8Array|null);

            /** PeerPacket rtc. */
            rtc?: (natter.peer.RtcSignal.$Properties|null);

            /** PeerPacket body. */
            body?: ("probe"|"probeAck"|"handshake"|"encrypted"|"early"|"rtc");

            /**
             * Creates a new PeerPacket instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PeerPacket instance
             */
            static create(properties: natter.peer.PeerPacket.$Shape): natter.peer.PeerPacket & natter.peer.PeerPacket.$Shape;
            static create(properties?: natter.peer.PeerPacket.$Properties): natter.peer.PeerPacket;

            /**
             * Encodes the specified PeerPacket message. Does not implicitly {@link natter.peer.PeerPacket.verify|verify} messages.
             * @param message PeerPacket message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.peer.PeerPacket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PeerPacket message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.peer.PeerPacket & natter.peer.PeerPacket.$Shape} PeerPacket
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.peer.PeerPacket & natter.peer.PeerPacket.$Shape;
        }

        namespace PeerPacket {

            /** Properties of a PeerPacket. */
            interface $Properties {

                /** PeerPacket probe */
                probe?: (natter.peer.Probe.$Properties|null);

                /** PeerPacket probeAck */
                probeAck?: (natter.peer.ProbeAck.$Properties|null);

                /** PeerPacket handshake */
                handshake?: (natter.peer.Handshake.$Properties|null);

                /** PeerPacket encrypted */
                encrypted?: (natter.peer.Encrypted.$Properties|null);

                /** PeerPacket early */
                early?: (Uint8Array|null);

                /** PeerPacket rtc */
                rtc?: (natter.peer.RtcSignal.$Properties|null);

                /** PeerPacket body */
                body?: ("probe"|"probeAck"|"handshake"|"encrypted"|"early"|"rtc");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a PeerPacket. */
            type $Shape = {
              probe?: natter.peer.Probe.$Shape|null;
              probeAck?: natter.peer.ProbeAck.$Shape|null;
              handshake?: natter.peer.Handshake.$Shape|null;
              encrypted?: natter.peer.Encrypted.$Shape|null;
              early?: Uint8Array|null;
              rtc?: natter.peer.RtcSignal.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; probe?: null; probeAck?: null; handshake?: null; encrypted?: null; early?: null; rtc?: null }|{ body?: "probe"; probe: natter.peer.Probe.$Shape; probeAck?: null; handshake?: null; encrypted?: null; early?: null; rtc?: null }|{ body?: "probeAck"; probe?: null; probeAck: natter.peer.ProbeAck.$Shape; handshake?: null; encrypted?: null; early?: null; rtc?: null }|{ body?: "handshake"; probe?: null; probeAck?: null; handshake: natter.peer.Handshake.$Shape; encrypted?: null; early?: null; rtc?: null }|{ body?: "encrypted"; probe?: null; probeAck?: null; handshake?: null; encrypted: natter.peer.Encrypted.$Shape; early?: null; rtc?: null }|{ body?: "early"; probe?: null; probeAck?: null; handshake?: null; encrypted?: null; early: Uint8Array; rtc?: null }|{ body?: "rtc"; probe?: null; probeAck?: null; handshake?: null; encrypted?: null; early?: null; rtc: natter.peer.RtcSignal.$Shape })
            );
        }

        /**
         * Properties of a RtcSignal.
         * @deprecated Use natter.peer.RtcSignal.$Properties instead.
         */
        interface IRtcSignal extends natter.peer.RtcSignal.$Properties {
        }

        /** Represents a RtcSignal. */
        class RtcSignal {

            /**
             * Constructs a new RtcSignal.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.peer.RtcSignal.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RtcSignal kind. */
            kind: natter.peer.RtcSignal.Kind;

            /** RtcSignal attempt. */
            attempt: Uint8Array;

            /** RtcSignal sdp. */
            sdp: string;

            /** RtcSignal candidate. */
            candidate: string;

            /** RtcSignal mid. */
            mid: string;

            /**
             * Creates a new RtcSignal instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RtcSignal instance
             */
            static create(properties: natter.peer.RtcSignal.$Shape): natter.peer.RtcSignal & natter.peer.RtcSignal.$Shape;
            static create(properties?: natter.peer.RtcSignal.$Properties): natter.peer.RtcSignal;

            /**
             * Encodes the specified RtcSignal message. Does not implicitly {@link natter.peer.RtcSignal.verify|verify} messages.
             * @param message RtcSignal message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.peer.RtcSignal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RtcSignal message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.peer.RtcSignal & natter.peer.RtcSignal.$Shape} RtcSignal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.peer.RtcSignal & natter.peer.RtcSignal.$Shape;
        }

        namespace RtcSignal {

            /** Properties of a RtcSignal. */
            interface $Properties {

                /** RtcSignal kind */
                kind?: (natter.peer.RtcSignal.Kind|null);

                /** RtcSignal attempt */
                attempt?: (Uint8Array|null);

                /** RtcSignal sdp */
                sdp?: (string|null);

                /** RtcSignal candidate */
                candidate?: (string|null);

                /** RtcSignal mid */
                mid?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RtcSignal. */
            type $Shape = natter.peer.RtcSignal.$Properties;

            /** Kind enum. */
            enum Kind {

                /** KIND_UNSPECIFIED value */
                KIND_UNSPECIFIED = 0,

                /** OFFER value */
                OFFER = 1,

                /** ANSWER value */
                ANSWER = 2,

                /** CANDIDATE value */
                CANDIDATE = 3,

                /** CLOSE value */
                CLOSE = 4
            }
        }

        /**
         * Properties of a Probe.
         * @deprecated Use natter.peer.Probe.$Properties instead.
         */
        interface IProbe extends natter.peer.Probe.$Properties {
        }

        /** Represents a Probe. */
        class Probe {

            /**
             * Constructs a new Probe.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.peer.Probe.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Probe protocolVersion. */
            protocolVersion: number;

            /** Probe attemptId. */
            attemptId: Uint8Array;

            /** Probe from. */
            from: string;

            /** Probe nonce. */
            nonce: number;

            /** Probe mac. */
            mac: Uint8Array;

            /**
             * Creates a new Probe instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Probe instance
             */
            static create(properties: natter.peer.Probe.$Shape): natter.peer.Probe & natter.peer.Probe.$Shape;
            static create(properties?: natter.peer.Probe.$Properties): natter.peer.Probe;

            /**
             * Encodes the specified Probe message. Does not implicitly {@link natter.peer.Probe.verify|verify} messages.
             * @param message Probe message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.peer.Probe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Probe message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.peer.Probe & natter.peer.Probe.$Shape} Probe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.peer.Probe & natter.peer.Probe.$Shape;
        }

        namespace Probe {

            /** Properties of a Probe. */
            interface $Properties {

                /** Probe protocolVersion */
                protocolVersion?: (number|null);

                /** Probe attemptId */
                attemptId?: (Uint8Array|null);

                /** Probe from */
                from?: (string|null);

                /** Probe nonce */
                nonce?: (number|null);

                /** Probe mac */
                mac?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Probe. */
            type $Shape = natter.peer.Probe.$Properties;
        }

        /**
         * Properties of a ProbeAck.
         * @deprecated Use natter.peer.ProbeAck.$Properties instead.
         */
        interface IProbeAck extends natter.peer.ProbeAck.$Properties {
        }

        /** Represents a ProbeAck. */
        class ProbeAck {

            /**
             * Constructs a new ProbeAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.peer.ProbeAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProbeAck protocolVersion. */
            protocolVersion: number;

            /** ProbeAck attemptId. */
            attemptId: Uint8Array;

            /** ProbeAck from. */
            from: string;

            /** ProbeAck nonce. */
            nonce: number;

            /** ProbeAck mac. */
            mac: Uint8Array;

            /** ProbeAck observed. */
            observed?: (natter.Endpoint.$Properties|null);

            /**
             * Creates a new ProbeAck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProbeAck instance
             */
            static create(properties: natter.peer.ProbeAck.$Shape): natter.peer.ProbeAck & natter.peer.ProbeAck.$Shape;
            static create(properties?: natter.peer.ProbeAck.$Properties): natter.peer.ProbeAck;

            /**
             * Encodes the specified ProbeAck message. Does not implicitly {@link natter.peer.ProbeAck.verify|verify} messages.
             * @param message ProbeAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.peer.ProbeAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProbeAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.peer.ProbeAck & natter.peer.ProbeAck.$Shape} ProbeAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.peer.ProbeAck & natter.peer.ProbeAck.$Shape;
        }

        namespace ProbeAck {

            /** Properties of a ProbeAck. */
            interface $Properties {

                /** ProbeAck protocolVersion */
                protocolVersion?: (number|null);

                /** ProbeAck attemptId */
                attemptId?: (Uint8Array|null);

                /** ProbeAck from */
                from?: (string|null);

                /** ProbeAck nonce */
                nonce?: (number|null);

                /** ProbeAck mac */
                mac?: (Uint8Array|null);

                /** ProbeAck observed */
                observed?: (natter.Endpoint.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProbeAck. */
            type $Shape = natter.peer.ProbeAck.$Properties;
        }

        /**
         * Properties of a Handshake.
         * @deprecated Use natter.peer.Handshake.$Properties instead.
         */
        interface IHandshake extends natter.peer.Handshake.$Properties {
        }

        /** Represents a Handshake. */
        class Handshake {

            /**
             * Constructs a new Handshake.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.peer.Handshake.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Handshake protocolVersion. */
            protocolVersion: number;

            /** Handshake sessionId. */
            sessionId: Uint8Array;

            /** Handshake ephemeralKey. */
            ephemeralKey: Uint8Array;

            /** Handshake identityKey. */
            identityKey: Uint8Array;

            /** Handshake signature. */
            signature: Uint8Array;

            /** Handshake response. */
            response: boolean;

            /** Handshake from. */
            from: string;

            /**
             * Creates a new Handshake instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Handshake instance
             */
            static create(properties: natter.peer.Handshake.$Shape): natter.peer.Handshake & natter.peer.Handshake.$Shape;
            static create(properties?: natter.peer.Handshake.$Properties): natter.peer.Handshake;

            /**
             * Encodes the specified Handshake message. Does not implicitly {@link natter.peer.Handshake.verify|verify} messages.
             * @param message Handshake message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.peer.Handshake.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Handshake message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.peer.Handshake & natter.peer.Handshake.$Shape} Handshake
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.peer.Handshake & natter.peer.Handshake.$Shape;
        }

        namespace Handshake {

            /** Properties of a Handshake. */
            interface $Properties {

                /** Handshake protocolVersion */
                protocolVersion?: (number|null);

                /** Handshake sessionId */
                sessionId?: (Uint8Array|null);

                /** Handshake ephemeralKey */
                ephemeralKey?: (Uint8Array|null);

                /** Handshake identityKey */
                identityKey?: (Uint8Array|null);

                /** Handshake signature */
                signature?: (Uint8Array|null);

                /** Handshake response */
                response?: (boolean|null);

                /** Handshake from */
                from?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Handshake. */
            type $Shape = natter.peer.Handshake.$Properties;
        }

        /**
         * Properties of an Encrypted.
         * @deprecated Use natter.peer.Encrypted.$Properties instead.
         */
        interface IEncrypted extends natter.peer.Encrypted.$Properties {
        }

        /** Represents an Encrypted. */
        class Encrypted {

            /**
             * Constructs a new Encrypted.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.peer.Encrypted.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Encrypted sessionId. */
            sessionId: Uint8Array;

            /** Encrypted counter. */
            counter: number;

            /** Encrypted ciphertext. */
            ciphertext: Uint8Array;

            /**
             * Creates a new Encrypted instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Encrypted instance
             */
            static create(properties: natter.peer.Encrypted.$Shape): natter.peer.Encrypted & natter.peer.Encrypted.$Shape;
            static create(properties?: natter.peer.Encrypted.$Properties): natter.peer.Encrypted;

            /**
             * Encodes the specified Encrypted message. Does not implicitly {@link natter.peer.Encrypted.verify|verify} messages.
             * @param message Encrypted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.peer.Encrypted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Encrypted message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.peer.Encrypted & natter.peer.Encrypted.$Shape} Encrypted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.peer.Encrypted & natter.peer.Encrypted.$Shape;
        }

        namespace Encrypted {

            /** Properties of an Encrypted. */
            interface $Properties {

                /** Encrypted sessionId */
                sessionId?: (Uint8Array|null);

                /** Encrypted counter */
                counter?: (number|null);

                /** Encrypted ciphertext */
                ciphertext?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Encrypted. */
            type $Shape = natter.peer.Encrypted.$Properties;
        }

        /**
         * Properties of a PeerMessage.
         * @deprecated Use natter.peer.PeerMessage.$Properties instead.
         */
        interface IPeerMessage extends natter.peer.PeerMessage.$Properties {
        }

        /** Represents a PeerMessage. */
        class PeerMessage {

            /**
             * Constructs a new PeerMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.peer.PeerMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PeerMessage data. */
            data?: (natter.peer.Data.$Properties|null);

            /** PeerMessage ack. */
            ack?: (natter.peer.Ack.$Properties|null);

            /** PeerMessage keepalive. */
            keepalive?: (natter.peer.Keepalive.$Properties|null);

            /** PeerMessage close. */
            close?: (natter.peer.Close.$Properties|null);

            /** PeerMessage body. */
            body?: ("data"|"ack"|"keepalive"|"close");

            /**
             * Creates a new PeerMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PeerMessage instance
             */
            static create(properties: natter.peer.PeerMessage.$Shape): natter.peer.PeerMessage & natter.peer.PeerMessage.$Shape;
            static create(properties?: natter.peer.PeerMessage.$Properties): natter.peer.PeerMessage;

            /**
             * Encodes the specified PeerMessage message. Does not implicitly {@link natter.peer.PeerMessage.verify|verify} messages.
             * @param message PeerMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.peer.PeerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PeerMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.peer.PeerMessage & natter.peer.PeerMessage.$Shape} PeerMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.peer.PeerMessage & natter.peer.PeerMessage.$Shape;
        }

        namespace PeerMessage {

            /** Properties of a PeerMessage. */
            interface $Properties {

                /** PeerMessage data */
                data?: (natter.peer.Data.$Properties|null);

                /** PeerMessage ack */
                ack?: (natter.peer.Ack.$Properties|null);

                /** PeerMessage keepalive */
                keepalive?: (natter.peer.Keepalive.$Properties|null);

                /** PeerMessage close */
                close?: (natter.peer.Close.$Properties|null);

                /** PeerMessage body */
                body?: ("data"|"ack"|"keepalive"|"close");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a PeerMessage. */
            type $Shape = {
              data?: natter.peer.Data.$Shape|null;
              ack?: natter.peer.Ack.$Shape|null;
              keepalive?: natter.peer.Keepalive.$Shape|null;
              close?: natter.peer.Close.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; data?: null; ack?: null; keepalive?: null; close?: null }|{ body?: "data"; data: natter.peer.Data.$Shape; ack?: null; keepalive?: null; close?: null }|{ body?: "ack"; data?: null; ack: natter.peer.Ack.$Shape; keepalive?: null; close?: null }|{ body?: "keepalive"; data?: null; ack?: null; keepalive: natter.peer.Keepalive.$Shape; close?: null }|{ body?: "close"; data?: null; ack?: null; keepalive?: null; close: natter.peer.Close.$Shape })
            );
        }

        /**
         * Properties of a Data.
         * @deprecated Use natter.peer.Data.$Properties instead.
         */
        interface IData extends natter.peer.Data.$Properties {
        }

        /** Represents a Data. */
        class Data {

            /**
             * Constructs a new Data.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.peer.Data.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Data seq. */
            seq: number;

            /** Data messageId. */
            messageId: Uint8Array;

            /** Data fragmentIndex. */
            fragmentIndex: number;

            /** Data fragmentCount. */
            fragmentCount: number;

            /** Data chunk. */
            chunk: Uint8Array;

            /**
             * Creates a new Data instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Data instance
             */
            static create(properties: natter.peer.Data.$Shape): natter.peer.Data & natter.peer.Data.$Shape;
            static create(properties?: natter.peer.Data.$Properties): natter.peer.Data;

            /**
             * Encodes the specified Data message. Does not implicitly {@link natter.peer.Data.verify|verify} messages.
             * @param message Data message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.peer.Data.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Data message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.peer.Data & natter.peer.Data.$Shape} Data
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.peer.Data & natter.peer.Data.$Shape;
        }

        namespace Data {

            /** Properties of a Data. */
            interface $Properties {

                /** Data seq */
                seq?: (number|null);

                /** Data messageId */
                messageId?: (Uint8Array|null);

                /** Data fragmentIndex */
                fragmentIndex?: (number|null);

                /** Data fragmentCount */
                fragmentCount?: (number|null);

                /** Data chunk */
                chunk?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Data. */
            type $Shape = natter.peer.Data.$Properties;
        }

        /**
         * Properties of an Ack.
         * @deprecated Use natter.peer.Ack.$Properties instead.
         */
        interface IAck extends natter.peer.Ack.$Properties {
        }

        /** Represents an Ack. */
        class Ack {

            /**
             * Constructs a new Ack.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.peer.Ack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ack cumulative. */
            cumulative: number;

            /** Ack selective. */
            selective: number[];

            /** Ack echoSentAtMs. */
            echoSentAtMs: number;

            /**
             * Creates a new Ack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ack instance
             */
            static create(properties: natter.peer.Ack.$Shape): natter.peer.Ack & natter.peer.Ack.$Shape;
            static create(properties?: natter.peer.Ack.$Properties): natter.peer.Ack;

            /**
             * Encodes the specified Ack message. Does not implicitly {@link natter.peer.Ack.verify|verify} messages.
             * @param message Ack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.peer.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.peer.Ack & natter.peer.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.peer.Ack & natter.peer.Ack.$Shape;
        }

        namespace Ack {

            /** Properties of an Ack. */
            interface $Properties {

                /** Ack cumulative */
                cumulative?: (number|null);

                /** Ack selective */
                selective?: (number[]|null);

                /** Ack echoSentAtMs */
                echoSentAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Ack. */
            type $Shape = natter.peer.Ack.$Properties;
        }

        /**
         * Properties of a Keepalive.
         * @deprecated Use natter.peer.Keepalive.$Properties instead.
         */
        interface IKeepalive extends natter.peer.Keepalive.$Properties {
        }

        /** Represents a Keepalive. */
        class Keepalive {

            /**
             * Constructs a new Keepalive.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.peer.Keepalive.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Keepalive sentAtMs. */
            sentAtMs: number;

            /** Keepalive reply. */
            reply: boolean;

            /**
             * Creates a new Keepalive instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Keepalive instance
             */
            static create(properties: natter.peer.Keepalive.$Shape): natter.peer.Keepalive & natter.peer.Keepalive.$Shape;
            static create(properties?: natter.peer.Keepalive.$Properties): natter.peer.Keepalive;

            /**
             * Encodes the specified Keepalive message. Does not implicitly {@link natter.peer.Keepalive.verify|verify} messages.
             * @param message Keepalive message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.peer.Keepalive.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Keepalive message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.peer.Keepalive & natter.peer.Keepalive.$Shape} Keepalive
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.peer.Keepalive & natter.peer.Keepalive.$Shape;
        }

        namespace Keepalive {

            /** Properties of a Keepalive. */
            interface $Properties {

                /** Keepalive sentAtMs */
                sentAtMs?: (number|null);

                /** Keepalive reply */
                reply?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Keepalive. */
            type $Shape = natter.peer.Keepalive.$Properties;
        }

        /**
         * Properties of a Close.
         * @deprecated Use natter.peer.Close.$Properties instead.
         */
        interface IClose extends natter.peer.Close.$Properties {
        }

        /** Represents a Close. */
        class Close {

            /**
             * Constructs a new Close.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.peer.Close.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Close reason. */
            reason: string;

            /**
             * Creates a new Close instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Close instance
             */
            static create(properties: natter.peer.Close.$Shape): natter.peer.Close & natter.peer.Close.$Shape;
            static create(properties?: natter.peer.Close.$Properties): natter.peer.Close;

            /**
             * Encodes the specified Close message. Does not implicitly {@link natter.peer.Close.verify|verify} messages.
             * @param message Close message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.peer.Close.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Close message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.peer.Close & natter.peer.Close.$Shape} Close
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.peer.Close & natter.peer.Close.$Shape;
        }

        namespace Close {

            /** Properties of a Close. */
            interface $Properties {

                /** Close reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Close. */
            type $Shape = natter.peer.Close.$Properties;
        }

        /**
         * Properties of a ChatMessage.
         * @deprecated Use natter.peer.ChatMessage.$Properties instead.
         */
        interface IChatMessage extends natter.peer.ChatMessage.$Properties {
        }

        /** Represents a ChatMessage. */
        class ChatMessage {

            /**
             * Constructs a new ChatMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.peer.ChatMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ChatMessage id. */
            id: Uint8Array;

            /** ChatMessage text. */
            text: string;

            /** ChatMessage sentAtMs. */
            sentAtMs: number;

            /** ChatMessage receipts. */
            receipts: Uint8Array[];

            /** ChatMessage conversation. */
            conversation: string;

            /** ChatMessage incoming. */
            incoming: boolean;

            /** ChatMessage deviceName. */
            deviceName: string;

            /**
             * Creates a new ChatMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ChatMessage instance
             */
            static create(properties: natter.peer.ChatMessage.$Shape): natter.peer.ChatMessage & natter.peer.ChatMessage.$Shape;
            static create(properties?: natter.peer.ChatMessage.$Properties): natter.peer.ChatMessage;

            /**
             * Encodes the specified ChatMessage message. Does not implicitly {@link natter.peer.ChatMessage.verify|verify} messages.
             * @param message ChatMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.peer.ChatMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ChatMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.peer.ChatMessage & natter.peer.ChatMessage.$Shape} ChatMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.peer.ChatMessage & natter.peer.ChatMessage.$Shape;
        }

        namespace ChatMessage {

            /** Properties of a ChatMessage. */
            interface $Properties {

                /** ChatMessage id */
                id?: (Uint8Array|null);

                /** ChatMessage text */
                text?: (string|null);

                /** ChatMessage sentAtMs */
                sentAtMs?: (number|null);

                /** ChatMessage receipts */
                receipts?: (Uint8Array[]|null);

                /** ChatMessage conversation */
                conversation?: (string|null);

                /** ChatMessage incoming */
                incoming?: (boolean|null);

                /** ChatMessage deviceName */
                deviceName?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ChatMessage. */
            type $Shape = natter.peer.ChatMessage.$Properties;
        }

        /**
         * Properties of a SealedMessage.
         * @deprecated Use natter.peer.SealedMessage.$Properties instead.
         */
        interface ISealedMessage extends natter.peer.SealedMessage.$Properties {
        }

        /** Represents a SealedMessage. */
        class SealedMessage {

            /**
             * Constructs a new SealedMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.peer.SealedMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SealedMessage protocolVersion. */
            protocolVersion: number;

            /** SealedMessage ephemeralKey. */
            ephemeralKey: Uint8Array;

            /** SealedMessage nonce. */
            nonce: Uint8Array;

            /** SealedMessage ciphertext. */
            ciphertext: Uint8Array;

            /** SealedMessage senderIdentityKey. */
            senderIdentityKey: Uint8Array;

            /** SealedMessage signature. */
            signature: Uint8Array;

            /**
             * Creates a new SealedMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SealedMessage instance
             */
            static create(properties: natter.peer.SealedMessage.$Shape): natter.peer.SealedMessage & natter.peer.SealedMessage.$Shape;
            static create(properties?: natter.peer.SealedMessage.$Properties): natter.peer.SealedMessage;

            /**
             * Encodes the specified SealedMessage message. Does not implicitly {@link natter.peer.SealedMessage.verify|verify} messages.
             * @param message SealedMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.peer.SealedMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SealedMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.peer.SealedMessage & natter.peer.SealedMessage.$Shape} SealedMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.peer.SealedMessage & natter.peer.SealedMessage.$Shape;
        }

        namespace SealedMessage {

            /** Properties of a SealedMessage. */
            interface $Properties {

                /** SealedMessage protocolVersion */
                protocolVersion?: (number|null);

                /** SealedMessage ephemeralKey */
                ephemeralKey?: (Uint8Array|null);

                /** SealedMessage nonce */
                nonce?: (Uint8Array|null);

                /** SealedMessage ciphertext */
                ciphertext?: (Uint8Array|null);

                /** SealedMessage senderIdentityKey */
                senderIdentityKey?: (Uint8Array|null);

                /** SealedMessage signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SealedMessage. */
            type $Shape = natter.peer.SealedMessage.$Properties;
        }

        /**
         * Properties of a FileControl.
         * @deprecated Use natter.peer.FileControl.$Properties instead.
         */
        interface IFileControl extends natter.peer.FileControl.$Properties {
        }

        /** Represents a FileControl. */
        class FileControl {

            /**
             * Constructs a new FileControl.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.peer.FileControl.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FileControl offer. */
            offer?: (natter.peer.FileOffer.$Properties|null);

            /** FileControl answer. */
            answer?: (natter.peer.FileAnswer.$Properties|null);

            /** FileControl done. */
            done?: (natter.peer.FileDone.$Properties|null);

            /** FileControl cancel. */
            cancel?: (natter.peer.FileCancel.$Properties|null);

            /** FileControl body. */
            body?: ("offer"|"answer"|"done"|"cancel");

            /**
             * Creates a new FileControl instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FileControl instance
             */
            static create(properties: natter.peer.FileControl.$Shape): natter.peer.FileControl & natter.peer.FileControl.$Shape;
            static create(properties?: natter.peer.FileControl.$Properties): natter.peer.FileControl;

            /**
             * Encodes the specified FileControl message. Does not implicitly {@link natter.peer.FileControl.verify|verify} messages.
             * @param message FileControl message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.peer.FileControl.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FileControl message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.peer.FileControl & natter.peer.FileControl.$Shape} FileControl
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.peer.FileControl & natter.peer.FileControl.$Shape;
        }

        namespace FileControl {

            /** Properties of a FileControl. */
            interface $Properties {

                /** FileControl offer */
                offer?: (natter.peer.FileOffer.$Properties|null);

                /** FileControl answer */
                answer?: (natter.peer.FileAnswer.$Properties|null);

                /** FileControl done */
                done?: (natter.peer.FileDone.$Properties|null);

                /** FileControl cancel */
                cancel?: (natter.peer.FileCancel.$Properties|null);

                /** FileControl body */
                body?: ("offer"|"answer"|"done"|"cancel");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a FileControl. */
            type $Shape = {
              offer?: natter.peer.FileOffer.$Shape|null;
              answer?: natter.peer.FileAnswer.$Shape|null;
              done?: natter.peer.FileDone.$Shape|null;
              cancel?: natter.peer.FileCancel.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; offer?: null; answer?: null; done?: null; cancel?: null }|{ body?: "offer"; offer: natter.peer.FileOffer.$Shape; answer?: null; done?: null; cancel?: null }|{ body?: "answer"; offer?: null; answer: natter.peer.FileAnswer.$Shape; done?: null; cancel?: null }|{ body?: "done"; offer?: null; answer?: null; done: natter.peer.FileDone.$Shape; cancel?: null }|{ body?: "cancel"; offer?: null; answer?: null; done?: null; cancel: natter.peer.FileCancel.$Shape })
            );
        }

        /**
         * Properties of a FileOffer.
         * @deprecated Use natter.peer.FileOffer.$Properties instead.
         */
        interface IFileOffer extends natter.peer.FileOffer.$Properties {
        }

        /** Represents a FileOffer. */
        class FileOffer {

            /**
             * Constructs a new FileOffer.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.peer.FileOffer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FileOffer transferId. */
            transferId: Uint8Array;

            /** FileOffer name. */
            name: string;

            /** FileOffer size. */
            size: number;

            /** FileOffer sha256. */
            sha256: Uint8Array;

            /** FileOffer sentAtMs. */
            sentAtMs: number;

            /**
             * Creates a new FileOffer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FileOffer instance
             */
            static create(properties: natter.peer.FileOffer.$Shape): natter.peer.FileOffer & natter.peer.FileOffer.$Shape;
            static create(properties?: natter.peer.FileOffer.$Properties): natter.peer.FileOffer;

            /**
             * Encodes the specified FileOffer message. Does not implicitly {@link natter.peer.FileOffer.verify|verify} messages.
             * @param message FileOffer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.peer.FileOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FileOffer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.peer.FileOffer & natter.peer.FileOffer.$Shape} FileOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.peer.FileOffer & natter.peer.FileOffer.$Shape;
        }

        namespace FileOffer {

            /** Properties of a FileOffer. */
            interface $Properties {

                /** FileOffer transferId */
                transferId?: (Uint8Array|null);

                /** FileOffer name */
                name?: (string|null);

                /** FileOffer size */
                size?: (number|null);

                /** FileOffer sha256 */
                sha256?: (Uint8Array|null);

                /** FileOffer sentAtMs */
                sentAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FileOffer. */
            type $Shape = natter.peer.FileOffer.$Properties;
        }

        /**
         * Properties of a FileAnswer.
         * @deprecated Use natter.peer.FileAnswer.$Properties instead.
         */
        interface IFileAnswer extends natter.peer.FileAnswer.$Properties {
        }

        /** Represents a FileAnswer. */
        class FileAnswer {

            /**
             * Constructs a new FileAnswer.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.peer.FileAnswer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FileAnswer transferId. */
            transferId: Uint8Array;

            /** FileAnswer accepted. */
            accepted: boolean;

            /** FileAnswer offset. */
            offset: number;

            /** FileAnswer pending. */
            pending: boolean;

            /** FileAnswer reason. */
            reason: string;

            /**
             * Creates a new FileAnswer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FileAnswer instance
             */
            static create(properties: natter.peer.FileAnswer.$Shape): natter.peer.FileAnswer & natter.peer.FileAnswer.$Shape;
            static create(properties?: natter.peer.FileAnswer.$Properties): natter.peer.FileAnswer;

            /**
             * Encodes the specified FileAnswer message. Does not implicitly {@link natter.peer.FileAnswer.verify|verify} messages.
             * @param message FileAnswer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.peer.FileAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FileAnswer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.peer.FileAnswer & natter.peer.FileAnswer.$Shape} FileAnswer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.peer.FileAnswer & natter.peer.FileAnswer.$Shape;
        }

        namespace FileAnswer {

            /** Properties of a FileAnswer. */
            interface $Properties {

                /** FileAnswer transferId */
                transferId?: (Uint8Array|null);

                /** FileAnswer accepted */
                accepted?: (boolean|null);

                /** FileAnswer offset */
                offset?: (number|null);

                /** FileAnswer pending */
                pending?: (boolean|null);

                /** FileAnswer reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FileAnswer. */
            type $Shape = natter.peer.FileAnswer.$Properties;
        }

        /**
         * Properties of a FileDone.
         * @deprecated Use natter.peer.FileDone.$Properties instead.
         */
        interface IFileDone extends natter.peer.FileDone.$Properties {
        }

        /** Represents a FileDone. */
        class FileDone {

            /**
             * Constructs a new FileDone.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.peer.FileDone.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FileDone transferId. */
            transferId: Uint8Array;

            /** FileDone ok. */
            ok: boolean;

            /** FileDone error. */
            error: string;

            /**
             * Creates a new FileDone instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FileDone instance
             */
            static create(properties: natter.peer.FileDone.$Shape): natter.peer.FileDone & natter.peer.FileDone.$Shape;
            static create(properties?: natter.peer.FileDone.$Properties): natter.peer.FileDone;

            /**
             * Encodes the specified FileDone message. Does not implicitly {@link natter.peer.FileDone.verify|verify} messages.
             * @param message FileDone message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.peer.FileDone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FileDone message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.peer.FileDone & natter.peer.FileDone.$Shape} FileDone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.peer.FileDone & natter.peer.FileDone.$Shape;
        }

        namespace FileDone {

            /** Properties of a FileDone. */
            interface $Properties {

                /** FileDone transferId */
                transferId?: (Uint8Array|null);

                /** FileDone ok */
                ok?: (boolean|null);

                /** FileDone error */
                error?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FileDone. */
            type $Shape = natter.peer.FileDone.$Properties;
        }

        /**
         * Properties of a FileCancel.
         * @deprecated Use natter.peer.FileCancel.$Properties instead.
         */
        interface IFileCancel extends natter.peer.FileCancel.$Properties {
        }

        /** Represents a FileCancel. */
        class FileCancel {

            /**
             * Constructs a new FileCancel.
             * @param [properties] Properties to set
             */
            constructor(properties?: natter.peer.FileCancel.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FileCancel transferId. */
            transferId: Uint8Array;

            /** FileCancel reason. */
            reason: string;

            /**
             * Creates a new FileCancel instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FileCancel instance
             */
            static create(properties: natter.peer.FileCancel.$Shape): natter.peer.FileCancel & natter.peer.FileCancel.$Shape;
            static create(properties?: natter.peer.FileCancel.$Properties): natter.peer.FileCancel;

            /**
             * Encodes the specified FileCancel message. Does not implicitly {@link natter.peer.FileCancel.verify|verify} messages.
             * @param message FileCancel message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: natter.peer.FileCancel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FileCancel message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {natter.peer.FileCancel & natter.peer.FileCancel.$Shape} FileCancel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): natter.peer.FileCancel & natter.peer.FileCancel.$Shape;
        }

        namespace FileCancel {

            /** Properties of a FileCancel. */
            interface $Properties {

                /** FileCancel transferId */
                transferId?: (Uint8Array|null);

                /** FileCancel reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FileCancel. */
            type $Shape = natter.peer.FileCancel.$Properties;
        }
    }
}
