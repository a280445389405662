// A bare control-channel client for tests: speaks ControlFrames over a real
// WebSocket, correlates answers by request id and queues pushes, so tests can
// drive the node exactly as a peer would (or as a misbehaving one would).
import WebSocket, { type ClientOptions } from 'ws';
import { createHash } from 'node:crypto';
import { PROTOCOL_VERSION, decodeControl, deviceIdInput, encodeControl, type ControlBodyKind, type ControlFrameInit, type DecodedControlFrame } from '@natter/wire';
import { generateIdentity, identityPublicKey } from '@natter/peer';

export interface Identity {
  publicKey: Buffer; // raw 32 bytes
}

// The product's own key generation: generateKeyPairSync followed by a JWK
// export can deadlock on Node 20 (packages/peer/src/crypto/keygen.ts).
export function newIdentity(): Identity {
  return { publicKey: identityPublicKey(generateIdentity()) };
}

/**
 * The device address USER/DEVICE of a client that names no device id: the
 * node derives the id from its identity key (docs/protocol.md, "Devices").
 */
export function addressOf(username: string, identity: Identity): string {
  return `${username}/${createHash('sha256').update(deviceIdInput(identity.publicKey)).digest().subarray(0, 16).toString('hex')}`;
}

export class ControlClient {
  private nextId = 1;
  private readonly waiting = new Map<number, (f: DecodedControlFrame | Error) => void>();
  /** Frames with request id 0 (pushes), in arrival order. */
  readonly pushes: DecodedControlFrame[] = [];
  private pushWaiters: Array<() => void> = [];
  closeCode: number | undefined;
  readonly closed: Promise<number>;

  private constructor(readonly ws: WebSocket) {
    // A reset connection (a node that terminates us) must end in 'close', not crash the test run.
    ws.on('error', () => {});
    ws.on('message', (data) => {
      const frame = decodeControl(data as Buffer);
      const cb = frame.requestId ? this.waiting.get(frame.requestId) : undefined;
      if (cb) {
        this.waiting.delete(frame.requestId);
        cb(frame);
      } else {
        this.pushes.push(frame);
        for (const w of this.pushWaiters.splice(0)) w();
      }
    });
    this.closed = new Promise((resolve) =>
      ws.on('close', (code) => {
        this.closeCode = code;
        for (const w of this.pushWaiters.splice(0)) w();
        // No answer can come any more.
        for (const cb of [...this.waiting.values()]) cb(new Error(`connection closed (${code}) before the answer`));
        this.waiting.clear();
        resolve(code);
      }),
    );
  }

  /**
   * `ws` passes options to the WebSocket (e.g. `{ autoPong: false }` for a
   * peer that never answers pings). A test node's certificate is its own
   * self-signed one: these protocol tests do not check it (the client's
   * pinning has its own tests).
   */
  static async connect(url: string, { hello = true, ws: wsOptions }: { hello?: boolean; ws?: ClientOptions } = {}): Promise<ControlClient> {
    const ws = new WebSocket(url, { rejectUnauthorized: false, ...wsOptions });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    const c = new ControlClient(ws);
    if (hello) {
      const r = await c.request({ hello: { protocolVersion: PROTOCOL_VERSION, software: 'natter-test' } });
      if (r.body !== 'hello') throw new Error(`expected hello, got ${r.body}`);
    }
    return c;
  }

  sendRaw(bytes: Uint8Array | string, binary = true): void {
    this.ws.send(bytes, { binary });
  }

  send(frame: ControlFrameInit): void {
    this.ws.send(encodeControl(frame));
  }

  /** Sends a request and resolves with the answer carrying its id. */
  request(frame: ControlFrameInit, timeoutMs = 5000): Promise<DecodedControlFrame> {
    if (this.closeCode !== undefined) return Promise.reject(new Error(`connection closed (${this.closeCode})`));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`no answer to ${Object.keys(frame).join(',')} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting.set(id, (f) => {
        clearTimeout(t);
        if (f instanceof Error) reject(f);
        else resolve(f);
      });
      this.ws.send(encodeControl({ ...frame, requestId: id }));
    });
  }

  /** Like request, but throws an Error with `.code` when the answer is an Error frame. */
  async call(frame: ControlFrameInit): Promise<DecodedControlFrame> {
    const r = await this.request(frame);
    if (r.body === 'error') throw Object.assign(new Error(r.error!.message ?? ''), { code: r.error!.code, retryAfterMs: r.error!.retryAfterMs });
    return r;
  }

  /** Waits for (and removes) the first push of `kind` matching `pred`. */
  async next(kind: ControlBodyKind, pred: (f: DecodedControlFrame) => boolean = () => true, timeoutMs = 5000): Promise<DecodedControlFrame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const i = this.pushes.findIndex((f) => f.body === kind && pred(f));
      if (i >= 0) return this.pushes.splice(i, 1)[0]!;
      if (this.closeCode !== undefined) throw new Error(`connection closed (${this.closeCode}) while waiting for ${kind}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${kind} push within ${timeoutMs} ms; have: ${this.pushes.map((f) => f.body).join(', ') || 'none'}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.pushWaiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** True if no push of `kind` arrives within `ms`. */
  async none(kind: ControlBodyKind, ms = 200, pred: (f: DecodedControlFrame) => boolean = () => true): Promise<boolean> {
    try {
      await this.next(kind, pred, ms);
      return false;
    } catch {
      return true;
    }
  }

  close(): Promise<number> {
    // A paused socket (a peer made silent) would never finish the close handshake.
    if (this.ws.isPaused) this.ws.terminate();
    else if (this.ws.readyState === WebSocket.OPEN) this.ws.close();
    return this.closed;
  }
}

/** Connects and logs in an existing user with a password or a resume token; returns the client and the LoginOk frame. */
export async function login(url: string, username: string, credential: string | { token: Uint8Array }, extra: { identityKey?: Uint8Array; clientVersion?: string } = {}): Promise<{ client: ControlClient; loginOk: DecodedControlFrame }> {
  const client = await ControlClient.connect(url);
  const secret = typeof credential === 'string' ? { password: credential } : { resumeToken: credential.token };
  try {
    const loginOk = await client.call({ login: { username, ...secret, clientVersion: extra.clientVersion ?? 'natter-test/0', identityKey: extra.identityKey } });
    return { client, loginOk };
  } catch (err) {
    await client.close();
    throw err;
  }
}

/** Registers and logs in a fresh user; returns the client and its identity. */
export async function registerAndLogin(
  url: string,
  username: string,
  password = 'correct horse',
): Promise<{ client: ControlClient; identity: Identity; token: Buffer; loginOk: DecodedControlFrame }> {
  const identity = newIdentity();
  const client = await ControlClient.connect(url);
  await client.call({ register: { username, password, identityKey: identity.publicKey } });
  const ok = await client.call({ login: { username, password, clientVersion: 'natter-test/0' } });
  return { client, identity, token: Buffer.from(ok.loginOk!.resumeToken!), loginOk: ok };
}

/** Makes a and b mutual buddies (a asks, b accepts). */
export async function befriend(a: { client: ControlClient }, aName: string, b: { client: ControlClient }, bName: string): Promise<void> {
  await a.client.call({ buddyAction: { action: 1, username: bName } });
  await b.client.next('buddyEvent', (f) => f.buddyEvent!.username === aName);
  await b.client.call({ buddyAction: { action: 2, username: aName } });
  await a.client.next('buddyEvent', (f) => f.buddyEvent!.username === bName && f.buddyEvent!.kind === 2);
}
