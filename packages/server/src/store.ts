// The node's durable state in one LevelDB: users, resume tokens, buddy
// relations, blocks and the offline queue, each in its own sublevel.
import { Level } from 'level';
import type { AbstractSublevel } from 'abstract-level';
import { chmodSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface UserRecord {
  username: string;
  /** scrypt parameters and output, base64. */
  salt: string;
  hash: string;
  N: number;
  identityKey: string; // base64 Ed25519 public key
  createdAt: number;
  /** The registered site whose tokens sign this user in (sites.ts); such an account has no password (hash ''). */
  site?: string;
}

export interface TokenRecord {
  username: string;
  expiresAt: number;
}

/** A directed relation: what `owner` has with `other`. */
export type RelationKind = 'buddy' | 'outgoing' | 'incoming';
export interface RelationRecord {
  kind: RelationKind;
  message?: string;
  since: number;
}

export interface OfflineRecord {
  seq: number;
  to: string;
  from: string;
  messageId: string; // base64
  sealed: string; // base64
  sentAt: number;
  storedAt: number;
  expiresAt: number;
  size: number;
}

export type Sub<V> = AbstractSublevel<Level<string, unknown>, string | Buffer | Uint8Array, string, V>;

// \x00 never occurs in a username (USERNAME_INVALID), so "a\x00b" keys sort
// all of a's records together and prefix scans are exact.
export const SEP = '\x00';
export const pairKey = (a: string, b: string) => `${a}${SEP}${b}`;
export const prefixRange = (p: string) => ({ gt: `${p}${SEP}`, lt: `${p}${SEP}\xff` });

export type StoreOp =
  | { type: 'put'; sublevel: Sub<any>; key: string; value: unknown }
  | { type: 'del'; sublevel: Sub<any>; key: string };

export class NodeStore {
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

  async open(): Promise<void> {
    await this.db.open();
    restrictToOwner(this.dir);
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  /**
   * Applies writes atomically and synced to disk (fsync) before resolving:
   * used wherever an answer promises durability (a stored offline message,
   * a registered account).
   */
  async commit(ops: StoreOp[]): Promise<void> {
    // Sublevel operations inside a parent batch are atomic (abstract-level);
    // `sync` is classic-level's option, passed through.
    await this.db.batch(ops as never, { sync: true });
  }

  /** All [key, value] pairs of a sublevel under `owner\x00`. */
  async scan<V>(sub: Sub<V>, owner: string): Promise<Array<[string, V]>> {
    // all(): one read of up to 1000 entries, where iterating entry by entry costs two.
    return sub.iterator(prefixRange(owner)).all();
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
