// Local history in LevelDB under the user's data directory: every message
// sent and received, with its state, so `natter history` and the chat
// window show the same thing after a restart, and nothing is shown twice.
import { Level } from 'level';
import { mkdirSync } from 'node:fs';

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

const SEP = '\x00';
const pad = (n: number) => Math.max(0, Math.floor(n)).toString().padStart(15, '0');

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
  e.direction === 'out' && (e.state === 'held' || e.state === 'sending' || e.state === 'sent' || e.state === 'stored');

export class History implements MessageHistory {
  private readonly db: Level<string, unknown>;
  private readonly messages;
  private readonly byId;

  constructor(dir: string) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    this.db = new Level<string, unknown>(dir, { valueEncoding: 'json' });
    this.messages = this.db.sublevel<string, HistoryEntry>('m', { valueEncoding: 'json' });
    this.byId = this.db.sublevel<string, string>('id', { valueEncoding: 'json' });
  }

  async open(): Promise<void> {
    await this.db.open();
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  private key(e: Pick<HistoryEntry, 'buddy' | 'at' | 'id'>): string {
    return `${e.buddy}${SEP}${pad(e.at)}${SEP}${e.id}`;
  }

  /** Adds an entry; false when a message with this id is already there (a duplicate). */
  async add(entry: HistoryEntry): Promise<boolean> {
    if ((await this.byId.get(entry.id)) !== undefined) return false;
    const key = this.key(entry);
    // Synced: a message we showed as received must still be there after a crash.
    await this.db.batch(
      [
        { type: 'put', sublevel: this.messages, key, value: entry },
        { type: 'put', sublevel: this.byId, key: entry.id, value: key },
      ] as never,
      { sync: true },
    );
    return true;
  }

  async get(id: string): Promise<HistoryEntry | undefined> {
    const key = await this.byId.get(id);
    return key ? this.messages.get(key) : undefined;
  }

  /**
   * State changes one at a time: each is a read-modify-write, and two at
   * once (a receipt's "delivered" and the channel's "sent" in one burst)
   * both read "sending", so the later write undid "delivered".
   */
  private stateWrites: Promise<unknown> = Promise.resolve();

  /** Moves a message to a later state; returns the entry when it changed. */
  setState(id: string, state: MessageState, path?: MessagePath): Promise<HistoryEntry | undefined> {
    const next = this.stateWrites.then(() => this.applyState(id, state, path));
    this.stateWrites = next.catch(() => undefined);
    return next;
  }

  private async applyState(id: string, state: MessageState, path?: MessagePath): Promise<HistoryEntry | undefined> {
    const key = await this.byId.get(id);
    if (!key) return undefined;
    const e = await this.messages.get(key);
    if (!e) return undefined;
    const next = nextState(e, state, path);
    if (next) await this.messages.put(key, next);
    return next;
  }

  /** The newest `limit` messages with `buddy`, oldest first. */
  async list(buddy: string, limit = 50): Promise<HistoryEntry[]> {
    const out: HistoryEntry[] = [];
    for await (const v of this.messages.values({ gt: `${buddy}${SEP}`, lt: `${buddy}${SEP}\xff`, reverse: true, limit })) out.push(v);
    return out.reverse();
  }

  /** Outgoing messages not yet delivered (to resend or re-store after a restart). */
  async undelivered(): Promise<HistoryEntry[]> {
    // One read of everything, not a read per entry: a close() during the
    // scan (a one-shot command ending) finds no iterator half way.
    return (await this.messages.values().all()).filter(isUndelivered);
  }
}
