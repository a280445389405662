// The single node's offline queue on LevelDB: sealed messages for buddies
// who are not online, kept durably until the recipient acknowledges them or
// they expire. Quota usage per recipient, and a hash of each queued
// message's (sender, id), are kept in memory (read once at start): one node
// owns the data directory, so a store costs no read before its synced write
// (every LevelDB read is a round trip through libuv's thread pool; three of
// them per store cost more than the write, test/bench/server-offline.bench.ts).
import type { Clock } from '@natter/io';
import { NodeError } from '../errors.js';
import { checkOfflineMessage } from '../offline-bounds.js';
import { pairKey, type LevelTables, type StoreOp } from './level.js';
import type { OfflineOptions, OfflineQueue, OfflineRecord } from './types.js';

const seqKey = (to: string, seq: number) => pairKey(to, seq.toString(16).padStart(13, '0'));
/** (to, from, message id in base64) -> the key of its entry in offlineIds. */
const idKeyOf = (to: string, from: string, messageId: string) => `${pairKey(to, from)}\x00${messageId}`;

/**
 * 32-bit FNV-1a of a string's UTF-16 code units: a filter, not an identity.
 * Equal hashes send a store to the disk to compare the real ids; different
 * hashes prove the message is new.
 */
export function idHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One recipient's queue as counted in memory. */
interface Usage {
  count: number;
  bytes: number;
  /** idHash of each queued message's idKey -> how many queued messages have that hash. */
  ids: Map<number, number>;
}

export class LevelOfflineQueue implements OfflineQueue {
  private seq = 0;
  private readonly usage = new Map<string, Usage>();
  private total = 0;
  /** Acknowledgements are serialised, so a message acknowledged twice at once is counted off once. */
  private chain: Promise<unknown> = Promise.resolve();
  /** Stores on their way to the disk, by (to, from, message id). */
  private readonly storing = new Map<string, Promise<OfflineRecord & { duplicate: boolean }>>();
  readonly maxMessages: number;
  readonly maxBytes: number;
  readonly ttlMs: number;

  constructor(
    private readonly store: LevelTables,
    private readonly clock: Clock,
    options: OfflineOptions = {},
  ) {
    this.maxMessages = options.maxMessages ?? 1000;
    this.maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
    this.ttlMs = options.ttlMs ?? 30 * 24 * 3600 * 1000;
  }

  /** Reads the sequence counter and per-recipient usage once at start. */
  async init(): Promise<void> {
    this.seq = (await this.store.meta.get('offline-seq')) ?? 0;
    for await (const rec of this.store.offline.values()) {
      this.count(rec);
      if (rec.seq > this.seq) this.seq = rec.seq;
    }
  }

  private usageOf(to: string): Usage {
    let u = this.usage.get(to);
    if (!u) this.usage.set(to, (u = { count: 0, bytes: 0, ids: new Map() }));
    return u;
  }

  /** A queued record enters the in-memory counts. */
  private count(rec: OfflineRecord): void {
    const u = this.usageOf(rec.to);
    u.count++;
    u.bytes += rec.size;
    const h = idHash(idKeyOf(rec.to, rec.from, rec.messageId));
    u.ids.set(h, (u.ids.get(h) ?? 0) + 1);
    this.total++;
  }

  /** A record leaves them (acknowledged, expired, or its write failed). */
  private uncount(rec: OfflineRecord): void {
    const u = this.usage.get(rec.to);
    if (!u) return;
    u.count--;
    u.bytes -= rec.size;
    const h = idHash(idKeyOf(rec.to, rec.from, rec.messageId));
    const left = (u.ids.get(h) ?? 1) - 1;
    if (left > 0) u.ids.set(h, left);
    else u.ids.delete(h);
    this.total--;
    if (u.count <= 0) this.usage.delete(rec.to);
  }

  async depth(): Promise<number> {
    return this.total;
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.chain.then(fn, fn);
    this.chain = next.catch(() => undefined);
    return next;
  }

