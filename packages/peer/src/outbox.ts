// Getting our messages to a buddy, and keeping at it until their receipt
// says they are on the buddy's disk. To an online buddy through the
// conversation (the relay at once, a punched path when there is one, plus
// sealed early data before the handshake is done); to an offline buddy
// sealed into the node's offline store. Every state change goes to the
// history and out as a 'state' event. Every message not yet delivered is
// tracked here (loaded from the history once, at start): one still
// 'sending' is tried again, and one 'sent' or 'stored' whose receipt has
// not come while the buddy is online is sent again, which makes the buddy
// confirm it again (docs/protocol.md, the peer channel, step 7). Receipts
// for what we received go the same ways.
import type { Clock, TimerHandle } from '@natter/io';
import { encodeChatMessage, encodePeerDatagram, userOfAddress } from '@natter/wire';
import type { Conversation } from './conversation.js';
import type { Conversations } from './conversations.js';
import { cryptoPrimitives, sealMessage, type AnyIdentity } from './crypto/protocol.js';
import type { HistoryEntry, MessageHistory, MessagePath, MessageState } from './history.js';
import type { Roster } from './roster.js';
import { SessionError } from './session/errors.js';
import type { ControlChannel } from './session/control.js';

/** One device a message goes to: a buddy's, or another of our own (a sync copy). */
export interface DeliveryTarget {
  /** USER/DEVICE. */
  address: string;
  key: Uint8Array;
  online: boolean;
  /** Another device of ours: it gets the message as a sync copy (ChatMessage.conversation). */
  own: boolean;
}

/**
 * Where a message to `buddy` goes: each of the buddy's active devices
 * whose key is trusted, and each of our other trusted devices (a sync
 * copy, so every device shows the same conversation).
 */
export function deliveryTargets(roster: Pick<Roster, 'devicesOf' | 'ownDevices'>, buddy: string): DeliveryTarget[] {
  const out: DeliveryTarget[] = [];
  for (const d of roster.devicesOf(buddy)) if (d.trusted && d.state === 'active') out.push({ address: d.address, key: d.identityKey, online: d.online, own: false });
  for (const d of roster.ownDevices()) if (!d.self && d.trusted && d.state === 'active') out.push({ address: d.address, key: d.identityKey, online: d.online, own: true });
  return out;
}

/** What makes a message a sync copy for another device of ours: its conversation, who sent it, from which device. */
function syncFields(entry: HistoryEntry) {
  return { conversation: entry.buddy, incoming: entry.direction === 'in', deviceName: entry.direction === 'out' ? (entry.device ?? '') : '' };
}

/** How far a message got with one device. */
interface DeviceDelivery {
  state: 'sent' | 'stored' | 'confirmed';
  own: boolean;
  due: number;
  wait: number;
}

export interface OutboxOptions {
  clock: Clock;
  /**
   * The devices a message to `buddy` goes to: the buddy's trusted active
   * devices and our own other ones (docs/protocol.md, "Devices").
   */
  targets(buddy: string): DeliveryTarget[];
  identity: AnyIdentity;
  session: Pick<ControlChannel, 'request' | 'send' | 'state'>;
  history: MessageHistory;
  conversations: Conversations;
  roster: Pick<Roster, 'has' | 'info' | 'synced'>;
  /** Our user, and this device's name (history records which device sent a message). */
  me(): { user: string; deviceName: string };
  /** The conversation is on the relay: ask for a direct path. */
  punch(buddy: string): void;
  /** The buddy's key changed and the user has not accepted it: nothing goes to them. */
  isHeld(buddy: string): boolean;
  onState(entry: HistoryEntry): void;
  warn(err: Error): void;
}

/** How often the outbox looks at the messages not yet delivered. */
const TICK_MS = 1_000;
/** A message still 'sending' is tried again after this long without an outcome. */
const RETRY_MS = 5_000;
/**
 * How long a receipt may take, once the message is with the buddy's peer
 * ('sent') or the node ('stored') and the buddy is online, before we send
 * the message again to make the buddy confirm it again. The buddy writes
 * the message to disk and answers at once, so seconds of silence mean the
 * receipt was lost (a session replaced under it, a restart, the node
 * going down with it queued). Doubles on each try, up to the maximum.
 */
