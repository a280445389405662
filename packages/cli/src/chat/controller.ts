// What `natter chat` does, without a terminal: keys and peer events in,
// log lines, a status line and the input line out (to a ChatScreen).
import type { BuddyInfo, HistoryEntry } from '@natter/peer';
import type { NatReport } from '@natter/stun';
import { errorInfo, type PeerApi, type Status } from '../peer-api.js';
import { clock, stateLabel, statusLabel } from '../format.js';
import { checkText, requireBuddy } from '../commands/send.js';
import { LineEditor, type Key } from './editor.js';
import type { ChatScreen, LogItem, Segment, Style } from './screen.js';
import { runSlashCommand, SLASH_COMPLETIONS, type ChatSession } from './slash-commands.js';
import { attachFileNotices } from './file-commands.js';

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
  /** The chat as the slash commands (./slash-commands.ts) see it. */
  private readonly session: ChatSession;

  constructor(private readonly options: ChatControllerOptions) {
    this.peer = options.peer;
    this.screen = options.screen;
    this.current = options.buddy;
    this.session = this.sessionForCommands();
    this.updateInput();
    this.updateStatus();
  }

  private sessionForCommands(): ChatSession {
    const controller = this;
    return {
      peer: this.peer,
      get current() {
        return controller.current;
      },
      get myNat() {
        return controller.myNat;
      },
      talkTo: (buddy) => {
        this.current = buddy;
        this.updateInput();
        this.updateStatus();
      },
      notice: (text, style) => this.notice(text, style),
      showHistory: (buddy, n) => this.showHistory(buddy, n),
      sendText: (text) => this.sendText(text),
      setMyStatus: (status, text) => {
        this.myStatus = { status, text };
        this.updateStatus();
      },
      pathWhy: (buddy) => this.pathWhy.get(buddy),
      knownKey: (buddy) => this.options.knownKey?.(buddy),
      clearLog: () => this.screen.clearLog(),
      refreshStatus: () => this.updateStatus(),
      quit: () => this.options.quit(),
    };
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
    p.on('network', safe((e) => {
      const now = e.after.join(', ') || 'no address';
      if (e.kind === 'added') this.notice(`new address ${e.after.filter((a) => !e.before.includes(a)).join(', ')}`);
      else this.notice(`the network changed (now ${now}; was ${e.before.join(', ') || 'no address'}): reconnecting and punching again`, 'warn');
    }));
    p.on('buddyEvent', safe((e) => {
      if (e.kind === 'requested') this.notice(`${e.username} asks to be your buddy${e.message ? `: "${e.message}"` : ''}; /accept ${e.username} or /decline ${e.username}`, 'warn');
      else if (e.kind === 'accepted') this.notice(`${e.username} is now your buddy: /msg ${e.username}`);
      else this.notice(`${e.username} is no longer your buddy`);
      this.updateStatus();
    }));
    p.on('identityChanged', safe((e) =>
      this.notice(
        `${e.buddy}'s identity key changed (${e.before} -> ${e.after}): a new device, or someone in between. Messages to ${e.buddy} are held until you compare safety numbers (/verify ${e.buddy}) and accept it (/verify ${e.buddy} accept)`,
        'error',
      ),
    ));
    p.on('nat', safe((r: NatReport) => {
      this.myNat = r;
      this.updateStatus();
    }));
    attachFileNotices(p, (text, style) => this.notice(text, style));
    p.on('error', safe((err: Error) => this.error(err)));
  }

  /** After the login: the welcome, the current buddy's recent history, then whatever arrived meanwhile. */
  async open(): Promise<void> {
    const waiting = this.pending ?? [];
    const early = this.pendingMessageIds;
    this.pending = undefined;
    this.pendingMessageIds = new Set();
    this.notice(`natter chat as ${this.peer.username} on ${this.options.server}; /help lists the commands`);
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
        return this.options.quit();
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
      if (text.startsWith('/') && !text.startsWith('//')) await runSlashCommand(this.session, text);
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
    const pool = first && word.startsWith('/') ? SLASH_COMPLETIONS : this.peer.buddies().map((b) => b.username);
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
