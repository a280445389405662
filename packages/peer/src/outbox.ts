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
import { encodeChatMessage, encodePeerDatagram } from '@natter/wire';
import type { Conversation } from './conversation.js';
import type { Conversations } from './conversations.js';
import { cryptoPrimitives, sealMessage, type AnyIdentity } from './crypto/protocol.js';
import type { HistoryEntry, MessageHistory, MessagePath, MessageState } from './history.js';
import type { Roster } from './roster.js';
import { SessionError } from './session/errors.js';
import type { ControlChannel } from './session/control.js';

export interface OutboxOptions {
  clock: Clock;
  identity: AnyIdentity;
  session: Pick<ControlChannel, 'request' | 'send' | 'state'>;
  history: MessageHistory;
  conversations: Conversations;
  roster: Pick<Roster, 'has' | 'info' | 'synced'>;
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

export class Outbox {
  private readonly tracked = new Map<string, Tracked>();
  /** Deliveries in progress, by message id. */
  private readonly inFlight = new Set<string>();
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
    const entry: HistoryEntry = { id: hex(id), buddy, direction: 'out', text, at: Date.now(), state: this.options.isHeld(buddy) ? 'held' : 'sending' };
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
    const ids: string[] = [];
    for (const [id, t] of this.tracked) {
      if (t.buddy !== buddy) continue;
      t.wait = RECEIPT_WAIT_MS;
      t.due = now + RECEIPT_WAIT_MS;
      if (t.state !== 'stored') ids.push(id);
    }
    await Promise.all(ids.map((id) => this.deliverById(id).catch(() => undefined)));
  }

  /** flush() for every buddy with something to deliver (the buddy list is in, after a login). */
  async flushAll(): Promise<void> {
    const buddies = new Set([...this.tracked.values()].map((t) => t.buddy));
    await Promise.all([...buddies].map((b) => this.flush(b)));
  }

  /** A receipt from the buddy: the message is on their disk. */
  async confirmDelivered(id: string): Promise<void> {
    await this.setState(id, 'delivered');
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

  close(): void {
    this.closed = true;
    if (this.timer) this.options.clock.clearTimeout(this.timer);
  }

  /** Keeps `tracked` in step with an outgoing entry's state. */
  private track(e: HistoryEntry): void {
    if (e.direction !== 'out') return;
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
    for (const [id, t] of this.tracked) {
      if (this.inFlight.has(id) || t.state === 'held') continue;
      if (t.state === 'sending') {
        if (now - t.tried >= RETRY_MS) void this.deliverById(id).catch(() => undefined);
        continue;
      }
      if (now < t.due || !this.options.roster.info(t.buddy).online) continue;
      t.wait = Math.min(RECEIPT_WAIT_MAX_MS, t.wait * 2);
      t.due = now + t.wait;
      void this.deliverById(id).catch(() => undefined);
    }
  }

  private async deliverById(id: string): Promise<void> {
    const entry = await this.options.history.get(id);
    if (!entry || entry.direction !== 'out') {
      this.tracked.delete(id);
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

  /** Online buddy: the conversation (relay at once, direct later); offline: the node's store. */
  private async deliverOnce(entry: HistoryEntry): Promise<void> {
    const { roster } = this.options;
    // Not sealed to, nor handshaken with, a key the user has not accepted.
    if (this.options.isHeld(entry.buddy)) return this.setState(entry.id, 'held');
    // Accepted since: 'sending' again, so the retries look after it.
    if (entry.state === 'held') await this.setState(entry.id, 'sending');
    const info = roster.info(entry.buddy);
    // Before the node's buddy list of this login, "offline" only means "not
    // heard of yet": an online buddy's message would go to the store. It
    // waits (flushAll runs when the list is in).
    if (!info.online && !roster.synced()) return;
    const chat = encodeChatMessage({ id: Buffer.from(entry.id, 'hex'), text: entry.text, sentAtMs: entry.at });
    if (info.online) {
      const conversation = this.options.conversations.open(entry.buddy);
      if (conversation) {
        if (conversation.path === 'relay') this.options.punch(entry.buddy);
        if (!conversation.ready) await this.sendEarly(entry, conversation);
        try {
          await conversation.send(Buffer.from(entry.id, 'hex'), chat);
          await this.setState(entry.id, 'sent', conversation.path === 'direct' ? 'direct' : 'relay');
          return;
        } catch {
          // The channel gave up or the session changed: stays as it is and
          // is re-sent on the next session, or stored if they went offline.
          if (roster.info(entry.buddy).online) return;
        }
      }
    }
    if (!info.identityKey) return;
    const sealed = await sealMessage(this.options.identity, info.identityKey, { id: Buffer.from(entry.id, 'hex'), text: entry.text, sentAtMs: entry.at });
    await this.options.session.request({ offlineStore: { to: entry.buddy, messageId: Buffer.from(entry.id, 'hex'), sealed, sentAtMs: entry.at } });
    await this.setState(entry.id, 'stored', 'offline');
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
  private async sendEarly(entry: HistoryEntry, conversation: Conversation): Promise<void> {
    let datagram: Uint8Array;
    try {
      const early = await sealMessage(this.options.identity, conversation.buddyIdentity, { id: Buffer.from(entry.id, 'hex'), text: entry.text, sentAtMs: entry.at });
      datagram = encodePeerDatagram({ early });
    } catch {
      return; // too large for one datagram (WIRE_TOO_LARGE): the session carries it
    }
    if (!this.options.session.send({ relay: { peer: entry.buddy, payload: datagram } })) return;
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
