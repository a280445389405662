// The relay: an opaque peer packet from one mutual buddy to the other, for
// pairs that cannot punch a direct path. The node never reads the payload.
import type { natter } from '@natter/wire';
import { NodeError } from '../errors.js';
import type { OnlineUser } from '../presence.js';
import type { NodeServices, UserLink } from '../services.js';
import { requireOnlineBuddy } from './buddies.js';

/** What a relay frame costs at least against the sender's byte budget. */
export const MIN_RELAY_FRAME_COST = 64;

/** Fire-and-forget: no answer on success; errors go back only when the frame had a request id. */
export function relay(services: NodeServices, connection: UserLink, request: natter.control.RelayFrame): undefined {
  relayPayload(services, connection, request.peer, request.payload ?? EMPTY);
  return undefined;
}

const EMPTY = new Uint8Array(0);

/**
 * Forwards `payload` from the connection's user to `to`: the checks of a
 * RelayFrame, then the payload as it came in (also the fast path of
 * connection.ts, which reads the frame without decoding it).
 */
export function relayPayload(services: NodeServices, connection: UserLink, to: string, payload: Uint8Array): void {
  const me = connection.user;
  if (me.pending) throw new NodeError('DEVICE_PENDING', 'this device waits for approval');
  let peer: OnlineUser;
  try {
    peer = requireOnlineBuddy(services, me, to);
  } catch (err) {
    services.metrics.relayFrames.inc({ result: (err as NodeError).code === 'BUDDY_OFFLINE' ? 'offline' : 'not_buddy' });
    throw err;
  }
  const size = payload.length;
  // Every frame costs the node a read and a write whatever its payload: an
  // empty one is charged as a small one, or it would be free.
  const cost = Math.max(size, MIN_RELAY_FRAME_COST);
  if (!services.relayLimiter.allow(me.username, cost)) {
    services.metrics.relayFrames.inc({ result: 'rate_limited' });
    throw new NodeError('RELAY_RATE_LIMITED', 'relay rate limit reached; slow down', services.relayLimiter.retryAfterMs(me.username, cost));
  }
  // The recipient's socket buffer is the queue; past the limit we drop
  // instead of buffering, so a slow reader cannot grow our memory.
  if (peer.bufferedAmount() > services.relayMaxBufferedBytes) {
    services.metrics.relayFrames.inc({ result: 'backpressure' });
    throw new NodeError('RELAY_BACKPRESSURE', `${peer.address} is not keeping up; the frame was dropped`);
  }
  peer.sendRelay(me.address, payload);
  services.metrics.relayFrames.inc({ result: 'forwarded' });
  services.metrics.relayBytes.inc(size);
}
