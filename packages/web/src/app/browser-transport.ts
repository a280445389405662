// The control transport in a browser: the page's own WebSocket to the node
// that served it. The browser checks the node's TLS certificate (which is
// why the node needs one browsers trust: docs/web.md), so there is nothing
// to pin here; over plain ws:// the page only works on the node's own
// machine, as the node allows plain HTTP only from loopback.
import { SessionError, type ControlSocket, type ControlTransport } from '@natter/peer/core';

export const browserTransport: ControlTransport = (url, timeoutMs) =>
  new Promise((resolve, reject) => {
    let ws: WebSocket;
    try {
      ws = new WebSocket(url);
    } catch (err) {
      reject(new SessionError('SESSION_CONNECT', `bad node URL ${url}: ${(err as Error).message}`));
      return;
    }
    ws.binaryType = 'arraybuffer';
    const timer = setTimeout(() => {
      ws.close();
      reject(new SessionError('SESSION_CONNECT', `the node at ${url} did not answer within ${timeoutMs} ms`));
    }, timeoutMs);
    ws.addEventListener('open', () => {
      clearTimeout(timer);
      resolve({ socket: wrap(ws), trust: { basis: url.startsWith('wss:') ? 'ca' : 'loopback', fingerprint: undefined } });
    }, { once: true });
    ws.addEventListener('error', () => {
      clearTimeout(timer);
      reject(new SessionError('SESSION_CONNECT', `cannot reach the node at ${url}`));
    }, { once: true });
  });

function wrap(ws: WebSocket): ControlSocket {
  let onMessage: (frame: Uint8Array) => void = () => {};
  let onClose: (code: number, reason: string) => void = () => {};
  ws.addEventListener('message', (event) => {
    if (event.data instanceof ArrayBuffer) onMessage(new Uint8Array(event.data));
  });
  ws.addEventListener('close', (event) => onClose(event.code, event.reason));
  return {
    get open() {
      return ws.readyState === WebSocket.OPEN;
    },
    get bufferedAmount() {
      return ws.bufferedAmount;
    },
    send: (frame) => ws.send(frame as Uint8Array<ArrayBuffer>),
    onMessage: (handler) => void (onMessage = handler),
    onClose: (handler) => void (onClose = handler),
    close: () =>
      new Promise<void>((resolve) => {
        if (ws.readyState === WebSocket.CLOSED) return resolve();
        ws.addEventListener('close', () => resolve(), { once: true });
        ws.close(1000, 'bye');
      }),
    // A browser cannot drop a socket without a close handshake; closing with
    // an error code is the nearest, and the session treats it as dead at once.
    terminate: () => ws.close(4000, 'heartbeat timeout'),
  };
}

/** The node's WebSocket URL for the page it served: same host and port, wss:// under https. */
export function nodeUrlOf(location: Location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/`;
}
