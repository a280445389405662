// The control transport in Node: a `ws` WebSocket over TLS whose key is
// checked against the pin (trust.ts), or plain ws:// where that is allowed.
import WebSocket from 'ws';
import { SessionError } from './errors.js';
import { checkPlainAllowed, pinningConnector, type NodeTrust, type TrustPolicy } from './trust.js';
import type { ControlSocket, ControlTransport } from './transport.js';

export function wsTransport(policy: TrustPolicy = {}): ControlTransport {
  return (url, timeoutMs) => openSocket(url, timeoutMs, policy);
}

function openSocket(url: string, timeoutMs: number, policy: TrustPolicy): Promise<{ socket: ControlSocket; trust: NodeTrust }> {
  return new Promise((resolve, reject) => {
    let ws: WebSocket;
    let trust: NodeTrust | undefined;
    let refused: SessionError | undefined;
    try {
      const plain = checkPlainAllowed(url, policy);
      if (plain) trust = { basis: plain, fingerprint: undefined };
      ws = new WebSocket(url, {
        handshakeTimeout: timeoutMs,
        perMessageDeflate: false,
        ...(!plain && {
          createConnection: pinningConnector(policy, (t) => (trust = t), (err) => (refused = err)) as never,
        }),
      });
    } catch (err) {
      if (err instanceof SessionError) return reject(err);
      return reject(new SessionError('SESSION_CONNECT', `bad node URL ${url}: ${(err as Error).message}`));
    }
    ws.once('open', () => resolve({ socket: wrap(ws), trust: trust! }));
    ws.once('error', (err) => reject(refused ?? new SessionError('SESSION_CONNECT', `cannot reach the node at ${url}: ${err.message}`)));
  });
}

function wrap(ws: WebSocket): ControlSocket {
  let onMessage: (frame: Uint8Array) => void = () => {};
  let onClose: (code: number, reason: string) => void = () => {};
  ws.on('message', (data) => onMessage(data as Buffer));
  ws.on('close', (code, reason) => onClose(code, reason.toString()));
  ws.on('error', () => {});
  return {
    get open() {
      return ws.readyState === WebSocket.OPEN;
    },
    get bufferedAmount() {
      return ws.bufferedAmount;
    },
    send: (frame) => ws.send(frame),
    onMessage: (handler) => void (onMessage = handler),
    onClose: (handler) => void (onClose = handler),
    close: () =>
      new Promise<void>((resolve) => {
        if (ws.readyState === WebSocket.CLOSED) return resolve();
        ws.once('close', () => resolve());
        ws.close();
      }),
    terminate: () => ws.terminate(),
  };
}
