// The store's part of extended delivery (docs/extended.md): the receivers'
// channels and settings, the notification schedule, and the durable
// outbound queue every email, SMS and webhook call goes through. Both
// stores implement it (level-notify.ts, postgres-notify.ts) and pass one
// compliance suite (packages/server/test/store-compliance.ts).

export type NotifyKind = 'email' | 'sms' | 'webhook';
export type ChannelState = 'unverified' | 'active' | 'disabled';

/** A verification code in flight: only its hash is kept. */
export interface PendingCode {
  hash: string;
  expiresAt: number;
  /** Wrong guesses so far. */
  attempts: number;
}

export interface ChannelRecord {
  owner: string;
  /** Short and unique per owner (e3fa21c). */
  id: string;
  kind: NotifyKind;
  /** An email address, an E.164 number or a URL. */
  address: string;
  /** Webhooks: the HMAC-SHA256 key (base64) requests are signed with; '' otherwise. */
  secret: string;
  state: ChannelState;
  /** Why it is disabled (unsubscribed, failures); ''. */
  reason: string;
  createdAt: number;
  verifiedAt: number;
  /** Consecutive failed deliveries (reset by a success). */
  failures: number;
  code: PendingCode | null;
  /** When codes were sent, the last day's (the resend limit). */
  codesSent: number[];
  /** The unsubscribe token its emails and SMS carry (a capability to disable this channel, nothing more). */
  unsubscribe: string;
}

export interface QuietHoursRecord {
  fromMinute: number;
  toMinute: number;
  timeZone: string;
}

/** A receiver's settings, and where their notification schedule stands. */
export interface NotifyPrefs {
  owner: string;
  /** A message waits this long in the offline store before it is notified. */
  delayMs: number;
  /** At most one notification per this period (0: one until the next login). */
  everyMs: number;
  quiet: QuietHoursRecord | null;
  /** Who may send extended messages to the owner. */
  allow: string[];
  /** Notification mode on (channels are kept either way). */
  notifications: boolean;
  /** When the next notification is due (null: none). */
  dueAt: number | null;
  lastNotifiedAt: number;
  /** Messages stored up to this time were counted in the last notification. */
  coveredUntil: number;
}

export type OutboundPurpose = 'verify' | 'notification' | 'message';
export type OutboundState = 'queued' | 'sending' | 'sent' | 'failed';

/**
 * One email, SMS or webhook call. `id` is its idempotency key: it goes out
 * as the Message-ID, the Idempotency-Key header and the body's id, the same
 * on every attempt, so a receiver can recognise a copy sent again after a
 * crash (docs/extended.md, "Exactly once?").
 */
export interface OutboundRecord {
  id: string;
  /** The receiver (the channel's owner). */
  owner: string;
  channelId: string;
  kind: NotifyKind;
  address: string;
  purpose: OutboundPurpose;
  /** The extended message's sender; '' for the others. */
  sender: string;
  /** What to send (JSON, render.ts); '' once handed off or failed: an extended message's text is not kept. */
  payload: string;
  createdAt: number;
  nextAttemptAt: number;
  attempts: number;
  state: OutboundState;
  /** The node holding it while it is `sending`, and until when. */
  leaseOwner: string;
  leaseUntil: number;
  lastError: string;
  /** When it was handed off (sent) or given up (failed). */
  doneAt: number;
}

export interface NotifyStore {
  channels(owner: string): Promise<ChannelRecord[]>;
  channel(owner: string, id: string): Promise<ChannelRecord | undefined>;
  channelByUnsubscribe(tokenHash: string): Promise<ChannelRecord | undefined>;
  /** Adds a channel; false (nothing written) when the owner has `max` already. */
  addChannel(record: ChannelRecord, max: number): Promise<boolean>;
  /** Changes these fields of a channel; the record after, or undefined when there is none. */
  updateChannel(owner: string, id: string, change: Partial<Pick<ChannelRecord, 'state' | 'reason' | 'code' | 'verifiedAt' | 'codesSent' | 'failures'>>): Promise<ChannelRecord | undefined>;
  /**
   * Counts a delivery's outcome in one step: a success resets the failures,
   * a failure adds one and disables an active channel at `disableAfter`
   * (with `reason`). The record after.
   */
  recordDelivery(owner: string, id: string, ok: boolean, disableAfter: number, reason: string): Promise<ChannelRecord | undefined>;
  deleteChannel(owner: string, id: string): Promise<boolean>;

