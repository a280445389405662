// Extended delivery on the control channel (docs/protocol.md, "Extended
// delivery"): a receiver's channels and settings, a sender's extended
// message, an unsubscribe code. The work is the notify service's
// (notify/service.ts); this maps the wire to it and back.
import { natter, type ControlFrameInit } from '@natter/wire';
import { NodeError } from '../errors.js';
import type { NotifyChange, NotifySettingsView } from '../notify/index.js';
import type { NodeServices, UserLink } from '../services.js';
import type { ChannelRecord, NotifyKind } from '../store/notify-types.js';
import { maskAddress } from '../notify/addresses.js';

const Kind = natter.control.NotifyKind;
const State = natter.control.NotifyChannel.State;

const KIND_OF: Record<number, NotifyKind> = { [Kind.EMAIL]: 'email', [Kind.SMS]: 'sms', [Kind.WEBHOOK]: 'webhook' };
const WIRE_KIND: Record<NotifyKind, natter.control.NotifyKind> = { email: Kind.EMAIL, sms: Kind.SMS, webhook: Kind.WEBHOOK };
const WIRE_STATE = { unverified: State.UNVERIFIED, active: State.ACTIVE, disabled: State.DISABLED } as const;

function kindOf(kind: number | null | undefined): NotifyKind {
  const k = KIND_OF[kind ?? 0];
  if (!k) throw new NodeError('NOTIFY_ADDRESS_INVALID', 'the kind of channel is email, sms or webhook');
  return k;
}

function channelToWire(c: ChannelRecord): natter.control.NotifyChannel.$Properties {
  return { id: c.id, kind: WIRE_KIND[c.kind], address: maskAddress(c.kind, c.address), state: WIRE_STATE[c.state], reason: c.reason, createdAtMs: c.createdAt, failures: c.failures };
}

function settingsFrame(view: NotifySettingsView): ControlFrameInit {
  const p = view.prefs;
  return {
    notifySettings: {
      channels: view.channels.map(channelToWire),
      ...(p.quiet && { quiet: { fromMinute: p.quiet.fromMinute, toMinute: p.quiet.toMinute, timeZone: p.quiet.timeZone } }),
      delayMs: p.delayMs,
      everyMs: p.everyMs,
      allow: p.allow,
      notifications: p.notifications,
      available: view.available.map((k) => WIRE_KIND[k]),
    },
  };
}

export async function notifyAdd(services: NodeServices, connection: UserLink, request: natter.control.NotifyAdd): Promise<ControlFrameInit> {
  const added = await services.notify.add(connection.user.username, kindOf(request.kind), request.address ?? '');
  // The address in full for its owner, this once: they typed it.
  return { notifyAdded: { channel: { ...channelToWire(added.channel), address: added.channel.address }, ...(added.secret && { secret: added.secret }), codeExpiresAtMs: added.codeExpiresAt } };
}

export async function notifyVerify(services: NodeServices, connection: UserLink, request: natter.control.NotifyVerify): Promise<ControlFrameInit> {
  return settingsFrame(await services.notify.verify(connection.user.username, request.channelId ?? '', request.code ?? '', Boolean(request.resend)));
}

export async function notifyRemove(services: NodeServices, connection: UserLink, request: natter.control.NotifyRemove): Promise<ControlFrameInit> {
  await services.notify.remove(connection.user.username, request.channelId ?? '');
  return settingsFrame(await services.notify.settings(connection.user.username));
}

export async function notifyList(services: NodeServices, connection: UserLink): Promise<ControlFrameInit> {
  return settingsFrame(await services.notify.settings(connection.user.username));
}

export async function notifyConfigure(services: NodeServices, connection: UserLink, request: natter.control.NotifyConfigure): Promise<ControlFrameInit> {
  let change: NotifyChange;
  switch (request.change) {
    case 'quiet': {
      const q = request.quiet!;
      change = { quiet: { fromMinute: q.fromMinute ?? 0, toMinute: q.toMinute ?? 0, timeZone: q.timeZone || 'UTC' } };
      break;
    }
    case 'clearQuiet':
      change = { clearQuiet: true };
      break;
    case 'delayMs':
      change = { delayMs: Number(request.delayMs) };
      break;
    case 'everyMs':
      change = { everyMs: Number(request.everyMs) };
      break;
    case 'allow':
      change = { allow: request.allow ?? '' };
      break;
    case 'deny':
      change = { deny: request.deny ?? '' };
      break;
    case 'notifications':
      change = { notifications: Boolean(request.notifications) };
      break;
    default:
      throw new NodeError('NOTIFY_SETTING_INVALID', 'NotifyConfigure carries one change');
  }
  return settingsFrame(await services.notify.configure(connection.user.username, change));
}

/** Needs no login: the code is the permission, as the link in the email is. */
export async function notifyUnsubscribe(services: NodeServices, request: natter.control.NotifyUnsubscribe): Promise<ControlFrameInit> {
  await services.notify.unsubscribe(request.code ?? '');
  return { ok: {} };
}

export async function extendedSend(services: NodeServices, connection: UserLink, request: natter.control.ExtendedSend): Promise<ControlFrameInit> {
  const id = await services.notify.extended(connection.user.username, request.to ?? '', kindOf(request.via), request.text ?? '', request.messageId ?? new Uint8Array());
  return { extendedQueued: { id } };
}
