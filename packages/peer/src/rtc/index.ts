export { RtcPaths, RTC_ATTEMPT_MS, RTC_RETRY_MS } from './rtc-paths.js';
export type { RtcPathsOptions } from './rtc-paths.js';
export { DataChannelSocket } from './channel-socket.js';
export type { RtcPeerConnectionFactory, RtcPeerConnectionLike, RtcDataChannelLike } from './types.js';
export { nodeStunUrls } from './ice-servers.js';
