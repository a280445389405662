// What `natter chat` does, without a terminal: keys and peer events in,
// log lines, a status line and the input line out (to a ChatScreen).
import type { BuddyInfo, HistoryEntry } from '@natter/peer';
import type { NatReport } from '@natter/stun';
import { errorInfo, type PeerApi, type Status } from '../peer-api.js';
import { clock, stateLabel, statusLabel } from '../format.js';
import { buddyVerb, type BuddyVerb } from '../commands/buddies.js';
import { checkText, requireBuddy } from '../commands/send.js';
import { safetyRows, verification } from '../commands/verify.js';
import { CLASSIC } from '../commands/nat.js';
import { LineEditor, type Key } from './editor.js';
import type { ChatScreen, LogItem, Segment, Style } from './screen.js';

export interface ChatControllerOptions {
  peer: PeerApi;
  screen: ChatScreen;
  server: string;
  /** The buddy to talk to first (natter chat USER). */
  buddy?: string | undefined;
  /** A buddy's key saved in the profile, for /verify when the node sent none. */
  knownKey?: (buddy: string) => Buffer | undefined;
  quit: () => void;
}

/** Slash commands and what /help says about them. */
export const SLASH_COMMANDS: Array<[string, string]> = [
  ['/msg USER [TEXT]', 'talk to USER (and send TEXT)'],
  ['/buddies', 'status, path and NAT of each; requests'],
  ['/add USER', 'ask USER to be your buddy'],
  ['/accept USER', 'accept a request (/decline USER)'],
  ['/remove USER', 'end it (/block USER, /unblock USER)'],
  ['/status STATE [TEXT]', 'STATE: online, away or busy'],
  ['/history [N]', 'the last N messages with this buddy'],
  ['/path [USER]', 'direct or relayed, and why'],
  ['/verify [USER]', 'safety number to compare with them'],
  ['/nat', "your NAT type and your buddy's"],
  ['/clear', 'clear the window'],
  ['/help', 'this list'],
  ['/quit', 'leave (also Ctrl-C, Ctrl-D)'],
];

const COMMAND_NAMES = ['/msg', '/buddies', '/add', '/accept', '/decline', '/remove', '/block', '/unblock', '/status', '/history', '/path', '/verify', '/nat', '/clear', '/help', '/quit'];

/** Columns before a message's text: "15:04:05 ". */
const TIME_INDENT = 9;

export class ChatController {
  private readonly peer: PeerApi;
  private readonly screen: ChatScreen;
  private readonly editor = new LineEditor();
  private current: string | undefined;
  private connection: { state: 'connecting' | 'online' | 'offline'; retryInMs?: number | undefined; reason?: string } = { state: 'connecting' };
  private myStatus: { status: Status; text: string } = { status: 'online', text: '' };
  private myNat: NatReport | undefined;
  /** The newest state of every message shown, by id: a state change redraws the line in place. */
  private readonly entries = new Map<string, HistoryEntry>();
  private readonly known = new Map<string, BuddyInfo>();
  private readonly pathWhy = new Map<string, string>();
  /** Until open(): items wait here, so the first screen starts with the history, in order. */
  private pending: LogItem[] | undefined = [];
  private pendingMessageIds = new Set<string>();
  private submitting: Promise<void> = Promise.resolve();

  constructor(private readonly o: ChatControllerOptions) {
    this.peer = o.peer;
    this.screen = o.screen;
    this.current = o.buddy;
    this.updateInput();
    this.updateStatus();
  }

  // ------------------------------------------------------------ peer events

