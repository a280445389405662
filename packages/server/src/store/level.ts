// The single node's store: one LevelDB in the data directory, each kind of
// record in its own sublevel (the layout every natter node has used, so a
// data directory from an earlier version opens as it is).
//
// Point reads (a user, a token, a relation) are synchronous (getSync): they
// are answered from LevelDB's memory and the OS page cache in microseconds,
// while an asynchronous read is a round trip through libuv's thread pool
// that costs the event loop tens of microseconds and a thread wake-up on
// each side (measured: test/bench/server-offline.bench.ts and the reconnect
// storm of server-presence.bench.ts). Scans and writes stay asynchronous.
import { Level } from 'level';
import type { AbstractSublevel } from 'abstract-level';
import { chmodSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '@natter/io';
import { GroupCommit } from '../group-commit.js';
import { LevelOfflineQueue } from './level-offline.js';
import { LevelNotifyStore } from './level-notify.js';
import type {
  AccountStore,
  NodeStore,
  OfflineOptions,
  OfflineRecord,
  RelationChange,
  RelationKind,
  RelationRecord,
  RelationStore,
  StoreExport,
  TokenRecord,
  UserRecord,
} from './types.js';

export type Sub<V> = AbstractSublevel<Level<string, unknown>, string | Buffer | Uint8Array, string, V>;

// \x00 never occurs in a username (USERNAME_INVALID), so "a\x00b" keys sort
// all of a's records together and prefix scans are exact.
export const SEP = '\x00';
export const pairKey = (a: string, b: string) => `${a}${SEP}${b}`;
export const prefixRange = (p: string) => ({ gt: `${p}${SEP}`, lt: `${p}${SEP}\xff` });

export type StoreOp = { type: 'put'; sublevel: Sub<any>; key: string; value: unknown } | { type: 'del'; sublevel: Sub<any>; key: string };

/** The sublevels, and the two ways of writing to them. */
export class LevelTables {
  readonly db: Level<string, unknown>;
  readonly users: Sub<UserRecord>;
  readonly tokens: Sub<TokenRecord>;
  /** tokens by user, to revoke them all and keep only the newest. */
  readonly userTokens: Sub<number>;
  readonly relations: Sub<RelationRecord>;
  readonly blocks: Sub<number>;
  readonly offline: Sub<OfflineRecord>;
  /** (to, from, message id) -> seq key: makes OfflineStore idempotent. */
  readonly offlineIds: Sub<string>;
  readonly meta: Sub<number>;
  private readonly group = new GroupCommit<StoreOp>((ops) => this.commit(ops));
  /** Unsynced writes batched the same way (a reconnect storm's token writes: one batch for many logins). */
  private readonly unsynced = new GroupCommit<StoreOp>((ops) => this.db.batch(ops as never));

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    this.db = new Level<string, unknown>(dir, { valueEncoding: 'json' });
    const sub = <V>(name: string): Sub<V> => this.db.sublevel<string, V>(name, { valueEncoding: 'json' });
    this.users = sub('users');
    this.tokens = sub('tokens');
    this.userTokens = sub('user-tokens');
    this.relations = sub('relations');
    this.blocks = sub('blocks');
    this.offline = sub('offline');
    this.offlineIds = sub('offline-ids');
    this.meta = sub('meta');
  }

  /**
   * Applies writes atomically and synced to disk (fsync) before resolving:
   * wherever an answer promises durability.
   */
  async commit(ops: StoreOp[]): Promise<void> {
    // Sublevel operations inside a parent batch are atomic (abstract-level);
    // `sync` is classic-level's option, passed through.
    await this.db.batch(ops as never, { sync: true });
  }

  /** Like commit, but sharing a synced write with concurrent callers (group-commit.ts). */
  commitGrouped(ops: StoreOp[]): Promise<void> {
    return this.group.commit(ops);
  }

  /** Applies writes atomically without waiting for the disk (in one batch with concurrent ones). */
  write(ops: StoreOp[]): Promise<void> {
    return this.unsynced.commit(ops);
  }

  /** All [key, value] pairs of a sublevel under `owner\x00`. */
  async scan<V>(sub: Sub<V>, owner: string): Promise<Array<[string, V]>> {
    // all(): one read of up to 1000 entries, where iterating entry by entry costs two.
    return sub.iterator(prefixRange(owner)).all();
  }
}

/** A synchronous read as the store interface's promise (a failure rejects it, as an asynchronous read would). */
function read<T>(fn: () => T): Promise<T> {
  try {
    return Promise.resolve(fn());
  } catch (err) {
    return Promise.reject(err);
  }
}

