// @natter/netsim: the UdpSocket / UdpStack / Clock seams, their real
// implementations (node:dgram, system clock) and an in-process virtual
// network with RFC 4787 NAT models for fast deterministic tests.
export type {
  AddressFamily,
  RemoteInfo,
  SocketAddress,
  MessageHandler,
  UdpSocket,
  BindOptions,
  UdpStack,
  TimerHandle,
  Clock,
} from './types.js';
export { sleep } from './types.js';
export { nodeUdpStack, systemClock } from './real.js';
