// The web client's life: sign in (password, or a host site's token in the
// widget), keep the session (resume token) and the keys in this browser,
// run the peer, and keep the views in step with it. Everything a message
// goes through is WebPeer's (the shared peer core); this file decides what
// the user sees.
import { SessionError, registerAccount, safetyKeys, safetyNumber, type BuddyActionName, type RtcPeerConnectionLike, type SessionCredentials } from '@natter/peer/core';
import { createWebPrimitives } from '../crypto/web-primitives.js';
import { generateWebIdentity } from '../crypto/web-identity.js';
import { openAccountStorage, type AccountStorage, type StoredAccount } from './account-store.js';
import { browserClock } from './browser-clock.js';
import { browserTransport } from './browser-transport.js';
import { IndexedDbHistory, MemoryHistory } from './idb-history.js';
import { enableNotifications, notify } from './notifications.js';
import { WebPeer } from './web-peer.js';
import { usernameInSiteToken, type WidgetBridge } from './widget-bridge.js';
import { ChatView } from './ui/chat-view.js';
import { replace } from './ui/dom.js';
import { SignInView, type SignInRequest } from './ui/sign-in-view.js';

export const CLIENT_VERSION = 'natter-web/0.1.0';

export interface AppOptions {
  root: HTMLElement;
  url: string;
  mode: 'app' | 'widget';
  /** The widget's link to its host page (widget mode only). */
  bridge?: WidgetBridge | undefined;
  site?: string | undefined;
}

/** What a failed sign-in says to a person (the code stays visible for support). */
export function explain(err: unknown): string {
  if (!(err instanceof SessionError)) return (err as Error)?.message ?? String(err);
  const why: Record<string, string> = {
    AUTH_FAILED: 'Wrong username or password.',
    USERNAME_TAKEN: 'That username is taken.',
    USERNAME_INVALID: 'A username is 3-32 characters of a-z 0-9 . _ -, starting with a letter.',
    PASSWORD_WEAK: 'A password is at least 8 characters.',
    SITE_TOKEN_INVALID: 'The site could not sign you in: its token is not valid (forged, or signed with another secret).',
    SITE_TOKEN_EXPIRED: 'The site could not sign you in: its token expired.',
    SITE_TOKEN_REPLAYED: 'The site could not sign you in: that token was used already.',
    SITE_ACCOUNT_CONFLICT: 'This name belongs to another account on the chat server.',
    SESSION_CONNECT: 'Cannot reach the chat server.',
  };
  return `${why[err.code] ?? err.message} (${err.code})`;
}

export class AppController {
  private readonly primitives = createWebPrimitives();
  private accounts!: AccountStorage;
  private peer: WebPeer | undefined;
  private chat: ChatView | undefined;
  private signIn: SignInView | undefined;

  constructor(private readonly options: AppOptions) {}

  async boot(): Promise<void> {
    this.accounts = await openAccountStorage();
    const site = this.options.site ?? '';
    const last = await this.accounts.lastUser(site);
    const account = last ? await this.accounts.get(last) : undefined;
    if (account?.resumeToken) {
      this.showSignIn().say(`Signing in as ${account.username}…`);
      try {
        await this.start(account, { username: account.username, resumeToken: account.resumeToken }, true);
        return;
      } catch (err) {
        if (!(err instanceof SessionError && err.code === 'AUTH_FAILED')) {
          this.showSignIn().say(explain(err), true);
          if (this.options.mode === 'app') return;
        }
      }
    }
    if (this.options.mode === 'widget') return this.siteSignIn();
    this.showSignIn();
  }

  private showSignIn(): SignInView {
    if (this.signIn) return this.signIn;
    this.chat = undefined;
    this.signIn = new SignInView(this.options.mode, (request) => this.passwordSignIn(request));
    replace(this.options.root, this.signIn.element);
    return this.signIn;
  }

