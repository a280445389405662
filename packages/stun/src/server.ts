// The STUN server's protocol logic: RFC 5389 Binding, RFC 5780 behaviour
// discovery with a second IP, answers RFC 3489 clients understand. It owns
// no sockets: standalone.ts binds them and feeds `receive()`.
import type { Clock, RemoteInfo, UdpSocket } from '@natter/io';
import { Attr, CHANGE_IP, CHANGE_PORT, Method, MessageClass, isComprehensionRequired } from './constants.js';
import {
  decodeChangeRequest,
  decodeResponsePort,
  decodeText,
  encodeAddress,
  encodeErrorCode,
  encodeText,
  encodeUnknownAttributes,
  xorAddressValue,
  type TransportAddress,
} from './attributes.js';
import { checkFingerprint, checkIntegrity, decodeStun, encodeStun, getAttribute, type OutgoingAttribute, type StunMessage } from './message.js';
import { KeyedRateLimiter } from '@natter/io';

/** The four sockets of an RFC 5780 server, by (IP index, port index). */
export type SocketSlot = 'primary' | 'altPort' | 'altIp' | 'altBoth';

const SLOT_BITS: Record<SocketSlot, number> = { primary: 0, altPort: 1, altIp: 2, altBoth: 3 };
const SLOTS: SocketSlot[] = ['primary', 'altPort', 'altIp', 'altBoth'];

export interface StunServerSockets {
  primary: UdpSocket;
  /** Same IP, other port. Together with altIp and altBoth: full RFC 5780. */
  altPort?: UdpSocket | undefined;
  altIp?: UdpSocket | undefined;
  altBoth?: UdpSocket | undefined;
}

export interface StunServerOptions {
  sockets: StunServerSockets;
  clock: Clock;
  software?: string;
  /** Requests per second per source IP, and the burst allowed. */
  rateLimit?: { perSecond: number; burst: number };
  /**
   * Short-term credentials (RFC 5389 §10.1): the key for a USERNAME, or
   * undefined when unknown. Requests without USERNAME stay anonymous.
   */
  credentials?: (username: string) => Uint8Array | undefined;
  /** Called for every binding whose MESSAGE-INTEGRITY checked out. */
  onAuthenticatedBinding?: (username: string, mapped: TransportAddress) => void;
}

export interface StunServerStats {
  requests: number;
  responses: number;
  errorResponses: number;
  malformed: number;
  rateLimited: number;
  authenticated: number;
  unauthorized: number;
}

/** Attributes a Binding request may carry that this server understands. */
const UNDERSTOOD = new Set<number>([
  Attr.ChangeRequest,
  Attr.Username,
  Attr.MessageIntegrity,
  Attr.Padding,
  Attr.ResponsePort,
  Attr.Fingerprint,
  Attr.Software,
  // RFC 3489 RESPONSE-ADDRESS is parsed and deliberately ignored: honouring
  // it would let anyone aim our responses at a third party.
  Attr.ResponseAddress,
]);

export class StunServer {
  readonly stats: StunServerStats = {
    requests: 0,
    responses: 0,
    errorResponses: 0,
    malformed: 0,
    rateLimited: 0,
    authenticated: 0,
    unauthorized: 0,
  };
  private readonly limiter: KeyedRateLimiter;
  private readonly full: boolean;
  private readonly unsubscribe: Array<() => void> = [];
  /** SOFTWARE values, encoded once rather than per answer: [RFC 5389, RFC 3489]. */
  private readonly software: [Uint8Array, Uint8Array] | undefined;
  /** Encoded address of each slot's socket, computed on first use (they never change). */
  private readonly addressValues = new Map<SocketSlot, Uint8Array | undefined>();

  constructor(private readonly options: StunServerOptions) {
    const { sockets } = options;
    this.full = Boolean(sockets.altPort && sockets.altIp && sockets.altBoth);
    if (options.software) this.software = [softwareValue(options.software, false), softwareValue(options.software, true)];
    const rl = options.rateLimit ?? { perSecond: 200, burst: 400 };
    this.limiter = new KeyedRateLimiter(options.clock, rl.perSecond, rl.burst);
    for (const slot of SLOTS) {
      const socket = sockets[slot];
      if (socket) this.unsubscribe.push(socket.onMessage((data, from) => this.receive(data, from, slot)));
    }
  }

