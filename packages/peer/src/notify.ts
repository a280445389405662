// Extended delivery from the client's side (docs/protocol.md, "Extended
// delivery"): the receiver's channels and settings, and the sender's
// extended message, as plain values over a ControlChannel. The CLI's
// `natter notify`, `natter send --via`, /notify, /via and rpc use it.
import { randomBytes } from 'node:crypto';
import { natter, type ControlFrameInit, type DecodedControlFrame } from '@natter/wire';
import type { ControlChannel } from './session/control.js';
import { SessionError } from './session/errors.js';

export type NotifyKindName = 'email' | 'sms' | 'webhook';
export type NotifyChannelState = 'unverified' | 'active' | 'disabled';

export interface NotifyChannelInfo {
  id: string;
  kind: NotifyKindName;
  address: string;
  state: NotifyChannelState;
  reason: string;
  createdAt: number;
  failures: number;
}

export interface NotifySettingsInfo {
  channels: NotifyChannelInfo[];
  /** "22:00", "07:00" in `timeZone`; null: no quiet hours. */
  quiet: { from: string; to: string; timeZone: string } | null;
  delayMs: number;
  /** 0: one notification until the next login. */
  everyMs: number;
  allow: string[];
  notifications: boolean;
  /** What the node can send by. */
  available: NotifyKindName[];
}

export interface NotifyAdded {
  channel: NotifyChannelInfo;
  /** A webhook's signing secret (base64), shown once. */
  secret: string | undefined;
  /** Email, SMS: when the code sent expires (0 when none could be sent). */
  codeExpiresAt: number;
}

const Kind = natter.control.NotifyKind;
const KIND_NAMES: Record<number, NotifyKindName> = { [Kind.EMAIL]: 'email', [Kind.SMS]: 'sms', [Kind.WEBHOOK]: 'webhook' };
const WIRE_KIND: Record<NotifyKindName, number> = { email: Kind.EMAIL, sms: Kind.SMS, webhook: Kind.WEBHOOK };
const STATE_NAMES: Record<number, NotifyChannelState> = { 1: 'unverified', 2: 'active', 3: 'disabled' };

const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

function channelInfo(c: natter.control.INotifyChannel): NotifyChannelInfo {
  return {
    id: c.id ?? '',
    kind: KIND_NAMES[c.kind ?? 0] ?? 'email',
    address: c.address ?? '',
    state: STATE_NAMES[c.state ?? 0] ?? 'unverified',
    reason: c.reason ?? '',
    createdAt: Number(c.createdAtMs ?? 0),
    failures: c.failures ?? 0,
  };
}

function settingsInfo(frame: DecodedControlFrame): NotifySettingsInfo {
  const s = frame.notifySettings!;
  const q = s.quiet;
  return {
    channels: (s.channels ?? []).map(channelInfo),
    quiet: q ? { from: hhmm(q.fromMinute ?? 0), to: hhmm(q.toMinute ?? 0), timeZone: q.timeZone ?? 'UTC' } : null,
    delayMs: Number(s.delayMs ?? 0),
    everyMs: Number(s.everyMs ?? 0),
    allow: s.allow ?? [],
    notifications: Boolean(s.notifications),
    available: (s.available ?? []).map((k) => KIND_NAMES[k]!).filter(Boolean),
  };
}

export class NotifyClient {
  constructor(private readonly session: Pick<ControlChannel, 'request'>) {}

  private async ask(frame: ControlFrameInit): Promise<DecodedControlFrame> {
    try {
      return await this.session.request(frame);
    } catch (err) {
      // A node older than extended delivery cannot decode these frames.
      if (err instanceof SessionError && err.code === 'WIRE_MALFORMED') {
        throw new SessionError('UNSUPPORTED', 'this node does not know extended delivery (an older natter node): ask its operator to upgrade');
      }
      throw err;
    }
  }

  async list(): Promise<NotifySettingsInfo> {
    return settingsInfo(await this.ask({ notifyList: {} }));
  }

  async add(kind: NotifyKindName, address: string): Promise<NotifyAdded> {
    const a = (await this.ask({ notifyAdd: { kind: WIRE_KIND[kind], address } })).notifyAdded!;
    return {
      channel: channelInfo(a.channel ?? {}),
      secret: a.secret && a.secret.length ? Buffer.from(a.secret).toString('base64') : undefined,
      codeExpiresAt: Number(a.codeExpiresAtMs ?? 0),
    };
  }

  /** A code for email and SMS; none for a webhook (its challenge goes now); `resend` asks for a new code. */
  async verify(channelId: string, code = '', resend = false): Promise<NotifySettingsInfo> {
    return settingsInfo(await this.ask({ notifyVerify: { channelId, code, resend } }));
  }

  async remove(channelId: string): Promise<NotifySettingsInfo> {
    return settingsInfo(await this.ask({ notifyRemove: { channelId } }));
  }

  /** Minutes after midnight, in an IANA time zone. */
  async quiet(fromMinute: number, toMinute: number, timeZone: string): Promise<NotifySettingsInfo> {
    return settingsInfo(await this.ask({ notifyConfigure: { quiet: { fromMinute, toMinute, timeZone } } }));
  }

  async clearQuiet(): Promise<NotifySettingsInfo> {
    return settingsInfo(await this.ask({ notifyConfigure: { clearQuiet: true } }));
  }

  async delay(ms: number): Promise<NotifySettingsInfo> {
    return settingsInfo(await this.ask({ notifyConfigure: { delayMs: ms } }));
  }

  async every(ms: number): Promise<NotifySettingsInfo> {
    return settingsInfo(await this.ask({ notifyConfigure: { everyMs: ms } }));
  }

  async allow(user: string): Promise<NotifySettingsInfo> {
    return settingsInfo(await this.ask({ notifyConfigure: { allow: user } }));
  }

  async deny(user: string): Promise<NotifySettingsInfo> {
    return settingsInfo(await this.ask({ notifyConfigure: { deny: user } }));
  }

  async notifications(on: boolean): Promise<NotifySettingsInfo> {
    return settingsInfo(await this.ask({ notifyConfigure: { notifications: on } }));
  }

  async unsubscribe(code: string): Promise<void> {
    await this.ask({ notifyUnsubscribe: { code } });
  }

  /**
   * An extended message: `text` leaves end-to-end encryption (the node
   * reads it and hands it to the receiver's provider). The caller has the
   * user's consent. Returns the node's id for it.
   */
  async sendExtended(to: string, via: NotifyKindName, text: string, messageId: Uint8Array = randomBytes(16)): Promise<string> {
    return (await this.ask({ extendedSend: { to, via: WIRE_KIND[via], text, messageId } })).extendedQueued!.id ?? '';
  }
}
