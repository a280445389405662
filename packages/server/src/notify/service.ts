// Extended delivery's requests: what a receiver does with their channels
// and settings, what a sender does with an extended message, the
// unsubscribe link, and the hooks the rest of the node calls (a message
// stored offline, a login, an account deleted). It queues; the dispatcher
// sends; the scheduler notifies (docs/extended.md).
import { createHash, randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { Clock } from '@natter/io';
import { NodeError } from '../errors.js';
import type { RateLimit, RateLimits } from '../rate-limits.js';
import type { ChannelRecord, NotifyKind, NotifyPrefs, NotifyStore, OutboundPurpose, OutboundRecord, QuietHoursRecord } from '../store/notify-types.js';
import { normalizeUsername } from '../usernames.js';
import { normalizeAddress, urlHost } from './addresses.js';
import { DailyCaps, utcDayStart } from './caps.js';
import { CODE_ATTEMPTS, checkCode, hashCode, newCode } from './codes.js';
import type { NotifyMetrics } from './metrics.js';
import { NOTIFY_LIMITS, type ResolvedNotifyOptions } from './options.js';
import { checkQuietHours } from './quiet-hours.js';
import { renderExtended, renderNotification, renderVerification, type Payload, type RenderContext } from './render.js';
import type { Transports } from './transports.js';
import { checkWebhookHost, type Resolver } from './url-guard.js';

/** A user's extended delivery, as the control channel answers it. */
export interface NotifySettingsView {
  channels: ChannelRecord[];
  prefs: NotifyPrefs;
  available: NotifyKind[];
}

export type NotifyChange =
  | { quiet: QuietHoursRecord }
  | { clearQuiet: true }
  | { delayMs: number }
  | { everyMs: number }
  | { allow: string }
  | { deny: string }
  | { notifications: boolean };

export interface NotifyServiceDeps {
  store: NotifyStore;
  transports: Transports;
  options: ResolvedNotifyOptions;
  clock: Clock;
  log: Logger;
  metrics: NotifyMetrics;
  limits: RateLimits;
  /** Something was queued: the dispatcher looks now. */
  queued(): void;
  resolver?: Resolver;
}

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** Base32 (RFC 4648, lower case, no padding): readable, and safe in a URL. */
function base32(bytes: Uint8Array): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
}

export function defaultPrefs(owner: string): NotifyPrefs {
  return {
    owner,
    delayMs: NOTIFY_LIMITS.defaultDelayMs,
    everyMs: NOTIFY_LIMITS.defaultEveryMs,
    quiet: null,
    allow: [],
    notifications: true,
    dueAt: null,
    lastNotifiedAt: 0,
    coveredUntil: 0,
  };
}

export class NotifyService {
  readonly caps: DailyCaps;
  private readonly perReceiver: RateLimit;
  private readonly perSender: RateLimit;
  private readonly challenges: RateLimit;

  constructor(private readonly deps: NotifyServiceDeps) {
    const { options, limits } = deps;
    this.caps = new DailyCaps(options.dailyCaps);
    this.perReceiver = limits('notify-receiver', options.perReceiverPerHour / 3600, options.perReceiverPerHour);
    this.perSender = limits('notify-sender', options.perSenderPerHour / 3600, options.perSenderPerHour);
    // A webhook challenge is a request the node makes for the user: a few at once, then one a minute.
    this.challenges = limits('notify-challenge', 1 / 60, 3);
  }

  /** The node as texts name it: its public URL's host. */
  private get nodeName(): string {
    return new URL(this.deps.options.publicUrl).host;
  }

  /** The counts of today's items (the caps survive a restart). */
  async start(): Promise<void> {
    const now = this.deps.clock.now();
    this.caps.restore(now, await this.deps.store.createdSince(utcDayStart(now)));
  }

  available(): NotifyKind[] {
    return (['email', 'sms', 'webhook'] as const).filter((k) => this.deps.transports.available(k));
  }

  private requireAvailable(kind: NotifyKind): void {
    if (this.deps.transports.available(kind)) return;
    const why = kind === 'email' ? 'its operator configured no SMTP server' : kind === 'sms' ? 'its operator configured no SMS gateway' : 'its operator turned webhooks off';
    throw new NodeError('NOTIFY_UNAVAILABLE', `this node sends no ${kind === 'sms' ? 'SMS' : kind}: ${why}`);
  }

