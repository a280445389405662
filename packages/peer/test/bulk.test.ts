// The bulk transport on the virtual clock, over a bottleneck link with a
// queue, delay and loss: data arrives whole and in order, the window finds
// the bottleneck's rate, two transfers share it, a chat-sized queue stays
// short, forged and replayed datagrams change nothing, a buddy that ignores
// flow control is cut off, and a path change mid-transfer loses nothing.
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { VirtualClock } from '@natter/netsim';
import { BulkConnection, deriveBulkKeys, joinDatagram, type BulkPath, type RecvStream, type SealedDatagram } from '../src/bulk/index.js';
import { BottleneckLink, seededRandom, type BottleneckOptions } from './support/bottleneck-link.js';

interface Received {
  streams: Map<number, Buffer[]>;
  ended: Set<number>;
  errors: string[];
}

function receiver(): Received & { onStream(stream: RecvStream): void } {
  const r: Received = { streams: new Map(), ended: new Set(), errors: [] };
  return {
    ...r,
    onStream(stream: RecvStream) {
      const parts: Buffer[] = [];
      r.streams.set(stream.id, parts);
      stream.handlers = {
        onData: (data) => {
          parts.push(Buffer.from(data));
          stream.consumed(data.length);
        },
        onEnd: () => r.ended.add(stream.id),
        onError: (err) => r.errors.push(err.code),
      };
    },
  };
}

function makePair(clock: VirtualClock, link: BottleneckOptions, datagram = 1452) {
  const sessionId = randomBytes(16);
  const k1 = randomBytes(32);
  const k2 = randomBytes(32);
  const defer = (fn: () => void) => void clock.setTimeout(fn, 0);
  const atA = receiver();
  const atB = receiver();
  let a!: BulkConnection;
  let b!: BulkConnection;
  const ab = new BottleneckLink(clock, link, (d) => b.receive(d));
  const ba = new BottleneckLink(clock, { ...link, random: link.random ? seededRandom(7) : undefined }, (d) => a.receive(d));
  const path = (l: BottleneckLink): BulkPath => ({ send: (d) => l.send(joinDatagram(d)), localMaxDatagram: datagram, kind: 'direct' });
  a = new BulkConnection({ clock, defer, keys: deriveBulkKeys({ sessionId, sendKey: k1, recvKey: k2 }), initiator: true, path: path(ab), onStream: atA.onStream });
  b = new BulkConnection({ clock, defer, keys: deriveBulkKeys({ sessionId, sendKey: k2, recvKey: k1 }), initiator: false, path: path(ba), onStream: atB.onStream });
  return { a, b, ab, ba, atA, atB, path };
}