  /** True when the server can run every RFC 5780 test (two IPs, two ports). */
  get supportsBehaviourDiscovery(): boolean {
    return this.full;
  }

  detach(): void {
    for (const u of this.unsubscribe.splice(0)) u();
  }

  private socket(slot: SocketSlot): UdpSocket | undefined {
    return this.options.sockets[slot];
  }

  /** The slot's socket address as an attribute value (RESPONSE-ORIGIN and kin). */
  private addressValue(slot: SocketSlot): Uint8Array | undefined {
    if (this.addressValues.has(slot)) return this.addressValues.get(slot);
    const s = this.socket(slot);
    let value: Uint8Array | undefined;
    if (s) {
      const a = s.address();
      // A wildcard bind has no address worth advertising.
      if (a.address !== '0.0.0.0' && a.address !== '::') value = encodeAddress({ family: a.family, address: a.address, port: a.port });
    }
    this.addressValues.set(slot, value);
    return value;
  }

  /** Handles one datagram that arrived on `slot`. Never throws. */
  receive(data: Uint8Array, from: RemoteInfo, slot: SocketSlot): void {
    if (!this.limiter.allow(from.address)) {
      this.stats.rateLimited++;
      return;
    }
    let request: StunMessage;
    try {
      request = decodeStun(data);
      // A bad FINGERPRINT means "not STUN" (RFC 5389 §7.3): drop silently.
      checkFingerprint(request);
    } catch {
      this.stats.malformed++;
      return;
    }
    if (request.cls !== MessageClass.Request) return; // indications (keepalives) and stray responses
    this.stats.requests++;
    try {
      this.answer(request, from, slot);
    } catch {
      // A request with attributes of the wrong shape.
      this.stats.malformed++;
      this.sendError(request, from, slot, 400, 'Bad Request');
    }
  }

  private answer(request: StunMessage, from: RemoteInfo, arrivedOn: SocketSlot): void {
    if (request.method !== Method.Binding) return this.sendError(request, from, arrivedOn, 400, 'Only Binding is supported');

    const unknown = unknownAttributes(request);
    if (unknown.length) return this.sendError(request, from, arrivedOn, 420, 'Unknown Attribute', unknown);

    const changeValue = getAttribute(request, Attr.ChangeRequest);
    const change = changeValue ? decodeChangeRequest(changeValue) : 0;
    // RFC 5780 §6: without a second address the server cannot honour
    // CHANGE-REQUEST and answers 420 so the client knows why.
    if (change && !this.full) return this.sendError(request, from, arrivedOn, 420, 'Unknown Attribute', [Attr.ChangeRequest]);

    const responsePortValue = getAttribute(request, Attr.ResponsePort);
    const padding = getAttribute(request, Attr.Padding);
    // RFC 5780 §7.6: PADDING with RESPONSE-PORT would let a client aim large
    // datagrams at another port of its own address; refuse the pair.
    if (responsePortValue && padding) return this.sendError(request, from, arrivedOn, 400, 'PADDING and RESPONSE-PORT together');
    const responsePort = responsePortValue ? decodeResponsePort(responsePortValue) : from.port;
    if (responsePort === 0) return this.sendError(request, from, arrivedOn, 400, 'RESPONSE-PORT 0');

    let key: Uint8Array | undefined;
    const usernameValue = getAttribute(request, Attr.Username);
    if (usernameValue && this.options.credentials) {
      const username = decodeText(usernameValue);
      key = this.options.credentials(username);
      let ok = false;
      try {
        ok = key !== undefined && checkIntegrity(request, key);
      } catch {
        ok = false;
      }
      if (!ok) {
        this.stats.unauthorized++;
        // RFC 5389 §10.1.2: 401, without MESSAGE-INTEGRITY.
        return this.sendError(request, from, arrivedOn, 401, 'Unauthorized');
      }
      this.stats.authenticated++;
      this.options.onAuthenticatedBinding?.(username, { family: from.family, address: from.address, port: from.port });
    }

    const sendSlot = SLOTS[SLOT_BITS[arrivedOn] ^ ((change & CHANGE_IP ? 2 : 0) | (change & CHANGE_PORT ? 1 : 0))]!;
    const otherSlot = SLOTS[SLOT_BITS[arrivedOn] ^ 3]!;
    const mapped = encodeAddress(from);
    const attrs: OutgoingAttribute[] = [];
    const origin = this.addressValue(sendSlot);
    const other = this.full ? this.addressValue(otherSlot) : undefined;
    if (!request.legacy) attrs.push({ type: Attr.XorMappedAddress, value: xorAddressValue(mapped, request.transactionId) });
    // MAPPED-ADDRESS too: RFC 3489 clients need it and RFC 5389 §12.2 allows it.
    attrs.push({ type: Attr.MappedAddress, value: mapped });
    if (request.legacy) {
      // RFC 3489 §11.2.3-5: where the response came from and where the
      // client should send the change tests.
      if (origin) attrs.push({ type: Attr.SourceAddress, value: origin });
      if (other) attrs.push({ type: Attr.ChangedAddress, value: other });
    } else {
      if (origin) attrs.push({ type: Attr.ResponseOrigin, value: origin });
      if (other) attrs.push({ type: Attr.OtherAddress, value: other });
    }
    // RFC 5780 §7.6: echo PADDING so a client can test path MTU; the
    // response never outgrows the request by more than the fixed attributes.
    if (padding) attrs.push({ type: Attr.Padding, value: new Uint8Array(padding.length) });
    if (this.software) attrs.push({ type: Attr.Software, value: this.software[request.legacy ? 1 : 0] });

    const bytes = encodeStun({
      method: Method.Binding,
      cls: MessageClass.SuccessResponse,
      transactionId: request.transactionId,
      attributes: attrs,
      integrityKey: key,
      fingerprint: !request.legacy,
    });
    this.stats.responses++;
    this.send(sendSlot, bytes, responsePort, from.address);
  }

