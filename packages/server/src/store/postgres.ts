// The cluster's store: PostgreSQL (node-postgres), shared by every node.
// The schema comes from postgres-schema.ts and is brought up to date at
// start. Every acknowledged write is one transaction (a single statement,
// or a function, so one round trip); PostgreSQL commits are synced to its
// write-ahead log before they return, and concurrent commits share the
// flush (its own group commit).
import pg from 'pg';
import type { Clock } from '@natter/io';
import { NodeError } from '../errors.js';
import { checkOfflineMessage } from '../offline-bounds.js';
import { migrate } from './postgres-schema.js';
import { PgNotifyStore } from './postgres-notify.js';
import type {
  AccountStore,
  NodeStore,
  OfflineOptions,
  OfflineQueue,
  OfflineRecord,
  RelationChange,
  RelationKind,
  RelationRecord,
  RelationStore,
  StoreExport,
  DeviceRecord,
  TokenRecord,
  UserRecord,
} from './types.js';

// bigint columns hold milliseconds and sequence numbers, all below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

interface UserRow {
  username: string;
  salt: string;
  hash: string;
  n: number;
  identity_key: string;
  created_at: number;
  site: string | null;
  devices: DeviceRecord[] | null;
}

const INSERT_USER = 'INSERT INTO users (username, salt, hash, n, identity_key, created_at, site, devices) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)';
/** A user's columns in INSERT_USER's order (and UPDATE's: username first). */
const userRow = (u: UserRecord) => [u.username, u.salt, u.hash, u.N, u.identityKey, u.createdAt, u.site ?? null, devicesJson(u)];

const toUser = (r: UserRow): UserRecord => ({
  username: r.username,
  salt: r.salt,
  hash: r.hash,
  N: r.n,
  identityKey: r.identity_key,
  createdAt: r.created_at,
  ...(r.site !== null && { site: r.site }),
  // An account from before devices: none recorded (devicesOf derives its one device).
  ...(r.devices && r.devices.length ? { devices: r.devices } : {}),
});

const devicesJson = (u: UserRecord) => JSON.stringify(u.devices ?? []);

/**
 * A database that is down, restarting or out of connections is
 * STORE_UNAVAILABLE, with its reason; any other error (a bug: a bad
 * query) stays what it is, and the client gets INTERNAL.
 */
function unavailable(err: unknown): never {
  if (err instanceof NodeError) throw err;
  const sqlState = (err as { code?: unknown }).code;
  const fromServer = typeof sqlState === 'string' && /^[0-9A-Z]{5}$/.test(sqlState);
  // SQLSTATE classes 08 (connection), 53 (resources), 57P (shutting down, starting).
  if (fromServer && !/^(08|53|57P)/.test(sqlState)) throw err;
  throw new NodeError('STORE_UNAVAILABLE', `the database did not answer: ${(err as Error).message}`);
}

export class Db {
  constructor(readonly pool: pg.Pool) {}

  async query<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<R[]> {
    try {
      return (await this.pool.query<R>(text, values)).rows;
    } catch (err) {
      return unavailable(err);
    }
  }

  /** `fn` in one transaction. */
  async transaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (err) {
      return unavailable(err);
    }
    try {
      await client.query('BEGIN');
      const out = await fn(client);
      await client.query('COMMIT');
      return out;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      return unavailable(err);
    } finally {
      client.release();
    }
  }
}

class PgAccounts implements AccountStore {
  constructor(private readonly db: Db) {}

  async getUser(username: string): Promise<UserRecord | undefined> {
    const [row] = await this.db.query<UserRow>('SELECT * FROM users WHERE username = $1', [username]);
    return row && toUser(row);
  }

  async getUsers(usernames: string[]): Promise<Array<UserRecord | undefined>> {
    if (!usernames.length) return [];
    const rows = await this.db.query<UserRow>('SELECT * FROM users WHERE username = ANY($1)', [usernames]);
    const by = new Map(rows.map((r) => [r.username, toUser(r)]));
    return usernames.map((name) => by.get(name));
  }

  async listUsers(): Promise<UserRecord[]> {
    return (await this.db.query<UserRow>('SELECT * FROM users ORDER BY username')).map(toUser);
  }

  async createUser(u: UserRecord): Promise<boolean> {
    const rows = await this.db.query(
      `${INSERT_USER} ON CONFLICT (username) DO NOTHING RETURNING username`,
      userRow(u),
    );
    return rows.length === 1;
  }