export const RECEIPT_WAIT_MS = 3_000;
export const RECEIPT_WAIT_MAX_MS = 60_000;

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const randomId = () => Buffer.from(cryptoPrimitives().randomBytes(16));

/** One of our messages not yet delivered. */
interface Tracked {
  buddy: string;
  state: MessageState;
  /** When a delivery last started (for 'sending'). */
  tried: number;
  /** When to ask for the receipt again (for 'sent' and 'stored'), and the wait after that. */
  due: number;
  wait: number;
}

/** `promise`, marked as handled now (it is awaited a few steps later, after the caller's turn). */
function settled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

export class Outbox {
  private readonly tracked = new Map<string, Tracked>();
  /** Per message, how far it got with each device (until every device has it or the node stores it). */
  private readonly fanout = new Map<string, Map<string, DeviceDelivery>>();
  /** Deliveries in progress, by message id. */
  private readonly inFlight = new Set<string>();
  /** Per device, the last message being handed to its conversation or the store (see inTurn). */
  private readonly handing = new Map<string, Promise<unknown>>();
  private timer: TimerHandle | undefined;
  private closed = false;

  constructor(private readonly options: OutboxOptions) {}

  /** Loads what was not delivered before (a restart) from the history; call once, after it opened. */
  async start(): Promise<void> {
    for (const e of await this.options.history.undelivered()) this.track(e);
    this.schedule();
  }

  /** Stores a new message as 'sending' and starts its delivery. */
  async send(buddy: string, text: string): Promise<HistoryEntry> {
    if (!this.options.roster.has(buddy)) throw new SessionError('NOT_A_BUDDY', `${buddy} is not your buddy`);
    const id = randomId();
    // Held from the start when the key changed: the caller hears it before anything goes out.
    const entry: HistoryEntry = { id: hex(id), buddy, direction: 'out', text, at: Date.now(), state: this.options.isHeld(buddy) ? 'held' : 'sending', device: this.options.me().deviceName };
    await this.options.history.add(entry);
    this.track(entry);
    this.options.onState(entry);
    void this.deliver(entry).catch((err) => this.options.warn(err));
    return entry;
  }

  /**
   * Re-sends what a buddy has not confirmed (after a new session, their
   * return, an accepted key); resolves when each attempt ended. Messages in
   * the offline store are the node's to deliver; their receipts are asked
   * for again a little later (RECEIPT_WAIT_MS) if they do not come.
   */
  async flush(buddy: string): Promise<void> {
    if (this.closed) return;
    const now = this.options.clock.now();
    const user = userOfAddress(buddy);
    const device = buddy.includes('/') ? buddy : undefined;
    const ids = new Set<string>();
    for (const [id, t] of this.tracked) {
      if (t.buddy !== user) continue;
      t.wait = RECEIPT_WAIT_MS;
      t.due = now + RECEIPT_WAIT_MS;
      if (t.state !== 'stored' || device) ids.add(id);
    }
    // A device back online that has not confirmed what went to it over a conversation gets it again.
    if (device) {
      for (const [id, deliveries] of this.fanout) {
        const d = deliveries.get(device);
        if (d?.state === 'sent') {
          deliveries.delete(device);
          ids.add(id);
        }
      }
    }
    // Read in parallel, handed on in the order they were sent (inTurn keeps it from there).
    const list = [...ids];
    const entries = await Promise.all(list.map((id) => this.options.history.get(id).catch(() => undefined)));
    await Promise.all(list.map((id, i) => this.deliverLoaded(id, entries[i]).catch(() => undefined)));
  }

  /** flush() for every buddy with something to deliver (the buddy list is in, after a login). */
  async flushAll(): Promise<void> {
    const buddies = new Set([...this.tracked.values()].map((t) => t.buddy));
    for (const id of this.fanout.keys()) if (!this.tracked.has(id)) void this.deliverById(id).catch(() => undefined);
    await Promise.all([...buddies].map((b) => this.flush(b)));
  }

