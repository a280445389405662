// A control-channel client lean enough that one process can hold thousands of
// them: `ws` directly, requests correlated by id, and pushes left as bytes for
// the bench to peek into (protobuf field offsets) instead of decoding every
// frame. Plain JavaScript: the load workers (load-worker.mjs) run it outside
// vitest, on the compiled @natter/wire.
import WebSocket from 'ws';
import { PROTOCOL_VERSION, decodeControl, encodeControl } from '@natter/wire';

/** @typedef {import('@natter/wire').ControlFrameInit} ControlFrameInit */
/** @typedef {import('@natter/wire').DecodedControlFrame} DecodedControlFrame */

/** ControlFrame body field numbers (proto/control.proto). */
export const BODY = { hello: 2, error: 3, ok: 4, loginOk: 12, buddyList: 21, buddyEvent: 22, presencePush: 31, relay: 50, offlineStored: 61, offlineDeliver: 62, heartbeatAck: 71 };

let at = 0;
/** @param {Uint8Array} b */
function varint(b) {
  let v = 0;
  let mul = 1;
  for (;;) {
    const x = /** @type {number} */ (b[at++]);
    v += (x & 0x7f) * mul;
    if (x < 0x80) return v;
    mul *= 128;
  }
}

/**
 * Walks the top-level fields of a protobuf message in b[from, to) and returns
 * the first field numbered `want` as [start, end) (length-delimited) or
 * [value, -1] (varint); undefined when absent.
 * @param {Uint8Array} b @param {number} want @param {number} [from] @param {number} [to]
 * @returns {[number, number] | undefined}
 */
export function field(b, want, from = 0, to = b.length) {
  at = from;
  while (at < to) {
    const tag = varint(b);
    const no = Math.floor(tag / 8);
    switch (tag & 7) {
      case 0: {
        const v = varint(b);
        if (no === want) return [v, -1];
        break;
      }
      case 1:
        at += 8;
        break;
      case 2: {
        const len = varint(b);
        if (no === want) return [at, at + len];
        at += len;
        break;
      }
      case 5:
        at += 4;
        break;
      default:
        return undefined;
    }
  }
  return undefined;
}

/**
 * The request id and body (field number and byte range) of a ControlFrame, without decoding it.
 * @param {Uint8Array} b
 */
export function peek(b) {
  at = 0;
  let requestId = 0;
  while (at < b.length) {
    const tag = varint(b);
    if (tag === 8) {
      requestId = varint(b);
      continue;
    }
    const len = varint(b);
    return { requestId, body: Math.floor(tag / 8), start: at, end: at + len };
  }
  return { requestId, body: 0, start: 0, end: 0 };
}

export class LeanClient {
  /** @type {(b: Buffer) => void} every frame that is not an answer to a request (pushes) */
  onPush = () => {};
  #nextId = 1;
  /** @type {Map<number, (b: Buffer) => void>} */
  #waiting = new Map();

  /** @param {WebSocket} ws */
  constructor(ws) {
    this.ws = ws;
    ws.on('error', () => {});
    ws.on('message', (/** @type {Buffer} */ data) => {
      // Request ids are small: in the common case the id is the second byte.
      const id = data[0] !== 8 ? 0 : /** @type {number} */ (data[1]) < 0x80 ? /** @type {number} */ (data[1]) : peek(data).requestId;
      const cb = id ? this.#waiting.get(id) : undefined;
      if (cb) {
        this.#waiting.delete(id);
        cb(data);
      } else this.onPush(data);
    });
  }

  /**
   * Connects from `localAddress` (any of 127.0.0.0/8 on Linux): the node
   * rate-limits logins per source address, as it would for real clients on
   * their own addresses.
   * @param {string} url @param {string} [localAddress] @returns {Promise<LeanClient>}
   */
  static connect(url, localAddress) {
    const ws = new WebSocket(url, { perMessageDeflate: false, ...(localAddress && { localAddress }) });
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(new LeanClient(ws)));
      ws.once('error', reject);
    });
  }

  get open() {
    return this.ws.readyState === WebSocket.OPEN;
  }

  /** @param {Uint8Array} bytes */
  sendBytes(bytes) {
    this.ws.send(bytes);
  }

  /**
   * Sends a request now and resolves with its answer as bytes; call several before awaiting to pipeline.
   * @param {ControlFrameInit} frame @param {number} [timeoutMs] @returns {Promise<Buffer>}
   */
  requestBytes(frame, timeoutMs = 60_000) {
    const id = this.#nextId++;
    if (this.#nextId > 100_000) this.#nextId = 1;
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => {
        this.#waiting.delete(id);
        reject(new Error(`no answer to ${Object.keys(frame).join(',')} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#waiting.set(id, (b) => {
        clearTimeout(t);
        resolve(b);
      });
      this.ws.send(encodeControl({ ...frame, requestId: id }));
    });
  }

  /**
   * A request whose answer is decoded; an Error answer throws with its code.
   * @param {ControlFrameInit} frame @param {number} [timeoutMs] @returns {Promise<DecodedControlFrame>}
   */
  async call(frame, timeoutMs) {
    const f = decodeControl(await this.requestBytes(frame, timeoutMs));
    if (f.body === 'error') throw Object.assign(new Error(`${f.error?.code}: ${f.error?.message}`), { code: f.error?.code });
    return f;
  }

  hello() {
    return this.call({ hello: { protocolVersion: PROTOCOL_VERSION, software: 'natter-bench/0' } });
  }

  /** @returns {Promise<void>} */
  close() {
    if (this.ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      this.ws.once('close', () => resolve());
      if (this.ws.readyState === WebSocket.OPEN) this.ws.close();
      else this.ws.terminate();
    });
  }
}

/** Distinct loopback source addresses, one per simulated client: 127.1.0.0 upwards. @param {number} i */
export const loopbackAddress = (i) => `127.${1 + ((i >> 16) & 0x7f)}.${(i >> 8) & 255}.${i & 255}`;

/**
 * Runs `fn` over from..to-1 with at most `width` calls in flight.
 * @param {number} from @param {number} to @param {number} width @param {(i: number) => Promise<void>} fn
 */
export async function pool(from, to, width, fn) {
  let next = from;
  /** @type {unknown} */
  let failed;
  const lane = async () => {
    while (next < to && failed === undefined) {
      const i = next++;
      try {
        await fn(i);
      } catch (err) {
        failed ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(0, Math.min(width, to - from)) }, lane));
  if (failed !== undefined) throw failed;
}
