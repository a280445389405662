// What the operator configures for extended delivery (the `notify` key of
// the node's config file; docs/extended.md), and the defaults.

export interface SmtpOptions {
  host: string;
  /** Default 587 (submission with STARTTLS); 465 with `secure`. */
  port?: number;
  /** TLS from the first byte (port 465, "SMTPS"). */
  secure?: boolean;
  /** Without `secure`: STARTTLS required (default), used when offered, or never. */
  starttls?: 'required' | 'opportunistic' | 'never';
  user?: string;
  password?: string;
  /** The From: of every email, e.g. "natter <natter@example.org>". */
  from: string;
  /** Refuse a server certificate no CA vouches for (default true; false for a local MTA with its own). */
  rejectUnauthorized?: boolean;
}

/**
 * An SMS gateway: an HTTP endpoint natter POSTs to. `format: natter` (the
 * default) is natter's own signed JSON (docs/extended.md) for an adapter
 * the operator runs; `json` and `form` fill `fields` from templates
 * ({to}, {text}, {id}), with `headers` (e.g. Authorization), so a
 * provider's own API is a config entry, not code.
 */
export interface SmsGatewayOptions {
  url: string;
  format?: 'natter' | 'json' | 'form';
  /** HMAC key for the natter format's signature (any string; give the same to the adapter). */
  secret?: string;
  fields?: Record<string, string>;
  headers?: Record<string, string>;
}

export interface NotifyOptions {
  /** Where users' browsers reach the node's HTTP port, for the unsubscribe link (default https://HOST:PORT of the node). */
  publicUrl?: string;
  smtp?: SmtpOptions;
  sms?: SmsGatewayOptions;
  /** Webhooks on (default) or off. */
  webhooks?: boolean;
  /** Let webhooks point at loopback, private and link-local addresses (default false). */
  allowPrivateWebhooks?: boolean;
  /** Emails, SMS and webhook calls to one receiver per hour (default 20). */
  perReceiverPerHour?: number;
  /** Extended messages one sender may send per hour (default 20). */
  perSenderPerHour?: number;
  /** What this node sends per UTC day, by kind (defaults 1000 email, 100 SMS, 10000 webhook). */
  dailyCaps?: { email?: number; sms?: number; webhook?: number };
  /** Backoff of failed hand-offs: first wait, cap, attempts before giving up (defaults 30 s, 1 h, 10). */
  retryBaseMs?: number;
  retryMaxMs?: number;
  maxAttempts?: number;
  /** A channel is disabled after this many failed deliveries in a row (default 5). */
  disableAfterFailures?: number;
  /** How long a node holds an item it is handing off before another may take it (default 60 s). */
  leaseMs?: number;
  /** How often the queue and the schedule are looked at (default 1 s). */
  pollMs?: number;
  /** The shortest delay and period receivers may choose (default 1 minute). */
  minDelayMs?: number;
}

export interface ResolvedNotifyOptions {
  publicUrl: string;
  smtp: SmtpOptions | undefined;
  sms: SmsGatewayOptions | undefined;
  webhooks: boolean;
  allowPrivateWebhooks: boolean;
  perReceiverPerHour: number;
  perSenderPerHour: number;
  dailyCaps: { email: number; sms: number; webhook: number };
  retryBaseMs: number;
  retryMaxMs: number;
  maxAttempts: number;
  disableAfterFailures: number;
  leaseMs: number;
  pollMs: number;
  minDelayMs: number;
}

/** `nodeUrl` is asked when needed: the node's port is known only once it listens. */
export function resolveNotifyOptions(options: NotifyOptions, nodeUrl: () => string): ResolvedNotifyOptions {
  return {
    get publicUrl() {
      return (options.publicUrl ?? nodeUrl()).replace(/\/+$/, '');
    },
    smtp: options.smtp,
    sms: options.sms,
    webhooks: options.webhooks ?? true,
    allowPrivateWebhooks: options.allowPrivateWebhooks ?? false,
    perReceiverPerHour: options.perReceiverPerHour ?? 20,
    perSenderPerHour: options.perSenderPerHour ?? 20,
    dailyCaps: { email: options.dailyCaps?.email ?? 1000, sms: options.dailyCaps?.sms ?? 100, webhook: options.dailyCaps?.webhook ?? 10_000 },
    retryBaseMs: options.retryBaseMs ?? 30_000,
    retryMaxMs: options.retryMaxMs ?? 3600_000,
    maxAttempts: options.maxAttempts ?? 10,
    disableAfterFailures: options.disableAfterFailures ?? 5,
    leaseMs: options.leaseMs ?? 60_000,
    pollMs: options.pollMs ?? 1000,
    minDelayMs: options.minDelayMs ?? 60_000,
  };
}

/** Receivers' settings: limits and defaults. */
export const NOTIFY_LIMITS = {
  channelsPerUser: 5,
  allowPerUser: 200,
  defaultDelayMs: 10 * 60_000,
  maxDelayMs: 7 * 24 * 3600_000,
  defaultEveryMs: 3600_000,
  maxEveryMs: 7 * 24 * 3600_000,
  codeTtlMs: 15 * 60_000,
  /** Codes one channel may be sent per day, and the least time between two. */
  codesPerDay: 5,
  codeIntervalMs: 60_000,
  /** Extended message text, by kind (an SMS of 320 characters is two or three parts). */
  maxText: { email: 2000, webhook: 2000, sms: 320 },
} as const;
