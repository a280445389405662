// The node's one TCP port, which speaks TLS and plain HTTP side by side
// (docs/security.md, "The control channel"). The first byte of a
// connection tells them apart: a TLS record starts with 0x16 (handshake,
// RFC 8446 §5.1), an HTTP request with a method's first letter. TLS goes
// to the https server (the node's own certificate, or the operator's);
// plain HTTP only from loopback (this machine, or a TLS-terminating proxy
// on it) unless the operator opens it to any address, because the control
// channel carries passwords and tokens.
//
// Before either, the listener enforces what costs a stranger nothing: a
// cap on concurrent connections per address, and a deadline for the first
// byte (a connection that never speaks would otherwise hold a socket).
import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import { createServer as createHttpServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { isLoopbackAddress } from '@natter/io';

export interface ListenerOptions {
  tls: { key: string | Buffer; cert: string | Buffer };
  /** Who may speak plain HTTP/WebSocket: loopback only (default) or anyone. */
  plainFrom: 'loopback' | 'any';
  /** Concurrent connections one address may hold (0: no limit). */
  maxConnectionsPerAddress: number;
  /** A connection that has not sent its first byte by then is closed. */
  firstByteTimeoutMs: number;
  onRequest: (req: IncomingMessage, res: ServerResponse) => void;
  onUpgrade: (req: IncomingMessage, socket: Socket, head: Buffer) => void;
  /** A connection refused before HTTP (over the cap, plain from afar). */
  onRefused?: (address: string, why: 'per-address-cap' | 'plain-not-allowed' | 'silent') => void;
}

const TLS_HANDSHAKE = 0x16;

export class ControlListener {
  private readonly net: NetServer;
  private readonly https: HttpsServer;
  private readonly http: HttpServer;
  private readonly perAddress = new Map<string, number>();
  private readonly sockets = new Set<Socket>();

  constructor(private readonly options: ListenerOptions) {
    this.https = createHttpsServer({ key: options.tls.key, cert: options.tls.cert }, options.onRequest);
    this.http = createHttpServer(options.onRequest);
    for (const server of [this.https, this.http]) server.on('upgrade', options.onUpgrade);
    this.net = createNetServer({ pauseOnConnect: true }, (socket) => this.accept(socket));
  }

  private accept(socket: Socket): void {
    const address = socket.remoteAddress ?? 'unknown';
    const cap = this.options.maxConnectionsPerAddress;
    const count = this.perAddress.get(address) ?? 0;
    if (cap > 0 && count >= cap) {
      this.options.onRefused?.(address, 'per-address-cap');
      socket.destroy();
      return;
    }
    this.perAddress.set(address, count + 1);
    this.sockets.add(socket);
    socket.once('close', () => {
      this.sockets.delete(socket);
      const left = (this.perAddress.get(address) ?? 1) - 1;
      if (left > 0) this.perAddress.set(address, left);
      else this.perAddress.delete(address);
    });
    socket.on('error', () => socket.destroy());
    const silent = () => {
      this.options.onRefused?.(address, 'silent');
      socket.destroy();
    };
    socket.setTimeout(this.options.firstByteTimeoutMs, silent);
    socket.once('readable', () => {
      const chunk: Buffer | null = socket.read(1);
      if (!chunk) return socket.destroy();
      // The deadline and its listener go: a session lasts hours.
      socket.setTimeout(0);
      socket.removeListener('timeout', silent);
      socket.unshift(chunk);
      if (chunk[0] === TLS_HANDSHAKE) {
        this.https.emit('connection', socket);
      } else if (this.options.plainFrom === 'any' || isLoopbackAddress(address)) {
        this.http.emit('connection', socket);
      } else {
        this.options.onRefused?.(address, 'plain-not-allowed');
        // An answer a browser or curl shows, then close: nothing was read.
        socket.end(
          'HTTP/1.1 421 Misdirected Request\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n' +
            'This natter node speaks TLS: connect with https:// or wss:// (natter does by default).\n' +
            'Its web app, too, is served over HTTPS only (plain HTTP only on the node itself): the page is the code\n' +
            'that encrypts your messages, and over plain HTTP anyone on the way could change it.\n',
        );
      }
    });
    socket.resume();
  }

  listen(port: number, host: string): Promise<number> {
    return new Promise((resolve, reject) => {
      this.net.once('error', reject);
      this.net.listen(port, host, () => {
        this.net.removeListener('error', reject);
        resolve((this.net.address() as { port: number }).port);
      });
    });
  }

  /** Stops accepting; `closed` resolves when every connection has ended. */
  close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.net.close(() => resolve()));
    this.http.close();
    this.https.close();
    return closed;
  }

  /** Ends every connection at once (after the graceful part of a shutdown). */
  destroyAll(): void {
    for (const socket of this.sockets) socket.destroy();
  }
}