  prefs(owner: string): Promise<NotifyPrefs | undefined>;
  /** Writes the settings fields (delay, every, quiet, allow, notifications); the schedule fields stay as stored. */
  putPrefs(prefs: NotifyPrefs): Promise<void>;
  /** Receivers with notification mode on (the schedule's recovery at start). */
  notifyingUsers(): Promise<NotifyPrefs[]>;

  /** Makes a notification due at `at`, or earlier if one is due earlier already; no-op without prefs. */
  setDue(owner: string, at: number): Promise<void>;
  /**
   * Takes up to `limit` receivers whose notification is due by `now`, moving
   * their due time to now + leaseMs (another node, or this one after a
   * crash, takes them again after that). Two nodes never take the same one.
   */
  claimDue(now: number, leaseMs: number, limit: number): Promise<NotifyPrefs[]>;
  /** One step: queues `items`, records the notification (at, coveredUntil) and clears the due time. */
  notified(owner: string, at: number, coveredUntil: number, items: OutboundRecord[]): Promise<void>;
  /** Clears the due time, and with `reset` the last notification too (a login: the next absence starts afresh). */
  clearDue(owner: string, reset: boolean): Promise<void>;

  /** Queues items durably; an id already queued is left as it is (a retry of the same request). */
  enqueue(items: OutboundRecord[]): Promise<void>;
  /**
   * Takes up to `limit` items ready by `now`: queued and due, or sending
   * with an expired lease (their node died mid-hand-off). Each is marked
   * sending for `leaseOwner` until now + leaseMs with one more attempt,
   * durably, before it is returned. Two nodes never take the same item.
   */
  claim(now: number, leaseOwner: string, leaseMs: number, limit: number): Promise<OutboundRecord[]>;
  /** Handed off: state sent, payload erased. */
  delivered(id: string, now: number): Promise<void>;
  /** Not handed off: queued again for `nextAttemptAt`. */
  retry(id: string, nextAttemptAt: number, error: string): Promise<void>;
  /** Given up: state failed, payload erased. */
  failed(id: string, now: number, error: string): Promise<void>;
  /** Items a dead process of this node held (LevelDB: every sending one, at start) are queued again; returns how many. */
  releaseLeases(leaseOwner?: string): Promise<number>;
  /** Fails every unsent item of a channel (removed or disabled); returns how many. */
  dropQueued(owner: string, channelId: string, reason: string, now: number): Promise<number>;
  /** Items, newest first, optionally only those in `states`. */
  outbound(options: { states?: OutboundState[]; limit: number }): Promise<OutboundRecord[]>;
  /** How many items are in each state, by kind. */
  outboundCounts(): Promise<Array<{ state: OutboundState; kind: NotifyKind; count: number }>>;
  /** Items created since `since`, by kind (the daily caps after a restart). */
  createdSince(since: number): Promise<Record<NotifyKind, number>>;
  /** Deletes sent and failed items done before `before`; returns how many. */
  sweepOutbound(before: number): Promise<number>;
  /** Deletes everything of `owner` (account deletion): channels, settings, queued items. */
  purgeUser(owner: string): Promise<void>;

  /** Channels and settings (a migration; the queue is not carried over: stop the node when it is empty). */
  exportAll(): Promise<{ channels: ChannelRecord[]; prefs: NotifyPrefs[] }>;
  importAll(data: { channels: ChannelRecord[]; prefs: NotifyPrefs[] }): Promise<void>;
}
