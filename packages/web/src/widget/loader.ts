// widget.js: what a site embeds with one tag.
//
//   <script src="https://chat.example.org:7878/widget.js" data-site="shop"
//           data-token-url="/natter-token" async></script>
//
// It shows a launcher bubble (with the unread count) that opens the chat in
// an iframe served by the node, so the chat's keys, messages and code stay
// with the node's origin and never touch the host page. The host page's
// backend signs the user in: data-token-url answers a fresh site token
// (docs/web.md), which this script passes to the frame. Options come from
// data attributes: data-position (bottom-right, bottom-left), data-color
// (the bubble), data-text-color, data-title, data-open. No inline script
// or style is used, so a strict Content-Security-Policy works (styles are
// a constructed stylesheet in a shadow root). The small API:
//
//   natter.open(), natter.close(), natter.toggle(), natter.popOut()
//   natter.on('unread', (count) => …), natter.on('presence', ({ online, username }) => …)
//   natter.on('open' | 'close' | 'error', …); natter.unread; natter.presence
//   natter.setTokenProvider(async () => token)   instead of data-token-url
type Listener = (value: unknown) => void;

interface Presence {
  online: boolean;
  username: string | undefined;
  buddiesOnline: number;
}

const script = document.currentScript as HTMLScriptElement | null;

function start(tag: HTMLScriptElement): void {
  const node = new URL(tag.src).origin;
  const data = tag.dataset;
  const site = data.site ?? '';
  const position = data.position === 'bottom-left' ? 'left' : 'right';
  const color = safeColor(data.color, '#2f6fdf');
  const textColor = safeColor(data.textColor, '#ffffff');
  const title = data.title ?? 'Chat';
  const listeners = new Map<string, Set<Listener>>();
  let tokenProvider: () => Promise<string> = async () => {
    if (!data.tokenUrl) throw new Error('widget.js needs data-token-url or natter.setTokenProvider()');
    const res = await fetch(data.tokenUrl, { credentials: 'same-origin', headers: { accept: 'application/json, text/plain' } });
    if (!res.ok) throw new Error(`the token URL answered ${res.status}`);
    const text = (await res.text()).trim();
    return text.startsWith('{') ? String((JSON.parse(text) as { token?: unknown }).token ?? '') : text;
  };
  let unread = 0;
  let presence: Presence = { online: false, username: undefined, buddiesOnline: 0 };
  let isOpen = false;
  let popup: Window | null = null;
  const emit = (event: string, value?: unknown) => {
    for (const listener of listeners.get(event) ?? []) listener(value);
  };

  const host = document.createElement('div');
  host.setAttribute('data-natter-widget', site);
  // Open, so assistive tech and test tools see the buttons; the chat itself is in the iframe, out of the page's reach.
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styles(position, color, textColor));
  shadow.adoptedStyleSheets = [sheet];

  const panel = document.createElement('div');
  panel.className = 'panel';
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', title);
  const bar = document.createElement('div');
  bar.className = 'bar';
  const heading = document.createElement('span');
  heading.textContent = title;
  const popOutButton = button('Pop out', 'Open the chat in its own window', () => api.popOut());
  const minimise = button('–', 'Minimise the chat', () => api.close());
  bar.append(heading, popOutButton, minimise);
  const frame = document.createElement('iframe');
  frame.title = title;
  frame.src = `${node}/widget/frame?site=${encodeURIComponent(site)}`;
  // The frame needs scripts and its own origin (WebCrypto, IndexedDB, its WebSocket); it gets no access to this page.
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-forms');
  frame.setAttribute('allow', '');
  frame.referrerPolicy = 'no-referrer';
  panel.append(bar, frame);
  let frameLoaded = false;
  frame.addEventListener('load', () => {
    frameLoaded = true;
    render();
  });

  const launcher = button('', `${title}: open`, () => api.toggle());
  launcher.className = 'launcher';
  launcher.setAttribute('aria-expanded', 'false');
  const icon = document.createElement('span');
  icon.className = 'icon';
  icon.setAttribute('aria-hidden', 'true');
  const badge = document.createElement('span');
  badge.className = 'badge';
  badge.hidden = true;
  badge.setAttribute('aria-hidden', 'true');
  launcher.append(icon, badge);
  shadow.append(panel, launcher);

  const render = () => {
    panel.hidden = !isOpen;
    launcher.setAttribute('aria-expanded', String(isOpen));
    badge.hidden = unread === 0;
    badge.textContent = unread > 99 ? '99+' : String(unread);
    launcher.setAttribute('aria-label', `${title}: ${isOpen ? 'close' : 'open'}${unread ? `, ${unread} unread` : ''}${presence.online ? '' : ', offline'}`);
    if (frameLoaded) frame.contentWindow?.postMessage({ type: 'natter:visible', visible: isOpen }, node);
  };

  const sendToken = async (target: Window) => {
    try {
      const token = await tokenProvider();
      target.postMessage({ type: 'natter:token', token }, node);
    } catch (err) {
      emit('error', { code: 'TOKEN_PROVIDER', message: (err as Error).message });
    }
  };

  window.addEventListener('message', (event) => {
    if (event.origin !== node) return;
    const from = event.source as Window | null;
    if (from !== frame.contentWindow && from !== popup) return;
    const message = event.data as { type?: string; count?: number; online?: boolean; username?: string; buddiesOnline?: number; code?: string; message?: string };
    switch (message?.type) {
      case 'natter:need-token':
        if (from) void sendToken(from);
        return;
      case 'natter:unread':
        unread = Math.max(0, Number(message.count) || 0);
        render();
        emit('unread', unread);
        return;
      case 'natter:presence':
        presence = { online: Boolean(message.online), username: message.username, buddiesOnline: Number(message.buddiesOnline) || 0 };
        render();
        emit('presence', presence);
        return;
      case 'natter:error':
        emit('error', { code: message.code, message: message.message });
        return;
    }
  });

  const api = {
    open() {
      if (isOpen) return;
      isOpen = true;
      render();
      frame.focus();
      emit('open');
    },
    close() {
      if (!isOpen) return;
      isOpen = false;
      render();
      launcher.focus();
      emit('close');
    },
    toggle() {
      if (isOpen) api.close();
      else api.open();
    },
    /** The chat in its own window (the node's origin, its own storage: another session of the same user). */
    popOut() {
      popup = window.open(`${node}/widget/frame?site=${encodeURIComponent(site)}&popout=1`, `natter-${site}`, 'popup,width=420,height=640');
      api.close();
    },
    on(event: string, listener: Listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
    },
    off(event: string, listener: Listener) {
      listeners.get(event)?.delete(listener);
    },
    setTokenProvider(provider: () => Promise<string>) {
      tokenProvider = provider;
    },
    get unread() {
      return unread;
    },
    get presence() {
      return { ...presence };
    },
  };
  shadow.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape' && isOpen) api.close();
  });
  (window as unknown as { natter: typeof api }).natter = api;
  document.body.append(host);
  render();
  if (data.open === 'true') api.open();
  host.dispatchEvent(new CustomEvent('natter:ready', { bubbles: true }));
}

