// The chat's slash commands, one table: what each is called (and its
// aliases), how it is used, what /help says about it, and what it does.
// /help and Tab completion read the same table.
import type { NatReport } from '@natter/stun';
import type { PeerApi, Status } from '../peer-api.js';
import { lastSeenLabel, statusLabel } from '../format.js';
import { deviceAction } from '../commands/devices.js';
import { CliError, EXIT } from '../errors.js';
import { closest } from '../argv/suggest.js';
import { buddyVerb } from '../commands/buddies.js';
import type { BuddyVerb } from '../commands/buddy-actions.js';
import { liveVerification, safetyRows } from '../commands/verify.js';
import { CLASSIC } from '../commands/nat.js';
import type { Style } from './screen.js';
import { FILE_COMMANDS } from './file-commands.js';
import { NOTIFY_ACTIONS, extendedWarning, kindArg, runNotifyAction, settingsLines, type NotifyAction } from '../notify-actions.js';
import type { NotifyKindName } from '@natter/peer';

/** An extended message the user was warned about and has not confirmed yet (/via, then /via yes). */
const pendingExtended = new WeakMap<ChatSession, { to: string; via: NotifyKindName; text: string }>();

/** What a slash command sees of the chat and may do to it. */
export interface ChatSession {
  readonly peer: PeerApi;
  /** The buddy typed lines go to. */
  readonly current: string | undefined;
  /** Your NAT, once classified at login. */
  readonly myNat: NatReport | undefined;
  /** Typed lines go to `buddy` from now on. */
  talkTo(buddy: string): void;
  notice(text: string, style?: Style): void;
  showHistory(buddy: string, n: number): Promise<unknown>;
  sendText(text: string): Promise<void>;
  setMyStatus(status: Status, text: string): void;
  /** Why the path to `buddy` is what it is ("hole punched (direct) in 3 ms"). */
  pathWhy(buddy: string): string | undefined;
  /** The buddy's key saved in the profile, when the node sent none. */
  knownKey(buddy: string): Buffer | undefined;
  clearLog(): void;
  refreshStatus(): void;
  quit(): void;
}

/** A typed command line: `/msg bob see you` */
export interface SlashInput {
  /** The whole line. */
  line: string;
  /** The command as typed: `/msg`, `/m`. */
  typed: string;
  /** The words after it. */
  words: string[];
  /** The first of them, lower-cased (a user name, a state, a number). */
  arg: string | undefined;
}

export interface SlashCommand {
  /** Without the slash: `msg`. */
  name: string;
  aliases: readonly string[];
  /** `/msg USER [TEXT]` */
  usage: string;
  describe: string;
  run(chat: ChatSession, input: SlashInput): void | Promise<void>;
}

const usage = (message: string) => new CliError('USAGE', message, EXIT.USAGE);

/** The text after the command and its first word: `/msg bob see you` -> `see you`. */
const textAfterArg = (line: string) => line.replace(/^\S+\s+\S+\s?/, '');

function buddyArg(chat: ChatSession, { arg, typed }: SlashInput): string {
  const buddy = arg ?? chat.current;
  if (!buddy) throw usage(`name a buddy: ${typed} USER`);
  return buddy;
}

function buddyCommand(verb: BuddyVerb, describe: string): SlashCommand {
  return {
    name: verb,
    aliases: [],
    usage: `/${verb} USER`,
    describe,
    async run(chat, { arg, typed }) {
      if (!arg) throw usage(`${typed} USER`);
      chat.notice(await buddyVerb(chat.peer, verb, arg));
      if (verb === 'accept' && !chat.current) chat.talkTo(arg);
      chat.refreshStatus();
    },
  };
}

function listBuddies(chat: ChatSession): void {
  const list = chat.peer.buddies();
  const req = chat.peer.requests();
  if (!list.length) chat.notice('no buddies yet: /add USER');
  for (const b of list) {
    const mark = b.username === chat.current ? '>' : ' ';
    chat.notice(`${mark}${b.username.padEnd(12)} ${statusLabel(b).padEnd(14)} ${b.path.padEnd(8)} ${b.online ? b.nat : '-'}`);
    // With several devices, each on its own line: where it is online and our path to it.
    if (b.devices.length > 1) {
      for (const d of b.devices) chat.notice(`   ${d.name.slice(0, 12).padEnd(12)} ${(d.online ? 'online' : `seen ${lastSeenLabel(d)}`).padEnd(14)} ${d.path.padEnd(8)} ${d.online ? d.nat : '-'}${d.trusted ? '' : ' (unverified)'}`);
    }
  }
  if (req.incoming.length) chat.notice(`requests from: ${req.incoming.join(', ')} (/accept USER)`, 'warn');
  if (req.outgoing.length) chat.notice(`waiting for: ${req.outgoing.join(', ')}`);
  if (req.blocked.length) chat.notice(`blocked: ${req.blocked.join(', ')}`);
}