  async settings(owner: string): Promise<NotifySettingsView> {
    const [channels, prefs] = await Promise.all([this.deps.store.channels(owner), this.deps.store.prefs(owner)]);
    return { channels, prefs: prefs ?? defaultPrefs(owner), available: this.available() };
  }

  private async ensurePrefs(owner: string): Promise<NotifyPrefs> {
    const prefs = await this.deps.store.prefs(owner);
    if (prefs) return prefs;
    const fresh = defaultPrefs(owner);
    await this.deps.store.putPrefs(fresh);
    return fresh;
  }

  private renderContext(channel: ChannelRecord): RenderContext {
    return { nodeName: this.nodeName, unsubscribeUrl: `${this.deps.options.publicUrl}/unsubscribe?t=${channel.unsubscribe}`, unsubscribeCode: channel.unsubscribe };
  }

  /** One outbound item, within the node's daily cap (NOTIFY_CAP_REACHED); the caller queues it. */
  private item(channel: ChannelRecord, purpose: OutboundPurpose, payload: Payload, sender = '', id = randomBytes(16).toString('hex')): OutboundRecord {
    const now = this.deps.clock.now();
    if (!this.caps.take(channel.kind, now)) {
      this.deps.metrics.refused.inc({ limit: `cap_${channel.kind}` });
      throw new NodeError('NOTIFY_CAP_REACHED', `this node has sent as many ${channel.kind === 'sms' ? 'SMS' : `${channel.kind}s`} today as its operator allows; try tomorrow`);
    }
    return {
      id,
      owner: channel.owner,
      channelId: channel.id,
      kind: channel.kind,
      address: channel.address,
      purpose,
      sender,
      payload: JSON.stringify(payload),
      createdAt: now,
      nextAttemptAt: now,
      attempts: 0,
      state: 'queued',
      leaseOwner: '',
      leaseUntil: 0,
      lastError: '',
      doneAt: 0,
    };
  }

  private async limited(limit: RateLimit, key: string, name: string, message: string): Promise<void> {
    const wait = await limit.take(key);
    if (wait > 0) {
      this.deps.metrics.refused.inc({ limit: name });
      throw new NodeError('NOTIFY_RATE_LIMITED', message, wait);
    }
  }

  // ------------------------------------------------------------ receivers

  async add(owner: string, kind: NotifyKind, rawAddress: string): Promise<{ channel: ChannelRecord; secret: Buffer | undefined; codeExpiresAt: number }> {
    this.requireAvailable(kind);
    const address = normalizeAddress(kind, rawAddress);
    const existing = (await this.deps.store.channels(owner)).find((c) => c.kind === kind && c.address === address);
    if (existing) throw new NodeError('NOTIFY_ADDRESS_INVALID', `${address} is your channel ${existing.id} already (natter notify verify ${existing.id} to confirm it, remove to drop it)`);
    if (kind === 'webhook') await checkWebhookHost(urlHost(new URL(address)), this.deps.options.allowPrivateWebhooks, this.deps.resolver);
    const now = this.deps.clock.now();
    const secret = kind === 'webhook' ? randomBytes(32) : undefined;
    const channel: ChannelRecord = {
      owner,
      id: `${kind[0]}${randomBytes(3).toString('hex')}`,
      kind,
      address,
      secret: secret ? secret.toString('base64') : '',
      state: 'unverified',
      reason: '',
      createdAt: now,
      verifiedAt: 0,
      failures: 0,
      code: null,
      codesSent: [],
      unsubscribe: base32(randomBytes(15)),
    };
    if (!(await this.deps.store.addChannel(channel, NOTIFY_LIMITS.channelsPerUser))) {
      throw new NodeError('NOTIFY_CHANNEL_LIMIT', `you have ${NOTIFY_LIMITS.channelsPerUser} channels, the most one user may have: remove one first`);
    }
    await this.ensurePrefs(owner);
    let codeExpiresAt = 0;
    if (kind !== 'webhook') {
      try {
        codeExpiresAt = await this.sendCode(channel);
      } catch (err) {
        // The channel stays (a code can be asked for again later).
        this.deps.log.warn({ err, owner, channel: channel.id }, 'notify: first verification code not queued');
      }
    }
    return { channel: (await this.deps.store.channel(owner, channel.id)) ?? channel, secret, codeExpiresAt };
  }

