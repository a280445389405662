// The message history in IndexedDB, one database per user in this browser:
// the web client's MessageHistory, with the same promises as the LevelDB one
// (packages/peer/src/history.ts): add() refuses a known id, states only move
// forward (nextState), one state change at a time, list() by time.
import { isUndelivered, nextState, type HistoryEntry, type MessageHistory, type MessagePath, type MessageState } from '@natter/peer/core';
import { done, openDatabase, transaction } from './idb.js';

const STORE = 'messages';
const BY_BUDDY = 'buddy-at-id';

export class IndexedDbHistory implements MessageHistory {
  private db: IDBDatabase | undefined;
  private stateWrites: Promise<unknown> = Promise.resolve();

  constructor(private readonly name: string) {}

  /** The database name for a user on a node. */
  static nameFor(username: string): string {
    return `natter-history-${username}`;
  }

  async open(): Promise<void> {
    this.db ??= await openDatabase(this.name, 1, (db) => {
      const store = db.createObjectStore(STORE, { keyPath: 'id' });
      store.createIndex(BY_BUDDY, ['buddy', 'at', 'id']);
    });
  }

  async close(): Promise<void> {
    this.db?.close();
    this.db = undefined;
  }

  private get database(): IDBDatabase {
    if (!this.db) throw new Error('the history is not open');
    return this.db;
  }

  async add(entry: HistoryEntry): Promise<boolean> {
    return transaction(this.database, [STORE], 'readwrite', async (tx) => {
      const store = tx.objectStore(STORE);
      if ((await done(store.getKey(entry.id))) !== undefined) return false;
      await done(store.add(entry));
      return true;
    });
  }

  async get(id: string): Promise<HistoryEntry | undefined> {
    return transaction(this.database, [STORE], 'readonly', (tx) => done(tx.objectStore(STORE).get(id) as IDBRequest<HistoryEntry | undefined>));
  }

  setState(id: string, state: MessageState, path?: MessagePath): Promise<HistoryEntry | undefined> {
    const next = this.stateWrites.then(() =>
      transaction(this.database, [STORE], 'readwrite', async (tx) => {
        const store = tx.objectStore(STORE);
        const entry = (await done(store.get(id))) as HistoryEntry | undefined;
        if (!entry) return undefined;
        const changed = nextState(entry, state, path);
        if (changed) await done(store.put(changed));
        return changed;
      }),
    );
    this.stateWrites = next.catch(() => undefined);
    return next;
  }

  async list(buddy: string, limit = 50): Promise<HistoryEntry[]> {
    return transaction(this.database, [STORE], 'readonly', (tx) => {
      const range = IDBKeyRange.bound([buddy, -Infinity, ''], [buddy, Infinity, '\uffff']);
      const out: HistoryEntry[] = [];
      return new Promise<HistoryEntry[]>((resolve, reject) => {
        const cursor = tx.objectStore(STORE).index(BY_BUDDY).openCursor(range, 'prev');
        cursor.onerror = () => reject(cursor.error);
        cursor.onsuccess = () => {
          const at = cursor.result;
          if (!at || out.length >= limit) return resolve(out.reverse());
          out.push(at.value as HistoryEntry);
          at.continue();
        };
      });
    });
  }

  async undelivered(): Promise<HistoryEntry[]> {
    const all = await transaction(this.database, [STORE], 'readonly', (tx) => done(tx.objectStore(STORE).getAll() as IDBRequest<HistoryEntry[]>));
    return all.filter(isUndelivered).sort((a, b) => a.at - b.at);
  }

  /** Buddies with messages, newest conversation first (for the list of conversations). */
  async lastMessages(): Promise<Map<string, HistoryEntry>> {
    const all = await transaction(this.database, [STORE], 'readonly', (tx) => done(tx.objectStore(STORE).getAll() as IDBRequest<HistoryEntry[]>));
    const last = new Map<string, HistoryEntry>();
    for (const e of all) if ((last.get(e.buddy)?.at ?? -Infinity) <= e.at) last.set(e.buddy, e);
    return last;
  }
}

/** The same promises in memory, for a page the browser refuses storage to (see MemoryAccountStore). */
export class MemoryHistory implements MessageHistory {
  private readonly entries = new Map<string, HistoryEntry>();

  async open(): Promise<void> {}

  async close(): Promise<void> {}

  async add(entry: HistoryEntry): Promise<boolean> {
    if (this.entries.has(entry.id)) return false;
    this.entries.set(entry.id, { ...entry });
    return true;
  }

  async get(id: string): Promise<HistoryEntry | undefined> {
    const e = this.entries.get(id);
    return e && { ...e };
  }

  async setState(id: string, state: MessageState, path?: MessagePath): Promise<HistoryEntry | undefined> {
    const e = this.entries.get(id);
    const changed = e && nextState(e, state, path);
    if (changed) this.entries.set(id, changed);
    return changed && { ...changed };
  }

  async list(buddy: string, limit = 50): Promise<HistoryEntry[]> {
    const all = [...this.entries.values()].filter((e) => e.buddy === buddy).sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
    return all.slice(-limit).map((e) => ({ ...e }));
  }

  async undelivered(): Promise<HistoryEntry[]> {
    return [...this.entries.values()].filter(isUndelivered).sort((a, b) => a.at - b.at);
  }
}
