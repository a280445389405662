// A client for the node's admin socket (JSON lines over a Unix socket), the
// way `natter admin` talks to it. Replies carry no ids: the n-th line
// answers the n-th request, so requests may be pipelined.
import { connect, type Socket } from 'node:net';

export interface AdminReply<T = unknown> {
  ok: boolean;
  result?: T;
  error?: { code: string; message: string };
}

export class AdminClient {
  private buf = '';
  private readonly waiting: Array<{ resolve: (r: AdminReply<any>) => void; reject: (e: Error) => void }> = [];

  private constructor(private readonly socket: Socket) {
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      this.buf += chunk;
      let nl: number;
      while ((nl = this.buf.indexOf('\n')) >= 0) {
        const line = this.buf.slice(0, nl);
        this.buf = this.buf.slice(nl + 1);
        this.waiting.shift()?.resolve(JSON.parse(line) as AdminReply);
      }
    });
    const fail = () => {
      for (const w of this.waiting.splice(0)) w.reject(new Error('admin socket closed before answering'));
    };
    socket.on('close', fail);
    socket.on('error', fail);
  }

  static connect(path: string): Promise<AdminClient> {
    return new Promise((resolve, reject) => {
      const socket = connect(path);
      socket.once('connect', () => {
        socket.removeListener('error', reject);
        resolve(new AdminClient(socket));
      });
      socket.once('error', reject);
    });
  }

  /** Sends one request (an object, or a raw line for malformed input) and resolves with its reply. */
  request<T = unknown>(req: object | string): Promise<AdminReply<T>> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.socket.write(typeof req === 'string' ? req : JSON.stringify(req) + '\n');
    });
  }

  close(): void {
    this.socket.end();
  }
}

/** One request on a fresh connection. */
export async function adminCommand<T = unknown>(path: string, req: object | string): Promise<AdminReply<T>> {
  const c = await AdminClient.connect(path);
  try {
    return await c.request<T>(req);
  } finally {
    c.close();
  }
}