  /** Queues a new code for an email or SMS channel; when it expires. */
  private async sendCode(channel: ChannelRecord): Promise<number> {
    const now = this.deps.clock.now();
    const recent = channel.codesSent.filter((t) => t > now - DAY);
    const last = Math.max(0, ...recent);
    if (recent.length >= NOTIFY_LIMITS.codesPerDay) {
      this.deps.metrics.refused.inc({ limit: 'verify' });
      throw new NodeError('NOTIFY_RATE_LIMITED', `${NOTIFY_LIMITS.codesPerDay} codes a day per channel: try tomorrow`, Math.min(...recent) + DAY - now);
    }
    if (last > now - NOTIFY_LIMITS.codeIntervalMs) {
      this.deps.metrics.refused.inc({ limit: 'verify' });
      throw new NodeError('NOTIFY_RATE_LIMITED', 'one code a minute: wait for the one on its way', last + NOTIFY_LIMITS.codeIntervalMs - now);
    }
    const code = newCode();
    const expiresAt = now + NOTIFY_LIMITS.codeTtlMs;
    const item = this.item(channel, 'verify', renderVerification(channel.kind as 'email' | 'sms', channel.owner, code, this.renderContext(channel)));
    await this.deps.store.updateChannel(channel.owner, channel.id, { code: { hash: hashCode(channel.owner, channel.id, code), expiresAt, attempts: 0 }, codesSent: [...recent, now] });
    await this.deps.store.enqueue([item]);
    this.deps.queued();
    return expiresAt;
  }

  private async channelOf(owner: string, id: string): Promise<ChannelRecord> {
    const channel = await this.deps.store.channel(owner, id);
    if (!channel) throw new NodeError('NOTIFY_NO_SUCH_CHANNEL', `you have no channel ${id} (natter notify list shows yours)`);
    return channel;
  }

  async verify(owner: string, id: string, code: string, resend: boolean): Promise<NotifySettingsView> {
    const channel = await this.channelOf(owner, id);
    if (channel.state === 'disabled' && channel.reason.startsWith('unsubscribed')) {
      throw new NodeError('NOTIFY_CODE_INVALID', `${id} was unsubscribed from its own emails or messages: remove it and add it again`);
    }
    if (channel.kind === 'webhook') {
      if (code || resend) throw new NodeError('NOTIFY_CODE_INVALID', 'a webhook is verified by a signed challenge, not a code: verify it without one');
      await this.limited(this.challenges, owner, 'verify', 'webhook challenges: a few at once, then one a minute');
      try {
        await this.deps.transports.challenge(channel);
      } catch (err) {
        this.deps.metrics.verifications.inc({ kind: 'webhook', result: 'failed' });
        throw err;
      }
      await this.activate(channel);
      return this.settings(owner);
    }
    this.requireAvailable(channel.kind);
    if (resend) {
      await this.sendCode(channel);
      return this.settings(owner);
    }
    const now = this.deps.clock.now();
    const check = checkCode(channel.code, owner, id, code, now);
    if (check !== 'ok') {
      this.deps.metrics.verifications.inc({ kind: channel.kind, result: check });
      if (check === 'wrong' && channel.code) {
        const attempts = channel.code.attempts + 1;
        await this.deps.store.updateChannel(owner, id, { code: { ...channel.code, attempts } });
        const left = CODE_ATTEMPTS - attempts;
        throw new NodeError('NOTIFY_CODE_INVALID', left > 0 ? `wrong code; ${left} more ${left === 1 ? 'try' : 'tries'} for this one` : `wrong code, and that was its last try: ask for a new one (natter notify verify ${id} --resend)`);
      }
      const why = check === 'expired' ? 'the code expired' : check === 'used-up' ? 'the code had too many wrong tries' : 'no code was sent';
      throw new NodeError('NOTIFY_CODE_INVALID', `${why}: ask for a new one (natter notify verify ${id} --resend)`);
    }
    await this.activate(channel);
    return this.settings(owner);
  }

