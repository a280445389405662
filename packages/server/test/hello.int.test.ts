// The control channel's framing rules (docs/protocol.md, top and "Hello"):
// Hello first, versions, text/garbage/oversized frames, request ids.
import { describe, expect, it } from 'vitest';
import { useTestNode } from '../../../test/support/test-node.js';
import { MAX_CONTROL_FRAME_BYTES, PROTOCOL_VERSION, encodeControl } from '@natter/wire';
import { ControlClient, registerAndLogin } from '../../../test/support/control-client.js';
import { httpGet } from '../../../test/support/node-probes.js';

const srv = useTestNode();
const { open } = srv;

async function connect(hello = true): Promise<ControlClient> {
  const c = await ControlClient.connect(srv.node.url, { hello });
  open.push(c);
  return c;
}

/** A relay frame whose encoding is exactly `size` bytes (the payload is padded to fit). */
function relayFrameOfSize(size: number, requestId: number): Uint8Array {
  for (let payload = size - 20; payload > 0; payload--) {
    const bytes = encodeControl({ requestId, relay: { peer: 'nobody', payload: Buffer.alloc(payload, 7) } }, Infinity);
    if (bytes.length === size) return bytes;
    if (bytes.length < size) break;
  }
  throw new Error(`cannot build a frame of exactly ${size} bytes`);
}

describe('Hello', () => {
  it('answers the client Hello with its own, carrying the same request id', async () => {
    const c = await connect(false);
    c.send({ requestId: 77, hello: { protocolVersion: PROTOCOL_VERSION, software: 'natter-test' } });
    const h = await c.next('hello');
    expect(h.requestId).toBe(77);
    expect(h.hello!.protocolVersion).toBe(PROTOCOL_VERSION);
    expect(h.hello!.software).toMatch(/^natter-node\//);
  });

  it('refuses a first frame that is not Hello with PROTOCOL_HELLO_FIRST and closes 1002', async () => {
    const c = await connect(false);
    c.send({ requestId: 1, login: { username: 'alice', password: 'whatever1' } });
    expect(await c.closed).toBe(1002);
    const err = c.pushes.find((f) => f.body === 'error');
    expect(err?.error!.code).toBe('PROTOCOL_HELLO_FIRST');
    // Nothing else was answered: the login was not processed.
    expect(c.pushes.filter((f) => f.body !== 'error')).toEqual([]);
  });

  it('refuses a Heartbeat before Hello as well', async () => {
    const c = await connect(false);
    c.send({ requestId: 1, heartbeat: { sentAtMs: 1 } });
    expect(await c.closed).toBe(1002);
    expect(c.pushes.map((f) => f.error?.code)).toEqual(['PROTOCOL_HELLO_FIRST']);
  });

  it.each([0, 1, 3, 99])('refuses protocol version %i with WIRE_VERSION and closes 1002', async (version) => {
    const c = await connect(false);
    c.send({ requestId: 5, hello: { protocolVersion: version, software: 'natter-future' } });
    expect(await c.closed).toBe(1002);
    expect(c.pushes.map((f) => f.error?.code)).toEqual(['WIRE_VERSION']);
  });
});

describe('malformed frames', () => {
  it('answers a text frame with WIRE_MALFORMED and keeps the connection', async () => {
    const c = await connect(false);
    c.sendRaw('{"hello":1}', false);
    const e = await c.next('error');
    expect(e.error!.code).toBe('WIRE_MALFORMED');
    expect(e.requestId).toBe(0);
    // Still waiting for a Hello: the text frame did not count as one, nor close us.
    const h = await c.request({ hello: { protocolVersion: PROTOCOL_VERSION, software: 't' } });
    expect(h.body).toBe('hello');
  });

  it('answers a text frame after login with WIRE_MALFORMED and keeps the session', async () => {
    const { client } = await registerAndLogin(srv.node.url, 'textual');
    open.push(client);
    client.sendRaw('hello there', false);
    expect((await client.next('error')).error!.code).toBe('WIRE_MALFORMED');
    expect((await client.call({ presenceUpdate: { status: 1 } })).body).toBe('ok');
  });

  it('answers garbage binary with WIRE_MALFORMED; the connection stays and still works', async () => {
    const { client } = await registerAndLogin(srv.node.url, 'garbage');
    open.push(client);
    const garbage = [Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]), Buffer.from([0x0a]), Buffer.from('\x12\x05abc')];
    for (const g of garbage) {
      client.sendRaw(g);
      const e = await client.next('error');
      expect(e.error!.code).toBe('WIRE_MALFORMED');
    }
    const hb = await client.call({ heartbeat: { sentAtMs: 1234 } });
    expect(hb.heartbeatAck!.echoSentAtMs).toBe(1234);
    expect((await client.call({ buddyAction: { action: 6, username: 'someone' } })).body).toBe('ok');
    expect(client.closeCode).toBeUndefined();
  });

  it('answers an empty frame and a frame with only unknown fields with WIRE_MALFORMED', async () => {
    const c = await connect();
    c.sendRaw(new Uint8Array(0));
    expect((await c.next('error')).error!.code).toBe('WIRE_MALFORMED');
    // Field 1000, varint 1: well-formed protobuf this version does not know.
    c.sendRaw(Buffer.from([0xc0, 0x3e, 0x01]));
    expect((await c.next('error')).error!.code).toBe('WIRE_MALFORMED');
    expect((await c.call({ heartbeat: { sentAtMs: 1 } })).body).toBe('heartbeatAck');
  });

  it('takes a frame of exactly 256 KiB and refuses one byte more with WIRE_TOO_LARGE, keeping the connection', async () => {
    const { client } = await registerAndLogin(srv.node.url, 'bigframes');
    open.push(client);
    // Exactly the limit: decoded and handled (a relay to a stranger, so NOT_A_BUDDY).
    client.sendRaw(relayFrameOfSize(MAX_CONTROL_FRAME_BYTES, 900));
    const handled = await client.next('error', (f) => f.requestId === 900);
    expect(handled.error!.code).toBe('NOT_A_BUDDY');
    client.sendRaw(relayFrameOfSize(MAX_CONTROL_FRAME_BYTES + 1, 901));
    const refused = await client.next('error');
    expect(refused.error!.code).toBe('WIRE_TOO_LARGE');
    // Not decoded, so it cannot carry the request id.
    expect(refused.requestId).toBe(0);
    client.sendRaw(Buffer.alloc(600 * 1024, 0x41));
    expect((await client.next('error')).error!.code).toBe('WIRE_TOO_LARGE');
    expect((await client.call({ heartbeat: { sentAtMs: 2 } })).body).toBe('heartbeatAck');
  });

  it('closes (1009) a connection that sends a message far beyond the limit, and stays healthy', async () => {
    // ws refuses messages over its maxPayload (4x the frame limit) before
    // buffering them: the one deviation from "the connection stays up".
    const c = await connect();
    c.sendRaw(Buffer.alloc(4 * MAX_CONTROL_FRAME_BYTES + 1));
    expect(await c.closed).toBe(1009);
    expect((await httpGet(srv.node.httpUrl, '/healthz')).status).toBe(200);
    const again = await connect();
    expect((await again.call({ heartbeat: { sentAtMs: 3 } })).body).toBe('heartbeatAck');
  });
});