  /** Listens to the peer; call before it logs in, so nothing is missed. */
  attach(): void {
    const p = this.peer;
    const safe =
      <A extends unknown[]>(fn: (...a: A) => void) =>
      (...a: A) => {
        try {
          fn(...a);
        } catch (err) {
          this.error(err);
        }
      };
    p.on('online', safe(() => {
      const was = this.connection.state;
      this.connection = { state: 'online' };
      if (was === 'offline') this.notice('connected to the node again');
      this.updateStatus();
    }));
    p.on('offline', safe((e) => {
      const was = this.connection.state;
      this.connection = { state: 'offline', retryInMs: e.retryInMs, reason: e.reason };
      // Each failed retry reports again: the status line counts down, the log says it once.
      if (was !== 'offline' || e.retryInMs === undefined) this.notice(
        e.retryInMs === undefined ? `disconnected from the node: ${e.reason}` : `lost the node (${e.reason}); retrying in ${Math.ceil(e.retryInMs / 1000)} s`,
        'warn',
      );
      this.updateStatus();
    }));
    p.on('message', safe((m: HistoryEntry) => {
      this.entries.set(m.id, m);
      if (!this.current) {
        this.current = m.buddy;
        this.updateInput();
      }
      if (this.pending) this.pendingMessageIds.add(m.id);
      this.add(this.messageItem(m));
      this.updateStatus();
    }));
    p.on('state', safe((e: HistoryEntry) => {
      if (!this.entries.has(e.id)) return;
      this.entries.set(e.id, e);
      this.screen.draw();
    }));
    p.on('buddies', safe((list: BuddyInfo[]) => {
      for (const b of list) if (!this.known.has(b.username)) this.known.set(b.username, b);
      this.updateStatus();
    }));
    p.on('presence', safe((b: BuddyInfo) => {
      const before = this.known.get(b.username);
      this.known.set(b.username, b);
      if (!before || before.online !== b.online) this.notice(b.online ? `${b.username} is ${statusLabel(b)}` : `${b.username} went offline`);
      else if (before.status !== b.status || before.statusText !== b.statusText) this.notice(`${b.username} is ${statusLabel(b)}`);
      this.updateStatus();
    }));
    p.on('path', safe((e) => {
      this.pathWhy.set(e.buddy, e.why);
      this.notice(e.path === 'direct' ? `${e.buddy}: direct path (${e.why})` : `${e.buddy}: relayed through the node (${e.why})`);
      this.updateStatus();
    }));
    p.on('buddyEvent', safe((e) => {
      if (e.kind === 'requested') this.notice(`${e.username} asks to be your buddy${e.message ? `: "${e.message}"` : ''}; /accept ${e.username} or /decline ${e.username}`, 'warn');
      else if (e.kind === 'accepted') this.notice(`${e.username} is now your buddy: /msg ${e.username}`);
      else this.notice(`${e.username} is no longer your buddy`);
      this.updateStatus();
    }));
    p.on('identityChanged', safe((e) =>
      this.notice(`${e.buddy}'s identity key changed (${e.before} -> ${e.after}): a new device, or someone in between; /verify ${e.buddy} and compare`, 'error'),
    ));
    p.on('nat', safe((r: NatReport) => {
      this.myNat = r;
      this.updateStatus();
    }));
    p.on('error', safe((err: Error) => this.error(err)));
  }

  /** After the login: the welcome, the current buddy's recent history, then whatever arrived meanwhile. */
  async open(): Promise<void> {
    const waiting = this.pending ?? [];
    const early = this.pendingMessageIds;
    this.pending = undefined;
    this.pendingMessageIds = new Set();
    this.notice(`natter chat as ${this.peer.username} on ${this.o.server}; /help lists the commands`);
    const req = this.peer.requests();
    if (req.incoming.length) this.notice(`buddy requests from ${req.incoming.join(', ')}: /accept USER`, 'warn');
    let shown = new Set<string>();
    if (this.current) {
      if (!this.peer.buddies().some((b) => b.username === this.current)) {
        this.notice(`${this.current} is not your buddy yet: /add ${this.current}`, 'warn');
      }
      shown = await this.showHistory(this.current, 20);
    } else if (!this.peer.buddies().length) this.notice('no buddies yet: /add USER, then /msg USER');
    else this.notice(`pick a buddy with /msg USER (${this.peer.buddies().map((b) => b.username).join(', ')})`);
    for (const item of waiting) {
      const id = (item as { id?: string }).id;
      if (id && early.has(id) && shown.has(id)) continue;
      this.screen.add(item);
    }
    this.updateStatus();
  }

  // ------------------------------------------------------------ keys