  private sendError(request: StunMessage, from: RemoteInfo, slot: SocketSlot, code: number, reason: string, unknown?: number[]): void {
    const attrs: OutgoingAttribute[] = [{ type: Attr.ErrorCode, value: encodeErrorCode({ code, reason }) }];
    if (unknown) attrs.push({ type: Attr.UnknownAttributes, value: encodeUnknownAttributes(unknown) });
    if (this.software) attrs.push({ type: Attr.Software, value: this.software[request.legacy ? 1 : 0] });
    const bytes = encodeStun({
      method: request.method,
      cls: MessageClass.ErrorResponse,
      transactionId: request.transactionId,
      attributes: attrs,
      fingerprint: !request.legacy,
    });
    this.stats.errorResponses++;
    // Errors always go back to the exact source: never to RESPONSE-PORT.
    this.send(slot, bytes, from.port, from.address);
  }

  private send(slot: SocketSlot, bytes: Uint8Array, port: number, address: string): void {
    // UDP is best effort; a send error (no route, closed) loses one answer.
    this.socket(slot)?.sendAndForget(bytes, port, address);
  }
}

/** Comprehension-required attributes we do not understand, each once (RFC 5389 §7.3.1). */
function unknownAttributes(request: StunMessage): number[] {
  const unknown: number[] = [];
  for (const { type } of request.attributes) {
    if (isComprehensionRequired(type) && !UNDERSTOOD.has(type) && !unknown.includes(type)) unknown.push(type);
  }
  return unknown;
}

/**
 * SOFTWARE, known to RFC 3489 as SERVER. Classic clients (Vovida's `stun`)
 * refuse a SERVER string whose length is not a multiple of 4, because 3489
 * had no attribute padding; pad the text itself with spaces for them.
 */
function softwareValue(software: string, legacy: boolean): Uint8Array {
  const text = encodeText(software);
  if (!legacy || text.length % 4 === 0) return text;
  const padded = new Uint8Array(text.length + (4 - (text.length % 4))).fill(0x20);
  padded.set(text);
  return padded;
}