  /**
   * A receipt from a device (USER/DEVICE): the message is on its disk.
   * `delivered` when it is the first of the buddy's devices; a receipt
   * from another of our devices only says its sync copy arrived.
   */
  async confirmDelivered(id: string, from?: string): Promise<void> {
    const deliveries = this.fanout.get(id);
    if (from && deliveries) {
      const d = deliveries.get(from);
      if (d) d.state = 'confirmed';
      else deliveries.set(from, { state: 'confirmed', own: userOfAddress(from) === this.options.me().user, due: 0, wait: 0 });
      this.settle(id);
    }
    if (from && userOfAddress(from) === this.options.me().user) return;
    await this.setState(id, 'delivered');
  }

  /** Forgets a message's per-device record once no device waits for it any more. */
  private settle(id: string): void {
    const deliveries = this.fanout.get(id);
    if (deliveries && [...deliveries.values()].every((d) => d.state !== 'sent') && !this.tracked.has(id)) this.fanout.delete(id);
  }

  /**
   * Receipts for messages we stored, by the conversation, or sealed into
   * the offline store when that does not get through (the buddy left, or
   * the session changed under it): the node hands it over at once if the
   * buddy is online, or at their next login. A lost receipt costs the
   * buddy a message sent again, which we confirm again.
   */
  async sendReceipt(buddy: string, ids: Uint8Array[]): Promise<void> {
    const { roster } = this.options;
    const rid = randomId();
    const receipt = { id: rid, receipts: ids, sentAtMs: Date.now() };
    if (roster.info(buddy).online) {
      const conversation = this.options.conversations.open(buddy);
      if (conversation) {
        try {
          await conversation.send(rid, encodeChatMessage(receipt));
          return;
        } catch {
          // Not through on this session: the offline store below.
        }
      }
    }
    const key = roster.info(buddy).identityKey;
    if (!key) return;
    const sealed = await sealMessage(this.options.identity, key, receipt);
    await this.options.session.request({ offlineStore: { to: buddy, messageId: rid, sealed, sentAtMs: receipt.sentAtMs } }).catch(() => undefined);
  }

  /**
   * History for a device of ours that has none (just linked): `entries`,
   * each as a sync copy sealed to that device's key into the node's offline
   * store (device to device: the node cannot read them), oldest first.
   * Returns how many were stored.
   */
  async catchUp(target: Pick<DeliveryTarget, 'address' | 'key'>, entries: HistoryEntry[]): Promise<number> {
    let stored = 0;
    for (const entry of entries) {
      if (entry.state === 'held' || entry.state === 'failed' || this.closed) continue;
      const message = { id: Buffer.from(entry.id, 'hex'), text: entry.text, sentAtMs: entry.at, ...syncFields(entry) };
      const sealed = await sealMessage(this.options.identity, target.key, message);
      const ok = await this.options.session.request({ offlineStore: { to: target.address, messageId: message.id, sealed, sentAtMs: entry.at } }).then(
        () => true,
        () => false,
      );
      if (ok) stored++;
    }
    return stored;
  }

  close(): void {
    this.closed = true;
    if (this.timer) this.options.clock.clearTimeout(this.timer);
  }

  /** Keeps `tracked` in step with an outgoing entry's state. */
  private track(e: HistoryEntry): void {
    if (e.direction !== 'out' || e.synced) return;
    if (e.state === 'delivered' || e.state === 'failed') {
      this.tracked.delete(e.id);
      return;
    }
    const now = this.options.clock.now();
    const known = this.tracked.get(e.id);
    if (!known) {
      this.tracked.set(e.id, { buddy: e.buddy, state: e.state, tried: -Infinity, due: now + RECEIPT_WAIT_MS, wait: RECEIPT_WAIT_MS });
      return;
    }
    // The receipt wait starts when the message reaches the buddy's peer or the node.
    if (known.state !== e.state && (e.state === 'sent' || e.state === 'stored')) {
      known.due = now + RECEIPT_WAIT_MS;
      known.wait = RECEIPT_WAIT_MS;
    }
    known.state = e.state;
  }

  private schedule(): void {
    if (this.timer || this.closed) return;
    this.timer = this.options.clock.setTimeout(() => {
      this.timer = undefined;
      this.tick();
      this.schedule();
    }, TICK_MS);
  }

