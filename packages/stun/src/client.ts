// One STUN Binding transaction from a socket: send, retransmit on a short
// fixed interval, match the answer by transaction ID. Pure over the
// UdpSocket and Clock seams.
import type { Clock, RemoteInfo, TimerHandle, UdpSocket } from '@natter/io';
import { randomBytes } from 'node:crypto';
import { Attr, MAGIC_COOKIE, Method, MessageClass } from './constants.js';
import {
  decodeAddress,
  decodeErrorCode,
  decodeText,
  decodeXorAddress,
  encodeChangeRequest,
  encodeText,
  type TransportAddress,
} from './attributes.js';
import { checkFingerprint, checkIntegrity, decodeStun, encodeStun, getAttribute, looksLikeStun, newTransactionId, type OutgoingAttribute } from './message.js';
import { StunError } from './errors.js';

export interface BindingOptions {
  clock: Clock;
  /** CHANGE-REQUEST flags (CHANGE_IP | CHANGE_PORT). */
  change?: number;
  /** Retransmission interval. RFC 5389 starts at 500 ms; a diagnostic that
   * runs tests in parallel can afford 100-200 ms on today's paths. */
  rtoMs?: number;
  /** Give up after this long. */
  timeoutMs?: number;
  /** Short-term credentials: USERNAME plus MESSAGE-INTEGRITY with `key`. */
  username?: string;
  key?: Uint8Array;
  software?: string;
  /** Send as an RFC 3489 client would (no magic cookie). */
  legacy?: boolean;
  /**
   * Asked before each retransmission: true ends the transaction as a
   * timeout now. Lets a caller that knows the path's RTT and loss stop
   * waiting for an answer that is not coming well before `timeoutMs`.
   */
  giveUp?: (elapsedMs: number, transmissions: number) => boolean;
}

export interface BindingResult {
  /** XOR-MAPPED-ADDRESS, or MAPPED-ADDRESS from a classic server. */
  mapped: TransportAddress;
  /** Where the answer actually came from. */
  from: RemoteInfo;
  responseOrigin?: TransportAddress | undefined;
  /** OTHER-ADDRESS (RFC 5780) or CHANGED-ADDRESS (RFC 3489). */
  otherAddress?: TransportAddress | undefined;
  software?: string | undefined;
  rttMs: number;
  /** How many times the request was sent before this answer (1 = no loss). */
  transmissions: number;
}

export interface StunTarget {
  address: string;
  port: number;
}

/** Sends a Binding request from `socket` to `target` and waits for its answer. */
export function bindingRequest(socket: UdpSocket, target: StunTarget, options: BindingOptions): Promise<BindingResult> {
  const { clock } = options;
  const rto = options.rtoMs ?? 150;
  const timeout = options.timeoutMs ?? 1500;
  const transactionId = options.legacy ? legacyTransactionId() : newTransactionId();
  const attrs: OutgoingAttribute[] = [];
  if (options.change) attrs.push({ type: Attr.ChangeRequest, value: encodeChangeRequest(options.change) });
  if (options.username) attrs.push({ type: Attr.Username, value: encodeText(options.username) });
  if (options.software) attrs.push({ type: Attr.Software, value: encodeText(options.software) });
  const request = encodeStun({
    method: Method.Binding,
    cls: MessageClass.Request,
    transactionId,
    attributes: attrs,
    integrityKey: options.username ? options.key : undefined,
    fingerprint: !options.legacy,
  });

  return new Promise<BindingResult>((resolve, reject) => {
    const started = clock.now();
    let transmissions = 0;
    let timer: TimerHandle | undefined;
    let deadline: TimerHandle | undefined;
    let done = false;
    const finish = (fn: () => void) => {
      if (done) return;
      done = true;
      if (timer) clock.clearTimeout(timer);
      if (deadline) clock.clearTimeout(deadline);
      off();
      fn();
    };
    const off = socket.onMessage((data, from) => {
      if (done || !looksLikeStun(data)) return;
      let msg;
      try {
        msg = decodeStun(data);
        if (!sameId(msg.transactionId, transactionId)) return;
        checkFingerprint(msg);
        if (options.username && options.key && msg.cls === MessageClass.SuccessResponse) checkIntegrity(msg, options.key);
      } catch {
        return; // a forged or damaged answer: keep waiting for the real one
      }
      if (msg.cls === MessageClass.ErrorResponse) {
        const ec = getAttribute(msg, Attr.ErrorCode);
        const err = ec ? decodeErrorCode(ec) : { code: 0, reason: 'no ERROR-CODE' };
        return finish(() => reject(Object.assign(new StunError('STUN_ERROR_RESPONSE', `server answered ${err.code} ${err.reason}`), { stunCode: err.code })));
      }
      if (msg.cls !== MessageClass.SuccessResponse) return;
      try {
        const xor = getAttribute(msg, Attr.XorMappedAddress);
        const plain = getAttribute(msg, Attr.MappedAddress);
        if (!xor && !plain) throw new StunError('STUN_BAD_ATTRIBUTE', 'response has no mapped address');
        const mapped = xor && !msg.legacy ? decodeXorAddress(xor, msg.transactionId) : decodeAddress(plain!);
        const origin = getAttribute(msg, Attr.ResponseOrigin) ?? getAttribute(msg, Attr.SourceAddress);
        const other = getAttribute(msg, Attr.OtherAddress) ?? getAttribute(msg, Attr.ChangedAddress);
        const software = getAttribute(msg, Attr.Software);
        const result: BindingResult = {
          mapped,
          from,
          responseOrigin: origin ? decodeAddress(origin) : undefined,
          otherAddress: other ? decodeAddress(other) : undefined,
          software: software ? decodeText(software) : undefined,
          rttMs: clock.now() - started,
          transmissions,
        };
        finish(() => resolve(result));
      } catch (err) {
        finish(() => reject(err));
      }
    });
    const timeoutError = () => new StunError('STUN_TIMEOUT', `no answer from ${target.address}:${target.port} within ${timeout} ms`);
    const transmit = () => {
      if (done) return;
      if (transmissions > 0 && options.giveUp?.(clock.now() - started, transmissions)) return finish(() => reject(timeoutError()));
      transmissions++;
      socket.send(request, target.port, target.address).catch(() => {
        // A local send error is retried on the next interval like a loss.
      });
      timer = clock.setTimeout(transmit, rto);
    };
    deadline = clock.setTimeout(() => finish(() => reject(timeoutError())), timeout);
    transmit();
  });
}

/** RFC 3489: 16 random bytes where RFC 5389 has cookie + 12. */
function legacyTransactionId(): Uint8Array {
  for (;;) {
    const id = randomBytes(16);
    if (id.readUInt32BE(0) !== MAGIC_COOKIE) return id;
  }
}

function sameId(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
