// What each outbound item says, rendered once when it is queued: the
// payload is what the transport hands off, so a retry sends the same bytes.
// A notification carries counts and names only, never message content
// (the node has none: offline messages are sealed to the receiver).
import type { NotifyKind, OutboundPurpose } from '../store/notify-types.js';

/** An email as the SMTP transport takes it. */
export interface EmailPayload {
  subject: string;
  text: string;
  unsubscribeUrl: string;
}

/** An SMS as the gateway takes it. */
export interface SmsPayload {
  text: string;
}

/** A webhook call: the JSON body's fields besides id, type and timestamp. */
export interface WebhookPayload {
  body: Record<string, unknown>;
}

export type Payload = EmailPayload | SmsPayload | WebhookPayload;

export interface SenderCount {
  from: string;
  messages: number;
}

export interface RenderContext {
  /** The node's name in the text (its public URL's host). */
  nodeName: string;
  /** The unsubscribe link and code of the channel. */
  unsubscribeUrl: string;
  unsubscribeCode: string;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** "alice", "alice and carol", "alice, carol and 2 others" */
function names(counts: SenderCount[]): string {
  const list = counts.map((c) => c.from);
  if (list.length <= 2) return list.join(' and ');
  return `${list.slice(0, 2).join(', ')} and ${plural(list.length - 2, 'other')}`;
}

/** "3 new messages from alice" */
export function notificationSummary(counts: SenderCount[]): string {
  const total = counts.reduce((n, c) => n + c.messages, 0);
  return `${plural(total, 'new message')} from ${names(counts)}`;
}

function emailFooter(ctx: RenderContext, kind: 'verify' | 'notification' | 'message'): string {
  return [
    '',
    '--',
    kind === 'verify'
      ? `You get this because a user of the natter node ${ctx.nodeName} asked it to reach this address.`
      : `You get this ${kind} because this address is a verified natter channel on ${ctx.nodeName}.`,
    `To stop all email from ${ctx.nodeName} to this address, open ${ctx.unsubscribeUrl}`,
    `or run: natter notify unsubscribe ${ctx.unsubscribeCode}`,
  ].join('\n');
}

export function renderNotification(kind: NotifyKind, owner: string, counts: SenderCount[], ctx: RenderContext): Payload {
  const summary = notificationSummary(counts);
  const lines = counts.map((c) => `  ${plural(c.messages, 'message')} from ${c.from}`);
  switch (kind) {
    case 'email':
      return {
        subject: `natter: ${summary}`,
        text: [
          `Hello ${owner},`,
          '',
          `${summary} ${counts.reduce((n, c) => n + c.messages, 0) === 1 ? 'is' : 'are'} waiting for you on ${ctx.nodeName}:`,
          ...lines,
          '',
          'They are end-to-end encrypted: only your natter can read them. Log in to read them (natter chat).',
          'Quiet hours, the delay and how often you hear from us: natter notify --help.',
          emailFooter(ctx, 'notification'),
        ].join('\n'),
        unsubscribeUrl: ctx.unsubscribeUrl,
      };
    case 'sms':
      return { text: `natter: ${summary} waiting on ${ctx.nodeName}. Stop: ${ctx.unsubscribeUrl}` };
    case 'webhook':
      return { body: { to: owner, total: counts.reduce((n, c) => n + c.messages, 0), counts, summary } };
  }
}

export function renderVerification(kind: 'email' | 'sms', owner: string, code: string, ctx: RenderContext): Payload {
  if (kind === 'sms') return { text: `natter code for ${owner}: ${code} (natter notify verify). Not you? Ignore this.` };
  return {
    subject: `natter: your verification code ${code}`,
    text: [
      `Someone (${owner} on ${ctx.nodeName}, we hope you) asked to be notified at this address.`,
      '',
      `The code is ${code}. It expires in 15 minutes. Confirm with:`,
      '',
      `  natter notify verify <channel> ${code}`,
      '',
      'If that was not you, ignore this email: nothing more is sent here unless the code is confirmed.',
      emailFooter(ctx, 'verify'),
    ].join('\n'),
    unsubscribeUrl: ctx.unsubscribeUrl,
  };
}

/** An extended message: the sender's text, which left end-to-end encryption with their consent. */
export function renderExtended(kind: NotifyKind, owner: string, from: string, text: string, ctx: RenderContext): Payload {
  switch (kind) {
    case 'email':
      return {
        subject: `natter: message from ${from}`,
        text: [
          `${from} sent you this through ${ctx.nodeName} (not end-to-end encrypted: the node read it to pass it on):`,
          '',
          text,
          '',
          `Answer in natter (natter chat ${from}). Extended messages from ${from}: natter notify deny ${from} stops them.`,
          emailFooter(ctx, 'message'),
        ].join('\n'),
        unsubscribeUrl: ctx.unsubscribeUrl,
      };
    case 'sms':
      return { text: `natter, ${from}: ${text}` };
    case 'webhook':
      return { body: { to: owner, from, text } };
  }
}

/** The webhook `type` of a purpose. */
export const WEBHOOK_TYPE: Record<OutboundPurpose, string> = { verify: 'verify', notification: 'notification', message: 'message' };
