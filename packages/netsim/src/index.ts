// @natter/netsim: an in-process virtual network with RFC 4787 NAT models and
// a virtual clock, for fast deterministic tests. It implements the seams of
// @natter/io (UdpStack, UdpSocket, Clock); products depend on @natter/io
// and take netsim only as a devDependency.

export { VirtualClock } from './clock.js';
export type { VirtualClockOptions, RunOptions } from './clock.js';
export { Random } from './random.js';
export { NetsimError, NETSIM_ERROR_CODES } from './errors.js';
export type { NetsimErrorCode } from './errors.js';
export { VirtualNetwork } from './network.js';
export type { VirtualNetworkOptions, HostOptions, RouterOptions } from './network.js';
export { Host, EPHEMERAL_PORTS } from './host.js';
export { Router } from './router.js';
export { Link } from './link.js';
export type { LinkConditions } from './link.js';
export type { NatConfig, NatBehaviour, NatMapping, Endpoint } from './nat.js';
export { NAT_PRESETS, rfc3489Name } from './presets.js';
export type { NatPresetName, Rfc3489Name } from './presets.js';
export { DROP_REASONS, formatEvent } from './trace.js';
export type { DropReason, NetEvent, NetStats } from './trace.js';
export { buildTopology } from './topology.js';
export type { Topology, TopologySpec, SiteSpec, Site, PublicHostSpec } from './topology.js';
export { MAX_UDP_PAYLOAD, DEFAULT_TTL } from './socket.js';
