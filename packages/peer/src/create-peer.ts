// A NatterPeer for a user of a real node: the WebSocket session (NodeSession)
// and the LevelDB history under `historyDir`. What the CLI and the
// benchmarks start; tests that want a stand-in node build NatterPeer
// themselves.
import { systemClock } from '@natter/io';
import { identityPublicKey } from './crypto/index.js';
import { History } from './history.js';
import { NatterPeer, type NatterPeerOptions } from './peer.js';
import { NodeSession, type SessionDevice, type TrustPolicy } from './session/index.js';

export interface CreatePeerOptions extends Omit<NatterPeerOptions, 'session' | 'history'> {
  url: string;
  username: string;
  password?: string | undefined;
  resumeToken?: Uint8Array | undefined;
  historyDir: string;
  clientVersion?: string;
  reconnect?: { minMs?: number; maxMs?: number } | false;
  /** How to trust the node: the pinned key fingerprint, whether plain ws:// may leave this machine. */
  trust?: TrustPolicy;
  /** Which device this is (its id, name, self-signed certificate); without it the node derives the id from the key. */
  device?: SessionDevice;
}

export function createNatterPeer(options: CreatePeerOptions): NatterPeer {
  const { url, username, password, resumeToken, historyDir, clientVersion, reconnect, trust, device, ...peer } = options;
  const session = new NodeSession({
    url,
    credentials: { username, password, resumeToken },
    identityKey: identityPublicKey(options.identity),
    ...(device && { device }),
    clientVersion: clientVersion ?? 'natter/0.1.0',
    clock: options.clock ?? systemClock,
    random: options.random ?? Math.random,
    ...(reconnect !== undefined && { reconnect }),
    ...(trust && { trust }),
  });
  // Real peers answer browser buddies' WebRTC offers (when node-datachannel loads).
  return new NatterPeer({ webrtc: true, ...peer, session, history: new History(historyDir) });
}
