// The widget's frame and the page that embeds it (widget.js on the host
// site) talk only by postMessage, and only to the one origin the operator
// registered for the site: the frame learns it from the node (the page's
// data-parent-origin), never from the host page. Frame to host: ready /
// need a token, unread count, presence, errors. Host to frame: a site
// token, whether the chat is showing.
export type FrameMessage =
  | { type: 'natter:need-token' }
  | { type: 'natter:unread'; count: number }
  | { type: 'natter:presence'; online: boolean; username: string | undefined; buddiesOnline: number }
  | { type: 'natter:error'; code: string; message: string };

export type HostMessage = { type: 'natter:token'; token: string } | { type: 'natter:visible'; visible: boolean };

export class WidgetBridge {
  private readonly host: Window | null;
  private onToken: ((token: string) => void) | undefined;
  private onVisible: ((visible: boolean) => void) | undefined;

  constructor(private readonly parentOrigin: string) {
    // In the iframe the host is the parent; in a popped-out window, its opener.
    this.host = window.parent !== window ? window.parent : window.opener;
    window.addEventListener('message', (event) => {
      if (event.origin !== this.parentOrigin || event.source !== this.host) return;
      const data = event.data as HostMessage;
      if (data?.type === 'natter:token' && typeof data.token === 'string') this.onToken?.(data.token);
      if (data?.type === 'natter:visible') this.onVisible?.(Boolean(data.visible));
    });
  }

  get embedded(): boolean {
    return this.host !== null;
  }

  post(message: FrameMessage): void {
    this.host?.postMessage(message, this.parentOrigin);
  }

  /** Asks the host page for a fresh site token (its backend signs one per sign-in). */
  requestToken(): Promise<string> {
    return new Promise((resolve) => {
      this.onToken = (token) => {
        this.onToken = undefined;
        resolve(token);
      };
      this.post({ type: 'natter:need-token' });
    });
  }

  whenVisible(handler: (visible: boolean) => void): void {
    this.onVisible = handler;
  }
}

/** The username a site token names (the node checks the token; this only picks the local account). */
export function usernameInSiteToken(token: string): string | undefined {
  const parts = token.split('.');
  return parts.length >= 6 ? parts.slice(2, -3).join('.') : undefined;
}