  private async passwordSignIn(request: SignInRequest): Promise<void> {
    const view = this.showSignIn();
    try {
      let account = await this.accounts.get(request.username);
      if (!account) account = { username: request.username, identity: await generateWebIdentity(this.primitives), knownKeys: {} };
      if (request.kind === 'register') {
        await registerAccount(browserTransport, this.options.url, { username: request.username, password: request.password, identityKey: account.identity.publicKey });
      }
      await this.accounts.put(account);
      await this.start(account, { username: request.username, password: request.password }, request.remember);
    } catch (err) {
      view.say(explain(err), true);
    }
  }

  /** The widget: the host site's backend signs a token for its user, handed over by widget.js. */
  private async siteSignIn(): Promise<void> {
    const bridge = this.options.bridge;
    const view = this.showSignIn();
    if (!bridge?.embedded) {
      view.say('This chat opens from the site that embeds it.', true);
      return;
    }
    view.say('Waiting for the site to sign you in…');
    const token = await bridge.requestToken();
    const username = usernameInSiteToken(token);
    if (!username) {
      view.say(explain(new SessionError('SITE_TOKEN_INVALID', 'not a site token')), true);
      bridge.post({ type: 'natter:error', code: 'SITE_TOKEN_INVALID', message: 'not a site token' });
      return;
    }
    view.say(`Signing in as ${username}…`);
    try {
      const account = (await this.accounts.get(username)) ?? { username, identity: await generateWebIdentity(this.primitives), knownKeys: {}, site: this.options.site };
      await this.accounts.put(account);
      await this.start(account, { username, siteToken: token }, true);
    } catch (err) {
      view.say(explain(err), true);
      const code = err instanceof SessionError ? err.code : 'ERROR';
      bridge.post({ type: 'natter:error', code, message: (err as Error).message });
    }
  }

  private async start(account: StoredAccount, credentials: SessionCredentials, remember: boolean): Promise<void> {
    const peer = new WebPeer({
      url: this.options.url,
      credentials,
      identity: account.identity,
      history: this.accounts.persistent ? new IndexedDbHistory(IndexedDbHistory.nameFor(account.username)) : new MemoryHistory(),
      transport: browserTransport,
      clock: browserClock,
      clientVersion: CLIENT_VERSION,
      knownKeys: account.knownKeys,
      rtc: typeof RTCPeerConnection === 'function' ? (config) => new RTCPeerConnection(config) as unknown as RtcPeerConnectionLike : undefined,
    });
    peer.on('token', (token) => void this.accounts.update(account.username, (a) => void (a.resumeToken = remember ? Uint8Array.from(token) : undefined)));
    peer.on('knownKeys', (known) => void this.accounts.update(account.username, (a) => void (a.knownKeys = known)));
    peer.on('error', (err) => console.warn(`natter: ${err.message}`));
    try {
      await peer.start();
    } catch (err) {
      await peer.close().catch(() => undefined);
      throw err;
    }
    this.peer = peer;
    await this.accounts.setLastUser(remember ? account.username : undefined, this.options.site ?? '');
    this.showChat(peer);
  }

