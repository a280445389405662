// "The node never crashes on input" (docs/protocol.md): thousands of random
// and mutated control frames from a logged-in client, random frames before
// Hello, and junk datagrams at the STUN port. Afterwards the node still
// serves everyone. Any answer is a documented error code, never INTERNAL,
// and the node logs no error.
import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { useTestNode } from '../../../test/support/test-node.js';
import { bindingRequest, encodeStun, newTransactionId, MessageClass, Method, Attr } from '@natter/stun';
import { nodeUdpStack, systemClock } from '@natter/io';
import { Random } from '@natter/netsim';
import { CONTROL_ERROR_CODES, MAX_CONTROL_FRAME_BYTES, PROTOCOL_VERSION, encodeControl, type ControlFrameInit } from '@natter/wire';
import { ControlClient, befriend, login, newIdentity, registerAndLogin } from '../../../test/support/control-client.js';
import { httpGet } from '../../../test/support/node-probes.js';

// Every code of the control channel except INTERNAL (a bug). docs/protocol.md
// lists the same codes (test/error-codes.test.ts checks that).
const DOCUMENTED = new Set<string>(Object.keys(CONTROL_ERROR_CODES).filter((code) => code !== 'INTERNAL'));

// A fixed seed, so a failure reproduces; NATTER_FUZZ_SEED=<n> explores others.
const SEED = Number(process.env.NATTER_FUZZ_SEED ?? 0x6e617474);

const errorLogs: string[] = [];
const roomy = { perSecond: 1e6, burst: 1e6 };
const sink = new Writable({
  write(chunk: Buffer, _enc, done) {
    errorLogs.push(chunk.toString());
    done();
  },
});
const srv = useTestNode({ accounts: { perAccount: roomy, perAddress: roomy }, logger: pino({ level: 'error' }, sink) });
const { open } = srv;

/** Valid frames of every kind a client could send, as mutation seeds. */
function seeds(): Uint8Array[] {
  const key = newIdentity().publicKey;
  const frames: ControlFrameInit[] = [
    { requestId: 1, hello: { protocolVersion: PROTOCOL_VERSION, software: 'fuzz' } },
    { requestId: 2, register: { username: 'fuzzreg', password: 'fuzz password x', identityKey: key } },
    { requestId: 3, login: { username: 'fuzzer', password: 'not the password', clientVersion: 'fuzz/1', identityKey: key } },
    { requestId: 4, login: { username: 'fuzzer', resumeToken: Buffer.alloc(32, 1) } },
    { requestId: 5, changePassword: { oldPassword: 'not the password', newPassword: 'another password' } },
    { requestId: 6, deleteAccount: { password: 'not the password' } },
    ...[1, 2, 3, 4, 5, 6].map((action) => ({ requestId: 7, buddyAction: { action, username: 'fuzzbuddy', message: 'hello' } })),
    { requestId: 8, buddyAction: { action: 1, username: 'fuzzother' } },
    {
      requestId: 9,
      presenceUpdate: {
        status: 2,
        statusText: 'fuzzing',
        lanCandidates: [{ ip: '10.0.0.1', port: 1234, kind: 2 }, { ip: '::1', port: 1 }],
        nat: { udp: true, nat: 5, mapping: 3, filtering: 3, hairpinning: true, portPreservation: false, portDelta: -2, mapped: { ip: '1.2.3.4', port: 5 } },
      },
    },
    { requestId: 10, punchRequest: { buddy: 'fuzzbuddy' } },
    { requestId: 11, punchResult: { attemptId: Buffer.alloc(16), success: true, path: { ip: '1.1.1.1', port: 1 }, elapsedMs: 5 } },
    { requestId: 12, relay: { peer: 'fuzzbuddy', payload: Buffer.from('relayed payload') } },
    { relay: { peer: 'fuzzbuddy', payload: Buffer.alloc(300, 0xe7) } },
    { requestId: 13, offlineStore: { to: 'fuzzbuddy', messageId: Buffer.from('mid'), sealed: Buffer.from('sealed bytes'), sentAtMs: Date.now() } },
    { requestId: 14, offlineAck: { seqs: [1, 2, 3, 2 ** 40] } },
    { requestId: 15, heartbeat: { sentAtMs: Date.now() } },
    { requestId: 16, presencePush: { presence: { username: 'x', status: 1, endpoints: [{ ip: '1.1.1.1', port: 1 }] } } },
    { requestId: 17, punchPlan: { buddy: 'x', attemptId: Buffer.alloc(16), secret: Buffer.alloc(32), role: 1 } },
    { requestId: 18, offlineDeliver: { messages: [{ seq: 1, from: 'x', sealed: Buffer.from('y') }] } },
    { requestId: 19, error: { code: 'X', message: 'y', retryAfterMs: 1 } },
  ];
  return frames.map((f) => encodeControl(f));
}

