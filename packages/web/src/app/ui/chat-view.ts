// The signed-in screen: who you are and your status, the node connection,
// the buddy list, and the open conversation. On a narrow screen (a phone, the
// widget) only one of list and conversation shows at a time.
import type { BuddyInfo, BuddyRequests, HistoryEntry, StatusName } from '@natter/peer/core';
import { h, replace } from './dom.js';
import { BuddyListView, type BuddyListActions } from './buddy-list-view.js';
import { ConversationView, type ConversationActions } from './conversation-view.js';
import { DevicesView, type DevicesActions } from './devices-view.js';

export interface ChatActions extends BuddyListActions, Omit<ConversationActions, 'back'> {
  history(buddy: string): Promise<HistoryEntry[]>;
  setStatus(status: Exclude<StatusName, 'offline'>, text: string): Promise<void>;
  signOut(): Promise<void>;
  enableNotifications(): Promise<string>;
  keyHeld(buddy: string): boolean;
  onUnread(total: number): void;
  devices: DevicesActions;
}

export class ChatView {
  readonly element: HTMLElement;
  private readonly list: BuddyListView;
  private readonly connection: HTMLElement;
  private readonly main: HTMLElement;
  private conversation: ConversationView | undefined;
  private buddies: BuddyInfo[] = [];
  private visible = true;
  private readonly devices: DevicesView;

  constructor(private readonly me: string, private readonly actions: ChatActions, options: { signOut: boolean }) {
    this.list = new BuddyListView({ act: (action, who) => actions.act(action, who), select: (buddy) => void this.open(buddy) });
    this.connection = h('span', { className: 'connection', role: 'status' }, 'connecting');
    this.main = h('div', { className: 'main' }, h('p', { className: 'placeholder' }, 'Choose a buddy to talk to.'));
    const status = h('select', { id: 'my-status', 'aria-label': 'Your status' }, ...(['online', 'away', 'busy'] as const).map((s) => h('option', { value: s }, s)));
    const statusText = h('input', { id: 'my-status-text', 'aria-label': 'Your status text', maxlength: 140, placeholder: 'status text' });
    const notify = h('button', { type: 'button', className: 'notify' }, 'Notifications');
    notify.addEventListener('click', async () => replace(notify, `Notifications: ${await actions.enableNotifications()}`));
    const statusForm = h(
      'form',
      {
        className: 'status',
        onsubmit: (event: Event) => {
          event.preventDefault();
          void actions.setStatus(status.value as 'online', statusText.value);
        },
      },
      status,
      statusText,
      h('button', { type: 'submit' }, 'Set'),
    );
    status.addEventListener('change', () => statusForm.requestSubmit());
    this.devices = new DevicesView(actions.devices);
    this.element = h(
      'div',
      { className: 'chat', 'data-view': 'list' },
      h(
        'header',
        { className: 'top' },
        h('h1', {}, h('span', { className: 'me' }, me)),
        this.connection,
        statusForm,
        notify,
        h('button', { type: 'button', onclick: () => this.devices.open() }, 'Devices'),
        options.signOut ? h('button', { type: 'button', onclick: () => void actions.signOut() }, 'Sign out') : null,
      ),
      this.list.element,
      this.main,
      this.devices.dialog,
    );
  }

  /** Our device list changed (a new device asks in, one was approved, removed or renamed). */
  devicesChanged(): void {
    if (this.devices.dialog.open) this.devices.render();
  }

  /** A standing notice under the header (storage refused, and the like). */
  notice(text: string): void {
    this.element.querySelector('.top')?.after(h('p', { className: 'notice', role: 'note' }, text));
  }

  setConnection(text: string, online: boolean): void {
    this.connection.classList.toggle('online', online);
    replace(this.connection, text);
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    if (visible && this.conversation) this.markRead(this.conversation.buddy);
  }

  update(buddies: BuddyInfo[], requests: BuddyRequests): void {
    this.buddies = buddies;
    this.list.update(buddies, requests);
    this.refreshConversation();
  }

  refreshConversation(): void {
    const c = this.conversation;
    if (c) c.setBuddy(this.buddies.find((b) => b.username === c.buddy), this.actions.keyHeld(c.buddy));
  }

  async open(buddy: string): Promise<void> {
    const view = new ConversationView(buddy, this.me, {
      send: (to, text) => this.actions.send(to, text),
      safetyNumber: (who) => this.actions.safetyNumber(who),
      acceptKey: (who) => {
        const ok = this.actions.acceptKey(who);
        this.refreshConversation();
        return ok;
      },
      back: () => this.showList(),
    });
    this.conversation = view;
    replace(this.main, view.element);
    this.element.dataset.view = 'conversation';
    this.list.select(buddy);
    this.refreshConversation();
    view.showAll(await this.actions.history(buddy));
    this.markRead(buddy);
    view.focusInput();
  }

  private showList(): void {
    this.element.dataset.view = 'list';
    (this.list.element.querySelector('[aria-current="true"]') as HTMLElement | null)?.focus();
  }

  /** A message in or out (new, or one we sent from here). */
  message(entry: HistoryEntry): void {
    const open = this.conversation?.buddy === entry.buddy;
    if (open) this.conversation!.add(entry);
    if (entry.direction === 'in' && (!open || !this.visible || document.hidden)) {
      this.list.setUnread(entry.buddy, this.list.unreadOf(entry.buddy) + 1);
      this.actions.onUnread(this.list.totalUnread);
    }
  }

  state(entry: HistoryEntry): void {
    if (this.conversation?.buddy === entry.buddy) this.conversation.add(entry);
  }

  /** The page became visible again: what is on screen counts as read. */
  markRead(buddy: string): void {
    if (!this.list.unreadOf(buddy)) return;
    this.list.setUnread(buddy, 0);
    this.actions.onUnread(this.list.totalUnread);
  }

  get openBuddy(): string | undefined {
    return this.conversation?.buddy;
  }
}
