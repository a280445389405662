// The single node's offline queue on LevelDB: sealed messages for buddies
// who are not online, kept durably until the recipient acknowledges them or
// they expire. Quota usage per recipient is counted in memory (read once at
// start): one node owns the data directory.
import type { Clock } from '@natter/io';
import { NodeError } from '../errors.js';
import { checkOfflineMessage } from '../offline-bounds.js';
import { pairKey, type LevelTables, type StoreOp } from './level.js';
import type { OfflineOptions, OfflineQueue, OfflineRecord } from './types.js';

const seqKey = (to: string, seq: number) => pairKey(to, seq.toString(16).padStart(13, '0'));

export class LevelOfflineQueue implements OfflineQueue {
  private seq = 0;
  private readonly usage = new Map<string, { count: number; bytes: number }>();
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
      const u = this.usage.get(rec.to) ?? { count: 0, bytes: 0 };
      u.count++;
      u.bytes += rec.size;
      this.usage.set(rec.to, u);
      this.total++;
      if (rec.seq > this.seq) this.seq = rec.seq;
    }
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
   * Concurrent stores share their synced writes (group commit): the quota
   * and the sequence number are taken synchronously, before the write.
   */
  put(from: string, to: string, messageId: Uint8Array, sealed: Uint8Array, sentAt: number): Promise<OfflineRecord & { duplicate: boolean }> {
    try {
      checkOfflineMessage(messageId, sealed);
    } catch (err) {
      return Promise.reject(err);
    }
    const idKey = `${pairKey(to, from)}\x00${Buffer.from(messageId).toString('base64')}`;
    // A retry while the first copy is still being written gets that copy.
    const inFlight = this.storing.get(idKey);
    if (inFlight) return inFlight.then((rec) => ({ ...rec, duplicate: true }));
    const storing = this.storeNew(idKey, from, to, messageId, sealed, sentAt);
    this.storing.set(idKey, storing);
    const forget = () => this.storing.delete(idKey);
    storing.then(forget, forget);
    return storing;
  }

  private async storeNew(idKey: string, from: string, to: string, messageId: Uint8Array, sealed: Uint8Array, sentAt: number): Promise<OfflineRecord & { duplicate: boolean }> {
    const existing = await this.store.offlineIds.get(idKey);
    if (existing) {
      const rec = await this.store.offline.get(existing);
      if (rec) return { ...rec, duplicate: true };
    }
    // From here to the write, nothing awaits: the quota is checked and
    // reserved, and the sequence number taken, as one step.
    const u = this.usage.get(to) ?? { count: 0, bytes: 0 };
    if (u.count + 1 > this.maxMessages || u.bytes + sealed.length > this.maxBytes) {
      throw new NodeError('OFFLINE_QUOTA', `${to}'s offline queue is full; try again after they come online`);
    }
    const now = this.clock.now();
    const seq = ++this.seq;
    const rec: OfflineRecord = {
      seq,
      to,
      from,
      messageId: Buffer.from(messageId).toString('base64'),
      sealed: Buffer.from(sealed).toString('base64'),
      sentAt,
      storedAt: now,
      expiresAt: now + this.ttlMs,
      size: sealed.length,
    };
    u.count++;
    u.bytes += rec.size;
    this.usage.set(to, u);
    this.total++;
    const key = seqKey(to, seq);
    try {
      await this.store.commitGrouped([
        { type: 'put', sublevel: this.store.offline, key, value: rec },
        { type: 'put', sublevel: this.store.offlineIds, key: idKey, value: key },
        { type: 'put', sublevel: this.store.meta, key: 'offline-seq', value: seq },
      ]);
    } catch (err) {
      u.count--;
      u.bytes -= rec.size;
      this.total--;
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
      const ops: StoreOp[] = [];
      const u = this.usage.get(to) ?? { count: 0, bytes: 0 };
      for (const seq of new Set(seqs)) {
        const key = seqKey(to, seq);
        const rec = await this.store.offline.get(key);
        if (!rec) continue;
        ops.push({ type: 'del', sublevel: this.store.offline, key });
        ops.push({ type: 'del', sublevel: this.store.offlineIds, key: `${pairKey(to, rec.from)}\x00${rec.messageId}` });
        u.count--;
        u.bytes -= rec.size;
        this.total--;
      }
      if (ops.length) await this.store.commit(ops);
      this.usage.set(to, u);
      return ops.length / 2;
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
    const idKey = `${pairKey(rec.to, rec.from)}\x00${rec.messageId}`;
    if (rec.seq > this.seq) this.seq = rec.seq;
    await this.store.commit([
      { type: 'put', sublevel: this.store.offline, key, value: rec },
      { type: 'put', sublevel: this.store.offlineIds, key: idKey, value: key },
      { type: 'put', sublevel: this.store.meta, key: 'offline-seq', value: this.seq },
    ]);
    const u = this.usage.get(rec.to) ?? { count: 0, bytes: 0 };
    u.count++;
    u.bytes += rec.size;
    this.usage.set(rec.to, u);
    this.total++;
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