  private async activate(channel: ChannelRecord): Promise<void> {
    await this.deps.store.updateChannel(channel.owner, channel.id, { state: 'active', reason: '', code: null, failures: 0, verifiedAt: this.deps.clock.now() });
    this.deps.metrics.verifications.inc({ kind: channel.kind, result: 'ok' });
    this.deps.log.info({ owner: channel.owner, channel: channel.id, kind: channel.kind }, 'notify: channel verified');
  }

  async remove(owner: string, id: string): Promise<void> {
    if (!(await this.deps.store.deleteChannel(owner, id))) throw new NodeError('NOTIFY_NO_SUCH_CHANNEL', `you have no channel ${id} (natter notify list shows yours)`);
    await this.deps.store.dropQueued(owner, id, 'the channel was removed', this.deps.clock.now());
  }

  async configure(owner: string, change: NotifyChange): Promise<NotifySettingsView> {
    const prefs = await this.ensurePrefs(owner);
    const next = { ...prefs };
    if ('quiet' in change) next.quiet = checkQuietHours(change.quiet);
    else if ('clearQuiet' in change) next.quiet = null;
    else if ('delayMs' in change) {
      if (!Number.isFinite(change.delayMs) || change.delayMs < this.deps.options.minDelayMs || change.delayMs > NOTIFY_LIMITS.maxDelayMs) {
        throw new NodeError('NOTIFY_SETTING_INVALID', `the delay is ${this.deps.options.minDelayMs / 1000} s to 7 days`);
      }
      next.delayMs = change.delayMs;
    } else if ('everyMs' in change) {
      if (!Number.isFinite(change.everyMs) || change.everyMs < 0 || change.everyMs > NOTIFY_LIMITS.maxEveryMs || (change.everyMs > 0 && change.everyMs < this.deps.options.minDelayMs)) {
        throw new NodeError('NOTIFY_SETTING_INVALID', `the period is 0 (one notification until your next login) or ${this.deps.options.minDelayMs / 1000} s to 7 days`);
      }
      next.everyMs = change.everyMs;
    } else if ('allow' in change) {
      const name = normalizeName(change.allow);
      if (name === owner) throw new NodeError('NOTIFY_SETTING_INVALID', 'you need no permission to reach yourself');
      if (!next.allow.includes(name)) {
        if (next.allow.length >= NOTIFY_LIMITS.allowPerUser) throw new NodeError('NOTIFY_SETTING_INVALID', `at most ${NOTIFY_LIMITS.allowPerUser} users may be allowed`);
        next.allow = [...next.allow, name].sort();
      }
    } else if ('deny' in change) next.allow = next.allow.filter((n) => n !== normalizeName(change.deny));
    else if ('notifications' in change) next.notifications = change.notifications;
    await this.deps.store.putPrefs(next);
    return this.settings(owner);
  }

  /** The link or code from an email: the channel stops, whoever asks (the token is the permission). */
  async unsubscribe(token: string): Promise<ChannelRecord> {
    const channel = /^[a-z2-7]{24}$/.test(token.trim()) ? await this.deps.store.channelByUnsubscribe(token.trim()) : undefined;
    if (!channel) throw new NodeError('NOTIFY_NO_SUCH_CHANNEL', 'that unsubscribe code belongs to no channel (already removed?)');
    if (channel.state !== 'disabled') {
      const now = this.deps.clock.now();
      await this.deps.store.updateChannel(channel.owner, channel.id, { state: 'disabled', reason: `unsubscribed ${new Date(now).toISOString()}`, code: null });
      await this.deps.store.dropQueued(channel.owner, channel.id, 'unsubscribed', now);
      this.deps.metrics.disabled.inc({ kind: channel.kind, why: 'unsubscribed' });
      this.deps.log.info({ owner: channel.owner, channel: channel.id, kind: channel.kind }, 'notify: unsubscribed');
    }
    return channel;
  }

  // ------------------------------------------------------------ senders

