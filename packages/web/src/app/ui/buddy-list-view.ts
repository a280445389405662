// The buddy list: each buddy with presence, status text, path and NAT type,
// and an unread count; pending requests with accept / decline / block; a
// form to ask someone to be a buddy. Every control is a real button with a
// name a screen reader says; arrow keys move along the list.
import type { BuddyInfo, BuddyRequests } from '@natter/peer/core';
import { h, replace } from './dom.js';

export interface BuddyListActions {
  select(buddy: string): void;
  act(action: 'request' | 'accept' | 'decline' | 'block' | 'unblock' | 'remove', username: string): Promise<void>;
}

export function presenceText(info: Pick<BuddyInfo, 'online' | 'status'>): string {
  return info.online ? info.status : 'offline';
}

export function pathText(info: Pick<BuddyInfo, 'online' | 'path' | 'nat'>): string {
  if (!info.online) return '';
  const path = info.path === 'direct' ? 'direct' : 'relayed';
  // A browser buddy has no NAT report (it cannot run STUN): nothing to show.
  return `${path}${info.nat && info.nat !== 'unknown' ? `, NAT ${info.nat}` : ''}`;
}

export class BuddyListView {
  readonly element: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly requestsBox: HTMLElement;
  private readonly addStatus: HTMLElement;
  private selected: string | undefined;
  private unread = new Map<string, number>();
  private buddies: BuddyInfo[] = [];

  constructor(private readonly actions: BuddyListActions) {
    this.list = h('ul', { className: 'buddies', 'aria-label': 'Buddies' });
    this.list.addEventListener('keydown', (event) => this.arrowKeys(event));
    this.requestsBox = h('section', { className: 'requests', 'aria-label': 'Buddy requests', hidden: true });
    this.addStatus = h('p', { className: 'add-status', role: 'status' });
    const name = h('input', { id: 'add-buddy', name: 'buddy', autocomplete: 'off', required: true, minlength: 3, maxlength: 32, autocapitalize: 'none', spellcheck: 'false' });
    const form = h(
      'form',
      {
        className: 'add-buddy',
        onsubmit: async (event: Event) => {
          event.preventDefault();
          const who = name.value.trim().toLowerCase();
          if (!who) return;
          try {
            await actions.act('request', who);
            replace(this.addStatus, `Asked ${who} to be your buddy.`);
            name.value = '';
          } catch (err) {
            replace(this.addStatus, `Could not ask ${who}: ${(err as Error).message}`);
          }
        },
      },
      h('label', { for: 'add-buddy' }, 'Add a buddy'),
      h('div', { className: 'row' }, name, h('button', { type: 'submit' }, 'Ask')),
    );
    this.element = h('nav', { className: 'sidebar', 'aria-label': 'Buddies and requests' }, h('h2', {}, 'Buddies'), this.list, this.requestsBox, form, this.addStatus);
  }

  get totalUnread(): number {
    let n = 0;
    for (const count of this.unread.values()) n += count;
    return n;
  }

  setUnread(buddy: string, count: number): void {
    if (count) this.unread.set(buddy, count);
    else this.unread.delete(buddy);
    this.renderList();
  }

  unreadOf(buddy: string): number {
    return this.unread.get(buddy) ?? 0;
  }

  select(buddy: string | undefined): void {
    this.selected = buddy;
    this.renderList();
  }

  update(buddies: BuddyInfo[], requests: BuddyRequests): void {
    this.buddies = buddies;
    this.renderList();
    this.renderRequests(requests);
  }

  private renderList(): void {
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.buddy : undefined;
    const items = this.buddies.map((b) => {
      const unread = this.unread.get(b.username) ?? 0;
      const label = [b.username, presenceText(b), b.statusText, pathText(b), unread ? `${unread} unread` : ''].filter(Boolean).join(', ');
      const button = h(
        'button',
        {
          type: 'button',
          className: 'buddy',
          'data-buddy': b.username,
          'aria-label': label,
          'aria-current': b.username === this.selected ? 'true' : null,
          onclick: () => this.actions.select(b.username),
        },
        h('span', { className: `dot ${b.online ? b.status : 'offline'}`, 'aria-hidden': 'true' }),
        h('span', { className: 'name' }, b.username),
        unread ? h('span', { className: 'badge', 'aria-hidden': 'true' }, String(unread)) : null,
        h('span', { className: 'presence' }, presenceText(b), b.statusText ? ` · ${b.statusText}` : ''),
        b.online ? h('span', { className: 'path' }, pathText(b)) : null,
      );
      return h('li', {}, button);
    });
    replace(this.list, ...(items.length ? items : [h('li', { className: 'empty' }, 'No buddies yet: add one below.')]));
    if (focused) (this.list.querySelector(`[data-buddy="${CSS.escape(focused)}"]`) as HTMLElement | null)?.focus();
  }

  private renderRequests(requests: BuddyRequests): void {
    const act = (action: Parameters<BuddyListActions['act']>[0], who: string) => () => void this.actions.act(action, who).catch((err) => replace(this.addStatus, `${action} ${who}: ${(err as Error).message}`));
    const incoming = requests.incoming.map((who) =>
      h(
        'li',
        {},
        h('span', { className: 'name' }, who),
        ' wants to be your buddy ',
        h('button', { type: 'button', onclick: act('accept', who), 'aria-label': `Accept ${who}` }, 'Accept'),
        h('button', { type: 'button', onclick: act('decline', who), 'aria-label': `Decline ${who}` }, 'Decline'),
        h('button', { type: 'button', onclick: act('block', who), 'aria-label': `Block ${who}` }, 'Block'),
      ),
    );
    const outgoing = requests.outgoing.map((who) => h('li', {}, h('span', { className: 'name' }, who), ' has not answered yet'));
    const blocked = requests.blocked.map((who) => h('li', {}, h('span', { className: 'name' }, who), ' is blocked ', h('button', { type: 'button', onclick: act('unblock', who), 'aria-label': `Unblock ${who}` }, 'Unblock')));
    this.requestsBox.hidden = !incoming.length && !outgoing.length && !blocked.length;
    replace(
      this.requestsBox,
      h('h2', {}, 'Requests'),
      incoming.length ? h('ul', { 'aria-label': 'Asking you' }, ...incoming) : null,
      outgoing.length ? h('ul', { 'aria-label': 'You asked' }, ...outgoing) : null,
      blocked.length ? h('ul', { 'aria-label': 'Blocked' }, ...blocked) : null,
    );
  }

  private arrowKeys(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...this.list.querySelectorAll<HTMLButtonElement>('button.buddy')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  }
}
