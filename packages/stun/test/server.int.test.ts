// The STUN server and classifier on real loopback sockets. Linux routes all
// of 127.0.0.0/8 to lo, so 127.0.0.1 and 127.0.0.2 make a two-IP server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeUdpStack, systemClock, type UdpSocket } from '@natter/io';
import {
  Attr,
  CHANGE_IP,
  CHANGE_PORT,
  MessageClass,
  Method,
  bindingRequest,
  checkIntegrity,
  classifyNat,
  decodeAddress,
  decodeErrorCode,
  decodeStun,
  decodeUnknownAttributes,
  encodeAddress,
  encodeResponsePort,
  encodeStun,
  getAttribute,
  newTransactionId,
  serveStun,
  shortTermKey,
  type RunningStunServer,
  type StunMessage,
} from '@natter/stun';

const clock = systemClock;
let full: RunningStunServer;
let single: RunningStunServer;
const sockets: UdpSocket[] = [];
const authed: string[] = [];

async function client(): Promise<UdpSocket> {
  const s = await nodeUdpStack.bind({ address: '127.0.0.1' });
  sockets.push(s);
  return s;
}

function target(r: RunningStunServer, i = 0) {
  const [address, port] = r.addresses[i]!.split(':');
  return { address: address!, port: Number(port) };
}

/** Sends raw bytes and resolves with the first STUN message back (or undefined). */
function exchange(socket: UdpSocket, bytes: Uint8Array, to: { address: string; port: number }, waitMs = 300): Promise<{ msg: StunMessage; fromPort: number } | undefined> {
  return new Promise((resolve) => {
    const off = socket.onMessage((data, from) => {
      off();
      clearTimeout(t);
      resolve({ msg: decodeStun(data), fromPort: from.port });
    });
    const t = setTimeout(() => {
      off();
      resolve(undefined);
    }, waitMs);
    void socket.send(bytes, to.port, to.address);
  });
}

function request(attributes: Array<{ type: number; value: Uint8Array }> = [], transactionId = newTransactionId(), key?: Uint8Array) {
  return encodeStun({ method: Method.Binding, cls: MessageClass.Request, transactionId, attributes, integrityKey: key, fingerprint: transactionId.length === 12 });
}

beforeAll(async () => {
  full = await serveStun({
    stack: nodeUdpStack,
    clock,
    ip: '127.0.0.1',
    altIp: '127.0.0.2',
    port: 0,
    altPort: 0,
    software: 'natter-test',
    rateLimit: { perSecond: 1000, burst: 2000 },
    credentials: (u) => (u === 'alice:abc' ? shortTermKey('pw-alice') : undefined),
    onAuthenticatedBinding: (u, m) => authed.push(`${u} ${m.address}:${m.port}`),
  });
  single = await serveStun({ stack: nodeUdpStack, clock, ip: '127.0.0.1', port: 0, rateLimit: { perSecond: 5, burst: 10 } });
});

afterAll(async () => {
  await Promise.all(sockets.map((s) => s.close()));
  await full?.close();
  await single?.close();
});