  async updateUser(u: UserRecord): Promise<void> {
    await this.db.query('UPDATE users SET salt = $2, hash = $3, n = $4, identity_key = $5, created_at = $6, site = $7, devices = $8 WHERE username = $1', userRow(u));
  }

  async deleteUser(username: string): Promise<void> {
    await this.db.query('WITH t AS (DELETE FROM tokens WHERE username = $1) DELETE FROM users WHERE username = $1', [username]);
  }

  async getToken(id: string): Promise<TokenRecord | undefined> {
    const [row] = await this.db.query<{ username: string; expires_at: number }>('SELECT username, expires_at FROM tokens WHERE id = $1', [id]);
    return row && { username: row.username, expiresAt: row.expires_at };
  }

  async addToken(username: string, id: string, expiresAt: number, keep: number): Promise<void> {
    // One statement: the insert, and the user's oldest beyond `keep` go (the
    // subquery sees the tokens before the insert, hence keep - 1).
    await this.db.query(
      `WITH added AS (INSERT INTO tokens (id, username, expires_at) VALUES ($2, $1, $3))
       DELETE FROM tokens WHERE id IN (SELECT id FROM tokens WHERE username = $1 ORDER BY expires_at DESC OFFSET $4)`,
      [username, id, expiresAt, Math.max(0, keep - 1)],
    );
  }

  async revokeToken(username: string, id: string): Promise<void> {
    await this.db.query('DELETE FROM tokens WHERE id = $1 AND username = $2', [id, username]);
  }

  async revokeTokens(username: string): Promise<void> {
    await this.db.query('DELETE FROM tokens WHERE username = $1', [username]);
  }
}

interface RelationRow {
  other: string;
  kind: RelationKind;
  message: string | null;
  since: number;
}

const toRelation = (r: RelationRow): RelationRecord => ({ kind: r.kind, ...(r.message !== null && { message: r.message }), since: r.since });

class PgRelations implements RelationStore {
  constructor(private readonly db: Db) {}

  async relation(owner: string, other: string): Promise<RelationRecord | undefined> {
    const [row] = await this.db.query<RelationRow>('SELECT other, kind, message, since FROM relations WHERE owner = $1 AND other = $2', [owner, other]);
    return row && toRelation(row);
  }

  async relations(owner: string): Promise<Array<[string, RelationRecord]>> {
    const rows = await this.db.query<RelationRow>('SELECT other, kind, message, since FROM relations WHERE owner = $1 ORDER BY other COLLATE "C"', [owner]);
    return rows.map((r) => [r.other, toRelation(r)]);
  }

  async countRelations(owner: string, kind?: RelationKind): Promise<number> {
    const [row] = kind
      ? await this.db.query<{ n: number }>('SELECT count(*) AS n FROM relations WHERE owner = $1 AND kind = $2', [owner, kind])
      : await this.db.query<{ n: number }>('SELECT count(*) AS n FROM relations WHERE owner = $1', [owner]);
    return row!.n;
  }

  async hasBlocked(owner: string, other: string): Promise<boolean> {
    return (await this.db.query('SELECT 1 FROM blocks WHERE owner = $1 AND other = $2', [owner, other])).length > 0;
  }

  async blocks(owner: string): Promise<string[]> {
    return (await this.db.query<{ other: string }>('SELECT other FROM blocks WHERE owner = $1 ORDER BY other COLLATE "C"', [owner])).map((r) => r.other);
  }

  async blockersOf(user: string): Promise<string[]> {
    return (await this.db.query<{ owner: string }>('SELECT owner FROM blocks WHERE other = $1 ORDER BY owner COLLATE "C"', [user])).map((r) => r.owner);
  }

  async apply(changes: RelationChange[]): Promise<void> {
    if (!changes.length) return;
    await this.db.transaction(async (client) => {
      for (const c of changes) {
        switch (c.op) {
          case 'put':
            await client.query(
              `INSERT INTO relations (owner, other, kind, message, since) VALUES ($1, $2, $3, $4, $5)
               ON CONFLICT (owner, other) DO UPDATE SET kind = EXCLUDED.kind, message = EXCLUDED.message, since = EXCLUDED.since`,
              [c.owner, c.other, c.record.kind, c.record.message ?? null, c.record.since],
            );
            break;
          case 'delete':
            await client.query('DELETE FROM relations WHERE owner = $1 AND other = $2', [c.owner, c.other]);
            break;
          case 'block':
            await client.query('INSERT INTO blocks (owner, other, since) VALUES ($1, $2, $3) ON CONFLICT (owner, other) DO UPDATE SET since = EXCLUDED.since', [
              c.owner,
              c.other,
              c.since,
            ]);
            break;
          case 'unblock':
            await client.query('DELETE FROM blocks WHERE owner = $1 AND other = $2', [c.owner, c.other]);
            break;
        }
      }
    });
  }
}