  /**
   * The safety net under every path change: a message still 'sending' is
   * tried again every few seconds (a send that hung on a session the buddy
   * replaced, a race with presence), and one whose receipt is overdue while
   * the buddy is online is sent again. The buddy shows each once: message
   * ids are de-duplicated by its channel and its history, and a duplicate
   * is answered with another receipt.
   */
  private tick(): void {
    if (this.closed || this.options.session.state !== 'online') return;
    const now = this.options.clock.now();
    // A device that has the message over a conversation but whose receipt is
    // overdue gets it again (it answers a duplicate with another receipt).
    for (const [id, deliveries] of this.fanout) {
      if (this.inFlight.has(id)) continue;
      let again = false;
      for (const [address, d] of deliveries) {
        if (d.state !== 'sent' || now < d.due || !this.options.roster.info(address).online) continue;
        d.wait = Math.min(RECEIPT_WAIT_MAX_MS, d.wait * 2);
        d.due = now + d.wait;
        deliveries.delete(address);
        again = true;
      }
      if (again) void this.deliverById(id).catch(() => undefined);
    }
    for (const [id, t] of this.tracked) {
      if (this.inFlight.has(id) || t.state === 'held') continue;
      if (t.state === 'sending') {
        if (now - t.tried >= RETRY_MS) void this.deliverById(id).catch(() => undefined);
        continue;
      }
      if (now < t.due || !this.options.roster.info(t.buddy).online) continue;
      t.wait = Math.min(RECEIPT_WAIT_MAX_MS, t.wait * 2);
      t.due = now + t.wait;
      // After a restart nothing says which devices have it: all of them get it again.
      if (!this.fanout.has(id)) void this.deliverById(id).catch(() => undefined);
    }
  }

  private async deliverById(id: string): Promise<void> {
    await this.deliverLoaded(id, await this.options.history.get(id));
  }

  private async deliverLoaded(id: string, entry: HistoryEntry | undefined): Promise<void> {
    if (!entry || entry.direction !== 'out' || entry.synced) {
      this.tracked.delete(id);
      this.fanout.delete(id);
      return;
    }
    await this.deliver(entry);
  }

  private async deliver(entry: HistoryEntry): Promise<void> {
    if (this.inFlight.has(entry.id)) return;
    this.inFlight.add(entry.id);
    const t = this.tracked.get(entry.id);
    if (t) t.tried = this.options.clock.now();
    try {
      await this.deliverOnce(entry);
    } finally {
      this.inFlight.delete(entry.id);
    }
  }

  /**
   * Fans the message out to every device it has not reached yet (the
   * buddy's and our own other ones): an online device through its
   * conversation (relay at once, direct later), an offline one sealed to
   * its key into the node's store. The entry is 'sent' once one of the
   * buddy's devices has it over a conversation, 'stored' when the node
   * holds it for all of them, and 'delivered' at the first receipt.
   */
  private async deliverOnce(entry: HistoryEntry): Promise<void> {
    const { roster } = this.options;
    // Not sealed to, nor handshaken with, a key the user has not accepted.
    if (this.options.isHeld(entry.buddy)) return this.setState(entry.id, 'held');
    // Accepted since: 'sending' again, so the retries look after it.
    if (entry.state === 'held') await this.setState(entry.id, 'sending');
    // Before the node's buddy list of this login (the node is away, or we
    // just logged in), "offline" only means "not heard of yet": an offline
    // device's copy would go to the store. It waits (flushAll runs when the
    // list is in); a device we know online gets its copy now, over its
    // conversation, which outlives the node (a direct path carries on).
    const synced = roster.synced();
    const targets = this.options.targets(entry.buddy).filter((t) => synced || t.online);
    if (!targets.some((t) => !t.own)) return; // no device of the buddy known yet
    let deliveries = this.fanout.get(entry.id);
    if (!deliveries) this.fanout.set(entry.id, (deliveries = new Map()));
    const todo = targets.filter((t) => !deliveries!.has(t.address));
    const outcomes = await Promise.all(todo.map((t) => this.deliverTo(entry, t).catch(() => undefined)));
    const now = this.options.clock.now();
    todo.forEach((t, i) => {
      const outcome = outcomes[i];
      if (outcome && !deliveries!.has(t.address)) deliveries!.set(t.address, { state: outcome === 'stored' ? 'stored' : 'sent', own: t.own, due: now + RECEIPT_WAIT_MS, wait: RECEIPT_WAIT_MS });
    });
    const buddyOutcomes = todo.map((t, i) => (t.own ? undefined : outcomes[i]));
    const path = buddyOutcomes.find((o) => o === 'direct') ?? buddyOutcomes.find((o) => o === 'relay');
    const buddyDevices = targets.filter((t) => !t.own);
    if (path) await this.setState(entry.id, 'sent', path);
    else if (buddyDevices.every((t) => deliveries!.get(t.address)?.state === 'stored')) await this.setState(entry.id, 'stored', 'offline');
    this.settle(entry.id);
  }