  /**
   * An extended message: `from` asks the node to pass `text` to `to` by
   * their channel of kind `via`. Queued durably; its text is erased from
   * the queue at hand-off. Only for receivers who allow `from`.
   */
  async extended(from: string, rawTo: string, via: NotifyKind, text: string, messageId: Uint8Array): Promise<string> {
    const to = normalizeName(rawTo, 'EXTENDED_NOT_ALLOWED');
    const max = NOTIFY_LIMITS.maxText[via];
    if ([...text].length > max) throw new NodeError('EXTENDED_TOO_LONG', `an extended message by ${via} is at most ${max} characters`);
    if (!text.trim()) throw new NodeError('EXTENDED_TOO_LONG', 'an extended message needs some text');
    this.requireAvailable(via);
    const prefs = await this.deps.store.prefs(to);
    // The same answer for no such user, no settings, and not allowed: a stranger learns nothing.
    if (!prefs?.allow.includes(from)) throw new NodeError('EXTENDED_NOT_ALLOWED', `${to} does not allow extended messages from you (they can: natter notify allow ${from})`);
    const channel = (await this.deps.store.channels(to)).find((c) => c.kind === via && c.state === 'active');
    if (!channel) throw new NodeError('EXTENDED_NO_CHANNEL', `${to} has no verified ${via === 'sms' ? 'SMS' : via} channel`);
    await this.limited(this.perSender, from, 'sender', 'you sent as many extended messages as the node allows for now');
    await this.limited(this.perReceiver, to, 'receiver', `${to} got as many extended messages and notifications as the node allows for now`);
    // The sender's message id makes the item's id: a retry of the same request is not queued twice.
    const id = createHash('sha256').update(`natter-extended\0${from}\0${to}\0${via}\0`).update(messageId.length ? messageId : randomBytes(16)).digest('hex').slice(0, 32);
    const item = this.item(channel, 'message', renderExtended(via, to, from, text, this.renderContext(channel)), from, id);
    await this.deps.store.enqueue([item]);
    this.deps.queued();
    this.deps.log.info({ from, to, via, id }, 'notify: extended message queued');
    return id;
  }

  // ------------------------------------------------------------ hooks

  /** A message for `to` was stored offline: their notification becomes due after their delay. Never throws. */
  messageStored(to: string, storedAt: number): void {
    this.deps.store
      .prefs(to)
      .then((prefs) => (prefs?.notifications ? this.deps.store.setDue(to, storedAt + prefs.delayMs) : undefined))
      .catch((err: unknown) => this.deps.log.warn({ err, to }, 'notify: could not schedule a notification (the schedule recovers at the next start)'));
  }

  /** `owner` logged in: they see their messages now; their next absence starts afresh. Never throws. */
  loggedIn(owner: string): void {
    this.deps.store.clearDue(owner, true).catch((err: unknown) => this.deps.log.warn({ err, owner }, 'notify: could not reset the schedule at login'));
  }

  /** The items of one notification for `prefs.owner`: one per active channel within the receiver's rate and the node's caps. */
  async notificationItems(prefs: NotifyPrefs, counts: Array<{ from: string; messages: number }>): Promise<OutboundRecord[]> {
    const items: OutboundRecord[] = [];
    for (const channel of await this.deps.store.channels(prefs.owner)) {
      if (channel.state !== 'active') continue;
      try {
        await this.limited(this.perReceiver, prefs.owner, 'receiver', 'receiver rate');
        items.push(this.item(channel, 'notification', renderNotification(channel.kind, prefs.owner, counts, this.renderContext(channel))));
      } catch (err) {
        this.deps.log.warn({ owner: prefs.owner, channel: channel.id, why: (err as Error).message }, 'notify: notification not queued');
      }
    }
    return items;
  }

  async purgeUser(owner: string): Promise<void> {
    await this.deps.store.purgeUser(owner);
  }
}

function normalizeName(raw: string, code: 'NOTIFY_SETTING_INVALID' | 'EXTENDED_NOT_ALLOWED' = 'NOTIFY_SETTING_INVALID'): string {
  try {
    return normalizeUsername(raw);
  } catch {
    throw new NodeError(code, `"${raw}" is not a user name`);
  }
}