interface OfflineRow {
  seq: number;
  recipient: string;
  sender: string;
  message_id: string;
  sealed: Buffer;
  sent_at: number;
  stored_at: number;
  expires_at: number;
  size: number;
}

const toOffline = (r: OfflineRow): OfflineRecord => ({
  seq: r.seq,
  to: r.recipient,
  from: r.sender,
  messageId: r.message_id,
  sealed: r.sealed.toString('base64'),
  sentAt: r.sent_at,
  storedAt: r.stored_at,
  expiresAt: r.expires_at,
  size: r.size,
});

class PgOfflineQueue implements OfflineQueue {
  /** The last store still running for each recipient. */
  private readonly putting = new Map<string, Promise<void>>();
  readonly maxMessages: number;
  readonly maxBytes: number;
  readonly ttlMs: number;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    options: OfflineOptions,
  ) {
    this.maxMessages = options.maxMessages ?? 1000;
    this.maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
    this.ttlMs = options.ttlMs ?? 30 * 24 * 3600 * 1000;
  }

  /**
   * Stores for one recipient go to the database one after another (their
   * order is the order of put() calls, OfflineQueue.put); the database
   * function serialises them across nodes too (a lock per recipient).
   */
  put(from: string, to: string, messageId: Uint8Array, sealed: Uint8Array, sentAt: number): Promise<OfflineRecord & { duplicate: boolean }> {
    const before = this.putting.get(to) ?? Promise.resolve();
    const next = before.then(() => this.putNow(from, to, messageId, sealed, sentAt));
    const done = next.then(
      () => undefined,
      () => undefined,
    );
    this.putting.set(to, done);
    void done.then(() => {
      if (this.putting.get(to) === done) this.putting.delete(to);
    });
    return next;
  }

  private async putNow(from: string, to: string, messageId: Uint8Array, sealed: Uint8Array, sentAt: number): Promise<OfflineRecord & { duplicate: boolean }> {
    checkOfflineMessage(messageId, sealed);
    const id = Buffer.from(messageId).toString('base64');
    const [row] = await this.db.query<{ status: string; seq: number; stored_at: number; expires_at: number; sent_at: number }>(
      'SELECT * FROM natter_offline_put($1, $2, $3, $4, $5, $6, $7, $8, $9)',
      [to, from, id, Buffer.from(sealed), sentAt, this.clock.now(), this.ttlMs, this.maxMessages, this.maxBytes],
    );
    if (row!.status === 'quota') throw new NodeError('OFFLINE_QUOTA', `${to}'s offline queue is full; try again after they come online`);
    const duplicate = row!.status === 'duplicate';
    // A duplicate answers with the first copy's times; its bytes are the first copy's too (the same message).
    return {
      seq: row!.seq,
      to,
      from,
      messageId: id,
      sealed: Buffer.from(sealed).toString('base64'),
      sentAt: row!.sent_at,
      storedAt: row!.stored_at,
      expiresAt: row!.expires_at,
      size: sealed.length,
      duplicate,
    };
  }

  async hasQueued(to: string): Promise<boolean> {
    return (await this.db.query('SELECT 1 FROM offline_messages WHERE recipient = $1 LIMIT 1', [to])).length > 0;
  }

  async pending(to: string, limit = 500): Promise<OfflineRecord[]> {
    const rows = await this.db.query<OfflineRow>(
      `SELECT * FROM offline_messages WHERE recipient = $1 AND expires_at > $2 ORDER BY seq ${Number.isFinite(limit) ? 'LIMIT $3' : ''}`,
      Number.isFinite(limit) ? [to, this.clock.now(), limit] : [to, this.clock.now()],
    );
    return rows.map(toOffline);
  }

  async ack(to: string, seqs: number[]): Promise<number> {
    const wanted = [...new Set(seqs)].filter((s) => Number.isSafeInteger(s) && s > 0);
    if (!wanted.length) return 0;
    return (await this.db.query('DELETE FROM offline_messages WHERE recipient = $1 AND seq = ANY($2) RETURNING seq', [to, wanted])).length;
  }

  async purge(user: string): Promise<void> {
    await this.db.query('DELETE FROM offline_messages WHERE recipient = $1', [user]);
  }

  async sweep(): Promise<number> {
    return (await this.db.query('DELETE FROM offline_messages WHERE expires_at <= $1 RETURNING seq', [this.clock.now()])).length;
  }

  async depth(): Promise<number> {
    const [row] = await this.db.query<{ n: number }>('SELECT count(*) AS n FROM offline_messages');
    return row!.n;
  }
}

