// WebRTC in Node: node-datachannel's W3C polyfill (libdatachannel; the
// binary ships in its platform package), loaded only when a peer answers
// browser buddies, so commands that never do never load it.
import type { RtcPeerConnectionFactory, RtcPeerConnectionLike } from './types.js';

export async function loadNodeRtc(): Promise<RtcPeerConnectionFactory> {
  const polyfill = (await import('node-datachannel/polyfill')) as unknown as { RTCPeerConnection: new (config: unknown) => RtcPeerConnectionLike };
  return (config) => new polyfill.RTCPeerConnection(config);
}
