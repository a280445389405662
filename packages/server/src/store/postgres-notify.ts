// Extended delivery on PostgreSQL (notify-types.ts), shared by every node
// of a cluster. Each method is one statement or one transaction; claims
// take rows with FOR UPDATE SKIP LOCKED, so two nodes claiming at once get
// different rows and neither waits for the other.
import type { Db } from './postgres.js';
import type { ChannelRecord, NotifyKind, NotifyPrefs, NotifyStore, OutboundRecord, OutboundState } from './notify-types.js';

interface ChannelRow {
  owner: string;
  id: string;
  kind: NotifyKind;
  address: string;
  secret: string;
  state: ChannelRecord['state'];
  reason: string;
  created_at: number;
  verified_at: number;
  failures: number;
  code: ChannelRecord['code'];
  codes_sent: number[];
  unsubscribe: string;
}

const toChannel = (r: ChannelRow): ChannelRecord => ({
  owner: r.owner,
  id: r.id,
  kind: r.kind,
  address: r.address,
  secret: r.secret,
  state: r.state,
  reason: r.reason,
  createdAt: r.created_at,
  verifiedAt: r.verified_at,
  failures: r.failures,
  code: r.code,
  codesSent: r.codes_sent,
  unsubscribe: r.unsubscribe,
});

interface PrefsRow {
  owner: string;
  delay_ms: number;
  every_ms: number;
  quiet: NotifyPrefs['quiet'];
  allow: string[];
  notifications: boolean;
  due_at: number | null;
  last_notified_at: number;
  covered_until: number;
}

const toPrefs = (r: PrefsRow): NotifyPrefs => ({
  owner: r.owner,
  delayMs: r.delay_ms,
  everyMs: r.every_ms,
  quiet: r.quiet,
  allow: r.allow,
  notifications: r.notifications,
  dueAt: r.due_at,
  lastNotifiedAt: r.last_notified_at,
  coveredUntil: r.covered_until,
});

interface OutboundRow {
  id: string;
  owner: string;
  channel_id: string;
  kind: NotifyKind;
  address: string;
  purpose: OutboundRecord['purpose'];
  sender: string;
  payload: string;
  created_at: number;
  next_attempt_at: number;
  attempts: number;
  state: OutboundState;
  lease_owner: string;
  lease_until: number;
  last_error: string;
  done_at: number;
}

const toOutbound = (r: OutboundRow): OutboundRecord => ({
  id: r.id,
  owner: r.owner,
  channelId: r.channel_id,
  kind: r.kind,
  address: r.address,
  purpose: r.purpose,
  sender: r.sender,
  payload: r.payload,
  createdAt: r.created_at,
  nextAttemptAt: r.next_attempt_at,
  attempts: r.attempts,
  state: r.state,
  leaseOwner: r.lease_owner,
  leaseUntil: r.lease_until,
  lastError: r.last_error,
  doneAt: r.done_at,
});

const OUTBOUND_COLUMNS =
  'id, owner, channel_id, kind, address, purpose, sender, payload, created_at, next_attempt_at, attempts, state, lease_owner, lease_until, last_error, done_at';
const outboundValues = (i: OutboundRecord) => [
  i.id,
  i.owner,
  i.channelId,
  i.kind,
  i.address,
  i.purpose,
  i.sender,
  i.payload,
  i.createdAt,
  i.nextAttemptAt,
  i.attempts,
  i.state,
  i.leaseOwner,
  i.leaseUntil,
  i.lastError,
  i.doneAt,
];
const INSERT_OUTBOUND = `INSERT INTO notify_outbound (${OUTBOUND_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) ON CONFLICT (id) DO NOTHING`;

const CHANNEL_COLUMNS = 'owner, id, kind, address, secret, state, reason, created_at, verified_at, failures, code, codes_sent, unsubscribe';
const channelValues = (c: ChannelRecord) => [
  c.owner,
  c.id,
  c.kind,
  c.address,
  c.secret,
  c.state,
  c.reason,
  c.createdAt,
  c.verifiedAt,
  c.failures,
  c.code === null ? null : JSON.stringify(c.code),
  JSON.stringify(c.codesSent),
  c.unsubscribe,
];

