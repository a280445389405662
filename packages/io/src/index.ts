// @natter/io: the seams between natter's protocol logic and the world, and
// their real implementations. The STUN server and classifier, the peer core
// and the node take a UdpStack and a Clock as parameters; in production they
// get nodeUdpStack and systemClock from here, in tests @natter/netsim's
// virtual network and clock (a devDependency only). See docs/architecture.md.
export type {
  AddressFamily,
  RemoteInfo,
  SocketAddress,
  MessageHandler,
  UdpSocket,
  BindOptions,
  SendOptions,
  UdpStack,
  TimerHandle,
  Clock,
} from './types.js';
export { sleep } from './types.js';
export { nodeUdpStack, systemClock } from './real.js';
export { KeyedRateLimiter } from './ratelimit.js';
export {
  createNodeTlsIdentity,
  loadNodeTlsIdentity,
  selfSignedCertificate,
  spkiSha256,
  certificateFingerprint,
  formatFingerprint,
  parseFingerprint,
} from './node-identity.js';
export type { NodeTlsIdentity } from './node-identity.js';
export { isLoopbackAddress, isLoopbackHost, isPrivateAddress, sameIpv6Subnet } from './addresses.js';