class LevelAccounts implements AccountStore {
  /** Names whose creation is between "is it free?" and the write. */
  private readonly creating = new Set<string>();

  constructor(private readonly t: LevelTables) {}

  getUser(username: string): Promise<UserRecord | undefined> {
    return read(() => this.t.users.getSync(username));
  }

  getUsers(usernames: string[]): Promise<Array<UserRecord | undefined>> {
    return read(() => usernames.map((name) => this.t.users.getSync(name)));
  }

  async listUsers(): Promise<UserRecord[]> {
    return this.t.users.values().all();
  }

  async createUser(record: UserRecord): Promise<boolean> {
    // Two creations of one name in flight would both find it free.
    if (this.creating.has(record.username)) return false;
    this.creating.add(record.username);
    try {
      if (this.t.users.getSync(record.username)) return false;
      await this.t.commit([{ type: 'put', sublevel: this.t.users, key: record.username, value: record }]);
      return true;
    } finally {
      this.creating.delete(record.username);
    }
  }

  async updateUser(record: UserRecord): Promise<void> {
    await this.t.commit([{ type: 'put', sublevel: this.t.users, key: record.username, value: record }]);
  }

  async deleteUser(username: string): Promise<void> {
    await this.revokeTokens(username);
    await this.t.commit([{ type: 'del', sublevel: this.t.users, key: username }]);
  }

  getToken(id: string): Promise<TokenRecord | undefined> {
    return read(() => this.t.tokens.getSync(id));
  }

  async addToken(username: string, id: string, expiresAt: number, keep: number): Promise<void> {
    const mine = (await this.t.scan(this.t.userTokens, username)).sort((a, b) => b[1] - a[1]);
    const ops: StoreOp[] = [
      { type: 'put', sublevel: this.t.tokens, key: id, value: { username, expiresAt } },
      { type: 'put', sublevel: this.t.userTokens, key: pairKey(username, id), value: expiresAt },
    ];
    for (const [k] of mine.slice(keep - 1)) {
      ops.push({ type: 'del', sublevel: this.t.userTokens, key: k }, { type: 'del', sublevel: this.t.tokens, key: k.slice(username.length + 1) });
    }
    await this.t.write(ops);
  }

  async revokeToken(username: string, id: string): Promise<void> {
    const rec = this.t.tokens.getSync(id);
    if (rec?.username !== username) return;
    await this.t.commit([
      { type: 'del', sublevel: this.t.tokens, key: id },
      { type: 'del', sublevel: this.t.userTokens, key: pairKey(username, id) },
    ]);
  }

  async revokeTokens(username: string): Promise<void> {
    const ops: StoreOp[] = [];
    for (const [k] of await this.t.scan(this.t.userTokens, username)) {
      ops.push({ type: 'del', sublevel: this.t.userTokens, key: k }, { type: 'del', sublevel: this.t.tokens, key: k.slice(username.length + 1) });
    }
    if (ops.length) await this.t.commit(ops);
  }
}

class LevelRelations implements RelationStore {
  /**
   * Owners who may have blocks (read at start, added to by every block):
   * every login lists the user's blocks, and most users have none, so for
   * them no scan (an iterator costs more than the rest of the listing).
   */
  private readonly blockOwners = new Set<string>();

  constructor(private readonly t: LevelTables) {}

  async init(): Promise<void> {
    for await (const key of this.t.blocks.keys()) this.blockOwners.add(key.slice(0, key.indexOf(SEP)));
  }

  relation(owner: string, other: string): Promise<RelationRecord | undefined> {
    return read(() => this.t.relations.getSync(pairKey(owner, other)));
  }

  async relations(owner: string): Promise<Array<[string, RelationRecord]>> {
    return (await this.t.scan(this.t.relations, owner)).map(([k, rec]) => [k.slice(owner.length + 1), rec]);
  }

  async countRelations(owner: string, kind?: RelationKind): Promise<number> {
    if (!kind) return (await this.t.relations.keys(prefixRange(owner)).all()).length;
    return (await this.t.scan(this.t.relations, owner)).filter(([, rec]) => rec.kind === kind).length;
  }

  hasBlocked(owner: string, other: string): Promise<boolean> {
    return read(() => this.blockOwners.has(owner) && this.t.blocks.getSync(pairKey(owner, other)) !== undefined);
  }

