// One conversation: the buddy's presence, path and NAT type, the messages
// with their delivery states (changed in place), the key-change hold, the
// safety number, and the message box. New messages are appended and states
// patched in place, so typing is never disturbed by what arrives.
import type { BuddyInfo, HistoryEntry } from '@natter/peer/core';
import { clock, fullDate, h, replace } from './dom.js';
import { pathText, presenceText } from './buddy-list-view.js';

export interface ConversationActions {
  send(buddy: string, text: string): Promise<void>;
  safetyNumber(buddy: string): string | undefined;
  acceptKey(buddy: string): boolean;
  back(): void;
}

export function stateText(e: Pick<HistoryEntry, 'direction' | 'state' | 'path'>): string {
  if (e.direction === 'in') return e.path === 'offline' ? 'received while you were away' : '';
  switch (e.state) {
    case 'held':
      return 'held: their key changed';
    case 'sending':
      return 'sending';
    case 'sent':
      return e.path === 'direct' ? 'sent, direct' : 'sent, relayed';
    case 'stored':
      return 'stored, buddy offline';
    case 'delivered':
      return 'delivered';
    case 'failed':
      return 'failed';
    default:
      return e.state;
  }
}

export class ConversationView {
  readonly element: HTMLElement;
  readonly buddy: string;
  private readonly title: HTMLElement;
  private readonly presence: HTMLElement;
  private readonly banner: HTMLElement;
  private readonly log: HTMLOListElement;
  private readonly input: HTMLTextAreaElement;
  private readonly status: HTMLElement;
  private readonly dialog: HTMLDialogElement;
  private readonly rows = new Map<string, HTMLElement>();

  constructor(buddy: string, private readonly me: string, private readonly actions: ConversationActions) {
    this.buddy = buddy;
    this.title = h('h2', { id: 'conversation-title' }, buddy);
    this.presence = h('p', { className: 'presence-line' });
    this.banner = h('div', { className: 'key-banner', role: 'alert', hidden: true });
    this.log = h('ol', { className: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': `Messages with ${buddy}`, tabindex: 0 });
    this.input = h('textarea', { id: 'message-input', rows: 2, maxlength: 60000, autocomplete: 'off', 'aria-describedby': 'composer-hint' });
    this.status = h('p', { className: 'composer-status', role: 'status' });
    this.dialog = h('dialog', { className: 'safety', 'aria-labelledby': 'safety-title' });
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    const form = h(
      'form',
      { className: 'composer', onsubmit: (event: Event) => void this.submit(event) },
      h('label', { for: 'message-input' }, `Message to ${buddy}`),
      h('div', { className: 'row' }, this.input, h('button', { type: 'submit', className: 'primary' }, 'Send')),
      h('p', { id: 'composer-hint', className: 'hint' }, 'Enter sends, Shift+Enter starts a new line.'),
      this.status,
    );
    this.element = h(
      'section',
      { className: 'conversation', 'aria-labelledby': 'conversation-title' },
      h(
        'header',
        {},
        h('button', { type: 'button', className: 'back', onclick: () => actions.back() }, h('span', { 'aria-hidden': 'true' }, '← '), 'Buddies'),
        this.title,
        this.presence,
        h('button', { type: 'button', onclick: () => this.showSafetyNumber() }, 'Safety number'),
      ),
      this.banner,
      this.log,
      form,
      this.dialog,
    );
  }

  focusInput(): void {
    this.input.focus();
  }

  setBuddy(info: BuddyInfo | undefined, held: boolean): void {
    const text = info ? [presenceText(info), info.statusText, pathText(info)].filter(Boolean).join(' · ') : 'not your buddy';
    replace(this.presence, text, info?.online ? (info.path === 'direct' ? ' · peer to peer (WebRTC)' : ' · through the node') : '');
    this.banner.hidden = !held;
    if (held) {
      replace(
        this.banner,
        h('p', {}, `${this.buddy}'s key changed: a new device, or someone in between. Your messages to ${this.buddy} are held until you compare safety numbers and accept the new key.`),
        h('button', { type: 'button', onclick: () => this.showSafetyNumber() }, 'Compare safety numbers'),
        h(
          'button',
          {
            type: 'button',
            onclick: () => {
              if (this.actions.acceptKey(this.buddy)) replace(this.status, `Accepted ${this.buddy}'s new key; held messages are going out.`);
            },
          },
          `Accept ${this.buddy}'s new key`,
        ),
      );
    }
  }

  showAll(entries: HistoryEntry[]): void {
    this.rows.clear();
    this.log.replaceChildren();
    for (const e of entries) this.add(e);
  }

  add(entry: HistoryEntry): void {
    const known = this.rows.get(entry.id);
    if (known) return this.update(entry);
    const who = entry.direction === 'out' ? this.me : entry.buddy;
    const row = h(
      'li',
      { className: `message ${entry.direction}`, 'data-id': entry.id },
      h('time', { datetime: new Date(entry.at).toISOString(), title: fullDate(entry.at) }, clock(entry.at)),
      h('span', { className: 'who' }, who),
      h('span', { className: 'text' }, entry.text),
      h('span', { className: 'state', 'data-state': entry.state }, stateText(entry)),
    );
    this.rows.set(entry.id, row);
    const stick = this.log.scrollHeight - this.log.scrollTop - this.log.clientHeight < 40;
    this.log.append(row);
    if (stick) this.log.scrollTop = this.log.scrollHeight;
  }

  update(entry: HistoryEntry): void {
    const row = this.rows.get(entry.id);
    const state = row?.querySelector<HTMLElement>('.state');
    if (!state) return;
    state.dataset.state = entry.state;
    state.textContent = stateText(entry);
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const text = this.input.value;
    if (!text.trim()) return;
    this.input.value = '';
    try {
      await this.actions.send(this.buddy, text);
      replace(this.status, '');
    } catch (err) {
      this.input.value = text;
      replace(this.status, `Not sent: ${(err as Error).message}`);
    }
  }

  private showSafetyNumber(): void {
    const number = this.actions.safetyNumber(this.buddy);
    replace(
      this.dialog,
      h('h2', { id: 'safety-title' }, `Safety number with ${this.buddy}`),
      number
        ? h('p', { className: 'digits' }, ...number.split(' ').map((group) => h('span', {}, group)))
        : h('p', {}, `No key is known for ${this.buddy} yet.`),
      h('p', { className: 'hint' }, `Compare these 60 digits with ${this.buddy} in person or on a call; ${this.buddy} sees the same digits when nobody is in between.`),
      h('form', { method: 'dialog' }, h('button', { type: 'submit', className: 'primary' }, 'Close')),
    );
    this.dialog.showModal();
  }
}