  key(k: Key): void {
    const a = this.editor.key(k);
    switch (a.kind) {
      case 'edit':
        return this.updateInput();
      case 'submit':
        this.updateInput();
        if (this.screen.scrolledBack) this.screen.scroll(-Infinity);
        // One line at a time: answers come in the order the lines were typed.
        this.submitting = this.submitting.then(() => this.submit(a.line));
        return;
      case 'quit':
        return this.o.quit();
      case 'scroll':
        return this.screen.scroll(a.pages * Math.max(1, this.screen.logRows - 1));
      case 'repaint':
        return this.screen.repaint();
      case 'complete':
        return this.complete();
      case 'none':
        return;
    }
  }

  async submit(line: string): Promise<void> {
    const text = line.trim();
    if (!text) return;
    try {
      if (text.startsWith('/') && !text.startsWith('//')) await this.command(text);
      // "//" sends a line that starts with a slash.
      else await this.sendText(text.startsWith('//') ? line.trimEnd().slice(1) : line.trimEnd());
    } catch (err) {
      this.error(err);
    }
  }

  private async sendText(text: string): Promise<void> {
    const to = this.current;
    if (!to) return this.notice('no buddy to talk to: /msg USER first', 'warn');
    checkText(text);
    requireBuddy(this.peer, to, 'chat');
    const e = await this.peer.send(to, text);
    if (!this.entries.has(e.id)) this.entries.set(e.id, e);
    this.add(this.messageItem(e));
  }

  private async command(line: string): Promise<void> {
    const [cmd = '', ...rest] = line.split(/\s+/);
    const arg = rest[0]?.toLowerCase();
    const buddyArg = () => {
      const b = arg ?? this.current;
      if (!b) throw Object.assign(new Error(`name a buddy: ${cmd} USER`), { code: 'USAGE' });
      return b;
    };
    switch (cmd.toLowerCase()) {
      case '/msg':
      case '/m':
      case '/query': {
        if (!arg) throw Object.assign(new Error('/msg USER [TEXT]'), { code: 'USAGE' });
        this.current = arg;
        this.updateInput();
        this.updateStatus();
        const b = this.peer.buddies().find((x) => x.username === arg);
        this.notice(b ? `talking to ${arg} (${statusLabel(b)}, ${b.path})` : `${arg} is not your buddy: /add ${arg}`, b ? 'notice' : 'warn');
        if (b) await this.showHistory(arg, 10);
        const text = line.replace(/^\S+\s+\S+\s?/, '');
        if (rest.length > 1 && text.trim()) await this.sendText(text);
        return;
      }
      case '/add':
      case '/accept':
      case '/decline':
      case '/remove':
      case '/block':
      case '/unblock': {
        if (!arg) throw Object.assign(new Error(`${cmd} USER`), { code: 'USAGE' });
        const verb = cmd.slice(1).toLowerCase() as BuddyVerb;
        this.notice(await buddyVerb(this.peer, verb, arg));
        if (verb === 'accept' && !this.current) {
          this.current = arg;
          this.updateInput();
        }
        this.updateStatus();
        return;
      }
      case '/buddies':
      case '/b':
        return this.listBuddies();
      case '/status': {
        const status = (arg ?? '') as Status;
        if (!['online', 'away', 'busy'].includes(status)) throw Object.assign(new Error('/status online|away|busy [TEXT]'), { code: 'USAGE' });
        const text = line.replace(/^\S+\s+\S+\s?/, '').trim();
        await this.peer.setStatus(status, text);
        this.myStatus = { status, text };
        this.notice(`you are ${status}${text ? `: ${text}` : ''}`);
        this.updateStatus();
        return;
      }
      case '/history': {
        const b = this.current;
        if (!b) throw Object.assign(new Error('no buddy: /msg USER first'), { code: 'USAGE' });
        const n = arg ? Number(arg) : 20;
        if (!Number.isInteger(n) || n < 1) throw Object.assign(new Error('/history [N]: N is a positive number'), { code: 'USAGE' });
        await this.showHistory(b, n);
        return;
      }
      case '/path': {
        const b = buddyArg();
        const path = this.peer.pathOf(b);
        const why = this.pathWhy.get(b);
        const info = this.peer.buddies().find((x) => x.username === b);
        if (!info) return this.notice(`${b} is not your buddy`, 'warn');
        if (path === 'offline') return this.notice(`${b} is offline: messages are stored by the node and delivered at their next login`);
        return this.notice(
          path === 'direct'
            ? `${b}: direct, peer to peer over UDP${why ? ` (${why})` : ''}`
            : `${b}: relayed through the node${why ? ` (${why})` : ' (a direct path is tried in the background)'}; their NAT: ${info.nat}`,
        );
      }
      case '/verify': {
        const b = buddyArg();
        const key = this.peer.buddies().find((x) => x.username === b)?.identityKey ?? this.o.knownKey?.(b);
        if (!key) return this.notice(`no key known for ${b}: only buddies' keys are`, 'warn');
        const v = verification(this.peer.username, this.peer.identityKey, b, key);
        const [r1, r2] = safetyRows(v);
        this.notice(`safety number of ${v.me} and ${v.buddy} (compare with ${b}'s /verify ${v.me}):`);
        this.notice(`  ${r1}`, 'bold');
        this.notice(`  ${r2}`, 'bold');
        this.notice(`keys: ${v.me} ${v.myFingerprint}, ${v.buddy} ${v.buddyFingerprint}`);
        return;
      }
      case '/nat': {
        const r = this.myNat;
        this.notice(
          r
            ? `your NAT: ${CLASSIC[r.nat]} (${r.nat}); mapping ${r.mapping}, filtering ${r.filtering}; public ${r.mappedAddress ?? 'unknown'}`
            : 'your NAT: not measured (yet); natter nat --server HOST classifies it',
        );
        const b = this.current && this.peer.buddies().find((x) => x.username === this.current);
        if (b) this.notice(`${b.username}'s NAT: ${b.online ? (CLASSIC[b.nat as keyof typeof CLASSIC] ?? b.nat) : 'unknown (offline)'}`);
        return;
      }
      case '/clear':
        return this.screen.clearLog();
      case '/help':
      case '/?':
        for (const [c, what] of SLASH_COMMANDS) this.notice(`${c.padEnd(22)}${what}`);
        this.notice('keys: Ctrl-A/E/U/K/W, Home/End edit; Up/Down recall');
        this.notice('PgUp/PgDn scroll; Tab completes; //text sends "/text"');
        return;
      case '/quit':
      case '/exit':
      case '/q':
        return this.o.quit();
      default:
        throw Object.assign(new Error(`unknown command ${cmd}: /help lists them`), { code: 'USAGE' });
    }
  }