function button(text: string, label: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.setAttribute('aria-label', label);
  b.title = label;
  b.addEventListener('click', onClick);
  return b;
}

/** A colour from a data attribute, only if it is one (no CSS injection through the attribute). */
function safeColor(value: string | undefined, fallback: string): string {
  return value && /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}|rgba?\([\d\s.,%]+\))$/.test(value) ? value : fallback;
}

function styles(side: 'left' | 'right', color: string, textColor: string): string {
  return `
:host { all: initial; }
.launcher { position: fixed; bottom: 20px; ${side}: 20px; width: 56px; height: 56px; border-radius: 50%; border: none; cursor: pointer;
  background: ${color}; color: ${textColor}; box-shadow: 0 4px 14px rgba(0,0,0,.25); z-index: 2147483000; font: 600 14px system-ui, sans-serif; }
.launcher:focus-visible, .bar button:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
.icon { display: block; width: 26px; height: 22px; margin: auto; border-radius: 12px 12px 12px 3px; background: ${textColor}; }
.badge { position: absolute; top: -4px; ${side === 'right' ? 'left' : 'right'}: -4px; min-width: 20px; height: 20px; padding: 0 5px; box-sizing: border-box;
  border-radius: 10px; background: #d93025; color: #fff; font: 700 12px/20px system-ui, sans-serif; text-align: center; }
.badge[hidden], .panel[hidden] { display: none; }
.panel { position: fixed; bottom: 88px; ${side}: 20px; width: min(380px, calc(100vw - 40px)); height: min(560px, calc(100vh - 120px));
  display: flex; flex-direction: column; border-radius: 12px; overflow: hidden; background: #fff; box-shadow: 0 8px 30px rgba(0,0,0,.3); z-index: 2147483000; }
.bar { display: flex; align-items: center; gap: 6px; padding: 6px 8px 6px 14px; background: ${color}; color: ${textColor}; font: 600 15px system-ui, sans-serif; }
.bar span { flex: 1; }
.bar button { background: transparent; color: ${textColor}; border: 1px solid currentColor; border-radius: 6px; padding: 3px 9px; cursor: pointer; font: 500 13px system-ui, sans-serif; }
iframe { flex: 1; width: 100%; border: 0; }
@media (max-width: 480px) { .panel { bottom: 0; ${side}: 0; width: 100vw; height: calc(100vh - 72px); border-radius: 12px 12px 0 0; } }
`;
}

if (script) {
  if (document.body) start(script);
  else document.addEventListener('DOMContentLoaded', () => start(script), { once: true });
}
