// The node's durable state behind one interface, with two implementations:
// LevelDB in the data directory (a single node, the default) and
// PostgreSQL (a cluster: every node on the same database). One compliance
// suite runs against both (packages/server/test/store-compliance.ts).
//
// Every method that changes state resolves only once the change is
// durable (LevelDB: a synced batch; PostgreSQL: a committed transaction),
// except where a method says otherwise.
import type { ChannelRecord, NotifyPrefs, NotifyStore } from './notify-types.js';

export type { NotifyStore } from './notify-types.js';

export interface UserRecord {
  username: string;
  /** scrypt parameters and output, base64. */
  salt: string;
  hash: string;
  N: number;
  identityKey: string; // base64 Ed25519 public key ('' until the first login of an operator-made account)
  createdAt: number;
  /** The registered site whose tokens sign this user in (sites.ts); such an account has no password (hash ''). */
  site?: string;
  /** The user's devices (docs/protocol.md, "Devices"); absent in records made before devices. */
  devices?: DeviceRecord[];
}

/** One device of a user: at most MAX_DEVICES (packages/wire) per user. */
export interface DeviceRecord {
  /** 16 bytes, hex. */
  id: string;
  name: string;
  /** Base64 Ed25519 public key. */
  identityKey: string;
  /** Base64 of the encoded DeviceCertificate; absent for a device of a client that sent none. */
  certificate?: string;
  state: 'active' | 'pending';
  /** The root of the set: its certificate is self-signed. */
  root?: boolean;
  createdAt: number;
  lastSeen: number;
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

/** Accounts and resume tokens. */
export interface AccountStore {
  getUser(username: string): Promise<UserRecord | undefined>;
  /** Several records in one read, in the order of `usernames`. */
  getUsers(usernames: string[]): Promise<Array<UserRecord | undefined>>;
  listUsers(): Promise<UserRecord[]>;
  /** Creates the account; false (and nothing written) when the name is taken. */
  createUser(record: UserRecord): Promise<boolean>;
  /** Replaces an existing account's record (a new password, a new identity key). */
  updateUser(record: UserRecord): Promise<void>;
  /** Deletes the account and its tokens. */
  deleteUser(username: string): Promise<void>;

  getToken(id: string): Promise<TokenRecord | undefined>;
  /**
   * Adds a token and keeps only the newest `keep` of the user's. Not
   * necessarily synced: a lost token costs its client a password login.
   */
  addToken(username: string, id: string, expiresAt: number, keep: number): Promise<void>;
  /** Revokes one token, only if it is `username`'s. */
  revokeToken(username: string, id: string): Promise<void>;
  revokeTokens(username: string): Promise<void>;
}

/** One change to relations or blocks; a list of them is applied atomically. */
export type RelationChange =
  | { op: 'put'; owner: string; other: string; record: RelationRecord }
  | { op: 'delete'; owner: string; other: string }
  | { op: 'block'; owner: string; other: string; since: number }
  | { op: 'unblock'; owner: string; other: string };

/** Buddy relations (one record per direction) and blocks. */
export interface RelationStore {
  relation(owner: string, other: string): Promise<RelationRecord | undefined>;
  /** Every relation of `owner`, ordered by the other's name. */
  relations(owner: string): Promise<Array<[string, RelationRecord]>>;
  countRelations(owner: string, kind?: RelationKind): Promise<number>;
  hasBlocked(owner: string, other: string): Promise<boolean>;
  /** The names `owner` has blocked, ordered. */
  blocks(owner: string): Promise<string[]>;
  /** Who has blocked `user`. */
  blockersOf(user: string): Promise<string[]>;
  apply(changes: RelationChange[]): Promise<void>;
}

export interface OfflineOptions {
  /** Per recipient. */
  maxMessages?: number;
  maxBytes?: number;
  ttlMs?: number;
}

/** Sealed messages for recipients who are away. */
export interface OfflineQueue {
  readonly maxMessages: number;
  readonly maxBytes: number;
  readonly ttlMs: number;
  /**
   * Stores a message durably (OFFLINE_TOO_LARGE, OFFLINE_QUOTA). A retry
   * with the same (from, messageId) returns the first copy's record, marked
   * as a duplicate. A message's place is taken when put() is called: calls
   * that overlap (a connection's pipelined stores, handlers/offline.ts) are
   * stored in call order, before the first has resolved.
   */
  put(from: string, to: string, messageId: Uint8Array, sealed: Uint8Array, sentAt: number): Promise<OfflineRecord & { duplicate: boolean }>;
  /** Whether anything may be waiting for `to` (cheap; may say yes for expired ones). */
  hasQueued(to: string): Promise<boolean>;
  /** Waiting messages for `to`, oldest first, expired ones left out. */
  pending(to: string, limit?: number): Promise<OfflineRecord[]>;
  /** Deletes acknowledged messages, only the recipient's own; returns how many. */
  ack(to: string, seqs: number[]): Promise<number>;
  /** Deletes everything addressed to `user` (account deletion). */
  purge(user: string): Promise<void>;
  /** Deletes expired messages; returns how many. */
  sweep(): Promise<number>;
  /** Messages waiting across all recipients (for /metrics). */
  depth(): Promise<number>;
}

/** Everything a store holds, record by record: `natter admin migrate` copies it from one store to another. */
export interface StoreExport {
  users: UserRecord[];
  tokens: Array<TokenRecord & { id: string }>;
  relations: Array<{ owner: string; other: string; record: RelationRecord }>;
  blocks: Array<{ owner: string; other: string; since: number }>;
  offline: OfflineRecord[];
  /** Extended delivery: channels and settings (notify-types.ts). */
  notify: { channels: ChannelRecord[]; prefs: NotifyPrefs[] };
}

export interface NodeStore {
  /** 'leveldb' or 'postgres': what operators see in logs and /healthz. */
  readonly kind: 'leveldb' | 'postgres';
  readonly accounts: AccountStore;
  readonly relations: RelationStore;
  readonly offline: OfflineQueue;
  /** Extended delivery: channels, settings, the notification schedule and the outbound queue (notify-types.ts). */
  readonly notify: NotifyStore;
  /** Every record (for a migration). */
  exportAll(): Promise<StoreExport>;
  /** Adds every record of an export (into an empty store). */
  importAll(data: StoreExport): Promise<void>;
  close(): Promise<void>;
}