export class PgNotifyStore implements NotifyStore {
  constructor(private readonly db: Db) {}

  async channels(owner: string): Promise<ChannelRecord[]> {
    return (await this.db.query<ChannelRow>('SELECT * FROM notify_channels WHERE owner = $1 ORDER BY created_at, id', [owner])).map(toChannel);
  }

  async channel(owner: string, id: string): Promise<ChannelRecord | undefined> {
    const [row] = await this.db.query<ChannelRow>('SELECT * FROM notify_channels WHERE owner = $1 AND id = $2', [owner, id]);
    return row && toChannel(row);
  }

  async channelByUnsubscribe(tokenHash: string): Promise<ChannelRecord | undefined> {
    const [row] = await this.db.query<ChannelRow>('SELECT * FROM notify_channels WHERE unsubscribe = $1', [tokenHash]);
    return row && toChannel(row);
  }

  async addChannel(record: ChannelRecord, max: number): Promise<boolean> {
    // The count and the insert under a lock per owner: two adds at once cannot both take the last place.
    return this.db.transaction(async (client) => {
      await client.query(`SELECT pg_advisory_xact_lock(hashtextextended('natter-notify:' || $1, 0))`, [record.owner]);
      const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM notify_channels WHERE owner = $1', [record.owner]);
      if (rows[0]!.n >= max) return false;
      await client.query(`INSERT INTO notify_channels (${CHANNEL_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`, channelValues(record));
      return true;
    });
  }

  async updateChannel(owner: string, id: string, change: Partial<ChannelRecord>): Promise<ChannelRecord | undefined> {
    const columns: Array<[string, unknown]> = [];
    if (change.state !== undefined) columns.push(['state', change.state]);
    if (change.reason !== undefined) columns.push(['reason', change.reason]);
    if (change.code !== undefined) columns.push(['code', change.code === null ? null : JSON.stringify(change.code)]);
    if (change.verifiedAt !== undefined) columns.push(['verified_at', change.verifiedAt]);
    if (change.codesSent !== undefined) columns.push(['codes_sent', JSON.stringify(change.codesSent)]);
    if (change.failures !== undefined) columns.push(['failures', change.failures]);
    if (!columns.length) return this.channel(owner, id);
    const set = columns.map(([name], i) => `${name} = $${i + 3}`).join(', ');
    const [row] = await this.db.query<ChannelRow>(`UPDATE notify_channels SET ${set} WHERE owner = $1 AND id = $2 RETURNING *`, [owner, id, ...columns.map(([, v]) => v)]);
    return row && toChannel(row);
  }

  async recordDelivery(owner: string, id: string, ok: boolean, disableAfter: number, reason: string): Promise<ChannelRecord | undefined> {
    const [row] = await this.db.query<ChannelRow>(
      ok
        ? 'UPDATE notify_channels SET failures = 0 WHERE owner = $1 AND id = $2 RETURNING *'
        : `UPDATE notify_channels SET failures = failures + 1,
             state = CASE WHEN state = 'active' AND failures + 1 >= $3 THEN 'disabled' ELSE state END,
             reason = CASE WHEN state = 'active' AND failures + 1 >= $3 THEN $4 ELSE reason END
           WHERE owner = $1 AND id = $2 RETURNING *`,
      ok ? [owner, id] : [owner, id, disableAfter, reason],
    );
    return row && toChannel(row);
  }

  async deleteChannel(owner: string, id: string): Promise<boolean> {
    return (await this.db.query('DELETE FROM notify_channels WHERE owner = $1 AND id = $2 RETURNING id', [owner, id])).length > 0;
  }

  async prefs(owner: string): Promise<NotifyPrefs | undefined> {
    const [row] = await this.db.query<PrefsRow>('SELECT * FROM notify_prefs WHERE owner = $1', [owner]);
    return row && toPrefs(row);
  }

