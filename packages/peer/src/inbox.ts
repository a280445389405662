// Messages from buddies, whichever way they came: a conversation (direct or
// relay), sealed early data ahead of the session, or the node's offline
// store. Each is stored in the history in the order it came, shown once,
// and confirmed with a receipt only once it is on disk; receipts that come
// in mark our own messages delivered.
import { decodeChatMessage, encodeChatMessage, userOfAddress, type natter } from '@natter/wire';
import type { PathKind } from './conversation.js';
import type { Conversations } from './conversations.js';
import { openSealed, type AnyIdentity } from './crypto/protocol.js';
import type { HistoryEntry, MessageHistory } from './history.js';
import type { Outbox } from './outbox.js';
import type { ControlChannel } from './session/index.js';

export interface InboxOptions {
  identity: AnyIdentity;
  history: MessageHistory;
  session: Pick<ControlChannel, 'request'>;
  conversations: Conversations;
  /** The buddy's registered identity key: sealed messages must be signed with it. */
  keyOf(buddy: string): Uint8Array | undefined;
  /** The key the user accepted for this name earlier (the profile), for senders who are no longer buddies. */
  acceptedKeyOf(buddy: string): Uint8Array | undefined;
  outbox: Pick<Outbox, 'confirmDelivered' | 'sendReceipt'>;
  /** Our own user: a message from another of our devices is a sync copy. */
  me(): string;
  /** The name of one of our devices (USER/DEVICE), for the history's "sent from". */
  deviceName(address: string): string | undefined;
  onMessage(entry: HistoryEntry): void;
  warn(err: Error): void;
}

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

export class Inbox {
  /** History writes of incoming messages, one after another (see receive). */
  private arrivals: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: InboxOptions) {}

  /**
   * A whole chat message from the device `from` (USER/DEVICE; already
   * de-duplicated by its conversation). From another of our own devices it
   * is a sync copy of a message in the conversation with
   * `chat.conversation`: what that device sent, or received.
   */
  async receive(from: string, bytes: Uint8Array, path: PathKind | 'offline'): Promise<void> {
    const { history, outbox } = this.options;
    let chat;
    try {
      chat = decodeChatMessage(bytes);
    } catch (err) {
      // Authenticated but not a chat message: a buggy or newer buddy. Drop it.
      return this.options.warn(new Error(`dropped a malformed message from ${from}: ${(err as Error).message}`));
    }
    const user = userOfAddress(from);
    const own = user === this.options.me();
    // A copy names its conversation; a buddy's message belongs to the buddy's (whatever it claims).
    const buddy = own ? (chat.conversation ?? '') : user;
    const outgoing = own && !chat.incoming;
    const entry: HistoryEntry | undefined =
      chat.text && buddy
        ? {
            id: hex(chat.id),
            buddy,
            direction: outgoing ? 'out' : 'in',
            text: chat.text,
            at: Number(chat.sentAtMs) || Date.now(),
            state: outgoing ? 'sent' : 'received',
            path: path === 'direct' ? 'direct' : path === 'relay' ? 'relay' : 'offline',
            ...(own ? { synced: true } : {}),
            ...(outgoing ? { device: chat.deviceName || (this.options.deviceName(from) ?? '') } : {}),
          }
        : undefined;
    // Queued before the first await: messages are stored and shown in the
    // channel's order. Two LevelDB writes in flight can finish either way
    // round, which showed a burst out of order; and shown from the same
    // queue, because a message carrying receipts waits for them below and
    // would be shown after the ones behind it.
    const added = entry
      ? this.arrivals.then(async () => {
          const stored = await history.add(entry);
          if (stored) this.options.onMessage(entry);
          return stored;
        })
      : undefined;
    if (added) this.arrivals = added.catch(() => undefined);
    for (const r of chat.receipts ?? []) await outbox.confirmDelivered(hex(r), from);
    if (!entry || !added) return;
    // Stored before the receipt goes out: "delivered" means it is on our disk.
    if (!(await added)) return;
    await outbox.sendReceipt(from, [chat.id]);
  }

  /**
   * A message the buddy sent again after we had it (its conversation saw
   * the id before): the buddy waits for a receipt that got lost. Confirmed
   * again when it is on our disk.
   */
  async confirmAgain(buddy: string, messageId: Uint8Array): Promise<void> {
    const entry = await this.options.history.get(hex(messageId));
    const user = userOfAddress(buddy);
    if (entry && ((entry.direction === 'in' && entry.buddy === user) || user === this.options.me())) await this.options.outbox.sendReceipt(buddy, [messageId]);
  }

  /**
   * Sealed early data the node relayed from `buddy` (see Outbox.sendEarly):
   * shown now through the conversation, which drops the session copy that
   * follows as a duplicate.
   */
  async receiveEarly(buddy: string, sealed: Uint8Array): Promise<void> {
    const key = this.options.keyOf(buddy);
    if (!key) return;
    let chat;
    try {
      chat = (await openSealed(this.options.identity, sealed, key)).chat;
    } catch {
      return; // forged or not for us: the session copy still comes
    }
    // Early data is a chat message; receipts travel on the session.
    if (!chat.text || chat.id?.length !== 16) return;
    this.options.conversations.open(buddy)?.deliverEarly(chat.id, encodeChatMessage(chat));
  }

  /** A batch from the node's offline store; acknowledged once every message in it is handled. */
  /** The offline frame being opened: frames are opened one after another, in the order they came. */
  private offlineTurn: Promise<unknown> = Promise.resolve();

  async receiveOffline(messages: natter.control.OfflineMessage[]): Promise<void> {
    // Opening is asynchronous: a frame opened beside the one before it (the
    // node pushes each message stored while we are online as its own frame)
    // could show its messages first. So each frame waits for the one before
    // to be opened and queued for display; the receipts then go in parallel.
    const turn = this.offlineTurn.then(() => this.openOffline(messages));
    this.offlineTurn = turn.catch(() => undefined);
    const { seqs, handled } = await turn;
    await Promise.all(handled);
    // Acknowledged only after the history write: a crash before here means the node delivers again.
    if (seqs.length) await this.options.session.request({ offlineAck: { seqs } }).catch(() => undefined);
  }

  private async openOffline(messages: natter.control.OfflineMessage[]): Promise<{ seqs: number[]; handled: Array<Promise<void>> }> {
    const seqs: number[] = [];
    const handled: Array<Promise<void>> = [];
    const drop = (from: string) => (err: unknown) => this.options.warn(new Error(`dropped an offline message from ${from}: ${(err as Error).message}`));
    for (const m of messages) {
      // Not awaited one by one: receive() queues the message for display at
      // once, but resolves only when its receipt is through. Awaited here,
      // the next one waited for that receipt, and the node's next frame of
      // queued messages overtook it.
      try {
        // The sender's key as the node reports it, or the one we accepted
        // before (someone who is no longer a buddy); never "any key": the
        // node could otherwise forge a message in anyone's name.
        const key = this.options.keyOf(m.from) ?? this.options.acceptedKeyOf(m.from);
        if (!key) throw new Error('no identity key is known for the sender');
        const opened = await openSealed(this.options.identity, m.sealed, key);
        handled.push(this.receive(m.from, encodeChatMessage(opened.chat), 'offline').catch(drop(m.from)));
      } catch (err) {
        // Not decryptable for us, or forged: drop it (acknowledged, so it does not come back).
        drop(m.from)(err);
      }
      seqs.push(Number(m.seq));
    }
    return { seqs, handled };
  }

}