describe('RFC 5389 / 5780 server', () => {
  it('listens on four sockets with two IPs', () => {
    expect(full.addresses).toHaveLength(4);
    expect(full.server.supportsBehaviourDiscovery).toBe(true);
    expect(single.addresses).toHaveLength(1);
  });

  it('answers Binding with XOR-MAPPED-ADDRESS, RESPONSE-ORIGIN, OTHER-ADDRESS', async () => {
    const s = await client();
    const r = await bindingRequest(s, target(full), { clock });
    expect(r.mapped).toEqual({ family: 'IPv4', address: '127.0.0.1', port: s.address().port });
    expect(r.responseOrigin?.address).toBe('127.0.0.1');
    expect(r.otherAddress?.address).toBe('127.0.0.2');
    expect(r.software).toBe('natter-test');
  });

  it('answers CHANGE-REQUEST from the changed IP and port', async () => {
    const s = await client();
    for (const [flags, ip, portIndex] of [
      [CHANGE_IP | CHANGE_PORT, '127.0.0.2', 3],
      [CHANGE_PORT, '127.0.0.1', 1],
      [CHANGE_IP, '127.0.0.2', 2],
    ] as const) {
      const r = await bindingRequest(s, target(full), { clock, change: flags });
      expect(r.from.address).toBe(ip);
      expect(r.from.port).toBe(target(full, portIndex).port);
      expect(r.responseOrigin).toEqual({ family: 'IPv4', address: ip, port: target(full, portIndex).port });
    }
  });

  it('with one IP: no OTHER-ADDRESS, and CHANGE-REQUEST gets 420 naming the attribute (RFC 5780 §6)', async () => {
    const s = await client();
    const ok = await bindingRequest(s, target(single), { clock });
    expect(ok.otherAddress).toBeUndefined();
    const back = await exchange(s, request([{ type: Attr.ChangeRequest, value: Uint8Array.of(0, 0, 0, 6) }]), target(single));
    expect(back?.msg.cls).toBe(MessageClass.ErrorResponse);
    expect(decodeErrorCode(getAttribute(back!.msg, Attr.ErrorCode)!).code).toBe(420);
    expect(decodeUnknownAttributes(getAttribute(back!.msg, Attr.UnknownAttributes)!)).toEqual([Attr.ChangeRequest]);
  });

  it('answers RFC 3489 clients with MAPPED-ADDRESS, SOURCE-ADDRESS and CHANGED-ADDRESS', async () => {
    const s = await client();
    const tid = Uint8Array.from({ length: 16 }, (_, i) => 200 - i);
    const back = await exchange(s, request([], tid), target(full));
    expect(back?.msg.legacy).toBe(true);
    expect(getAttribute(back!.msg, Attr.XorMappedAddress)).toBeUndefined();
    expect(decodeAddress(getAttribute(back!.msg, Attr.MappedAddress)!).port).toBe(s.address().port);
    expect(decodeAddress(getAttribute(back!.msg, Attr.SourceAddress)!).address).toBe('127.0.0.1');
    expect(decodeAddress(getAttribute(back!.msg, Attr.ChangedAddress)!).address).toBe('127.0.0.2');
    expect(getAttribute(back!.msg, Attr.Fingerprint)).toBeUndefined();
  });

  it('never reflects to RESPONSE-ADDRESS: the answer goes to the source', async () => {
    const s = await client();
    const victim = await client();
    let victimGot = 0;
    victim.onMessage(() => victimGot++);
    const back = await exchange(s, request([{ type: Attr.ResponseAddress, value: encodeAddress({ family: 'IPv4', ...victim.address(), address: '127.0.0.1' }) }]), target(full));
    expect(back?.msg.cls).toBe(MessageClass.SuccessResponse);
    await new Promise((r) => setTimeout(r, 100));
    expect(victimGot).toBe(0);
  });

  it('RESPONSE-PORT sends to that port of the source IP; with PADDING it is refused with 400', async () => {
    const s = await client();
    const other = await client();
    const got = new Promise<StunMessage>((resolve) => other.onMessage((d) => resolve(decodeStun(d))));
    await s.send(request([{ type: Attr.ResponsePort, value: encodeResponsePort(other.address().port) }]), target(full).port, '127.0.0.1');
    expect((await got).cls).toBe(MessageClass.SuccessResponse);

    const refused = await exchange(
      s,
      request([
        { type: Attr.ResponsePort, value: encodeResponsePort(other.address().port) },
        { type: Attr.Padding, value: new Uint8Array(400) },
      ]),
      target(full),
    );
    expect(decodeErrorCode(getAttribute(refused!.msg, Attr.ErrorCode)!).code).toBe(400);
  });

  it('echoes PADDING so a client can probe the path MTU', async () => {
    const s = await client();
    const back = await exchange(s, request([{ type: Attr.Padding, value: new Uint8Array(1000) }]), target(full));
    expect(getAttribute(back!.msg, Attr.Padding)?.length).toBe(1000);
  });

  it('short-term credentials: a good MESSAGE-INTEGRITY is answered with one and reported; a bad one gets 401', async () => {
    const s = await client();
    const r = await bindingRequest(s, target(full), { clock, username: 'alice:abc', key: shortTermKey('pw-alice') });
    expect(r.mapped.port).toBe(s.address().port);
    expect(authed).toContain(`alice:abc 127.0.0.1:${s.address().port}`);

    const good = await exchange(s, request([{ type: Attr.Username, value: new TextEncoder().encode('alice:abc') }], newTransactionId(), shortTermKey('pw-alice')), target(full));
    expect(checkIntegrity(good!.msg, shortTermKey('pw-alice'))).toBe(true);

    const bad = await exchange(s, request([{ type: Attr.Username, value: new TextEncoder().encode('alice:abc') }], newTransactionId(), shortTermKey('nope')), target(full));
    expect(decodeErrorCode(getAttribute(bad!.msg, Attr.ErrorCode)!).code).toBe(401);
    expect(getAttribute(bad!.msg, Attr.MessageIntegrity)).toBeUndefined();
    expect(full.server.stats.unauthorized).toBeGreaterThanOrEqual(1);
  });

  it('answers unknown comprehension-required attributes with 420', async () => {
    const s = await client();
    const back = await exchange(s, request([{ type: 0x0077, value: new Uint8Array(4) }]), target(full));
    expect(decodeErrorCode(getAttribute(back!.msg, Attr.ErrorCode)!).code).toBe(420);
    expect(decodeUnknownAttributes(getAttribute(back!.msg, Attr.UnknownAttributes)!)).toEqual([0x0077]);
  });

  it('drops and counts garbage, and keeps answering', async () => {
    const s = await client();
    const before = full.server.stats.malformed;
    for (let i = 0; i < 300; i++) {
      const junk = Uint8Array.from({ length: (i % 90) + 1 }, (_, j) => (i * 31 + j * 7) & 0xff);
      junk[0] = junk[0]! & 0x3f; // make some of it look like STUN
      await s.send(junk, target(full).port, '127.0.0.1');
    }
    const r = await bindingRequest(s, target(full), { clock });
    expect(r.mapped.port).toBe(s.address().port);
    expect(full.server.stats.malformed - before).toBeGreaterThan(250);
  });

  it('rate-limits a source that floods it', async () => {
    const s = await client();
    let answers = 0;
    s.onMessage(() => answers++);
    for (let i = 0; i < 50; i++) await s.send(request(), target(single).port, '127.0.0.1');
    await new Promise((r) => setTimeout(r, 200));
    expect(answers).toBeLessThanOrEqual(12);
    expect(single.server.stats.rateLimited).toBeGreaterThanOrEqual(38);
  });
});

describe('classifier on loopback', () => {
  it('reports an open host against a two-IP server in well under a second', async () => {
    const report = await classifyNat({ stack: nodeUdpStack, clock, servers: [target(full)], timeoutMs: 800 });
    expect(report).toMatchObject({ udp: true, nat: 'open', mapping: 'endpoint-independent', filtering: 'endpoint-independent', rfc5780: true });
    expect(report.durationMs).toBeLessThan(800);
  });

  it('against a one-IP server: mapped address only, and says why the rest is unknown', async () => {
    const s = await classifyNat({ stack: nodeUdpStack, clock, servers: [target(single)], timeoutMs: 300 });
    expect(s.udp).toBe(true);
    expect(s.rfc5780).toBe(false);
    expect(s.filtering).toBe('unknown');
    expect(s.notes.join(' ')).toMatch(/RFC 5780/);
  });

  it('reports blocked (udp false) when nothing answers', async () => {
    const silent = await client(); // bound, never answers
    const r = await classifyNat({ stack: nodeUdpStack, clock, servers: [{ address: '127.0.0.1', port: silent.address().port }], timeoutMs: 300 });
    expect(r).toMatchObject({ udp: false, nat: 'blocked' });
  });
});
