// The peer's history in memory, for NatterPeer on the virtual network: a
// LevelDB write finishes on the real event loop, outside the virtual clock,
// which would let virtual time run on while a message is being stored. The
// state rule is the product's own (nextState in src/history.ts).
import { isUndelivered, nextState, type HistoryEntry, type MessageHistory, type MessagePath, type MessageState } from '@natter/peer';

export class MemoryHistory implements MessageHistory {
  private readonly byId = new Map<string, HistoryEntry>();

  async open(): Promise<void> {}

  async close(): Promise<void> {}

  async add(entry: HistoryEntry): Promise<boolean> {
    if (this.byId.has(entry.id)) return false;
    this.byId.set(entry.id, { ...entry });
    return true;
  }

  async get(id: string): Promise<HistoryEntry | undefined> {
    const e = this.byId.get(id);
    return e && { ...e };
  }

  async setState(id: string, state: MessageState, path?: MessagePath): Promise<HistoryEntry | undefined> {
    const e = this.byId.get(id);
    const next = e && nextState(e, state, path);
    if (next) this.byId.set(id, next);
    return next && { ...next };
  }

  async list(buddy: string, limit = 50): Promise<HistoryEntry[]> {
    // History's key order: by the sender's time, then by id.
    const mine = [...this.byId.values()].filter((e) => e.buddy === buddy).sort((x, y) => x.at - y.at || (x.id < y.id ? -1 : 1));
    return mine.slice(-limit).map((e) => ({ ...e }));
  }

  async undelivered(): Promise<HistoryEntry[]> {
    return [...this.byId.values()].filter(isUndelivered).map((e) => ({ ...e }));
  }
}
