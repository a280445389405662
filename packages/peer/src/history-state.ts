// What a history entry is and the one rule every history follows (the
// LevelDB one here, IndexedDB in the web client): states only move forward.
/** `held`: not sent, because the buddy's key changed and the user has not accepted the new one. */
export type MessageState = 'held' | 'sending' | 'sent' | 'stored' | 'delivered' | 'received' | 'failed';
export type MessagePath = 'direct' | 'relay' | 'offline';

export interface HistoryEntry {
  /** Hex of the 16-byte message id. */
  id: string;
  buddy: string;
  direction: 'out' | 'in';
  text: string;
  /** Sender's clock, ms since the epoch. */
  at: number;
  state: MessageState;
  path?: MessagePath;
  /** Outgoing: the name of our device that sent it (docs/protocol.md, "Devices"). */
  device?: string;
  /** A copy another of our devices sent us (what it sent or received): shown, never delivered from here. */
  synced?: boolean;
}

/**
 * Where the peer keeps its messages. History (LevelDB) is the product's;
 * any other must keep the same promises: add() refuses a known id, and
 * setState() follows nextState() one change at a time.
 */
export interface MessageHistory {
  open(): Promise<void>;
  close(): Promise<void>;
  /** Adds an entry; false when a message with this id is already there (a duplicate). */
  add(entry: HistoryEntry): Promise<boolean>;
  get(id: string): Promise<HistoryEntry | undefined>;
  /** Moves a message to a later state; returns the entry when it changed. */
  setState(id: string, state: MessageState, path?: MessagePath): Promise<HistoryEntry | undefined>;
  /** The newest `limit` messages with `buddy`, oldest first. */
  list(buddy: string, limit?: number): Promise<HistoryEntry[]>;
  /** Outgoing messages not yet delivered (isUndelivered): what the outbox looks after at start. */
  undelivered(): Promise<HistoryEntry[]>;
}

/** States only move forward: a late "sent" never hides "delivered". */
const RANK: Record<MessageState, number> = { held: 0, sending: 0, failed: 1, sent: 2, stored: 3, delivered: 4, received: 4 };

/** The entry after a state change, or undefined when nothing changes. */
export function nextState(e: HistoryEntry, state: MessageState, path?: MessagePath): HistoryEntry | undefined {
  if (RANK[state] < RANK[e.state]) {
    // A receipt can overtake the channel's ack: "sent (direct)" after
    // "delivered". The state stays; the path it came by is still news.
    if (!path || e.path) return undefined;
    return { ...e, path };
  }
  if (e.state === state && (path === undefined || e.path === path)) return undefined;
  return { ...e, state, ...(path ? { path } : {}) };
}

/** Outgoing and not yet delivered: to resend, re-store, or ask again for its receipt (stored at the node, not yet confirmed). */
export const isUndelivered = (e: HistoryEntry): boolean =>
  e.direction === 'out' && !e.synced && (e.state === 'held' || e.state === 'sending' || e.state === 'sent' || e.state === 'stored');