async function sendAll(stream: ReturnType<BulkConnection['openStream']>, data: Buffer, chunk = 256 * 1024): Promise<void> {
  for (let o = 0; o < data.length; o += chunk) {
    if (!stream.write(data.subarray(o, o + chunk))) await stream.drained();
  }
  stream.end();
  await stream.done();
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('bulk transport', () => {
  it('moves 4 MiB intact through a 20 Mbit/s bottleneck with 40 ms RTT and 1 % loss, at a TCP-like rate', async () => {
    const clock = new VirtualClock();
    const rate = 2.5e6; // bytes/s
    const { a, ab, atB } = makePair(clock, { bytesPerSecond: rate, delayMs: 20, queueBytes: 100_000, lossRate: 0.01, random: seededRandom(1) });
    const data = randomBytes(4 * 1024 * 1024);
    const stream = a.openStream();
    const t0 = clock.now();
    await clock.run(sendAll(stream, data));
    const seconds = (clock.now() - t0) / 1000;
    const got = Buffer.concat(atB.streams.get(stream.id)!);
    expect(sha(got)).toBe(sha(data));
    expect(atB.ended.has(stream.id)).toBe(true);
    // The loss was real, and recovered from.
    expect(ab.stats.lostRandom).toBeGreaterThan(20);
    expect(a.stats.packetsLost).toBeGreaterThan(0);
    // Random loss p caps a loss-based window (TCP's too) near the Mathis
    // rate, MSS/RTT * sqrt(3/2)/sqrt(p): 1452 B / 40 ms * 12.2 ~ 445 KB/s.
    const mathis = (1452 / 0.04) * Math.sqrt(1.5 / 0.01);
    expect(data.length / seconds).toBeGreaterThan(0.7 * mathis);
    a.close();
  });

  it('fills a clean bottleneck (>= 85 % of its rate) and keeps its queue bounded', async () => {
    const clock = new VirtualClock();
    const rate = 5e6;
    const { a, ab, atB } = makePair(clock, { bytesPerSecond: rate, delayMs: 10, queueBytes: 200_000 });
    const data = randomBytes(6 * 1024 * 1024);
    const stream = a.openStream();
    const t0 = clock.now();
    await clock.run(sendAll(stream, data));
    const seconds = (clock.now() - t0) / 1000;
    expect(Buffer.concat(atB.streams.get(stream.id)!).equals(data)).toBe(true);
    expect(data.length / seconds).toBeGreaterThan(0.85 * rate);
    expect(ab.stats.maxQueueBytes).toBeLessThanOrEqual(200_000);
    a.close();
  });

  it('shares a bottleneck between two connections within 0.5-2x', async () => {
    const clock = new VirtualClock();
    const rate = 2e6;
    const link = { bytesPerSecond: rate, delayMs: 15, queueBytes: 60_000 };
    // Two connections through one bottleneck: one shared queue in each direction.
    const sessionIds = [randomBytes(16), randomBytes(16)];
    const defer = (fn: () => void) => void clock.setTimeout(fn, 0);
    const receivers: BulkConnection[] = [];
    const senders: BulkConnection[] = [];
    const forward = new BottleneckLink(clock, link, (d) => receivers.find((r) => r.connectionId.equals(d.subarray(1, 9)))?.receive(d));
    const back = new BottleneckLink(clock, link, (d) => senders.find((s) => s.connectionId.equals(d.subarray(1, 9)))?.receive(d));
    const got = [0, 0];
    for (const [i, sessionId] of sessionIds.entries()) {
      const k1 = randomBytes(32);
      const k2 = randomBytes(32);
      senders.push(new BulkConnection({ clock, defer, keys: deriveBulkKeys({ sessionId, sendKey: k1, recvKey: k2 }), initiator: true, path: { send: (d) => forward.send(joinDatagram(d)), localMaxDatagram: 1452, kind: 'direct' }, onStream: () => {} }));
      receivers.push(
        new BulkConnection({
          clock,
          defer,
          keys: deriveBulkKeys({ sessionId, sendKey: k2, recvKey: k1 }),
          initiator: false,
          path: { send: (d) => back.send(joinDatagram(d)), localMaxDatagram: 1452, kind: 'direct' },
          onStream: (s) => {
            s.handlers = { onData: (d) => { got[i]! += d.length; s.consumed(d.length); }, onEnd: () => {}, onError: () => {} };
          },
        }),
      );
    }
    const data = randomBytes(32 * 1024 * 1024);
    const streams = senders.map((s) => s.openStream());
    for (const s of streams) void sendAll(s, data).catch(() => {});
    await clock.advance(8_000);
    const [x, y] = got as [number, number];
    expect(x + y).toBeGreaterThan(0.8 * rate * 8);
    expect(x / y).toBeGreaterThan(0.5);
    expect(x / y).toBeLessThan(2);
    for (const c of [...senders, ...receivers]) c.close();
  }, 30_000);

  it('ignores forged, damaged and replayed datagrams', async () => {
    const clock = new VirtualClock();
    const captured: Buffer[] = [];
    const { a, b, atB } = makePair(clock, { bytesPerSecond: 1e7, delayMs: 5, queueBytes: 1e6 });
    const original = a['path'].send;
    a['path'].send = (d: SealedDatagram) => {
      captured.push(joinDatagram(d));
      original(d);
    };
    const data = randomBytes(200_000);
    const stream = a.openStream();
    await clock.run(sendAll(stream, data));
    const before = b.stats.bytesReceived;
    for (const d of captured) expect(b.receive(d)).toBe(true); // authentic, but all duplicates
    const forged = Buffer.from(captured[3]!);
    forged[forged.length - 20] ^= 1;
    expect(b.receive(forged)).toBe(false);
    expect(b.receive(randomBytes(1200))).toBe(false);
    expect(b.stats.bytesReceived).toBe(before);
    expect(Buffer.concat(atB.streams.get(stream.id)!).equals(data)).toBe(true);
  });

  it('survives a path change in the middle of a transfer', async () => {
    const clock = new VirtualClock();
    const { a, b, ab, atB, path } = makePair(clock, { bytesPerSecond: 4e6, delayMs: 10, queueBytes: 100_000 });
    const data = randomBytes(6 * 1024 * 1024);
    const stream = a.openStream();
    const done = sendAll(stream, data);
    await clock.advance(500);
    // The old path dies with packets in flight; a new one (slower, longer) takes over.
    ab.up = false;
    const ab2 = new BottleneckLink(clock, { bytesPerSecond: 2e6, delayMs: 40, queueBytes: 100_000 }, (d) => b.receive(d));
    a.setPath(path(ab2));
    await clock.run(done);
    expect(Buffer.concat(atB.streams.get(stream.id)!).equals(data)).toBe(true);
  });

  it("learns the buddy's datagram size again when only its own path changed", async () => {
    const clock = new VirtualClock();
    const { a, b, ab, path } = makePair(clock, { bytesPerSecond: 1e7, delayMs: 5, queueBytes: 1e6 }, 9000);
    await clock.advance(200);
    expect(a.maxDatagram).toBe(9000);
    expect(b.maxDatagram).toBe(9000);
    // One side alone moves (it learned its link's MTU, say): it forgets the
    // buddy's limit and must hear it again, though the buddy's path stayed.
    a.setPath(path(ab));
    expect(a.maxDatagram).toBe(1232);
    await clock.advance(200);
    expect(a.maxDatagram).toBe(9000);
  });

  it('cuts off a buddy that sends past the credit it was given', async () => {
    const clock = new VirtualClock();
    const { a, b, atB } = makePair(clock, { bytesPerSecond: 1e7, delayMs: 5, queueBytes: 1e6 });
    const errors: string[] = [];
    b['options'].onError = (err: { code: string }) => errors.push(err.code);
    const stream = a.openStream();
    stream.credit = 64 * 1024 * 1024; // a broken sender ignoring the receiver's window
    // The receiver's application never consumes, so its credit stays at 16 MiB.
    atB.onStream = () => {};
    b['options'].onStream = (s: RecvStream) => {
      s.handlers = { onData: () => {}, onEnd: () => {}, onError: () => {} };
    };
    stream.write(randomBytes(17 * 1024 * 1024));
    await clock.advance(5_000);
    expect(errors).toContain('BULK_PROTOCOL');
    expect(b.closed).toBe(true);
  });
});