  async putPrefs(p: NotifyPrefs): Promise<void> {
    await this.db.query(
      `INSERT INTO notify_prefs (owner, delay_ms, every_ms, quiet, allow, notifications) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (owner) DO UPDATE SET delay_ms = EXCLUDED.delay_ms, every_ms = EXCLUDED.every_ms, quiet = EXCLUDED.quiet,
         allow = EXCLUDED.allow, notifications = EXCLUDED.notifications`,
      [p.owner, p.delayMs, p.everyMs, p.quiet === null ? null : JSON.stringify(p.quiet), JSON.stringify(p.allow), p.notifications],
    );
  }

  async notifyingUsers(): Promise<NotifyPrefs[]> {
    return (await this.db.query<PrefsRow>('SELECT * FROM notify_prefs WHERE notifications')).map(toPrefs);
  }

  async setDue(owner: string, at: number): Promise<void> {
    await this.db.query('UPDATE notify_prefs SET due_at = LEAST(coalesce(due_at, $2), $2) WHERE owner = $1', [owner, at]);
  }

  async claimDue(now: number, leaseMs: number, limit: number): Promise<NotifyPrefs[]> {
    const rows = await this.db.query<PrefsRow>(
      `UPDATE notify_prefs p SET due_at = $1 + $2
       FROM (SELECT owner FROM notify_prefs WHERE due_at <= $1 ORDER BY due_at LIMIT $3 FOR UPDATE SKIP LOCKED) due
       WHERE p.owner = due.owner RETURNING p.*`,
      [now, leaseMs, limit],
    );
    return rows.map(toPrefs);
  }

  async notified(owner: string, at: number, coveredUntil: number, items: OutboundRecord[]): Promise<void> {
    await this.db.transaction(async (client) => {
      for (const item of items) await client.query(INSERT_OUTBOUND, outboundValues(item));
      await client.query('UPDATE notify_prefs SET due_at = NULL, last_notified_at = $2, covered_until = $3 WHERE owner = $1', [owner, at, coveredUntil]);
    });
  }

  async clearDue(owner: string, reset: boolean): Promise<void> {
    await this.db.query(
      reset
        ? 'UPDATE notify_prefs SET due_at = NULL, last_notified_at = 0 WHERE owner = $1 AND (due_at IS NOT NULL OR last_notified_at <> 0)'
        : 'UPDATE notify_prefs SET due_at = NULL WHERE owner = $1 AND due_at IS NOT NULL',
      [owner],
    );
  }

  async enqueue(items: OutboundRecord[]): Promise<void> {
    if (!items.length) return;
    await this.db.transaction(async (client) => {
      for (const item of items) await client.query(INSERT_OUTBOUND, outboundValues(item));
    });
  }

  async claim(now: number, leaseOwner: string, leaseMs: number, limit: number): Promise<OutboundRecord[]> {
    const rows = await this.db.query<OutboundRow>(
      `UPDATE notify_outbound o SET state = 'sending', lease_owner = $2, lease_until = $1 + $3, attempts = o.attempts + 1
       FROM (SELECT id FROM notify_outbound
             WHERE (state = 'queued' AND next_attempt_at <= $1) OR (state = 'sending' AND lease_until <= $1)
             ORDER BY next_attempt_at LIMIT $4 FOR UPDATE SKIP LOCKED) ready
       WHERE o.id = ready.id RETURNING o.*`,
      [now, leaseOwner, leaseMs, limit],
    );
    return rows.map(toOutbound).sort((a, b) => a.nextAttemptAt - b.nextAttemptAt);
  }

  async delivered(id: string, now: number): Promise<void> {
    await this.db.query(`UPDATE notify_outbound SET state = 'sent', payload = '', done_at = $2, lease_owner = '', lease_until = 0 WHERE id = $1`, [id, now]);
  }

  async retry(id: string, nextAttemptAt: number, error: string): Promise<void> {
    await this.db.query(`UPDATE notify_outbound SET state = 'queued', next_attempt_at = $2, last_error = $3, lease_owner = '', lease_until = 0 WHERE id = $1 AND state = 'sending'`, [
      id,
      nextAttemptAt,
      error,
    ]);
  }

  async failed(id: string, now: number, error: string): Promise<void> {
    await this.db.query(`UPDATE notify_outbound SET state = 'failed', payload = '', done_at = $2, last_error = $3, lease_owner = '', lease_until = 0 WHERE id = $1`, [
      id,
      now,
      error,
    ]);
  }