/** One fuzz input: a seed mutated one of several ways, or plain noise. */
function mutate(rng: Random, pool: Uint8Array[]): Uint8Array {
  const pick = () => pool[between(rng, 0, pool.length - 1)]!;
  const bytes = Buffer.from(pick());
  switch (between(rng, 0, 7)) {
    case 0: // flip bits
      for (let n = between(rng, 1, 8); n > 0; n--) bytes[between(rng, 0, bytes.length - 1)]! ^= 1 << between(rng, 0, 7);
      return bytes;
    case 1: // overwrite bytes with extreme values
      for (let n = between(rng, 1, 4); n > 0; n--) bytes[between(rng, 0, bytes.length - 1)] = [0x00, 0xff, 0x7f, 0x80][between(rng, 0, 3)]!;
      return bytes;
    case 2: // truncate
      return bytes.subarray(0, between(rng, 0, bytes.length - 1));
    case 3: // append noise
      return Buffer.concat([bytes, randomBuffer(rng, between(rng, 1, 64))]);
    case 4: // splice two seeds
      return Buffer.concat([bytes.subarray(0, between(rng, 0, bytes.length)), Buffer.from(pick()).subarray(between(rng, 0, 8))]);
    case 5: // a long varint / length that claims far more than is there
      return Buffer.concat([bytes.subarray(0, 2), Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]), bytes.subarray(2)]);
    case 6: // deep nesting of length-delimited fields
      return Buffer.from(Array.from({ length: between(rng, 10, 400) }, () => [0x1a, 0x7f]).flat());
    default: // plain noise
      return randomBuffer(rng, between(rng, 0, 200));
  }
}