  /** One device: over its conversation when it is online, else sealed to its key into the offline store. */
  private async deliverTo(entry: HistoryEntry, target: DeliveryTarget): Promise<'direct' | 'relay' | 'stored' | undefined> {
    const message = { id: Buffer.from(entry.id, 'hex'), text: entry.text, sentAtMs: entry.at, ...(target.own ? syncFields(entry) : {}) };
    if (target.online) {
      const conversation = this.options.conversations.open(target.address);
      if (conversation) {
        if (conversation.path === 'relay') this.options.punch(target.address);
        try {
          const { sent } = await this.inTurn(target.address, async () => {
            if (!conversation.ready && !target.own) await this.sendEarly(entry, conversation, target.address);
            return { sent: settled(conversation.send(message.id, encodeChatMessage(message))) };
          });
          await sent;
          return conversation.path === 'direct' ? 'direct' : 'relay';
        } catch {
          // The channel gave up or the session changed: tried again on the
          // next session, or stored if the device went offline.
          if (this.options.roster.info(target.address).online) return undefined;
        }
      }
    }
    const { stored } = await this.inTurn(target.address, async () => {
      const sealed = await sealMessage(this.options.identity, target.key, message);
      return { stored: settled(this.options.session.request({ offlineStore: { to: target.address, messageId: message.id, sealed, sentAtMs: entry.at } })) };
    });
    await stored;
    return 'stored';
  }

  /**
   * Runs `handOver` (sealing, then handing the message to the conversation
   * or the node) after the hand-overs of the messages before it to the same
   * device: sealing is asynchronous, and a message sealed faster would
   * otherwise overtake the one before it. Only the hand-over waits its
   * turn, not the acknowledgement it returns.
   */
  private inTurn<T>(address: string, handOver: () => Promise<T>): Promise<T> {
    const before = this.handing.get(address) ?? Promise.resolve();
    const turn = before.then(handOver, handOver);
    const done = turn.catch(() => undefined);
    this.handing.set(address, done);
    void done.then(() => {
      if (this.handing.get(address) === done) this.handing.delete(address);
    });
    return turn;
  }

  /**
   * Zero round trips for the first message of a conversation: before the
   * session exists the message also goes at once over the relay, sealed to
   * the buddy's identity key and signed with ours (PeerPacket.early), so it
   * arrives after one relay trip instead of after the handshake's round
   * trip plus one. The session copy follows and the buddy drops it as a
   * duplicate. Like an offline message, this copy has no forward secrecy
   * (it falls with the buddy's identity key). Only for a message that fits
   * one relay datagram; a longer one waits for the session.
   */
  private async sendEarly(entry: HistoryEntry, conversation: Conversation, address: string): Promise<void> {
    let datagram: Uint8Array;
    try {
      const early = await sealMessage(this.options.identity, conversation.buddyIdentity, { id: Buffer.from(entry.id, 'hex'), text: entry.text, sentAtMs: entry.at });
      datagram = encodePeerDatagram({ early });
    } catch {
      return; // too large for one datagram (WIRE_TOO_LARGE): the session carries it
    }
    if (!this.options.session.send({ relay: { peer: address, payload: datagram } })) return;
    // The buddy may show it, and send its receipt, before the channel's ack
    // says by which path it went: it went by the relay.
    void this.setState(entry.id, 'sending', 'relay').catch(() => undefined);
  }

  private async setState(id: string, state: MessageState, path?: MessagePath): Promise<void> {
    const e = await this.options.history.setState(id, state, path);
    if (!e) return;
    this.track(e);
    this.options.onState(e);
  }
}