  private listBuddies(): void {
    const list = this.peer.buddies();
    const req = this.peer.requests();
    if (!list.length) this.notice('no buddies yet: /add USER');
    for (const b of list) {
      const mark = b.username === this.current ? '>' : ' ';
      this.notice(`${mark}${b.username.padEnd(12)} ${statusLabel(b).padEnd(14)} ${b.path.padEnd(8)} ${b.online ? b.nat : '-'}`);
    }
    if (req.incoming.length) this.notice(`requests from: ${req.incoming.join(', ')} (/accept USER)`, 'warn');
    if (req.outgoing.length) this.notice(`waiting for: ${req.outgoing.join(', ')}`);
    if (req.blocked.length) this.notice(`blocked: ${req.blocked.join(', ')}`);
  }

  private async showHistory(buddy: string, n: number): Promise<Set<string>> {
    const entries = await this.peer.history.list(buddy, n);
    const ids = new Set<string>();
    if (!entries.length) return ids;
    this.add({ segments: () => [{ text: `--- last ${entries.length} with ${buddy} ---`, style: 'dim' }] });
    for (const e of entries) {
      ids.add(e.id);
      if (!this.entries.has(e.id)) this.entries.set(e.id, e);
      this.add(this.messageItem(e));
    }
    return ids;
  }

  private complete(): void {
    const text = this.editor.text;
    const before = [...text].slice(0, this.editor.cursor).join('');
    const m = before.match(/(\S*)$/)!;
    const word = m[1]!;
    const first = !before.slice(0, before.length - word.length).trim();
    const pool = first && word.startsWith('/') ? COMMAND_NAMES : this.peer.buddies().map((b) => b.username);
    const hits = pool.filter((c) => c.startsWith(word.toLowerCase()));
    if (!hits.length) return;
    if (hits.length > 1) {
      const common = hits.reduce((a, b) => {
        let i = 0;
        while (i < a.length && a[i] === b[i]) i++;
        return a.slice(0, i);
      });
      if (common.length > word.length) this.replaceWord(before, word, common, false);
      else this.notice(hits.join('  '));
      return;
    }
    this.replaceWord(before, word, hits[0]!, true);
  }

