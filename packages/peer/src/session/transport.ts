// How a control session reaches the node: open one connection, get frames
// in and out. Node's transport is `ws` with the node's key pinned
// (ws-transport.ts); the web client's is the browser's WebSocket, whose TLS
// the browser checks. The session (control-session.ts) is the same on both.
import type { NodeTrust } from './trust.js';

/** One open connection to the node, carrying whole binary frames. */
export interface ControlSocket {
  readonly open: boolean;
  /** Bytes accepted but not yet sent (relay backpressure). */
  readonly bufferedAmount: number;
  send(frame: Uint8Array): void;
  /** Replaces the frame handler. */
  onMessage(handler: (frame: Uint8Array) => void): void;
  /** Replaces the close handler; called once, with the WebSocket close code and reason. */
  onClose(handler: (code: number, reason: string) => void): void;
  /** Closes gracefully; resolves once closed. */
  close(): Promise<void>;
  /** Drops the connection at once (a heartbeat went unanswered). */
  terminate(): void;
}

/** Opens a connection to `url`; rejects with SessionError (SESSION_CONNECT, NODE_KEY_MISMATCH, INSECURE_URL). */
export type ControlTransport = (url: string, timeoutMs: number) => Promise<{ socket: ControlSocket; trust: NodeTrust }>;