  /**
   * Stores a message durably; resolves only after the synced write. A retry
   * with the same (from, messageId) returns the first copy's record.
   * Concurrent stores share their synced writes (group commit): the
   * duplicate check, the quota and the sequence number are done
   * synchronously, when put() is called, so overlapping calls are stored
   * in call order (OfflineQueue.put).
   */
  put(from: string, to: string, messageId: Uint8Array, sealed: Uint8Array, sentAt: number): Promise<OfflineRecord & { duplicate: boolean }> {
    try {
      checkOfflineMessage(messageId, sealed);
      const id = Buffer.from(messageId).toString('base64');
      const idKey = idKeyOf(to, from, id);
      // A retry while the first copy is still being written gets that copy.
      const inFlight = this.storing.get(idKey);
      if (inFlight) return inFlight.then((rec) => ({ ...rec, duplicate: true }));
      const stored = this.storedCopy(to, idKey);
      if (stored) return Promise.resolve({ ...stored, duplicate: true });
      const storing = this.storeNew(idKey, from, to, id, sealed, sentAt);
      this.storing.set(idKey, storing);
      const forget = () => this.storing.delete(idKey);
      storing.then(forget, forget);
      return storing;
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /**
   * The stored first copy of a retry. Only a message whose id hash is among
   * the recipient's queued ones may be one: only then is the disk read, and
   * synchronously (a point read of a recent record, from LevelDB's memory),
   * so the order of put() calls is kept.
   */
  private storedCopy(to: string, idKey: string): OfflineRecord | undefined {
    if (!this.usage.get(to)?.ids.has(idHash(idKey))) return undefined;
    const key = this.store.offlineIds.getSync(idKey);
    return key === undefined ? undefined : this.store.offline.getSync(key);
  }

  private async storeNew(idKey: string, from: string, to: string, messageId: string, sealed: Uint8Array, sentAt: number): Promise<OfflineRecord & { duplicate: boolean }> {
    // From here to the write, nothing awaits: the quota is checked and
    // reserved, and the sequence number taken, as one step.
    const u = this.usage.get(to);
    if ((u?.count ?? 0) + 1 > this.maxMessages || (u?.bytes ?? 0) + sealed.length > this.maxBytes) {
      throw new NodeError('OFFLINE_QUOTA', `${to}'s offline queue is full; try again after they come online`);
    }
    const now = this.clock.now();
    const seq = ++this.seq;
    const rec: OfflineRecord = {
      seq,
      to,
      from,
      messageId,
      sealed: Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength).toString('base64'),
      sentAt,
      storedAt: now,
      expiresAt: now + this.ttlMs,
      size: sealed.length,
    };
    this.count(rec);
    const key = seqKey(to, seq);
    try {
      await this.store.commitGrouped([
        { type: 'put', sublevel: this.store.offline, key, value: rec },
        { type: 'put', sublevel: this.store.offlineIds, key: idKey, value: key },
        { type: 'put', sublevel: this.store.meta, key: 'offline-seq', value: seq },
      ]);
    } catch (err) {
      this.uncount(rec);
      throw err;
    }
    return { ...rec, duplicate: false };
  }

  /** Whether anything is stored for `to` (expired messages not yet swept included): no store read. */
  async hasQueued(to: string): Promise<boolean> {
    return (this.usage.get(to)?.count ?? 0) > 0;
  }

  /** Waiting messages for `to`, oldest first, expired ones left out. */
  async pending(to: string, limit = 500): Promise<OfflineRecord[]> {
    const now = this.clock.now();
    const out: OfflineRecord[] = [];
    for (const [, rec] of await this.store.scan(this.store.offline, to)) {
      if (rec.expiresAt > now) out.push(rec);
      if (out.length >= limit) break;
    }
    return out;
  }

  /** Deletes acknowledged messages; only the recipient's own. */
  ack(to: string, seqs: number[]): Promise<number> {
    return this.serial(async () => {
      const keys = [...new Set(seqs)].map((seq) => seqKey(to, seq));
      // One read for all of them (a login acknowledges up to the whole quota at once).
      const records = keys.length ? await this.store.offline.getMany(keys) : [];
      const ops: StoreOp[] = [];
      const gone: OfflineRecord[] = [];
      records.forEach((rec, i) => {
        if (!rec) return;
        ops.push({ type: 'del', sublevel: this.store.offline, key: keys[i]! });
        ops.push({ type: 'del', sublevel: this.store.offlineIds, key: idKeyOf(to, rec.from, rec.messageId) });
        gone.push(rec);
      });
      if (ops.length) await this.store.commit(ops);
      for (const rec of gone) this.uncount(rec);
      return gone.length;
    });
  }

  /** Deletes everything addressed to `user` (account deletion). */
  async purge(user: string): Promise<void> {
    const seqs = (await this.store.scan(this.store.offline, user)).map(([, r]) => r.seq);
    await this.ack(user, seqs);
  }

  /** Adds a record as it is (a migration into an empty store). */
  async importRecord(rec: OfflineRecord): Promise<void> {
    const key = seqKey(rec.to, rec.seq);
    if (rec.seq > this.seq) this.seq = rec.seq;
    await this.store.commit([
      { type: 'put', sublevel: this.store.offline, key, value: rec },
      { type: 'put', sublevel: this.store.offlineIds, key: idKeyOf(rec.to, rec.from, rec.messageId), value: key },
      { type: 'put', sublevel: this.store.meta, key: 'offline-seq', value: this.seq },
    ]);
    this.count(rec);
  }

  /** Deletes expired messages; returns how many. */
  async sweep(): Promise<number> {
    const now = this.clock.now();
    const byUser = new Map<string, number[]>();
    for await (const rec of this.store.offline.values()) {
      if (rec.expiresAt <= now) byUser.set(rec.to, [...(byUser.get(rec.to) ?? []), rec.seq]);
    }
    let n = 0;
    for (const [to, seqs] of byUser) n += await this.ack(to, seqs);
    return n;
  }
}
