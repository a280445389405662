// Hands one outbound item to the world: email over SMTP, an SMS through the
// operator's gateway, a webhook call. Says whether it went (sent), may go
// later (retry) or never will (failed); the dispatcher records which.
import { randomBytes } from 'node:crypto';
import { NodeError } from '../errors.js';
import type { ChannelRecord, NotifyKind, OutboundRecord } from '../store/notify-types.js';
import { post, type PostResult } from './http-post.js';
import type { SmsGatewayOptions } from './options.js';
import type { EmailPayload, SmsPayload, WebhookPayload } from './render.js';
import { WEBHOOK_TYPE } from './render.js';
import { challengeResponse, signatureHeader } from './signature.js';
import { isPermanentSmtpError, type SmtpSender } from './smtp.js';
import type { Resolver } from './url-guard.js';

export type DeliveryOutcome = { result: 'sent' } | { result: 'retry'; error: string } | { result: 'failed'; error: string };

export interface TransportOptions {
  smtp: SmtpSender | undefined;
  sms: SmsGatewayOptions | undefined;
  webhooks: boolean;
  allowPrivateWebhooks: boolean;
  userAgent: string;
  now: () => number;
  resolver?: Resolver;
}

/** An HTTP status worth another try later (RFC 9110: timeouts, overload, server errors). */
function retryableStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

function httpOutcome(answer: PostResult): DeliveryOutcome {
  if (answer.status >= 200 && answer.status < 300) return { result: 'sent' };
  const error = `HTTP ${answer.status}${answer.body ? `: ${answer.body.slice(0, 200)}` : ''}`;
  return retryableStatus(answer.status) ? { result: 'retry', error } : { result: 'failed', error };
}

function thrownOutcome(err: unknown): DeliveryOutcome {
  const message = (err as Error).message ?? String(err);
  if (err instanceof NodeError && err.code === 'NOTIFY_URL_FORBIDDEN') return { result: 'failed', error: message };
  return { result: 'retry', error: message };
}

/** {to} {text} {id} in a template. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(to|text|id)\}/g, (_, name: string) => values[name] ?? '');
}

export class Transports {
  constructor(private readonly options: TransportOptions) {}

  /** Whether this node sends by `kind` at all (the operator's configuration). */
  available(kind: NotifyKind): boolean {
    return kind === 'email' ? this.options.smtp !== undefined : kind === 'sms' ? this.options.sms !== undefined : this.options.webhooks;
  }

  async deliver(item: OutboundRecord, channel: ChannelRecord | undefined): Promise<DeliveryOutcome> {
    if (!this.available(item.kind)) return { result: 'retry', error: `${item.kind} is not configured on this node now` };
    let payload: unknown;
    try {
      payload = JSON.parse(item.payload);
    } catch {
      return { result: 'failed', error: 'the queued payload is not readable' };
    }
    try {
      switch (item.kind) {
        case 'email':
          await this.options.smtp!.send(item.id, item.address, payload as EmailPayload);
          return { result: 'sent' };
        case 'sms':
          return httpOutcome(await this.sendSms(item, payload as SmsPayload));
        case 'webhook': {
          if (!channel) return { result: 'failed', error: 'the channel was removed' };
          const body = JSON.stringify({ id: item.id, type: WEBHOOK_TYPE[item.purpose], createdAt: Math.round(item.createdAt), ...(payload as WebhookPayload).body });
          return httpOutcome(await this.postSigned(item.address, body, Buffer.from(channel.secret, 'base64'), item.id, this.options.allowPrivateWebhooks));
        }
      }
    } catch (err) {
      if (item.kind === 'email' && isPermanentSmtpError(err)) return { result: 'failed', error: (err as Error).message };
      return thrownOutcome(err);
    }
  }

  private postSigned(url: string, body: string, secret: Uint8Array, id: string, allowPrivate: boolean, extra: Record<string, string> = {}): Promise<PostResult> {
    return post(
      url,
      body,
      { 'natter-signature': signatureHeader(secret, Math.round(this.options.now()), body), 'natter-id': id, 'idempotency-key': id, ...extra },
      { allowPrivate, userAgent: this.options.userAgent, ...(this.options.resolver && { resolver: this.options.resolver }) },
    );
  }

  private sendSms(item: OutboundRecord, sms: SmsPayload): Promise<PostResult> {
    const gateway = this.options.sms!;
    const values = { to: item.address, text: sms.text, id: item.id };
    // The operator's own gateway may sit on this machine or their LAN.
    switch (gateway.format ?? 'natter') {
      case 'natter': {
        const body = JSON.stringify({ id: item.id, to: item.address, text: sms.text, purpose: item.purpose });
        return this.postSigned(gateway.url, body, Buffer.from(gateway.secret ?? ''), item.id, true, gateway.headers ?? {});
      }
      case 'json': {
        const fields = Object.fromEntries(Object.entries(gateway.fields ?? { to: '{to}', text: '{text}' }).map(([k, v]) => [k, fill(v, values)]));
        return post(gateway.url, JSON.stringify(fields), { 'idempotency-key': item.id, ...gateway.headers }, { allowPrivate: true, userAgent: this.options.userAgent });
      }
      case 'form': {
        const form = new URLSearchParams(Object.entries(gateway.fields ?? { to: '{to}', text: '{text}' }).map(([k, v]): [string, string] => [k, fill(v, values)]));
        return post(gateway.url, form.toString(), { 'content-type': 'application/x-www-form-urlencoded', 'idempotency-key': item.id, ...gateway.headers }, { allowPrivate: true, userAgent: this.options.userAgent });
      }
    }
  }

  /**
   * A webhook's verification: a signed challenge it must answer with
   * {"challenge_response": HMAC(secret, challenge)}, proving it holds the
   * secret (an echo service or an unrelated endpoint cannot). Sent now,
   * not queued: the user waits for the answer.
   */
  async challenge(channel: ChannelRecord): Promise<void> {
    const challenge = randomBytes(16).toString('hex');
    const id = randomBytes(16).toString('hex');
    const body = JSON.stringify({ id, type: 'verify', createdAt: Math.round(this.options.now()), to: channel.owner, challenge });
    const secret = Buffer.from(channel.secret, 'base64');
    let answer: PostResult;
    try {
      answer = await this.postSigned(channel.address, body, secret, id, this.options.allowPrivateWebhooks);
    } catch (err) {
      if (err instanceof NodeError) throw err;
      throw new NodeError('NOTIFY_VERIFY_FAILED', `the webhook could not be reached: ${(err as Error).message}`);
    }
    if (answer.status < 200 || answer.status >= 300) throw new NodeError('NOTIFY_VERIFY_FAILED', `the webhook answered the challenge with HTTP ${answer.status}`);
    let response: unknown;
    try {
      response = (JSON.parse(answer.body) as { challenge_response?: unknown }).challenge_response;
    } catch {
      response = undefined;
    }
    if (response !== challengeResponse(secret, challenge)) {
      throw new NodeError('NOTIFY_VERIFY_FAILED', 'the webhook did not answer {"challenge_response": HMAC-SHA256(secret, "natter-challenge." + challenge)} (docs/extended.md)');
    }
  }
}