/** A well-formed frame of a random kind with hostile field values: reaches the handlers. */
function randomFrame(rng: Random): ControlFrameInit {
  const oneOf = <T>(xs: readonly T[]): T => xs[between(rng, 0, xs.length - 1)]!;
  const str = () =>
    oneOf([
      () => '',
      () => 'fuzzbuddy',
      () => 'FuzzBuddy ',
      () => 'fuzzer',
      () => 'nobody.here',
      () => '\u0000\uffff\ud800',
      () => '🔑'.repeat(between(rng, 1, 300)),
      () => 'a'.repeat(between(rng, 0, 3000)),
      () => randomBuffer(rng, between(rng, 0, 40)).toString('latin1'),
    ])();
  const num = () => oneOf([0, 1, -1, 7, 2 ** 31, 2 ** 32 - 1, 2 ** 53 - 1, between(rng, 0, 1e6)]);
  const bytes = () => randomBuffer(rng, oneOf([0, 1, 16, 31, 32, 33, 200, 5000]));
  const endpoint = () => ({ ip: oneOf(['10.0.0.1', '::1', str(), '999.1.1.1']), port: num(), kind: num() });
  const requestId = oneOf([0, between(rng, 1, 1e6)]);
  const bodies: Array<() => ControlFrameInit> = [
    () => ({ hello: { protocolVersion: num(), software: str() } }),
    () => ({ register: { username: str(), password: str(), identityKey: bytes() } }),
    () => ({ login: { username: str(), password: str(), clientVersion: str(), identityKey: bytes() } }),
    () => ({ login: { username: str(), resumeToken: bytes() } }),
    () => ({ changePassword: { oldPassword: str(), newPassword: str() } }),
    () => ({ deleteAccount: { password: str() } }),
    () => ({ buddyAction: { action: num(), username: str(), message: str() } }),
    () => ({
      presenceUpdate: {
        status: num(),
        statusText: str(),
        lanCandidates: Array.from({ length: between(rng, 0, 20) }, endpoint),
        nat: { udp: true, nat: num(), mapping: num(), filtering: num(), portDelta: num(), mapped: endpoint() },
      },
    }),
    () => ({ punchRequest: { buddy: str() } }),
    () => ({ punchResult: { attemptId: bytes(), success: true, path: endpoint(), elapsedMs: num() } }),
    () => ({ relay: { peer: oneOf(['fuzzbuddy', str()]), payload: bytes() } }),
    () => ({ offlineStore: { to: oneOf(['fuzzbuddy', str()]), messageId: bytes(), sealed: bytes(), sentAtMs: num() } }),
    () => ({ offlineAck: { seqs: Array.from({ length: between(rng, 0, 50) }, num) } }),
    () => ({ heartbeat: { sentAtMs: num() } }),
    () => ({ presencePush: { presence: { username: str(), status: num(), endpoints: [endpoint()] } } }),
    () => ({ punchPlan: { buddy: str(), attemptId: bytes(), secret: bytes(), role: num() } }),
    () => ({ error: { code: str(), message: str(), retryAfterMs: num() } }),
    () => ({ ok: {} }),
  ];
  return { requestId, ...oneOf(bodies)() };
}

/** An integer in [lo, hi]. */
const between = (rng: Random, lo: number, hi: number) => lo + rng.int(hi - lo + 1);

function randomBuffer(rng: Random, n: number): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = between(rng, 0, 255);
  return b;
}

