// Local history in LevelDB under the user's data directory: every message
// sent and received, with its state, so `natter history` and the chat
// window show the same thing after a restart, and nothing is shown twice.
import { Level } from 'level';
import { mkdirSync } from 'node:fs';
import { nextState, isUndelivered, type HistoryEntry, type MessageHistory, type MessagePath, type MessageState } from './history-state.js';

export { nextState, isUndelivered };
export type { HistoryEntry, MessageHistory, MessagePath, MessageState };

const SEP = '\x00';
const pad = (n: number) => Math.max(0, Math.floor(n)).toString().padStart(15, '0');

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