describe('requests and request ids', () => {
  it('answers Heartbeat with HeartbeatAck (also before login)', async () => {
    const c = await connect();
    const before = Date.now();
    const ack = await c.call({ heartbeat: { sentAtMs: 424242 } });
    expect(ack.heartbeatAck!.echoSentAtMs).toBe(424242);
    expect(Number(ack.heartbeatAck!.serverTimeMs)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('refuses every logged-in request before login with NOT_LOGGED_IN, echoing the request id', async () => {
    const c = await connect();
    const requests = [
      { buddyAction: { action: 1, username: 'bob' } },
      { presenceUpdate: { status: 1 } },
      { punchRequest: { buddy: 'bob' } },
      { relay: { peer: 'bob', payload: Buffer.from('x') } },
      { offlineStore: { to: 'bob', messageId: Buffer.from([1]), sealed: Buffer.from('x') } },
      { offlineAck: { seqs: [1] } },
      { changePassword: { oldPassword: 'aaaaaaaa', newPassword: 'bbbbbbbb' } },
      { deleteAccount: { password: 'aaaaaaaa' } },
      { logout: {} },
    ];
    for (const r of requests) {
      const ans = await c.request(r);
      expect(ans.body, Object.keys(r)[0]).toBe('error');
      expect(ans.error!.code, Object.keys(r)[0]).toBe('NOT_LOGGED_IN');
    }
    expect(c.closeCode).toBeUndefined();
  });

  it('refuses frames only the node sends with UNSUPPORTED', async () => {
    const { client } = await registerAndLogin(srv.node.url, 'pusher');
    open.push(client);
    const pushes = [
      { presencePush: { presence: { username: 'pusher', status: 1 } } },
      { loginOk: { username: 'pusher' } },
      { buddyList: {} },
      { punchPlan: { buddy: 'x' } },
      { offlineDeliver: { messages: [] } },
      { offlineStored: {} },
      { error: { code: 'X' } },
      { ok: {} },
      { heartbeatAck: {} },
    ];
    for (const p of pushes) {
      const ans = await client.request(p);
      expect(ans.error?.code, Object.keys(p)[0]).toBe('UNSUPPORTED');
    }
    expect(client.closeCode).toBeUndefined();
  });
});