  async blocks(owner: string): Promise<string[]> {
    if (!this.blockOwners.has(owner)) return [];
    return (await this.t.blocks.keys(prefixRange(owner)).all()).map((k) => k.slice(owner.length + 1));
  }

  async blockersOf(user: string): Promise<string[]> {
    const out: string[] = [];
    for await (const k of this.t.blocks.keys()) if (k.endsWith(`${SEP}${user}`)) out.push(k.slice(0, k.length - user.length - 1));
    return out;
  }

  async apply(changes: RelationChange[]): Promise<void> {
    if (!changes.length) return;
    for (const c of changes) if (c.op === 'block') this.blockOwners.add(c.owner);
    await this.t.commit(
      changes.map((c): StoreOp => {
        const key = pairKey(c.owner, c.other);
        switch (c.op) {
          case 'put':
            return { type: 'put', sublevel: this.t.relations, key, value: c.record };
          case 'delete':
            return { type: 'del', sublevel: this.t.relations, key };
          case 'block':
            return { type: 'put', sublevel: this.t.blocks, key, value: c.since };
          case 'unblock':
            return { type: 'del', sublevel: this.t.blocks, key };
        }
      }),
    );
  }
}

export class LevelStore implements NodeStore {
  readonly kind = 'leveldb';
  readonly accounts: AccountStore;
  readonly relations: LevelRelations;
  readonly offline: LevelOfflineQueue;
  readonly notify: LevelNotifyStore;

  private constructor(readonly tables: LevelTables, clock: Clock, offline: OfflineOptions) {
    this.accounts = new LevelAccounts(tables);
    this.relations = new LevelRelations(tables);
    this.offline = new LevelOfflineQueue(tables, clock, offline);
    this.notify = new LevelNotifyStore(tables.db);
  }

  /** Opens (or creates) the store in `dir`, owner-only. */
  static async open(dir: string, clock: Clock, offline: OfflineOptions = {}): Promise<LevelStore> {
    const tables = new LevelTables(dir);
    await tables.db.open();
    restrictToOwner(dir);
    const store = new LevelStore(tables, clock, offline);
    try {
      await store.relations.init();
      await store.offline.init();
      await store.notify.init();
    } catch (err) {
      await tables.db.close();
      throw err;
    }
    return store;
  }

  async exportAll(): Promise<StoreExport> {
    const t = this.tables;
    const split = (k: string) => {
      const i = k.indexOf(SEP);
      return [k.slice(0, i), k.slice(i + 1)] as const;
    };
    return {
      users: await t.users.values().all(),
      tokens: (await t.tokens.iterator().all()).map(([id, rec]) => ({ id, ...rec })),
      relations: (await t.relations.iterator().all()).map(([k, record]) => {
        const [owner, other] = split(k);
        return { owner, other, record };
      }),
      blocks: (await t.blocks.iterator().all()).map(([k, since]) => {
        const [owner, other] = split(k);
        return { owner, other, since };
      }),
      offline: await t.offline.values().all(),
      notify: await this.notify.exportAll(),
    };
  }

  async importAll(data: StoreExport): Promise<void> {
    const t = this.tables;
    const ops: StoreOp[] = [
      ...data.users.map((u): StoreOp => ({ type: 'put', sublevel: t.users, key: u.username, value: u })),
      ...data.tokens.flatMap(({ id, username, expiresAt }): StoreOp[] => [
        { type: 'put', sublevel: t.tokens, key: id, value: { username, expiresAt } },
        { type: 'put', sublevel: t.userTokens, key: pairKey(username, id), value: expiresAt },
      ]),
      ...data.relations.map((r): StoreOp => ({ type: 'put', sublevel: t.relations, key: pairKey(r.owner, r.other), value: r.record })),
      ...data.blocks.map((b): StoreOp => ({ type: 'put', sublevel: t.blocks, key: pairKey(b.owner, b.other), value: b.since })),
    ];
    await t.commit(ops);
    await this.relations.init();
    for (const rec of data.offline) await this.offline.importRecord(rec);
    await this.notify.importAll(data.notify);
  }

  close(): Promise<void> {
    return this.tables.db.close();
  }
}

/**
 * The data directory holds password hashes, token hashes and the node's
 * TLS key: only its owner may read it. mkdir's mode applies only on
 * creation, and LevelDB makes its files with the umask's mode, so this
 * runs at every start (a copied or restored directory is fixed too).
 */
export function restrictToOwner(dir: string): void {
  chmodSync(dir, 0o700);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile()) chmodSync(join(dir, entry.name), 0o600);
  }
}