  async releaseLeases(leaseOwner?: string): Promise<number> {
    // On a cluster, a node releases only its own (a restarted node has a new id: its old leases expire).
    const rows = await this.db.query(
      `UPDATE notify_outbound SET state = 'queued', lease_owner = '', lease_until = 0 WHERE state = 'sending'${leaseOwner === undefined ? '' : ' AND lease_owner = $1'} RETURNING id`,
      leaseOwner === undefined ? [] : [leaseOwner],
    );
    return rows.length;
  }

  async dropQueued(owner: string, channelId: string, reason: string, now: number): Promise<number> {
    const rows = await this.db.query(
      `UPDATE notify_outbound SET state = 'failed', payload = '', done_at = $4, last_error = $3 WHERE owner = $1 AND channel_id = $2 AND state = 'queued' RETURNING id`,
      [owner, channelId, reason, now],
    );
    return rows.length;
  }

  async outbound({ states, limit }: { states?: OutboundState[]; limit: number }): Promise<OutboundRecord[]> {
    const rows = states
      ? await this.db.query<OutboundRow>('SELECT * FROM notify_outbound WHERE state = ANY($1) ORDER BY created_at DESC LIMIT $2', [states, limit])
      : await this.db.query<OutboundRow>('SELECT * FROM notify_outbound ORDER BY created_at DESC LIMIT $1', [limit]);
    return rows.map(toOutbound);
  }

  async outboundCounts(): Promise<Array<{ state: OutboundState; kind: NotifyKind; count: number }>> {
    return this.db.query<{ state: OutboundState; kind: NotifyKind; count: number }>('SELECT state, kind, count(*)::int AS count FROM notify_outbound GROUP BY state, kind');
  }

  async createdSince(since: number): Promise<Record<NotifyKind, number>> {
    const out: Record<NotifyKind, number> = { email: 0, sms: 0, webhook: 0 };
    for (const row of await this.db.query<{ kind: NotifyKind; n: number }>('SELECT kind, count(*)::int AS n FROM notify_outbound WHERE created_at >= $1 GROUP BY kind', [since])) {
      out[row.kind] = row.n;
    }
    return out;
  }

  async sweepOutbound(before: number): Promise<number> {
    return (await this.db.query(`DELETE FROM notify_outbound WHERE state IN ('sent', 'failed') AND done_at < $1 RETURNING id`, [before])).length;
  }

  async purgeUser(owner: string): Promise<void> {
    await this.db.transaction(async (client) => {
      await client.query('DELETE FROM notify_channels WHERE owner = $1', [owner]);
      await client.query('DELETE FROM notify_prefs WHERE owner = $1', [owner]);
      await client.query(`DELETE FROM notify_outbound WHERE owner = $1 AND state IN ('queued', 'sending')`, [owner]);
    });
  }

  async exportAll(): Promise<{ channels: ChannelRecord[]; prefs: NotifyPrefs[] }> {
    return {
      channels: (await this.db.query<ChannelRow>('SELECT * FROM notify_channels ORDER BY owner COLLATE "C", id COLLATE "C"')).map(toChannel),
      prefs: (await this.db.query<PrefsRow>('SELECT * FROM notify_prefs ORDER BY owner COLLATE "C"')).map(toPrefs),
    };
  }

  async importAll(data: { channels: ChannelRecord[]; prefs: NotifyPrefs[] }): Promise<void> {
    await this.db.transaction(async (client) => {
      for (const c of data.channels) {
        await client.query(`INSERT INTO notify_channels (${CHANNEL_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`, channelValues(c));
      }
      for (const p of data.prefs) {
        await client.query(
          'INSERT INTO notify_prefs (owner, delay_ms, every_ms, quiet, allow, notifications, due_at, last_notified_at, covered_until) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
          [p.owner, p.delayMs, p.everyMs, p.quiet === null ? null : JSON.stringify(p.quiet), JSON.stringify(p.allow), p.notifications, p.dueAt, p.lastNotifiedAt, p.coveredUntil],
        );
      }
    });
  }
}