  private showChat(peer: WebPeer): void {
    const bridge = this.options.bridge;
    const chat = new ChatView(peer.username, {
      act: (action, who) => peer.buddyAction(action as BuddyActionName, who),
      select: () => {},
      send: async (buddy, text) => void (await peer.send(buddy, text)),
      history: (buddy) => peer.history.list(buddy, 200),
      // Over both users' device sets, the number natter verify shows for the same two users.
      safetyNumber: (buddy) => {
        const listed = peer.buddies().find((b) => b.username === buddy);
        if (listed?.identityKey) {
          const { myKey, buddyKey } = safetyKeys({ devices: peer.devices(), identityKey: peer.identityKey }, { devices: listed.devices, identityKey: listed.identityKey }, peer.keyHeld(buddy));
          return safetyNumber(peer.username, myKey, buddy, buddyKey);
        }
        const key = peer.acceptedKey(buddy);
        return key ? safetyNumber(peer.username, peer.identityKey, buddy, key) : undefined;
      },
      acceptKey: (buddy) => peer.acceptKey(buddy),
      keyHeld: (buddy) => peer.keyHeld(buddy),
      setStatus: (status, text) => peer.setStatus(status, text),
      signOut: () => this.signOut(),
      enableNotifications,
      devices: {
        devices: () => peer.devices(),
        refresh: () => peer.refreshDevices(),
        approve: (code, name) => peer.approveDevice(code, name),
        remove: (id) => peer.removeDevice(id),
        rename: (id, name) => peer.renameDevice(id, name),
      },
      onUnread: (count) => {
        bridge?.post({ type: 'natter:unread', count });
        document.title = count ? `(${count}) natter` : 'natter';
      },
    }, { signOut: this.options.mode === 'app' });
    this.chat = chat;
    this.signIn = undefined;
    replace(this.options.root, chat.element);
    if (!this.accounts.persistent) {
      chat.notice(
        this.options.mode === 'widget'
          ? 'This browser keeps nothing for chats embedded from another site: your key and messages last only as long as this page, and buddies see a new device each time. Pop the chat out into its own window to keep them.'
          : 'This browser keeps nothing for this page (a private window?): your key and messages last only as long as it is open.',
      );
    }
    const refresh = () => {
      chat.update(peer.buddies(), peer.requests());
      bridge?.post({ type: 'natter:presence', online: peer.session.state === 'online', username: peer.username, buddiesOnline: peer.buddies().filter((b) => b.online).length });
    };
    const onOnline = () => {
      chat.setConnection('online', true);
      // A browser the account does not know is a new device: it waits for one of the user's devices.
      if (peer.linkCode) {
        chat.notice(
          `This browser is a new device of ${peer.username} and waits for approval: on one of your devices enter the code ${peer.linkCode} under Devices (in a terminal: natter devices approve ${peer.linkCode}). Until then nothing is sent to it or from it.`,
        );
      }
    };
    onOnline();
    refresh();
    // Why this window is offline for good, when the node said (the close that follows must not replace it).
    let ended: string | undefined;
    peer.on('online', () => {
      ended = undefined;
      onOnline();
      refresh();
    });
    peer.on('offline', (e) => {
      chat.setConnection(ended ?? (e.retryInMs === undefined ? `offline: ${e.reason}` : `offline, retrying in ${Math.ceil(e.retryInMs / 1000)} s`), false);
      refresh();
    });
    peer.on('buddies', refresh);
    peer.on('devices', () => chat.devicesChanged());
    peer.on('presence', refresh);
    peer.on('buddyEvent', refresh);
    peer.on('path', refresh);
    peer.on('identityChanged', refresh);
    peer.on('message', (entry) => {
      chat.message(entry);
      notify(entry.buddy, entry.text, () => void chat.open(entry.buddy));
    });
    peer.on('state', (entry) => {
      if (entry.direction === 'out' && entry.state === 'sending' && !entry.path) chat.message(entry);
      else chat.state(entry);
    });
    peer.session.on('nodeError', (err) => {
      if (err.code === 'SESSION_REPLACED') ended = 'signed in from another place: this window is offline';
      else if (err.code === 'DEVICE_REMOVED') ended = 'this browser was removed from your devices: sign out, then sign in to ask to be linked again';
      if (ended) chat.setConnection(ended, false);
    });
    document.addEventListener('visibilitychange', () => chat.setVisible(!document.hidden));
    bridge?.whenVisible((visible) => chat.setVisible(visible));
  }

  private async signOut(): Promise<void> {
    const peer = this.peer;
    this.peer = undefined;
    if (peer) {
      const username = peer.username;
      await peer.close({ logout: true }).catch(() => undefined);
      await this.accounts.update(username, (a) => void (a.resumeToken = undefined));
    }
    await this.accounts.setLastUser(undefined, this.options.site ?? '');
    this.showSignIn().say('Signed out.');
  }
}
