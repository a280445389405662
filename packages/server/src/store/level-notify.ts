// Extended delivery on the single node's LevelDB (notify-types.ts). One
// process owns the data directory, so the unfinished part of the outbound
// queue and the due times are also kept in memory (read once at start),
// and every change goes through one chain: low volume, no races. Each
// change is a synced batch before it resolves. Which users have settings
// at all is kept in memory too: every offline store and every login asks,
// and most users have none (no store read for them).
import type { Level } from 'level';
import { pairKey, prefixRange, type Sub } from './level.js';
import type { ChannelRecord, NotifyKind, NotifyPrefs, NotifyStore, OutboundRecord, OutboundState } from './notify-types.js';

type Op = { type: 'put'; sublevel: Sub<any>; key: string; value: unknown } | { type: 'del'; sublevel: Sub<any>; key: string };

export class LevelNotifyStore implements NotifyStore {
  private readonly channelsDb: Sub<ChannelRecord>;
  /** unsubscribe token hash -> owner \0 channel id */
  private readonly unsubscribeDb: Sub<string>;
  private readonly prefsDb: Sub<NotifyPrefs>;
  private readonly outboundDb: Sub<OutboundRecord>;
  /** Queued and sending items (the rest are tombstones, on disk only). */
  private readonly open = new Map<string, OutboundRecord>();
  /** Receivers with a due time. */
  private readonly due = new Map<string, number>();
  /** Owners with a settings record (prefsDb). */
  private readonly withPrefs = new Set<string>();
  private chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: Level<string, unknown>) {
    const sub = <V>(name: string): Sub<V> => db.sublevel<string, V>(name, { valueEncoding: 'json' });
    this.channelsDb = sub('notify-channels');
    this.unsubscribeDb = sub('notify-unsubscribe');
    this.prefsDb = sub('notify-prefs');
    this.outboundDb = sub('notify-outbound');
  }

  async init(): Promise<void> {
    for await (const item of this.outboundDb.values()) if (item.state === 'queued' || item.state === 'sending') this.open.set(item.id, item);
    for await (const prefs of this.prefsDb.values()) {
      this.withPrefs.add(prefs.owner);
      if (prefs.dueAt !== null) this.due.set(prefs.owner, prefs.dueAt);
    }
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.chain.then(fn, fn);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async commit(ops: Op[]): Promise<void> {
    if (ops.length) await this.db.batch(ops as never, { sync: true });
  }

  async channels(owner: string): Promise<ChannelRecord[]> {
    return (await this.channelsDb.iterator(prefixRange(owner)).all()).map(([, rec]) => rec).sort((a, b) => a.createdAt - b.createdAt);
  }

  channel(owner: string, id: string): Promise<ChannelRecord | undefined> {
    return this.channelsDb.get(pairKey(owner, id));
  }

  async channelByUnsubscribe(tokenHash: string): Promise<ChannelRecord | undefined> {
    const key = await this.unsubscribeDb.get(tokenHash);
    return key === undefined ? undefined : this.channelsDb.get(key);
  }

  addChannel(record: ChannelRecord, max: number): Promise<boolean> {
    return this.serial(async () => {
      if ((await this.channels(record.owner)).length >= max) return false;
      const key = pairKey(record.owner, record.id);
      await this.commit([
        { type: 'put', sublevel: this.channelsDb, key, value: record },
        { type: 'put', sublevel: this.unsubscribeDb, key: record.unsubscribe, value: key },
      ]);
      return true;
    });
  }

  updateChannel(owner: string, id: string, change: Partial<ChannelRecord>): Promise<ChannelRecord | undefined> {
    return this.serial(async () => {
      const key = pairKey(owner, id);
      const rec = await this.channelsDb.get(key);
      if (!rec) return undefined;
      const next = { ...rec, ...change, owner, id };
      await this.commit([{ type: 'put', sublevel: this.channelsDb, key, value: next }]);
      return next;
    });
  }

  recordDelivery(owner: string, id: string, ok: boolean, disableAfter: number, reason: string): Promise<ChannelRecord | undefined> {
    return this.serial(async () => {
      const key = pairKey(owner, id);
      const rec = await this.channelsDb.get(key);
      if (!rec) return undefined;
      const failures = ok ? 0 : rec.failures + 1;
      const disable = !ok && rec.state === 'active' && failures >= disableAfter;
      const next: ChannelRecord = { ...rec, failures, ...(disable && { state: 'disabled' as const, reason }) };
      await this.commit([{ type: 'put', sublevel: this.channelsDb, key, value: next }]);
      return next;
    });
  }

  deleteChannel(owner: string, id: string): Promise<boolean> {
    return this.serial(async () => {
      const key = pairKey(owner, id);
      const rec = await this.channelsDb.get(key);
      if (!rec) return false;
      await this.commit([
        { type: 'del', sublevel: this.channelsDb, key },
        { type: 'del', sublevel: this.unsubscribeDb, key: rec.unsubscribe },
      ]);
      return true;
    });
  }

  prefs(owner: string): Promise<NotifyPrefs | undefined> {
    return this.withPrefs.has(owner) ? this.prefsDb.get(owner) : Promise.resolve(undefined);
  }

  putPrefs(prefs: NotifyPrefs): Promise<void> {
    return this.serial(async () => {
      const stored = await this.prefsDb.get(prefs.owner);
      const next: NotifyPrefs = { ...prefs, dueAt: stored?.dueAt ?? null, lastNotifiedAt: stored?.lastNotifiedAt ?? 0, coveredUntil: stored?.coveredUntil ?? 0 };
      await this.commit([{ type: 'put', sublevel: this.prefsDb, key: prefs.owner, value: next }]);
      this.withPrefs.add(prefs.owner);
    });
  }

  async notifyingUsers(): Promise<NotifyPrefs[]> {
    return (await this.prefsDb.values().all()).filter((p) => p.notifications);
  }

  /** Changes a receiver's schedule fields (inside the chain). */
  private async schedule(owner: string, change: (prefs: NotifyPrefs) => Partial<NotifyPrefs> | undefined, extra: Op[] = []): Promise<void> {
    const prefs = await this.prefs(owner);
    const patch = prefs && change(prefs);
    if (!prefs || !patch) return this.commit(extra);
    const next = { ...prefs, ...patch };
    await this.commit([...extra, { type: 'put', sublevel: this.prefsDb, key: owner, value: next }]);
    if (next.dueAt === null) this.due.delete(owner);
    else this.due.set(owner, next.dueAt);
  }

  setDue(owner: string, at: number): Promise<void> {
    return this.serial(() => this.schedule(owner, (p) => (p.dueAt !== null && p.dueAt <= at ? undefined : { dueAt: at })));
  }

  claimDue(now: number, leaseMs: number, limit: number): Promise<NotifyPrefs[]> {
    return this.serial(async () => {
      const owners = [...this.due].filter(([, at]) => at <= now).sort((a, b) => a[1] - b[1]).slice(0, limit).map(([owner]) => owner);
      const out: NotifyPrefs[] = [];
      for (const owner of owners) {
        await this.schedule(owner, () => ({ dueAt: now + leaseMs }));
        const prefs = await this.prefsDb.get(owner);
        if (prefs) out.push(prefs);
      }
      return out;
    });
  }

  notified(owner: string, at: number, coveredUntil: number, items: OutboundRecord[]): Promise<void> {
    return this.serial(async () => {
      const fresh = items.filter((item) => !this.open.has(item.id));
      await this.schedule(
        owner,
        () => ({ dueAt: null, lastNotifiedAt: at, coveredUntil }),
        fresh.map((item) => ({ type: 'put', sublevel: this.outboundDb, key: item.id, value: item })),
      );
      for (const item of fresh) this.open.set(item.id, item);
    });
  }

  clearDue(owner: string, reset: boolean): Promise<void> {
    return this.serial(() =>
      this.schedule(owner, (p) => (p.dueAt === null && (!reset || p.lastNotifiedAt === 0) ? undefined : { dueAt: null, ...(reset && { lastNotifiedAt: 0 }) })),
    );
  }

  enqueue(items: OutboundRecord[]): Promise<void> {
    return this.serial(async () => {
      const fresh: OutboundRecord[] = [];
      for (const item of items) if (!this.open.has(item.id) && (await this.outboundDb.get(item.id)) === undefined) fresh.push(item);
      await this.commit(fresh.map((item) => ({ type: 'put', sublevel: this.outboundDb, key: item.id, value: item })));
      for (const item of fresh) this.open.set(item.id, item);
    });
  }

  claim(now: number, leaseOwner: string, leaseMs: number, limit: number): Promise<OutboundRecord[]> {
    return this.serial(async () => {
      const ready = [...this.open.values()]
        .filter((item) => (item.state === 'queued' && item.nextAttemptAt <= now) || (item.state === 'sending' && item.leaseUntil <= now))
        .sort((a, b) => a.nextAttemptAt - b.nextAttemptAt)
        .slice(0, limit)
        .map((item): OutboundRecord => ({ ...item, state: 'sending', leaseOwner, leaseUntil: now + leaseMs, attempts: item.attempts + 1 }));
      await this.commit(ready.map((item) => ({ type: 'put', sublevel: this.outboundDb, key: item.id, value: item })));
      for (const item of ready) this.open.set(item.id, item);
      return ready;
    });
  }

  /** Ends an open item (inside the chain). */
  private async finish(id: string, change: Partial<OutboundRecord>): Promise<void> {
    const item = this.open.get(id);
    if (!item) return;
    const next = { ...item, ...change };
    await this.commit([{ type: 'put', sublevel: this.outboundDb, key: id, value: next }]);
    if (next.state === 'queued' || next.state === 'sending') this.open.set(id, next);
    else this.open.delete(id);
  }

  delivered(id: string, now: number): Promise<void> {
    return this.serial(() => this.finish(id, { state: 'sent', payload: '', doneAt: now, leaseOwner: '', leaseUntil: 0 }));
  }

  retry(id: string, nextAttemptAt: number, error: string): Promise<void> {
    return this.serial(() => this.finish(id, { state: 'queued', nextAttemptAt, lastError: error, leaseOwner: '', leaseUntil: 0 }));
  }

  failed(id: string, now: number, error: string): Promise<void> {
    return this.serial(() => this.finish(id, { state: 'failed', payload: '', doneAt: now, lastError: error, leaseOwner: '', leaseUntil: 0 }));
  }

  releaseLeases(): Promise<number> {
    return this.serial(async () => {
      const held = [...this.open.values()].filter((item) => item.state === 'sending');
      for (const item of held) await this.finish(item.id, { state: 'queued', leaseOwner: '', leaseUntil: 0 });
      return held.length;
    });
  }

  dropQueued(owner: string, channelId: string, reason: string, now: number): Promise<number> {
    return this.serial(async () => {
      const items = [...this.open.values()].filter((item) => item.owner === owner && item.channelId === channelId && item.state === 'queued');
      for (const item of items) await this.finish(item.id, { state: 'failed', payload: '', doneAt: now, lastError: reason });
      return items.length;
    });
  }

  async outbound({ states, limit }: { states?: OutboundState[]; limit: number }): Promise<OutboundRecord[]> {
    const all = await this.outboundDb.values().all();
    return all
      .filter((item) => !states || states.includes(item.state))
      .sort((a, b) => b.createdAt - a.createdAt)
      .slice(0, limit);
  }

  async outboundCounts(): Promise<Array<{ state: OutboundState; kind: NotifyKind; count: number }>> {
    const counts = new Map<string, { state: OutboundState; kind: NotifyKind; count: number }>();
    for await (const item of this.outboundDb.values()) {
      const key = `${item.state} ${item.kind}`;
      const c = counts.get(key) ?? { state: item.state, kind: item.kind, count: 0 };
      c.count++;
      counts.set(key, c);
    }
    return [...counts.values()];
  }

  async createdSince(since: number): Promise<Record<NotifyKind, number>> {
    const out: Record<NotifyKind, number> = { email: 0, sms: 0, webhook: 0 };
    for await (const item of this.outboundDb.values()) if (item.createdAt >= since) out[item.kind]++;
    return out;
  }

  sweepOutbound(before: number): Promise<number> {
    return this.serial(async () => {
      const ops: Op[] = [];
      for await (const item of this.outboundDb.values()) {
        if ((item.state === 'sent' || item.state === 'failed') && item.doneAt < before) ops.push({ type: 'del', sublevel: this.outboundDb, key: item.id });
      }
      await this.commit(ops);
      return ops.length;
    });
  }

  purgeUser(owner: string): Promise<void> {
    return this.serial(async () => {
      const ops: Op[] = [];
      for (const [key, rec] of await this.channelsDb.iterator(prefixRange(owner)).all()) {
        ops.push({ type: 'del', sublevel: this.channelsDb, key }, { type: 'del', sublevel: this.unsubscribeDb, key: rec.unsubscribe });
      }
      ops.push({ type: 'del', sublevel: this.prefsDb, key: owner });
      const items = [...this.open.values()].filter((item) => item.owner === owner);
      for (const item of items) ops.push({ type: 'del', sublevel: this.outboundDb, key: item.id });
      await this.commit(ops);
      for (const item of items) this.open.delete(item.id);
      this.due.delete(owner);
      this.withPrefs.delete(owner);
    });
  }

  async exportAll(): Promise<{ channels: ChannelRecord[]; prefs: NotifyPrefs[] }> {
    return { channels: await this.channelsDb.values().all(), prefs: await this.prefsDb.values().all() };
  }

  importAll(data: { channels: ChannelRecord[]; prefs: NotifyPrefs[] }): Promise<void> {
    return this.serial(async () => {
      await this.commit([
        ...data.channels.flatMap((rec): Op[] => [
          { type: 'put', sublevel: this.channelsDb, key: pairKey(rec.owner, rec.id), value: rec },
          { type: 'put', sublevel: this.unsubscribeDb, key: rec.unsubscribe, value: pairKey(rec.owner, rec.id) },
        ]),
        ...data.prefs.map((prefs): Op => ({ type: 'put', sublevel: this.prefsDb, key: prefs.owner, value: prefs })),
      ]);
      for (const prefs of data.prefs) {
        this.withPrefs.add(prefs.owner);
        if (prefs.dueAt !== null) this.due.set(prefs.owner, prefs.dueAt);
      }
    });
  }
}
