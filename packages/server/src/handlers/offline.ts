// The offline store on the control channel: OfflineStore (sealed messages
// for a buddy who is away), OfflineAck, and the delivery after a login.
import type { natter, ControlFrameInit } from '@natter/wire';
import { NodeError } from '../errors.js';
import type { OnlineUser } from '../presence.js';
import type { NodeServices, UserLink } from '../services.js';
import type { OfflineRecord } from '../store.js';
import { tryUsername } from '../usernames.js';

export async function offlineStore(services: NodeServices, connection: UserLink, request: natter.control.OfflineStore): Promise<ControlFrameInit> {
  const me = connection.user;
  const to = tryUsername(request.to);
  if (!to || !me.buddies.has(to)) throw new NodeError('NOT_A_BUDDY', `${request.to} is not your buddy`);
  const record = await services.offline.put(
    me.username,
    to,
    request.messageId ?? new Uint8Array(),
    request.sealed ?? new Uint8Array(),
    Number(request.sentAtMs) || 0,
  );
  if (!record.duplicate) {
    services.metrics.offlineMessages.inc({ event: 'stored' });
    // Raced with the recipient coming online: hand it over now as well.
    services.hub.get(to)?.send({ offlineDeliver: { messages: [toWire(record)] } });
  }
  return { offlineStored: { messageId: request.messageId, expiresAtMs: record.expiresAt } };
}

export async function offlineAck(services: NodeServices, connection: UserLink, request: natter.control.OfflineAck): Promise<ControlFrameInit> {
  const acked = await services.offline.ack(connection.user.username, request.seqs.map(Number));
  services.metrics.offlineMessages.inc({ event: 'acked' }, acked);
  return { ok: {} };
}

/** After a login: everything queued for `user`, oldest first; the client acks what it has stored. */
export async function deliverOffline(services: NodeServices, user: OnlineUser): Promise<void> {
  // All of them: the per-recipient quota (count and bytes) bounds the queue,
  // and a cap here left the rest unread until a later login.
  if (!services.offline.hasQueued(user.username)) return;
  const pending = await services.offline.pending(user.username, Infinity);
  // Batches keep each frame well under the frame size limit.
  for (let i = 0; i < pending.length; i += 2) {
    const batch = pending.slice(i, i + 2);
    user.send({ offlineDeliver: { messages: batch.map(toWire) } });
    services.metrics.offlineMessages.inc({ event: 'delivered' }, batch.length);
  }
}

function toWire(record: OfflineRecord): natter.control.OfflineMessage.$Properties {
  return {
    seq: record.seq,
    from: record.from,
    messageId: Buffer.from(record.messageId, 'base64'),
    sealed: Buffer.from(record.sealed, 'base64'),
    sentAtMs: record.sentAt,
    storedAtMs: record.storedAt,
  };
}
