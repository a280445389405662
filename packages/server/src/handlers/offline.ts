// The offline store on the control channel: OfflineStore (sealed messages
// for a buddy who is away), OfflineAck, and the delivery after a login.
import { MAX_CONTROL_FRAME_BYTES, type natter, type ControlFrameInit } from '@natter/wire';
import { NodeError } from '../errors.js';
import type { OnlineUser } from '../presence.js';
import type { NodeServices, UserLink } from '../services.js';
import type { OfflineRecord } from '../store/types.js';
import { tryUsername } from '../usernames.js';
import { devicesOf } from '../devices.js';

/**
 * The device an OfflineStore is for: USER/DEVICE of an active device of a
 * mutual buddy or of the sender's own user; a bare USER, the user's root
 * device. NOT_A_BUDDY for every other case (no such user or device).
 */
async function recipientDevice(services: NodeServices, me: OnlineUser, to: string): Promise<string> {
  const slash = to.indexOf('/');
  const user = tryUsername(slash < 0 ? to : to.slice(0, slash));
  const own = user === me.username && slash > 0;
  if (!user || (!own && !me.buddies.has(user))) throw new NodeError('NOT_A_BUDDY', `${to} is not your buddy`);
  const record = services.hub.devicesOf(user) ? undefined : await services.accounts.get(user);
  const devices = (services.hub.devicesOf(user) ?? (record ? devicesOf(record) : [])).filter((d) => d.state === 'active');
  const device = slash < 0 ? (devices.find((d) => d.root) ?? devices[0]) : devices.find((d) => d.id === to.slice(slash + 1));
  if (!device || (own && device.id === me.deviceId)) throw new NodeError('NOT_A_BUDDY', `${to} is not a device of your buddy`);
  return `${user}/${device.id}`;
}

/**
 * An OfflineStore in two steps. In the connection's order: the recipient
 * is checked and the message takes its place in the queue (put() fixes the
 * order when it is called). Then, off that order, `stored` resolves with the
 * answer once the message is on disk: the connection handles the next
 * store meanwhile, so a client's concurrent stores (one message to several
 * devices) share one synced write (group commit) instead of one each.
 */
export async function offlineStore(services: NodeServices, connection: UserLink, request: natter.control.OfflineStore): Promise<{ stored: Promise<ControlFrameInit> }> {
  const me = connection.user;
  const to = await recipientDevice(services, me, request.to);
  const put = services.offline.put(me.address, to, request.messageId ?? new Uint8Array(), request.sealed ?? new Uint8Array(), Number(request.sentAtMs) || 0);
  const stored = put.then((record): ControlFrameInit => {
    if (!record.duplicate) {
      services.metrics.offlineMessages.inc({ event: 'stored' });
      // After the store, never in its way: the notification is scheduled in the
      // background; for the receiving user, not for one's own other devices.
      const owner = to.slice(0, to.indexOf('/'));
      if (owner !== me.username) services.notify.messageStored(owner, record.storedAt);
      // Raced with the recipient coming online: hand it over now as well.
      services.hub.device(to)?.send({ offlineDeliver: { messages: [toWire(record)] } });
    }
    return { offlineStored: { messageId: request.messageId, expiresAtMs: record.expiresAt } };
  });
  return { stored };
}

export async function offlineAck(services: NodeServices, connection: UserLink, request: natter.control.OfflineAck): Promise<ControlFrameInit> {
  const acked = await services.offline.ack(connection.user.address, request.seqs.map(Number));
  services.metrics.offlineMessages.inc({ event: 'acked' }, acked);
  return { ok: {} };
}

/** Offline messages per frame, by size: well under the frame limit, few frames for many small ones. */
const BATCH_BYTES = 64 * 1024;
/** What an OfflineMessage adds to a frame besides its id and sealed bytes (seq, sender, times, tags). */
const RECORD_OVERHEAD = 96;

/** After a login: everything queued for `user`, oldest first; the client acks what it has stored. */
export async function deliverOffline(services: NodeServices, user: OnlineUser): Promise<void> {
  // All of them: the per-recipient quota (count and bytes) bounds the queue,
  // and a cap here left the rest unread until a later login.
  if (!(await services.offline.hasQueued(user.address))) return;
  const pending = await services.offline.pending(user.address, Infinity);
  let batch: natter.control.OfflineMessage.$Properties[] = [];
  let bytes = 0;
  const flush = () => {
    if (!batch.length) return;
    user.send({ offlineDeliver: { messages: batch } });
    services.metrics.offlineMessages.inc({ event: 'delivered' }, batch.length);
    batch = [];
    bytes = 0;
  };
  const undeliverable: number[] = [];
  for (const record of pending) {
    const message = toWire(record);
    const size = message.sealed!.length + message.messageId!.length + record.from.length + RECORD_OVERHEAD;
    // One that cannot fit a frame even alone (stored before the bounds of
    // bounds.ts): reported and dropped, never holding back the others.
    if (size > MAX_CONTROL_FRAME_BYTES - 1024) {
      undeliverable.push(record.seq);
      continue;
    }
    if (bytes + size > BATCH_BYTES) flush();
    batch.push(message);
    bytes += size;
  }
  flush();
  if (undeliverable.length) {
    services.log.warn({ user: user.username, seqs: undeliverable }, 'offline messages too large to deliver; dropped');
    services.metrics.offlineMessages.inc({ event: 'undeliverable' }, undeliverable.length);
    await services.offline.ack(user.address, undeliverable);
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
