// Extended delivery for the CLI, shared by `natter notify`, `natter send
// --via`, the chat's /notify and /via and `natter rpc`: the actions as
// words (`add email bob@example.org`, `quiet 22:00-07:00`), what each
// prints, and the consent text an extended message needs.
import type { NotifyAdded, NotifyClient, NotifyKindName, NotifySettingsInfo } from '@natter/peer';
import { CliError, EXIT } from './errors.js';

export const NOTIFY_ACTIONS = ['list', 'add', 'verify', 'remove', 'quiet', 'delay', 'every', 'allow', 'deny', 'on', 'off', 'unsubscribe'] as const;
export type NotifyAction = (typeof NOTIFY_ACTIONS)[number];
export const NOTIFY_KINDS: readonly NotifyKindName[] = ['email', 'sms', 'webhook'];

/** The named arguments each action takes, in the order of its words (the CLI's positionals, rpc's fields). */
export const NOTIFY_ACTION_ARGS: Record<NotifyAction, readonly string[]> = {
  list: [],
  add: ['kind', 'address'],
  verify: ['channel', 'code'],
  remove: ['channel'],
  quiet: ['range'],
  delay: ['duration'],
  every: ['duration'],
  allow: ['user'],
  deny: ['user'],
  on: [],
  off: [],
  unsubscribe: ['code'],
};

const usage = (message: string) => new CliError('USAGE', message, EXIT.USAGE);

/** "90s", "10m", "2h", "1d" (or plain milliseconds) -> ms. */
export function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|min|h|d)?$/.exec(text.trim().toLowerCase());
  if (!m) throw usage(`"${text}" is not a duration: 90s, 10m, 2h or 1d`);
  const unit = { ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3600_000, d: 86_400_000 }[m[2] ?? 'ms']!;
  return Math.round(Number(m[1]) * unit);
}

