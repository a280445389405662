// What this browser keeps per user (one IndexedDB database for the page's
// origin): the identity key (non-extractable CryptoKeys, stored as such:
// IndexedDB keeps a CryptoKey without ever exposing its bytes), the resume
// token, the buddies' accepted keys, and who signed in last. One identity
// per user per browser: a second browser, or the widget on another site
// (whose storage the browser partitions), is another device to natter.
import type { WebIdentity } from '../crypto/web-primitives.js';
import { done, openDatabase, transaction } from './idb.js';

export interface StoredAccount {
  username: string;
  identity: WebIdentity;
  resumeToken?: Uint8Array | undefined;
  /** Accepted identity key (base64) by buddy: the key-change hold (docs/security.md, "Key changes"). */
  knownKeys: Record<string, string>;
  /** The site this account signs in through (widget), if any. */
  site?: string | undefined;
}

const DB = 'natter';
const ACCOUNTS = 'accounts';
const META = 'meta';

/** What the client keeps per user; IndexedDB, or memory where the browser refuses storage. */
export interface AccountStorage {
  /** False when nothing outlives the page (the browser refused storage to this frame). */
  readonly persistent: boolean;
  get(username: string): Promise<StoredAccount | undefined>;
  put(account: StoredAccount): Promise<void>;
  update(username: string, change: (account: StoredAccount) => void): Promise<void>;
  lastUser(site?: string): Promise<string | undefined>;
  setLastUser(username: string | undefined, site?: string): Promise<void>;
}

export class AccountStore implements AccountStorage {
  readonly persistent = true;
  private constructor(private readonly db: IDBDatabase) {}

  static async open(): Promise<AccountStore> {
    return new AccountStore(
      await openDatabase(DB, 1, (db) => {
        db.createObjectStore(ACCOUNTS, { keyPath: 'username' });
        db.createObjectStore(META);
      }),
    );
  }

  get(username: string): Promise<StoredAccount | undefined> {
    return transaction(this.db, [ACCOUNTS], 'readonly', (tx) => done(tx.objectStore(ACCOUNTS).get(username) as IDBRequest<StoredAccount | undefined>));
  }

  put(account: StoredAccount): Promise<void> {
    return transaction(this.db, [ACCOUNTS], 'readwrite', async (tx) => void (await done(tx.objectStore(ACCOUNTS).put(account))));
  }

  /** Changes one account in place (token, known keys). */
  update(username: string, change: (account: StoredAccount) => void): Promise<void> {
    return transaction(this.db, [ACCOUNTS], 'readwrite', async (tx) => {
      const store = tx.objectStore(ACCOUNTS);
      const account = (await done(store.get(username))) as StoredAccount | undefined;
      if (!account) return;
      change(account);
      await done(store.put(account));
    });
  }

  /** Who signed in last with "stay signed in" (the page signs them in again on load). */
  async lastUser(site = ''): Promise<string | undefined> {
    return transaction(this.db, [META], 'readonly', (tx) => done(tx.objectStore(META).get(`last:${site}`) as IDBRequest<string | undefined>));
  }

  setLastUser(username: string | undefined, site = ''): Promise<void> {
    return transaction(this.db, [META], 'readwrite', async (tx) => {
      const store = tx.objectStore(META);
      if (username === undefined) await done(store.delete(`last:${site}`));
      else await done(store.put(username, `last:${site}`));
    });
  }
}

/**
 * Where the browser refuses storage to this page (a chat embedded from
 * another site, in a browser that blocks third-party storage, or a private
 * window): everything lives as long as the page. The key made here is new
 * at every load, so buddies see a new device each time; the widget says so
 * and offers its own window (first-party storage) instead.
 */
export class MemoryAccountStore implements AccountStorage {
  readonly persistent = false;
  private readonly accounts = new Map<string, StoredAccount>();
  private readonly last = new Map<string, string>();

  async get(username: string): Promise<StoredAccount | undefined> {
    return this.accounts.get(username);
  }

  async put(account: StoredAccount): Promise<void> {
    this.accounts.set(account.username, account);
  }

  async update(username: string, change: (account: StoredAccount) => void): Promise<void> {
    const account = this.accounts.get(username);
    if (account) change(account);
  }

  async lastUser(site = ''): Promise<string | undefined> {
    return this.last.get(site);
  }

  async setLastUser(username: string | undefined, site = ''): Promise<void> {
    if (username === undefined) this.last.delete(site);
    else this.last.set(site, username);
  }
}

/** IndexedDB if the browser allows it here, memory if not. */
export async function openAccountStorage(): Promise<AccountStorage> {
  try {
    return await AccountStore.open();
  } catch {
    return new MemoryAccountStore();
  }
}
