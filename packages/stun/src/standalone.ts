// Binds the STUN server's sockets on a UdpStack: one socket with one IP, the
// four RFC 5780 sockets (IP x port) with two.
import type { Clock, UdpSocket, UdpStack } from '@natter/io';
import { StunServer, type StunServerOptions } from './server.js';

export interface ServeStunOptions extends Omit<StunServerOptions, 'sockets'> {
  stack: UdpStack;
  ip: string;
  /** Second IP for full RFC 5780 behaviour discovery. */
  altIp?: string | undefined;
  port?: number;
  altPort?: number;
}

export interface RunningStunServer {
  server: StunServer;
  /** "ip:port" of every socket, primary first. */
  addresses: string[];
  close(): Promise<void>;
}

export async function serveStun(options: ServeStunOptions): Promise<RunningStunServer> {
  const { stack, ip, altIp } = options;
  const port = options.port ?? 3478;
  const altPort = options.altPort ?? 3479;
  const opened: UdpSocket[] = [];
  const bind = async (address: string, p: number) => {
    const s = await stack.bind({ address, port: p });
    opened.push(s);
    return s;
  };
  try {
    const primary = await bind(ip, port);
    // With port 0 the OS picked one; the alternate sockets follow it.
    const p1 = primary.address().port;
    let sockets: StunServerOptions['sockets'] = { primary };
    if (altIp) {
      const altPortSocket = await bind(ip, altPort === 0 ? 0 : altPort);
      const p2 = altPortSocket.address().port;
      sockets = { primary, altPort: altPortSocket, altIp: await bind(altIp, p1), altBoth: await bind(altIp, p2) };
    }
    const server = new StunServer({ ...options, sockets });
    return {
      server,
      addresses: opened.map((s) => `${s.address().address}:${s.address().port}`),
      async close() {
        server.detach();
        await Promise.all(opened.map((s) => s.close()));
      },
    };
  } catch (err) {
    await Promise.all(opened.map((s) => s.close()));
    throw err;
  }
}

export type { Clock };