export interface PostgresStoreOptions {
  /** postgres://user:password@host:port/database */
  url: string;
  clock: Clock;
  offline?: OfflineOptions;
  /** Connections in the pool (default 10). */
  poolSize?: number;
}

export class PostgresStore implements NodeStore {
  readonly kind = 'postgres';
  readonly accounts: AccountStore;
  readonly relations: RelationStore;
  readonly offline: OfflineQueue;
  readonly notify: PgNotifyStore;
  private readonly db: Db;

  private constructor(
    private readonly pool: pg.Pool,
    clock: Clock,
    offline: OfflineOptions,
    /** Schema versions this start applied. */
    readonly migrated: number[],
  ) {
    this.db = new Db(pool);
    this.accounts = new PgAccounts(this.db);
    this.relations = new PgRelations(this.db);
    this.offline = new PgOfflineQueue(this.db, clock, offline);
    this.notify = new PgNotifyStore(this.db);
  }

  /** Connects and brings the schema up to date (CONFIG_INVALID when the database cannot be reached). */
  static async open(options: PostgresStoreOptions): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10, connectionTimeoutMillis: 5000 });
    // An idle connection that breaks (the server restarted) must not crash the node.
    pool.on('error', () => undefined);
    let migrated: number[];
    try {
      const client = await pool.connect();
      try {
        migrated = await migrate(client);
      } finally {
        client.release();
      }
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw new NodeError('CONFIG_INVALID', `cannot use the PostgreSQL store ${redact(options.url)}: ${(err as Error).message}`);
    }
    return new PostgresStore(pool, options.clock, options.offline ?? {}, migrated);
  }

  async exportAll(): Promise<StoreExport> {
    const q = <R extends pg.QueryResultRow>(sql: string) => this.db.query<R>(sql);
    return {
      users: (await q<UserRow>('SELECT * FROM users ORDER BY username')).map(toUser),
      tokens: (await q<{ id: string; username: string; expires_at: number }>('SELECT * FROM tokens')).map((r) => ({ id: r.id, username: r.username, expiresAt: r.expires_at })),
      relations: (await q<RelationRow & { owner: string }>('SELECT * FROM relations')).map((r) => ({ owner: r.owner, other: r.other, record: toRelation(r) })),
      blocks: await q<{ owner: string; other: string; since: number }>('SELECT owner, other, since FROM blocks'),
      offline: (await q<OfflineRow>('SELECT * FROM offline_messages ORDER BY seq')).map(toOffline),
      notify: await this.notify.exportAll(),
    };
  }

  async importAll(data: StoreExport): Promise<void> {
    await this.db.transaction(async (client) => {
      for (const u of data.users) {
        await client.query(INSERT_USER, userRow(u));
      }
      for (const t of data.tokens) await client.query('INSERT INTO tokens (id, username, expires_at) VALUES ($1, $2, $3)', [t.id, t.username, t.expiresAt]);
      for (const r of data.relations) {
        await client.query('INSERT INTO relations (owner, other, kind, message, since) VALUES ($1, $2, $3, $4, $5)', [r.owner, r.other, r.record.kind, r.record.message ?? null, r.record.since]);
      }
      for (const b of data.blocks) await client.query('INSERT INTO blocks (owner, other, since) VALUES ($1, $2, $3)', [b.owner, b.other, b.since]);
      for (const m of data.offline) {
        await client.query(
          'INSERT INTO offline_messages (seq, recipient, sender, message_id, sealed, sent_at, stored_at, expires_at, size) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
          [m.seq, m.to, m.from, m.messageId, Buffer.from(m.sealed, 'base64'), m.sentAt, m.storedAt, m.expiresAt, m.size],
        );
      }
      // New messages are numbered after the imported ones.
      await client.query(`SELECT setval(pg_get_serial_sequence('offline_messages', 'seq'), GREATEST((SELECT max(seq) FROM offline_messages), 1))`);
    });
    await this.notify.importAll(data.notify);
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

/** The URL without its password, for messages and logs. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}