describe('fuzzing the control channel', () => {
  it('survives thousands of random and mutated frames from a logged-in client', async () => {
    const rng = new Random(SEED);
    const fuzzer = await registerAndLogin(srv.node.url, 'fuzzer', 'fuzzer password');
    const buddy = await registerAndLogin(srv.node.url, 'fuzzbuddy');
    open.push(buddy.client);
    await befriend(fuzzer, 'fuzzer', buddy, 'fuzzbuddy');
    let client = fuzzer.client;
    const codes = new Map<string, number>();
    const collect = (c: ControlClient) => {
      for (const f of c.pushes.splice(0)) if (f.body === 'error') codes.set(f.error!.code!, (codes.get(f.error!.code!) ?? 0) + 1);
    };
    const pool = seeds();
    let reconnects = 0;
    const TOTAL = Number(process.env.NATTER_FUZZ_FRAMES ?? 3000);
    for (let sent = 0; sent < TOTAL; ) {
      for (let k = 0; k < 100; k++, sent++) {
        const r = between(rng, 0, 99);
        if (sent % 500 === 250) client.sendRaw(Buffer.alloc(MAX_CONTROL_FRAME_BYTES + between(rng, 1, 1000)));
        else if (r === 0) client.sendRaw(randomBuffer(rng, 40).toString('latin1'), false);
        else if (r < 50) client.sendRaw(encodeControl(randomFrame(rng), Infinity));
        else client.sendRaw(mutate(rng, pool));
      }
      // A request with an id nobody fuzzed: answered, so everything before it was handled.
      const alive = await client.request({ heartbeat: { sentAtMs: sent } }).catch(() => undefined);
      collect(client);
      if (!alive) {
        // A mutation may be a valid Logout (or a frame ws refuses): log in again and go on.
        await client.closed;
        reconnects++;
        const again = await login(srv.node.url, 'fuzzer', 'fuzzer password');
        client = again.client;
      }
    }
    open.push(client);
    for (const code of codes.keys()) expect(DOCUMENTED.has(code), `undocumented error code ${code}`).toBe(true);
    expect(codes.get('WIRE_MALFORMED')).toBeGreaterThan(100);
    expect(codes.get('WIRE_TOO_LARGE')).toBeGreaterThan(0);
    // Most well-formed frames reached the handlers and were refused for what they asked.
    expect(codes.get('NOT_A_BUDDY')).toBeGreaterThan(0);
    expect(reconnects).toBeLessThan(TOTAL / 100);
    expect(errorLogs).toEqual([]);

    // The node still serves: a new user registers and logs in, the fuzzer still relays to its buddy.
    const newcomer = await registerAndLogin(srv.node.url, 'afterfuzz');
    open.push(newcomer.client);
    expect((await httpGet(srv.node.httpUrl, '/healthz')).status).toBe(200);
    // Whatever the fuzz did to the relation (blocks, removals), the two can start over.
    const b2 = await login(srv.node.url, 'fuzzbuddy', { token: buddy.token });
    open.push(b2.client);
    for (const [c, other] of [
      [client, 'fuzzbuddy'],
      [b2.client, 'fuzzer'],
    ] as const) {
      await c.call({ buddyAction: { action: 6, username: other } });
      await c.call({ buddyAction: { action: 4, username: other } });
      c.pushes.length = 0;
    }
    await befriend({ client }, 'fuzzer', { client: b2.client }, 'fuzzbuddy');
    client.send({ relay: { peer: 'fuzzbuddy', payload: Buffer.from('still here') } });
    expect(Buffer.from((await b2.client.next('relay')).relay!.payload!).toString()).toBe('still here');
  });

  it('survives random frames on fresh connections before Hello', async () => {
    const rng = new Random(SEED + 1);
    const pool = seeds();
    for (let i = 0; i < 200; i++) {
      const c = await ControlClient.connect(srv.node.url, { hello: false });
      for (let k = 0; k < 5; k++) c.sendRaw(mutate(rng, pool));
      // Either the node closed us (1002: not a Hello first) or we are still waiting for a Hello.
      const h = await c.request({ hello: { protocolVersion: PROTOCOL_VERSION, software: 'x' } }, 2000).catch(() => undefined);
      if (h) expect(['hello', 'error']).toContain(h.body);
      else expect(await c.closed).toBe(1002);
      for (const f of c.pushes) if (f.body === 'error') expect(DOCUMENTED.has(f.error!.code!)).toBe(true);
      await c.close();
    }
    expect(errorLogs).toEqual([]);
    const fresh = await registerAndLogin(srv.node.url, 'afterprehello');
    open.push(fresh.client);
  });
});

describe('fuzzing the STUN port', () => {
  it('drops junk datagrams and still answers a real binding', async () => {
    const rng = new Random(SEED + 2);
    const [host, port] = [srv.node.stunAddresses[0]!.split(':')[0]!, Number(srv.node.stunAddresses[0]!.split(':')[1])];
    const socket = await nodeUdpStack.bind({ address: '127.0.0.1' });
    try {
      const valid = Buffer.from(
        encodeStun({
          method: Method.Binding,
          cls: MessageClass.Request,
          transactionId: newTransactionId(),
          attributes: [{ type: Attr.Username, value: Buffer.from('nobody') }],
          integrityKey: Buffer.alloc(20),
          fingerprint: true,
        }),
      );
      for (let i = 0; i < 1000; i++) {
        let d: Buffer;
        if (between(rng, 0, 1)) d = randomBuffer(rng, between(rng, 0, 600));
        else {
          // A real request with a few bits flipped: header, attributes, integrity or fingerprint.
          d = Buffer.from(valid);
          for (let n = between(rng, 1, 6); n > 0; n--) d[between(rng, 0, d.length - 1)]! ^= 1 << between(rng, 0, 7);
        }
        await socket.send(d, port, host);
      }
      const res = await bindingRequest(socket, { address: host, port }, { clock: systemClock, timeoutMs: 3000 });
      expect(res.mapped.port).toBe(socket.address().port);
    } finally {
      await socket.close();
    }
    expect(errorLogs).toEqual([]);
  });
});
