// Getting our messages to a buddy, and keeping at it until they are. To an
// online buddy through the conversation (the relay at once, a punched path
// when there is one, plus sealed early data before the handshake is done);
// to an offline buddy sealed into the node's offline store. Every state
// change goes to the history and out as a 'state' event; what is stuck in
// 'sending' is tried again. Receipts for what we received go the same ways.
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
  roster: Pick<Roster, 'has' | 'info'>;
  /** The conversation is on the relay: ask for a direct path. */
  punch(buddy: string): void;
  /** The buddy's key changed and the user has not accepted it: nothing goes to them. */
  isHeld(buddy: string): boolean;
  onState(entry: HistoryEntry): void;
  warn(err: Error): void;
}

/** How often messages stuck in 'sending' are tried again. */
const RETRY_MS = 5_000;

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const randomId = () => Buffer.from(cryptoPrimitives().randomBytes(16));

export class Outbox {
  /** Deliveries in progress, by message id, with when they started. */
  private readonly inFlight = new Map<string, number>();
  private retryTimer: TimerHandle | undefined;
  private closed = false;

  constructor(private readonly options: OutboxOptions) {}

  /** Stores a new message as 'sending' and starts its delivery. */
  async send(buddy: string, text: string): Promise<HistoryEntry> {
    if (!this.options.roster.has(buddy)) throw new SessionError('NOT_A_BUDDY', `${buddy} is not your buddy`);
    const id = randomId();
    // Held from the start when the key changed: the caller hears it before anything goes out.
    const entry: HistoryEntry = { id: hex(id), buddy, direction: 'out', text, at: Date.now(), state: this.options.isHeld(buddy) ? 'held' : 'sending' };
    await this.options.history.add(entry);
    this.options.onState(entry);
    void this.deliver(entry).catch((err) => this.options.warn(err));
    return entry;
  }

  /** Re-sends what a buddy has not confirmed (after a new session or their return); resolves when each attempt ended. */
  async flush(buddy: string): Promise<void> {
    if (this.closed) return;
    const attempts = (await this.options.history.undelivered()).filter((e) => e.buddy === buddy).map((e) => this.deliver(e).catch(() => undefined));
    await Promise.all(attempts);
  }

  /** A receipt from the buddy: the message is on their disk. */
  async confirmDelivered(id: string): Promise<void> {
    await this.setState(id, 'delivered');
  }

  /** Receipts for messages we stored, by the conversation, or sealed into the offline store when the buddy has left. */
  async sendReceipt(buddy: string, ids: Uint8Array[]): Promise<void> {
    const { roster } = this.options;
    const rid = randomId();
    const receipt = { id: rid, receipts: ids, sentAtMs: Date.now() };
    const info = roster.info(buddy);
    if (info.online) {
      const conversation = this.options.conversations.open(buddy);
      if (conversation) {
        try {
          await conversation.send(rid, encodeChatMessage(receipt));
          return;
        } catch {
          // The buddy left before the receipt got through (a one-shot
          // `natter send` logs out right after "sent"): store it for them,
          // or their message would never show "delivered".
          if (roster.info(buddy).online) return;
        }
      }
    }
    if (!info.identityKey) return;
    const sealed = await sealMessage(this.options.identity, info.identityKey, receipt);
    await this.options.session.request({ offlineStore: { to: buddy, messageId: rid, sealed, sentAtMs: receipt.sentAtMs } }).catch(() => undefined);
  }

  close(): void {
    this.closed = true;
    if (this.retryTimer) this.options.clock.clearTimeout(this.retryTimer);
  }

  /**
   * The safety net under every path change: a message still 'sending' is
   * tried again every few seconds (a send that hung on a session the buddy
   * replaced, a race with presence). The buddy shows it once: message ids
   * are de-duplicated by its channel and its history.
   */
  private scheduleRetry(): void {
    if (this.retryTimer || this.closed) return;
    this.retryTimer = this.options.clock.setTimeout(() => {
      this.retryTimer = undefined;
      void this.retryStuck().finally(() => this.scheduleRetry());
    }, RETRY_MS);
  }

  private async retryStuck(): Promise<void> {
    if (this.closed || this.options.session.state !== 'online') return;
    const now = this.options.clock.now();
    for (const e of await this.options.history.undelivered()) {
      if (e.state !== 'sending') continue;
      const since = this.inFlight.get(e.id);
      if (since !== undefined && now - since < RETRY_MS) continue;
      void this.deliver(e).catch(() => undefined);
    }
  }

  private async deliver(entry: HistoryEntry): Promise<void> {
    this.inFlight.set(entry.id, this.options.clock.now());
    this.scheduleRetry();
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
    // Accepted since: 'sending' again, so the retry loop looks after it.
    if (entry.state === 'held') await this.setState(entry.id, 'sending');
    const info = roster.info(entry.buddy);
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
          // The channel gave up or the session changed: stays 'sending' and
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
    if (e) this.options.onState(e);
  }
}