export const SLASH_COMMANDS: readonly SlashCommand[] = [
  {
    name: 'msg',
    aliases: ['m', 'query'],
    usage: '/msg USER [TEXT]',
    describe: 'talk to USER (and send TEXT)',
    async run(chat, { line, words, arg }) {
      if (!arg) throw usage('/msg USER [TEXT]');
      chat.talkTo(arg);
      const b = chat.peer.buddies().find((x) => x.username === arg);
      chat.notice(b ? `talking to ${arg} (${statusLabel(b)}, ${b.path})` : `${arg} is not your buddy: /add ${arg}`, b ? 'notice' : 'warn');
      if (b) await chat.showHistory(arg, 10);
      const text = textAfterArg(line);
      if (words.length > 1 && text.trim()) await chat.sendText(text);
    },
  },
  { name: 'buddies', aliases: ['b'], usage: '/buddies', describe: 'status, path, NAT of each; requests', run: listBuddies },
  buddyCommand('add', 'ask USER to be your buddy'),
  buddyCommand('accept', "accept USER's request"),
  buddyCommand('decline', "refuse USER's request"),
  buddyCommand('remove', 'end it'),
  buddyCommand('block', "also drop USER's requests silently"),
  buddyCommand('unblock', 'undo /block'),
  {
    name: 'status',
    aliases: [],
    usage: '/status STATE [TEXT]',
    describe: 'STATE: online, away or busy',
    async run(chat, { line, arg }) {
      const status = (arg ?? '') as Status;
      if (!['online', 'away', 'busy'].includes(status)) throw usage('/status online|away|busy [TEXT]');
      const text = textAfterArg(line).trim();
      await chat.peer.setStatus(status, text);
      chat.setMyStatus(status, text);
      chat.notice(`you are ${status}${text ? `: ${text}` : ''}`);
    },
  },
  {
    name: 'history',
    aliases: [],
    usage: '/history [N]',
    describe: 'the last N messages with this buddy',
    async run(chat, { arg }) {
      const b = chat.current;
      if (!b) throw usage('no buddy: /msg USER first');
      const n = arg ? Number(arg) : 20;
      if (!Number.isInteger(n) || n < 1) throw usage('/history [N]: N is a positive number');
      await chat.showHistory(b, n);
    },
  },
  {
    name: 'path',
    aliases: [],
    usage: '/path [USER]',
    describe: 'direct or relayed, and why',
    run(chat, input) {
      const b = buddyArg(chat, input);
      const path = chat.peer.pathOf(b);
      const why = chat.pathWhy(b);
      const info = chat.peer.buddies().find((x) => x.username === b);
      if (!info) return chat.notice(`${b} is not your buddy`, 'warn');
      if (path === 'offline') return chat.notice(`${b} is offline: messages are stored by the node and delivered at their next login`);
      chat.notice(
        path === 'direct'
          ? `${b}: direct, peer to peer over UDP${why ? ` (${why})` : ''}`
          : `${b}: relayed through the node${why ? ` (${why})` : ' (a direct path is tried in the background)'}; their NAT: ${info.nat}`,
      );
    },
  },
  {
    name: 'verify',
    aliases: [],
    usage: '/verify [USER] [accept]',
    describe: 'safety number to compare with them; accept: take their changed key',
    run(chat, input) {
      // `/verify accept` (the current buddy) or `/verify bob accept`.
      const accept = input.words[input.words.length - 1]?.toLowerCase() === 'accept';
      const b = buddyArg(chat, accept && input.words.length === 1 ? { ...input, arg: undefined } : input);
      const v = liveVerification(chat.peer, b, chat.knownKey(b));
      if (!v) return chat.notice(`no key known for ${b}: only buddies' keys are`, 'warn');
      const [r1, r2] = safetyRows(v);
      const held = chat.peer.keyHeld(b);
      chat.notice(`safety number of ${v.me} and ${v.buddy}${held ? ' (their NEW key)' : ''} (compare with ${b}'s /verify ${v.me}):`);
      chat.notice(`  ${r1}`, 'bold');
      chat.notice(`  ${r2}`, 'bold');
      chat.notice(`keys: ${v.me} ${v.myFingerprint}, ${v.buddy} ${v.buddyFingerprint}`);
      if (accept) {
        if (chat.peer.acceptKey(b)) chat.notice(`accepted ${b}'s new key; held messages go out now`);
        else chat.notice(`nothing to accept: ${b}'s key is the one you know`);
      } else if (held) chat.notice(`${b}'s key changed and your messages to them are held: if the numbers match, /verify ${b} accept`, 'warn');
    },
  },
  {
    name: 'nat',
    aliases: [],
    usage: '/nat',
    describe: "your NAT type and your buddy's",
    run(chat) {
      const r = chat.myNat;
      chat.notice(
        r
          ? `your NAT: ${CLASSIC[r.nat]} (${r.nat}); mapping ${r.mapping}, filtering ${r.filtering}; public ${r.mappedAddress ?? 'unknown'}`
          : 'your NAT: not measured (yet); natter nat --server HOST classifies it',
      );
      const b = chat.current && chat.peer.buddies().find((x) => x.username === chat.current);
      if (b) chat.notice(`${b.username}'s NAT: ${b.online ? (CLASSIC[b.nat as keyof typeof CLASSIC] ?? b.nat) : 'unknown (offline)'}`);
    },
  },
  ...FILE_COMMANDS,
  {
    name: 'devices',
    aliases: [],
    usage: '/devices [ACTION]',
    describe: 'yours; approve CODE|remove D|rename D N',
    async run(chat, { words }) {
      const [action, arg, ...rest] = words;
      if (!action || action === 'list') {
        for (const d of await chat.peer.refreshDevices()) {
          const state = d.state === 'pending' ? 'pending approval' : d.online ? `online, ${d.self ? 'this device' : d.path}` : `offline, seen ${lastSeenLabel(d)}`;
          chat.notice(`${d.name}${d.self ? ' *' : ''}  ${d.id.slice(0, 8)}  ${state}`);
        }
        return;
      }
      if (action !== 'approve' && action !== 'remove' && action !== 'rename') throw usage('/devices [approve CODE|remove DEVICE|rename DEVICE NAME]');
      if (!arg) throw usage(`/devices ${action} ${action === 'approve' ? 'CODE' : 'DEVICE'}`);
      chat.notice((await deviceAction(chat.peer, action, arg, rest.join(' ') || undefined)).said);
    },
  },
  {
    name: 'notify',
    aliases: [],
    usage: '/notify [ACTION ...]',
    describe: 'email/SMS/webhook when away (as natter notify)',
    async run(chat, { words }) {
      const [first = 'list', ...rest] = words;
      const action = first.toLowerCase() as NotifyAction;
      if (!NOTIFY_ACTIONS.includes(action)) throw usage(`/notify ${NOTIFY_ACTIONS.join('|')} ...`);
      const resend = rest[rest.length - 1]?.toLowerCase() === 'resend';
      const result = await runNotifyAction(chat.peer.notify, action, resend ? rest.slice(0, -1) : rest, { resend });
      for (const line of result.said.split('\n')) if (line) chat.notice(line);
      if ('settings' in result && (action === 'list' || action === 'verify' || action === 'remove')) for (const line of settingsLines(result.settings)) chat.notice(line);
    },
  },
  {
    name: 'via',
    aliases: [],
    usage: '/via KIND TEXT',
    describe: 'by email/sms/webhook, not E2E; /via yes',
    async run(chat, { line, arg, typed }) {
      if (arg === 'yes') {
        const pending = pendingExtended.get(chat);
        pendingExtended.delete(chat);
        if (!pending) return chat.notice('nothing to send (/via email|sms|webhook TEXT first)', 'warn');
        const id = await chat.peer.notify.sendExtended(pending.to, pending.via, pending.text);
        return chat.notice(`queued for ${pending.to} by ${pending.via} (not end-to-end encrypted): ${id.slice(0, 8)}`);
      }
      const to = chat.current;
      if (!to) throw usage('no buddy: /msg USER first');
      const via = kindArg(arg);
      const text = textAfterArg(line).trim();
      if (!text) throw usage(`${typed} email|sms|webhook TEXT`);
      pendingExtended.set(chat, { to, via, text });
      chat.notice(extendedWarning(to, via), 'warn');
      chat.notice(`/via yes sends it to ${to} by ${via}; another command forgets it`, 'warn');
    },
  },
  { name: 'clear', aliases: [], usage: '/clear', describe: 'clear the window', run: (chat) => chat.clearLog() },
  {
    name: 'help',
    aliases: ['?'],
    usage: '/help',
    describe: 'this list',
    run(chat) {
      for (const c of SLASH_COMMANDS) chat.notice(`${c.usage.padEnd(22)}${c.describe}${c.aliases.length ? ` (also ${c.aliases.map((a) => `/${a}`).join(', ')})` : ''}`);
      // One line, so the list stays one 80x24 screen.
      chat.notice('keys: Ctrl-A/E/U/K/W Home/End Up/Down PgUp/PgDn Tab; //x sends /x');
    },
  },
  { name: 'quit', aliases: ['exit', 'q'], usage: '/quit', describe: 'leave (also Ctrl-C, Ctrl-D)', run: (chat) => chat.quit() },
];

/** `/m` -> the /msg command; an unknown one is a USAGE error naming it (and what was meant). */
export function findSlashCommand(typed: string): SlashCommand {
  const name = typed.slice(1).toLowerCase();
  const found = SLASH_COMMANDS.find((c) => c.name === name || c.aliases.includes(name));
  if (found) return found;
  const guess = closest(name, SLASH_COMMANDS.map((c) => c.name));
  throw usage(`unknown command ${typed}${guess ? `; did you mean /${guess}?` : ''}: /help lists them`);
}

/** What Tab completes a word starting with `/` to: each command's name. */
export const SLASH_COMPLETIONS: readonly string[] = SLASH_COMMANDS.map((c) => `/${c.name}`);

/** Runs a line that starts with a slash. */
export function runSlashCommand(chat: ChatSession, line: string): void | Promise<void> {
  const [typed = '', ...words] = line.split(/\s+/);
  const command = findSlashCommand(typed);
  // A /via waits for the very next command: anything but /via yes forgets it.
  if (command.name !== 'via') pendingExtended.delete(chat);
  return command.run(chat, { line, typed, words, arg: words[0]?.toLowerCase() });
}
