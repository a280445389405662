// The relay (docs/protocol.md "Relay"): opaque payloads between mutual
// buddies only, silent drops for frames without a request id, the per-user
// byte rate and the per-connection buffer bound.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { startTestNode, type TestNode } from '../../../test/support/start-test-node.js';
import { useTestNode } from '../../../test/support/test-node.js';
import { ControlClient, addressOf, befriend, registerAndLogin } from '../../../test/support/control-client.js';
import { scrape } from '../../../test/support/node-probes.js';

const srv = useTestNode();
const { open } = srv;

async function user(name: string, url = srv.node.url) {
  const r = await registerAndLogin(url, name);
  open.push(r.client);
  return r;
}

async function pair(a: string, b: string, url = srv.node.url) {
  const x = await user(a, url);
  const y = await user(b, url);
  await befriend(x, a, y, b);
  return [x, y] as const;
}

/** A heartbeat round trip: frames are handled in order, so every earlier frame has been. */
const settle = (c: ControlClient) => c.call({ heartbeat: { sentAtMs: 0 } });

describe('forwarding', () => {
  it('forwards opaque payloads between buddies unchanged, in order, naming the sender', async () => {
    const [a, b] = await pair('fwd.a', 'fwd.b');
    const payloads = [Buffer.alloc(0), Buffer.from([0, 255, 0xe7, 1]), randomBytes(1200), randomBytes(200 * 1024)];
    for (let i = 0; i < 50; i++) payloads.push(Buffer.from(`frame ${i}`));
    for (const p of payloads) a.client.send({ relay: { peer: 'fwd.b', payload: p } });
    for (const p of payloads) {
      const f = await b.client.next('relay');
      expect(f.requestId).toBe(0);
      // The sender's device (issue 14): USER/DEVICE.
      expect(f.relay!.peer).toBe(addressOf('fwd.a', a.identity));
      expect(Buffer.from(f.relay!.payload ?? []).equals(p)).toBe(true);
    }
    // And back.
    b.client.send({ relay: { peer: 'FWD.A', payload: Buffer.from('pong') } });
    const back = await a.client.next('relay');
    expect(back.relay!.peer).toBe(addressOf('fwd.b', b.identity));
    expect(Buffer.from(back.relay!.payload!).toString()).toBe('pong');
    // The sender is not answered for a forwarded frame without a request id.
    await settle(a.client);
    expect(a.client.pushes.filter((f) => f.body === 'error')).toEqual([]);
  });

  it('counts forwarded frames and bytes in /metrics', async () => {
    const [a, b] = await pair('cnt.a', 'cnt.b');
    const frames = await scrape(srv.node.httpUrl, 'natter_relay_frames_total', { result: 'forwarded' });
    const bytes = await scrape(srv.node.httpUrl, 'natter_relay_bytes_total');
    for (let i = 0; i < 5; i++) a.client.send({ relay: { peer: 'cnt.b', payload: Buffer.alloc(1000) } });
    for (let i = 0; i < 5; i++) await b.client.next('relay');
    expect(await scrape(srv.node.httpUrl, 'natter_relay_frames_total', { result: 'forwarded' })).toBe(frames + 5);
    expect(await scrape(srv.node.httpUrl, 'natter_relay_bytes_total')).toBe(bytes + 5000);
  });
});

describe('refusals', () => {
  it('answers NOT_A_BUDDY (with the request id) for strangers, ourselves and users who do not exist', async () => {
    const me = await user('rf.me');
    const stranger = await user('rf.stranger');
    for (const to of ['rf.stranger', 'rf.nobody', 'rf.me', '']) {
      const r = await me.client.request({ relay: { peer: to, payload: Buffer.from('psst') } });
      expect(r.body, to).toBe('error');
      expect(r.error!.code, to).toBe('NOT_A_BUDDY');
    }
    expect(await stranger.client.none('relay', 100)).toBe(true);
  });

  it('answers BUDDY_OFFLINE (with the request id) for a buddy who is offline', async () => {
    const [a, b] = await pair('rfo.a', 'rfo.b');
    await b.client.close();
    await a.client.next('presencePush', (f) => f.presencePush!.presence!.status === 0);
    const r = await a.client.request({ relay: { peer: 'rfo.b', payload: Buffer.from('x') } });
    expect(r.error?.code).toBe('BUDDY_OFFLINE');
  });

  it('drops frames without a request id to non-buddies silently and counts them', async () => {
    const me = await user('drop.me');
    const stranger = await user('drop.stranger');
    const before = await scrape(srv.node.httpUrl, 'natter_relay_frames_total', { result: 'not_buddy' });
    for (const to of ['drop.stranger', 'drop.nobody', 'drop.stranger']) me.client.send({ relay: { peer: to, payload: Buffer.from('hello?') } });
    await settle(me.client);
    expect(await me.client.none('error', 100)).toBe(true);
    expect(await stranger.client.none('relay', 50)).toBe(true);
    expect(await scrape(srv.node.httpUrl, 'natter_relay_frames_total', { result: 'not_buddy' })).toBe(before + 3);
  });
});

