// One Conversation per buddy, started on first use once the node has told
// us the buddy's identity key, and ended when the buddy goes offline (it
// restarts with a new handshake when they return). The hooks tie each
// conversation to the rest of the peer, with the buddy's name attached.
import type { Clock } from '@natter/io';
import { Conversation, type PathKind } from './conversation.js';
import type { AnyIdentity } from './crypto/protocol.js';

export interface ConversationsOptions {
  clock: Clock;
  random: () => number;
  identity: AnyIdentity;
  /** Our name, as the node spells it (read when a conversation starts). */
  me(): string;
  /** The buddy's registered identity key; no conversation without one. */
  keyOf(buddy: string): Uint8Array | undefined;
  /** Through the node's relay; false when the node is unreachable. */
  relay(buddy: string, datagram: Uint8Array): boolean;
  /** A whole message from the buddy, and the path the conversation is on. */
  onMessage(buddy: string, messageId: Uint8Array, bytes: Uint8Array, path: PathKind): void;
  /** A message the buddy sent again after we had it. */
  onDuplicate(buddy: string, messageId: Uint8Array): void;
  onPath(buddy: string, path: PathKind, why: string): void;
  onDirectDead(buddy: string): void;
  onSession(buddy: string): void;
}

export class Conversations {
  private readonly byBuddy = new Map<string, Conversation>();

  constructor(private readonly options: ConversationsOptions) {}

  get(buddy: string): Conversation | undefined {
    return this.byBuddy.get(buddy);
  }

  /** The conversation with `buddy`, started if needed; undefined while their identity key is unknown. */
  open(buddy: string): Conversation | undefined {
    const existing = this.byBuddy.get(buddy);
    if (existing) return existing;
    const key = this.options.keyOf(buddy);
    if (!key) return undefined;
    const { options } = this;
    const conversation: Conversation = new Conversation(buddy, Buffer.from(key), {
      clock: options.clock,
      me: options.me(),
      identity: options.identity,
      random: options.random,
      relay: (datagram) => options.relay(buddy, datagram),
      onMessage: (id, bytes) => options.onMessage(buddy, id, bytes, conversation.path),
      onDuplicate: (id) => options.onDuplicate(buddy, id),
      onPath: (path, why) => options.onPath(buddy, path, why),
      onDirectDead: () => options.onDirectDead(buddy),
      onSession: () => options.onSession(buddy),
    });
    this.byBuddy.set(buddy, conversation);
    return conversation;
  }

  /** The conversation that holds this end-to-end session id (a packet that came over UDP names only that). */
  withSession(sessionId: Uint8Array): Conversation | undefined {
    for (const c of this.byBuddy.values()) if (c.hasSession(sessionId)) return c;
    return undefined;
  }

  /** The buddy's key changed (a new device): the next handshake checks the new one. */
  setIdentity(buddy: string, key: Buffer): void {
    const conversation = this.byBuddy.get(buddy);
    if (conversation) conversation.buddyIdentity = key;
  }

  /** Ends the conversation with `buddy`; the next one starts with a new handshake. */
  close(buddy: string): void {
    const conversation = this.byBuddy.get(buddy);
    if (!conversation) return;
    conversation.close();
    this.byBuddy.delete(buddy);
  }

  /** Every conversation's buddy. */
  buddies(): string[] {
    return [...this.byBuddy.keys()];
  }

  /** The host moved to another network: every punched path led from the old one. */
  dropAllDirect(why: string): void {
    for (const c of this.byBuddy.values()) c.dropDirect(why);
  }

  /** The relay is back (a reconnect): what waited for it goes now rather than at its next retransmission timeout. */
  resendAll(): void {
    for (const c of this.byBuddy.values()) c.resend();
  }

  /**
   * On shutdown. The closed conversations stay in place, so a packet
   * still arriving finds a closed one instead of starting a new one.
   */
  closeAll(): void {
    for (const c of this.byBuddy.values()) c.close();
  }
}