export function formatDuration(ms: number): string {
  if (ms % 86_400_000 === 0) return `${ms / 86_400_000}d`;
  if (ms % 3600_000 === 0) return `${ms / 3600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}

/** "22:00-07:00" -> minutes after midnight. */
export function parseQuietRange(text: string): { from: number; to: number } {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)-([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  if (!m) throw usage(`quiet hours are HH:MM-HH:MM (e.g. 22:00-07:00) or off, got "${text}"`);
  return { from: Number(m[1]) * 60 + Number(m[2]), to: Number(m[3]) * 60 + Number(m[4]) };
}

/** This machine's time zone: quiet hours are in the user's local time. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function kindArg(word: string | undefined): NotifyKindName {
  const kind = (word ?? '').toLowerCase();
  if (!NOTIFY_KINDS.includes(kind as NotifyKindName)) throw usage(`the channel is email, sms or webhook${word ? `, got "${word}"` : ''}`);
  return kind as NotifyKindName;
}

export type NotifyResult = { settings: NotifySettingsInfo; said: string } | { added: NotifyAdded; said: string } | { said: string };

/** Runs one action with its words (`add`, [`email`, `bob@example.org`]) and says in a sentence what happened. */
export async function runNotifyAction(notify: NotifyClient, action: NotifyAction, words: string[], options: { resend?: boolean; timeZone?: string } = {}): Promise<NotifyResult> {
  const need = (n: number, how: string) => {
    if (words.length < n) throw usage(how);
    if (words.length > n) throw usage(`too many words: ${how}`);
  };
  switch (action) {
    case 'list':
      need(0, 'list takes nothing');
      return { settings: await notify.list(), said: '' };
    case 'add': {
      need(2, 'add email ADDRESS | sms +NUMBER | webhook URL');
      const kind = kindArg(words[0]);
      const added = await notify.add(kind, words[1]!);
      const c = added.channel;
      const said =
        kind === 'webhook'
          ? `added webhook ${c.id}. Its signing secret (shown once; give it to the receiver): ${added.secret}\nthen verify it: natter notify verify ${c.id} (the node sends a signed challenge now; docs/extended.md)`
          : added.codeExpiresAt
            ? `added ${kind} ${c.id} (${c.address}): a code is on its way; confirm it with natter notify verify ${c.id} CODE (it expires ${new Date(added.codeExpiresAt).toLocaleTimeString()})`
            : `added ${kind} ${c.id} (${c.address}), but no code could be sent now: natter notify verify ${c.id} --resend`;
      return { added, said };
    }
    case 'verify': {
      if (words.length < 1 || words.length > 2) throw usage('verify CHANNEL [CODE] (a webhook: no code; --resend: a new code)');
      const [id, code = ''] = words as [string, string?];
      const settings = await notify.verify(id, code, Boolean(options.resend));
      const c = settings.channels.find((x) => x.id === id);
      return { settings, said: options.resend ? `a new code is on its way to ${c?.address ?? id}` : `${id} is verified: ${c?.kind === 'webhook' ? 'it answered the signed challenge' : 'the code matched'}` };
    }
    case 'remove':
      need(1, 'remove CHANNEL');
      return { settings: await notify.remove(words[0]!), said: `removed ${words[0]}: nothing more goes there` };
    case 'quiet': {
      need(1, 'quiet HH:MM-HH:MM | off');
      if (words[0]!.toLowerCase() === 'off') return { settings: await notify.clearQuiet(), said: 'no quiet hours' };
      const { from, to } = parseQuietRange(words[0]!);
      const tz = options.timeZone ?? localTimeZone();
      return { settings: await notify.quiet(from, to, tz), said: `quiet hours ${words[0]} (${tz}): notifications due then wait until they end` };
    }
    case 'delay': {
      need(1, 'delay DURATION (e.g. 10m)');
      const ms = parseDuration(words[0]!);
      return { settings: await notify.delay(ms), said: `a message that waited ${formatDuration(ms)} for you at the node is notified` };
    }
    case 'every': {
      need(1, 'every DURATION | login');
      const ms = words[0]!.toLowerCase() === 'login' ? 0 : parseDuration(words[0]!);
      return { settings: await notify.every(ms), said: ms ? `at most one notification every ${formatDuration(ms)}` : 'one notification, then none until you log in again' };
    }
    case 'allow':
      need(1, 'allow USER');
      return { settings: await notify.allow(words[0]!), said: `${words[0]!.toLowerCase()} may send you extended messages (they leave end-to-end encryption)` };
    case 'deny':
      need(1, 'deny USER');
      return { settings: await notify.deny(words[0]!), said: `${words[0]!.toLowerCase()} may not send you extended messages` };
    case 'on':
    case 'off':
      need(0, `${action} takes nothing`);
      return {
        settings: await notify.notifications(action === 'on'),
        said: action === 'on' ? 'notifications on: messages waiting for you are announced by your channels' : 'notifications off (your channels stay, for extended messages)',
      };
    case 'unsubscribe':
      need(1, 'unsubscribe CODE (from an email)');
      await notify.unsubscribe(words[0]!);
      return { said: 'unsubscribed: nothing more goes to that address' };
  }
}

/** The settings as lines for a terminal. */
export function settingsLines(s: NotifySettingsInfo): string[] {
  const lines: string[] = [];
  if (!s.channels.length) lines.push('no channels: natter notify add email ADDRESS | sms +NUMBER | webhook URL');
  for (const c of s.channels) {
    const state = c.state === 'disabled' ? `disabled: ${c.reason}` : c.state === 'unverified' ? `unverified: natter notify verify ${c.id}${c.kind === 'webhook' ? '' : ' CODE'}` : 'active';
    lines.push(`${c.id.padEnd(9)}${c.kind.padEnd(9)}${c.address}  (${state})`);
  }
  lines.push(
    `notifications ${s.notifications ? 'on' : 'off'}: after a message waited ${formatDuration(s.delayMs)}, ${s.everyMs ? `at most every ${formatDuration(s.everyMs)}` : 'once until you log in'}` +
      (s.quiet ? `, quiet ${s.quiet.from}-${s.quiet.to} ${s.quiet.timeZone}` : ''),
  );
  lines.push(`extended messages allowed from: ${s.allow.length ? s.allow.join(', ') : 'nobody'}`);
  lines.push(`this node sends by: ${s.available.length ? s.available.join(', ') : 'nothing (its operator configured no channels)'}`);
  return lines;
}

/** What the user consents to before an extended message goes. */
export function extendedWarning(to: string, via: NotifyKindName): string {
  const who = via === 'email' ? `${to}'s mail provider` : via === 'sms' ? "the node's SMS gateway and the phone network" : `${to}'s webhook`;
  return `This message leaves end-to-end encryption: the node (and its operator) reads it and hands it to ${who}. It is not stored after hand-off.`;
}