  private replaceWord(before: string, word: string, by: string, space: boolean): void {
    const after = [...this.editor.text].slice(this.editor.cursor).join('');
    const head = before.slice(0, before.length - word.length) + by + (space ? ' ' : '');
    this.editor.set(head + after, [...head].length);
    this.updateInput();
  }

  // ------------------------------------------------------------ output

  private add(item: LogItem & { id?: string }): void {
    if (this.pending) this.pending.push(item);
    else this.screen.add(item);
  }

  private messageItem(e: HistoryEntry): LogItem & { id: string } {
    return {
      id: e.id,
      indent: TIME_INDENT,
      segments: () => {
        const cur = this.entries.get(e.id) ?? e;
        const time: Segment = { text: `${clock(cur.at)} `, style: 'dim' };
        if (cur.direction === 'in') {
          const out: Segment[] = [time, { text: `${cur.buddy}: `, style: 'them' }, { text: cur.text, style: 'plain' }];
          if (cur.path === 'offline') out.push({ text: '  (while you were away)', style: 'dim' });
          return out;
        }
        return [
          time,
          { text: `${this.peer.username} -> ${cur.buddy}: `, style: 'me' },
          { text: cur.text, style: 'plain' },
          { text: `  [${stateLabel(cur)}]`, style: cur.state === 'delivered' ? 'dim' : cur.state === 'failed' ? 'error' : 'dim' },
        ];
      },
    };
  }

  notice(text: string, style: Style = 'notice'): void {
    const at = clock(Date.now());
    this.add({
      indent: TIME_INDENT + 2,
      segments: () => [
        { text: `${at} `, style: 'dim' },
        { text: `* ${text}`, style },
      ],
    });
  }

  private error(err: unknown): void {
    const { code, message } = errorInfo(err);
    this.notice(code === 'USAGE' ? message : `${message} (${code})`, 'error');
  }

  private updateInput(): void {
    this.screen.setInput(this.current ? `[${this.current}] ` : '> ', this.editor.text, this.editor.cursor);
  }

  /** who you are | node connection | current buddy: status, path, NAT | your NAT; the least useful parts go first when narrow. */
  updateStatus(): void {
    const me = this.myStatus.status === 'online' ? this.peer.username : `${this.peer.username} (${this.myStatus.status})`;
    const c = this.connection;
    const node =
      c.state === 'online'
        ? 'node online'
        : c.state === 'connecting'
          ? 'connecting'
          : c.retryInMs !== undefined
            ? `node OFFLINE, retry in ${Math.ceil(c.retryInMs / 1000)} s`
            : 'node OFFLINE';
    let buddy = 'no buddy: /msg USER';
    let buddyShort = buddy;
    if (this.current) {
      const b = this.peer.buddies().find((x) => x.username === this.current);
      if (!b) buddy = buddyShort = `${this.current}: not a buddy`;
      else if (!b.online) {
        buddy = `${b.username}: offline (messages are stored)`;
        buddyShort = `${b.username}: offline`;
      } else {
        const path = b.path === 'direct' ? 'direct' : 'relayed';
        buddy = `${b.username}: ${statusLabel(b)}, ${path}, NAT ${b.nat}`;
        buddyShort = `${b.username}: ${b.status}, ${path}, ${b.nat}`;
      }
    }
    const nat = `my NAT ${this.myNat ? this.myNat.nat : '?'}`;
    const { cols } = this.screen.size;
    const candidates = [
      [me, node, buddy, nat],
      [me, node, buddyShort, nat],
      [me, node, buddyShort],
      [me, buddyShort],
    ];
    const line = candidates.map((parts) => ` ${parts.join(' | ')} `).find((l) => l.length <= cols) ?? ` ${me} | ${buddyShort}`;
    this.screen.setStatus([{ text: line, style: 'plain' }]);
  }
}