describe('rate limit', () => {
  let limited: TestNode;
  beforeAll(async () => {
    limited = await startTestNode({ relay: { bytesPerSecond: 1000, burstBytes: 2000 } });
  });
  afterAll(() => limited?.stop());

  it('refuses bytes over the per-user rate with RELAY_RATE_LIMITED and a retry_after_ms that is enough', async () => {
    const [a, b] = await pair('rl.a', 'rl.b', limited.url);
    // 1900 of the 2000-byte burst: forwarded.
    a.client.send({ relay: { peer: 'rl.b', payload: Buffer.alloc(1900, 1) } });
    expect((await b.client.next('relay')).relay!.payload!.length).toBe(1900);
    // 1000 more: over the budget (by about 900 bytes, almost a second), dropped and refused.
    const refused = await a.client.request({ relay: { peer: 'rl.b', payload: Buffer.alloc(1000, 2) } });
    expect(refused.error?.code).toBe('RELAY_RATE_LIMITED');
    expect(refused.error!.retryAfterMs).toBeGreaterThan(0);
    expect(refused.error!.retryAfterMs).toBeLessThanOrEqual(1000);
    expect(await b.client.none('relay', 50)).toBe(true);
    // Without a request id: dropped silently and counted.
    a.client.send({ relay: { peer: 'rl.b', payload: Buffer.alloc(1000, 3) } });
    await settle(a.client);
    expect(await a.client.none('error', 50)).toBe(true);
    expect(await scrape(limited.httpUrl, 'natter_relay_frames_total', { result: 'rate_limited' })).toBe(2);
    // After the advised wait the same frame goes through.
    await new Promise((r) => setTimeout(r, refused.error!.retryAfterMs! + 20));
    a.client.send({ relay: { peer: 'rl.b', payload: Buffer.alloc(1000, 4) } });
    const late = await b.client.next('relay');
    expect(late.relay!.payload![0]).toBe(4);
  });

  it('limits each user separately', async () => {
    const [a, b] = await pair('rl2.a', 'rl2.b', limited.url);
    // a spends the whole burst; b's own budget is untouched.
    a.client.send({ relay: { peer: 'rl2.b', payload: Buffer.alloc(2000) } });
    await b.client.next('relay');
    expect((await a.client.request({ relay: { peer: 'rl2.b', payload: Buffer.alloc(500) } })).error?.code).toBe('RELAY_RATE_LIMITED');
    b.client.send({ relay: { peer: 'rl2.a', payload: Buffer.alloc(1500) } });
    expect((await a.client.next('relay')).relay!.payload!.length).toBe(1500);
  });
});

describe('backpressure', () => {
  let fast: TestNode;
  beforeAll(async () => {
    // No rate limit in the way: only the recipient's buffer (1 MiB by default) stops the flood.
    fast = await startTestNode({ relay: { bytesPerSecond: 1e12, burstBytes: 1e12 } });
  });
  afterAll(() => fast?.stop());

  it('refuses frames for a recipient that does not read with RELAY_BACKPRESSURE instead of buffering them', async () => {
    const [a, b] = await pair('bp.a', 'bp.b', fast.url);
    await settle(a.client);
    await settle(b.client);
    a.client.pushes.length = 0;
    b.client.pushes.length = 0;
    b.client.ws.pause();
    const size = 128 * 1024;
    const frame = (i: number) => {
      const p = Buffer.alloc(size);
      p.writeUInt32BE(i);
      return p;
    };
    // Flood in batches; after each, a round trip says how the node fared.
    let sent = 0;
    let firstRefused = -1;
    const refusedIds = new Set<number>();
    while (sent < 600 && firstRefused < 0) {
      for (let k = 0; k < 8; k++, sent++) a.client.send({ requestId: 100_000 + sent, relay: { peer: 'bp.b', payload: frame(sent) } });
      await settle(a.client);
      for (const f of a.client.pushes.splice(0)) {
        expect(f.error?.code).toBe('RELAY_BACKPRESSURE');
        refusedIds.add(f.requestId - 100_000);
      }
      if (refusedIds.size) firstRefused = Math.min(...refusedIds);
    }
    expect(firstRefused).toBeGreaterThan(0);
    // Kernel buffers plus at most the 1 MiB limit were accepted; a node that
    // buffered everything would not have refused within 64 MiB.
    expect(firstRefused * size).toBeLessThan(64 * 1024 * 1024);

    // While b still does not read, every further frame is refused: memory does not grow.
    for (let k = 0; k < 16; k++, sent++) a.client.send({ requestId: 100_000 + sent, relay: { peer: 'bp.b', payload: frame(sent) } });
    await settle(a.client);
    const more = a.client.pushes.splice(0);
    expect(more.length).toBe(16);
    for (const f of more) {
      expect(f.error?.code).toBe('RELAY_BACKPRESSURE');
      refusedIds.add(f.requestId - 100_000);
    }
    expect(await scrape(fast.httpUrl, 'natter_relay_frames_total', { result: 'backpressure' })).toBe(refusedIds.size);

    // b reads again: it gets exactly the frames that were not refused, in order, and the relay works again.
    b.client.ws.resume();
    const expected = Array.from({ length: sent }, (_, i) => i).filter((i) => !refusedIds.has(i));
    for (const i of expected) {
      const f = await b.client.next('relay', () => true, 10_000);
      expect(f.relay!.payload!.length).toBe(size);
      expect(Buffer.from(f.relay!.payload!).readUInt32BE(0)).toBe(i);
    }
    a.client.send({ requestId: 1, relay: { peer: 'bp.b', payload: Buffer.from('after') } });
    expect(Buffer.from((await b.client.next('relay')).relay!.payload!).toString()).toBe('after');
    expect(await b.client.none('relay', 50)).toBe(true);
  });
});
