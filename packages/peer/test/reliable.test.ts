// The reliable channel between two instances over an in-memory datagram
// path (netsim's seeded link model on a VirtualClock): delivery, ordering,
// fragmentation, retransmission, RTO, path switch, de-duplication.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Random, VirtualClock, type LinkConditions } from '@natter/netsim';
import { encodePeerDatagram, encodePeerMessage, MAX_CHAT_MESSAGE_BYTES, MAX_PEER_PACKET_BYTES, type DecodedPeerMessage } from '@natter/wire';
import { DEFAULT_MAX_CHUNK_BYTES, DeliveredIds, MAX_PLAINTEXT_BYTES, MAX_SELECTIVE_ACKS, ReliableChannel, RtoEstimator } from '../src/reliable/index.js';
import { createTestPair, MemoryPath, type Delivery, type TestPair } from './support/reliable-pair.js';

/** A message id that says who sent it and which one it is. */
function makeId(side: number, n: number): Uint8Array {
  const id = new Uint8Array(16);
  id[0] = side;
  new DataView(id.buffer).setUint32(12, n);
  return id;
}

/** Deterministic payloads: sizes from a seeded stream, so some span several fragments. */
function payloads(count: number, side: number, seed: number, maxBytes = 3000): { id: Uint8Array; bytes: Uint8Array }[] {
  const r = new Random(seed * 31 + side);
  return Array.from({ length: count }, (_, n) => {
    const bytes = new Uint8Array(r.int(maxBytes + 1));
    for (let i = 0; i < bytes.length; i++) bytes[i] = (n * 7 + i * 13 + side) & 0xff;
    return { id: makeId(side, n), bytes };
  });
}

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
/** One line per message: id, length and a digest of every byte, so toEqual diffs stay readable. */
const summary = (ds: readonly { id: Uint8Array; bytes: Uint8Array }[]): string[] =>
  ds.map((d) => `${hex(d.id)}:${d.bytes.length}:${createHash('sha256').update(d.bytes).digest('hex').slice(0, 16)}`);

function sendAll(ch: ReliableChannel, msgs: { id: Uint8Array; bytes: Uint8Array }[]): Promise<void>[] {
  return msgs.map((m) => ch.send(m.id, m.bytes));
}

/** The codec never refused a datagram and nothing exceeded one sealed datagram. */
function expectWireClean(p: TestPair): void {
  for (const path of [p.ab, p.ba]) {
    expect(path.stats.encodeErrors).toBe(0);
    expect(path.stats.largestBytes).toBeLessThanOrEqual(MAX_PLAINTEXT_BYTES);
  }
  expect(p.a.stats.transmitErrors + p.b.stats.transmitErrors).toBe(0);
}

describe('datagram budget', () => {
  it('a full fragment, sealed, fills one 1280-byte datagram with only the varint slack to spare', () => {
    expect(DEFAULT_MAX_CHUNK_BYTES).toBe(1181);
    // Worst case JS numbers can express: every uint64 at 2^53 - 1 (8-byte varints; the budget assumes 10).
    const plaintext = encodePeerMessage(
      {
        data: {
          seq: Number.MAX_SAFE_INTEGER,
          messageId: new Uint8Array(16).fill(0xff),
          fragmentIndex: 0xffffffff,
          fragmentCount: 0xffffffff,
          chunk: new Uint8Array(DEFAULT_MAX_CHUNK_BYTES).fill(0xaa),
        },
      },
      MAX_PLAINTEXT_BYTES,
    );
    const ciphertext = new Uint8Array(plaintext.length + 16); // + the Poly1305 tag
    const datagram = encodePeerDatagram({
      encrypted: { sessionId: new Uint8Array(16).fill(1), counter: Number.MAX_SAFE_INTEGER, ciphertext },
    });
    expect(datagram.length).toBe(MAX_PEER_PACKET_BYTES - 2 * 2);
  });

  it('an ack listing a whole receive window of selective acks fits one sealed datagram', () => {
    const base = Number.MAX_SAFE_INTEGER - 1000;
    const plaintext = encodePeerMessage(
      {
        ack: {
          cumulative: base,
          selective: Array.from({ length: MAX_SELECTIVE_ACKS }, (_, i) => base + 2 + i),
          echoSentAtMs: Number.MAX_SAFE_INTEGER,
        },
      },
      MAX_PLAINTEXT_BYTES,
    );
    const datagram = encodePeerDatagram({
      encrypted: { sessionId: new Uint8Array(16), counter: Number.MAX_SAFE_INTEGER, ciphertext: new Uint8Array(plaintext.length + 16) },
    });
    expect(datagram.length).toBeLessThanOrEqual(MAX_PEER_PACKET_BYTES);
  });
});

describe('delivery', () => {
  it('delivers every message exactly once, in order, and resolves each send', async () => {
    const p = createTestPair({ conditions: { latencyMs: 10 } });
    const msgs = payloads(20, 1, 1);
    const settled: number[] = [];
    const sends = sendAll(p.a, msgs).map((s, i) => s.then(() => settled.push(i)));
    await p.clock.run(Promise.all(sends));
    expect(summary(p.atB)).toEqual(summary(msgs));
    expect(settled.sort((x, y) => x - y)).toEqual([...msgs.keys()]);
    expect(p.atA).toEqual([]);
    expect(p.a.stats).toMatchObject({ messagesSent: 20, messagesAcked: 20, retransmitted: 0, inFlight: 0, pendingMessages: 0 });
    expect(p.b.stats).toMatchObject({ delivered: 20, duplicateFragments: 0, duplicateMessages: 0, bufferedBytes: 0 });
    expectWireClean(p);
  });

  it('fragments a 64 KiB message into 56 datagrams and reassembles it byte for byte', async () => {
    const p = createTestPair({ conditions: { latencyMs: 5, lossRate: 0.1, reorderRate: 0.3 } });
    const bytes = new Uint8Array(MAX_CHAT_MESSAGE_BYTES);
    const r = new Random(9);
    for (let i = 0; i < bytes.length; i++) bytes[i] = r.int(256);
    await p.clock.run(p.a.send(makeId(1, 1), bytes));
    expect(p.atB).toHaveLength(1);
    expect(Buffer.from(p.atB[0]!.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(p.a.stats.fragmentsSent).toBe(Math.ceil(MAX_CHAT_MESSAGE_BYTES / DEFAULT_MAX_CHUNK_BYTES));
    expect(p.a.stats.fragmentsSent).toBe(56);
    expectWireClean(p);
  });

  it('with 64-byte chunks a 64 KiB message is 1024 fragments, still delivered whole', async () => {
    const p = createTestPair({ conditions: { latencyMs: 5, lossRate: 0.05 }, channel: { maxChunkBytes: 64 } });
    const bytes = new Uint8Array(MAX_CHAT_MESSAGE_BYTES).map((_, i) => i % 251);
    await p.clock.run(p.a.send(makeId(1, 1), bytes));
    expect(p.a.stats.fragmentsSent).toBe(1024);
    expect(Buffer.from(p.atB[0]!.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it('copies the bytes at send(): later changes by the caller do not leak onto the wire', async () => {
    const p = createTestPair({ conditions: { latencyMs: 5 } });
    const bytes = new Uint8Array([1, 2, 3]);
    const id = makeId(1, 1);
    const sent = p.a.send(id, bytes);
    bytes.fill(9);
    id.fill(9);
    await p.clock.run(sent);
    expect([...p.atB[0]!.bytes]).toEqual([1, 2, 3]);
    expect(hex(p.atB[0]!.id)).toBe(hex(makeId(1, 1)));
  });

  it('carries empty messages', async () => {
    const p = createTestPair();
    await p.clock.run(Promise.all([p.a.send(makeId(1, 1), new Uint8Array(0)), p.a.send(makeId(1, 2), new Uint8Array(1))]));
    expect(p.atB.map((d) => d.bytes.length)).toEqual([0, 1]);
  });

  // The acceptance table: 200 messages each way at the same time, every loss/latency combination.
  describe.each([0, 0.1, 0.3])('loss %d', (lossRate) => {
    it.each([0, 50, 200])('latency %d ms: 200 messages each way, exactly once and in order', async (latencyMs) => {
      const seed = Math.round(lossRate * 100) + latencyMs;
      const p = createTestPair({ seed, conditions: { lossRate, latencyMs } });
      const fromA = payloads(200, 1, seed);
      const fromB = payloads(200, 2, seed);
      await p.clock.run(Promise.all([...sendAll(p.a, fromA), ...sendAll(p.b, fromB)]));
      expect(summary(p.atB)).toEqual(summary(fromA));
      expect(summary(p.atA)).toEqual(summary(fromB));
      for (const ch of [p.a, p.b]) {
        expect(ch.state).toBe('open');
        expect(ch.stats).toMatchObject({ messagesAcked: 200, delivered: 200, duplicateMessages: 0, inFlight: 0, bufferedFragments: 0, bufferedBytes: 0 });
        if (lossRate === 0) expect(ch.stats.retransmitted).toBe(0);
        else expect(ch.stats.retransmitted).toBeGreaterThan(0);
      }
      if (lossRate > 0) expect(p.ab.stats.lost).toBeGreaterThan(0);
      expectWireClean(p);
    });
  });

  it('survives heavy duplication and reordering without delivering anything twice', async () => {
    const conditions: LinkConditions = { latencyMs: 20, jitterMs: 40, duplicateRate: 0.5, reorderRate: 0.5, reorderDelayMs: 60, lossRate: 0.05 };
    const p = createTestPair({ seed: 4, conditions });
    const fromA = payloads(150, 1, 4);
    const fromB = payloads(150, 2, 4);
    await p.clock.run(Promise.all([...sendAll(p.a, fromA), ...sendAll(p.b, fromB)]));
    expect(summary(p.atB)).toEqual(summary(fromA));
    expect(summary(p.atA)).toEqual(summary(fromB));
    expect(p.ab.stats.duplicated).toBeGreaterThan(50);
    expect(p.b.stats.duplicateFragments).toBeGreaterThan(50);
    expect(p.b.stats.duplicateMessages).toBe(0);
    expectWireClean(p);
  });

  it('keeps at most windowPackets fragments in flight', async () => {
    let maxInFlight = 0;
    let burst = 0;
    const pair: { p?: TestPair } = {};
    const p = createTestPair({
      conditions: { latencyMs: 50 },
      channel: { windowPackets: 8 },
      dropAb: (m) => {
        if (m.body === 'data') {
          maxInFlight = Math.max(maxInFlight, pair.p!.a.stats.inFlight);
          if (pair.p!.clock.now() === 0) burst++;
        }
        return false;
      },
    });
    pair.p = p;
    const msgs = payloads(100, 1, 2, 500);
    await p.clock.run(Promise.all(sendAll(p.a, msgs)));
    expect(burst).toBe(8);
    expect(maxInFlight).toBe(8);
    expect(summary(p.atB)).toEqual(summary(msgs));
  });
});

describe('retransmission and RTT', () => {
  it('computes the RFC 6298 RTO step by step, with backoff, floor and cap', () => {
    const rto = new RtoEstimator({ initialRtoMs: 1000, minRtoMs: 200, maxRtoMs: 10_000 });
    expect([rto.srtt, rto.rto]).toEqual([undefined, 1000]); // §2.1
    rto.sample(100); // §2.2: SRTT = R, RTTVAR = R/2, RTO = SRTT + 4 RTTVAR
    expect([rto.srtt, rto.rttvar, rto.rto]).toEqual([100, 50, 300]);
    rto.sample(200); // §2.3: RTTVAR = 3/4 RTTVAR + 1/4 |SRTT - R|, then SRTT = 7/8 SRTT + 1/8 R
    expect([rto.srtt, rto.rttvar, rto.rto]).toEqual([112.5, 62.5, 362.5]);
    rto.sample(100);
    expect([rto.srtt, rto.rttvar, rto.rto]).toEqual([110.9375, 50, 310.9375]);
    rto.backOff();
    rto.backOff();
    rto.backOff(); // §5.5
    expect(rto.rto).toBe(310.9375 * 8);
    for (let i = 0; i < 10; i++) rto.backOff();
    expect(rto.rto).toBe(10_000); // capped
    rto.resetBackoff();
    expect(rto.rto).toBe(310.9375);
    for (let i = 0; i < 50; i++) rto.sample(1);
    expect(rto.rto).toBe(200); // the floor
    rto.sample(60_000);
    expect(rto.rto).toBe(10_000);
    expect(rto.minRtt).toBe(1);
    rto.reset();
    expect([rto.srtt, rto.rttvar, rto.minRtt, rto.rto]).toEqual([undefined, undefined, undefined, 1000]);
  });

  it.each([
    { latencyMs: 10, jitterMs: 0 },
    { latencyMs: 100, jitterMs: 0 },
    { latencyMs: 300, jitterMs: 0 },
    { latencyMs: 100, jitterMs: 50 },
  ])('SRTT converges to the path RTT ($latencyMs ms each way, jitter $jitterMs)', async ({ latencyMs, jitterMs }) => {
    const p = createTestPair({ conditions: { latencyMs, jitterMs } });
    expect(p.a.stats.srttMs).toBeUndefined();
    expect(p.a.stats.rtoMs).toBe(1000);
    for (let n = 0; n < 40; n++) await p.clock.run(p.a.send(makeId(1, n), new Uint8Array(100)));
    const rtt = 2 * latencyMs + jitterMs; // mean of two uniform [0, jitter) draws, twice
    const { srttMs, rttvarMs, rtoMs } = p.a.stats;
    expect(srttMs).toBeGreaterThanOrEqual(rtt * 0.8);
    expect(srttMs).toBeLessThanOrEqual(rtt * 1.2 + 2);
    // RFC 6298 §2.3, clamped to the 200 ms floor.
    expect(rtoMs).toBeCloseTo(Math.max(200, srttMs! + Math.max(1, 4 * rttvarMs!)), 6);
    if (jitterMs > 0) expect(rtoMs).toBeGreaterThan(srttMs! + 20);
    expect(p.a.stats.retransmitted).toBe(0);
  });

  it('takes no RTT sample from a retransmitted fragment (Karn)', async () => {
    const sends = new Map<number, number>();
    const p = createTestPair({
      conditions: { latencyMs: 100 },
      // Lose the first transmission of seq 1 only.
      dropAb: (m) => {
        if (m.body !== 'data') return false;
        const seq = m.data!.seq ?? 0;
        const n = (sends.get(seq) ?? 0) + 1;
        sends.set(seq, n);
        return seq === 1 && n === 1;
      },
    });
    await p.clock.run(p.a.send(makeId(1, 1), new Uint8Array(10)));
    // Sent at 0, lost; resent (twice, RFC 9002 §6.2.4) at the 1 s RTO; acked
    // at 1200. Sampling either transmission would give 1200 or 200 ms: both
    // are guesses, so neither. The ack proves the path alive: no backoff.
    expect(p.clock.now()).toBe(1200);
    expect(p.a.stats).toMatchObject({ srttMs: undefined, timeouts: 1, retransmitted: 2, rtoMs: 1000 });
    await p.clock.run(p.a.send(makeId(1, 2), new Uint8Array(10)));
    expect(p.a.stats.srttMs).toBe(200); // RFC 6298 §2.2: first sample
    expect(p.a.stats.rtoMs).toBe(600); // 200 + 4 * 100
  });

  it('keeps the backoff after a spurious retransmission, so a grown RTT is learned instead of retransmitted forever', async () => {
    const p = createTestPair({ conditions: { latencyMs: 100 } });
    await p.clock.run(p.a.send(makeId(1, 1), new Uint8Array(10)));
    expect(p.a.stats).toMatchObject({ srttMs: 200, rtoMs: 600 });
    // The path slows down to a 650 ms round trip, past the 600 ms RTO.
    p.ab.set({ latencyMs: 325 });
    p.ba.set({ latencyMs: 325 });
    await p.clock.run(p.a.send(makeId(1, 2), new Uint8Array(10)));
    // Resent at 600, acked at 650: 50 ms after the resend, far below any RTT
    // this path has shown, so the ack answers the first transmission.
    expect(p.a.stats).toMatchObject({ srttMs: 200, timeouts: 1, rtoMs: 1200 });
    const retransmitted = p.a.stats.retransmitted;
    await p.clock.run(p.a.send(makeId(1, 3), new Uint8Array(10)));
    expect(p.a.stats.retransmitted).toBe(retransmitted); // 650 < 1200: no timeout, a clean sample
    expect(p.a.stats.srttMs).toBeCloseTo(200 * 7 / 8 + 650 / 8, 6);
  });

  it('takes RTT samples from outside (keepalive echoes) through observeRtt', () => {
    const p = createTestPair();
    p.a.observeRtt(300);
    expect(p.a.stats).toMatchObject({ srttMs: 300, rttvarMs: 150, rtoMs: 900 });
    p.a.observeRtt(Number.NaN);
    p.a.observeRtt(-5);
    expect(p.a.stats.srttMs).toBe(300);
  });

  it('repairs a loss from selective acks before the timer (fast retransmit)', async () => {
    let dropped = false;
    const p = createTestPair({
      conditions: { latencyMs: 50 },
      dropAb: (m) => {
        if (m.body === 'data' && m.data!.seq === 3 && !dropped) return (dropped = true);
        return false;
      },
    });
    await p.clock.run(Promise.all(sendAll(p.a, payloads(10, 1, 3, 100))));
    expect(p.clock.now()).toBeLessThan(1000); // the initial RTO never fired
    expect(p.a.stats).toMatchObject({ fastRetransmits: 1, retransmitted: 1, timeouts: 0 });
    expect(p.atB.map((d) => hex(d.id))).toEqual(payloads(10, 1, 3, 100).map((m) => hex(m.id)));
  });

  it('backs off exponentially on a dead path and fails with RELIABLE_TIMEOUT after giveUpAfterMs', async () => {
    const failures: string[] = [];
    const p = createTestPair({ conditions: { lossRate: 1 }, channel: { onFailure: (e) => failures.push(e.code) } });
    const first = p.a.send(makeId(1, 1), new Uint8Array(10));
    const second = p.a.send(makeId(1, 2), new Uint8Array(10));
    const outcome = await p.clock.run(Promise.allSettled([first, second]));
    expect(p.clock.now()).toBe(60_000);
    for (const o of outcome) {
      expect(o.status).toBe('rejected');
      expect((o as PromiseRejectedResult).reason).toMatchObject({ name: 'ReliableError', code: 'RELIABLE_TIMEOUT' });
    }
    expect(failures).toEqual(['RELIABLE_TIMEOUT']);
    expect(p.a.state).toBe('failed');
    // 1, 2, 4, 8 s, then the 10 s cap: timeouts at 1, 3, 7, 15, 25, 35, 45, 55 s.
    expect(p.a.stats.timeouts).toBe(8);
    await expect(p.a.send(makeId(1, 3), new Uint8Array(1))).rejects.toMatchObject({ code: 'RELIABLE_CLOSED' });
    expect(p.clock.pendingTimers).toBe(0);
  });

  it('gives up after maxRetries timeouts when that comes first', async () => {
    const p = createTestPair({ conditions: { lossRate: 1 }, channel: { maxRetries: 3 } });
    const sent = p.a.send(makeId(1, 1), new Uint8Array(10));
    const err = await p.clock.run(sent.then(() => undefined, (e: unknown) => e));
    expect(err).toMatchObject({ code: 'RELIABLE_TIMEOUT' });
    expect(p.clock.now()).toBe(1000 + 2000 + 4000 + 8000);
    expect(p.a.stats.timeouts).toBe(3);
  });
});

describe('path switch', () => {
  /** Two channels whose transmit goes through path 1 or path 2 per direction. */
  function switchable(path1: { ab: LinkConditions; ba: LinkConditions }, path2: LinkConditions) {
    const clock = new VirtualClock();
    const atA: Delivery[] = [];
    const atB: Delivery[] = [];
    const ends: { a?: ReliableChannel; b?: ReliableChannel } = {};
    const toB = (m: DecodedPeerMessage) => ends.b!.receive(m);
    const toA = (m: DecodedPeerMessage) => ends.a!.receive(m);
    const paths = {
      1: { ab: new MemoryPath({ clock, seed: 11, conditions: path1.ab, deliver: toB }), ba: new MemoryPath({ clock, seed: 12, conditions: path1.ba, deliver: toA }) },
      2: { ab: new MemoryPath({ clock, seed: 21, conditions: path2, deliver: toB }), ba: new MemoryPath({ clock, seed: 22, conditions: path2, deliver: toA }) },
    };
    const state = { path: 1 as 1 | 2 };
    const a = new ReliableChannel({ clock, transmit: (m) => paths[state.path].ab.transmit(m), onMessage: (id, bytes) => atA.push({ id, bytes }) });
    const b = new ReliableChannel({ clock, transmit: (m) => paths[state.path].ba.transmit(m), onMessage: (id, bytes) => atB.push({ id, bytes }) });
    ends.a = a;
    ends.b = b;
    return { clock, a, b, atA, atB, paths, state };
  }

  it('after the direct path dies, retransmitAll on the relay delivers everything once', async () => {
    const w = switchable({ ab: { lossRate: 1 }, ba: { lossRate: 1 } }, { latencyMs: 40, lossRate: 0.1 });
    const fromA = payloads(30, 1, 5);
    const fromB = payloads(30, 2, 5);
    const all = Promise.all([...sendAll(w.a, fromA), ...sendAll(w.b, fromB)]);
    await w.clock.advance(5000);
    expect(w.atA.length + w.atB.length).toBe(0);
    expect(w.a.stats.rtoMs).toBeGreaterThan(1000); // backed off on the dead path
    w.state.path = 2;
    w.a.retransmitAll();
    w.b.retransmitAll();
    expect(w.a.stats).toMatchObject({ srttMs: undefined, rtoMs: 1000 }); // the new path starts from scratch
    await w.clock.run(all);
    expect(summary(w.atB)).toEqual(summary(fromA));
    expect(summary(w.atA)).toEqual(summary(fromB));
    // Everything in flight was retransmitted, so Karn allows no sample yet; the next message gives one.
    expect(w.a.stats.srttMs).toBeUndefined();
    await w.clock.run(w.a.send(makeId(1, 99), new Uint8Array(10)));
    expect(w.a.stats.srttMs).toBe(80);
  });

  it('when only the acks died, the re-sent fragments are acknowledged but not delivered again', async () => {
    const w = switchable({ ab: { latencyMs: 10 }, ba: { lossRate: 1 } }, { latencyMs: 40 });
    const fromA = payloads(30, 1, 6);
    const all = Promise.all(sendAll(w.a, fromA));
    await w.clock.advance(3000);
    expect(summary(w.atB)).toEqual(summary(fromA)); // b has it all; a does not know
    const unacked = w.a.stats.inFlight;
    expect(unacked).toBeGreaterThan(30);
    w.state.path = 2;
    w.a.retransmitAll();
    w.b.retransmitAll();
    // At once, not when the backed-off timer would have fired: everything unacked, and b's ack.
    expect(w.paths[2].ab.stats.sent).toBe(unacked + 1);
    expect(w.paths[2].ba.stats.sent).toBe(1);
    await w.clock.advance(81); // one 80 ms round trip on the new path
    expect(w.a.stats).toMatchObject({ inFlight: 0, pendingMessages: 0 });
    await w.clock.run(all);
    expect(summary(w.atB)).toEqual(summary(fromA));
    expect(w.b.stats.delivered).toBe(30);
    expect(w.b.stats.duplicateFragments).toBeGreaterThan(0);
  });
});

describe('de-duplication by message id', () => {
  it('a send of an id still pending joins the pending one', async () => {
    const p = createTestPair({ conditions: { latencyMs: 10 } });
    const first = p.a.send(makeId(1, 1), new Uint8Array([1]));
    const again = p.a.send(makeId(1, 1), new Uint8Array([1]));
    expect(again).toBe(first);
    await p.clock.run(Promise.all([first, again]));
    expect(p.atB).toHaveLength(1);
    expect(p.a.stats.fragmentsSent).toBe(1);
  });

  it('an id re-sent after it was acknowledged is acknowledged again but delivered once', async () => {
    const p = createTestPair({ conditions: { latencyMs: 10 } });
    await p.clock.run(p.a.send(makeId(1, 1), new Uint8Array(3000)));
    await p.clock.run(Promise.all([p.a.send(makeId(1, 1), new Uint8Array(3000)), p.a.send(makeId(1, 2), new Uint8Array(5))]));
    expect(p.atB.map((d) => hex(d.id))).toEqual([hex(makeId(1, 1)), hex(makeId(1, 2))]);
    expect(p.b.stats).toMatchObject({ delivered: 2, duplicateMessages: 1 });
  });

  it('a shared DeliveredIds catches messages re-sent on a new channel after a restart', async () => {
    const seen = new DeliveredIds();
    const first = createTestPair({ seed: 1, conditions: { latencyMs: 10, lossRate: 0.2 }, channel: { deliveredIds: seen } });
    await first.clock.run(Promise.all([1, 2, 3, 4, 5].map((n) => first.a.send(makeId(1, n), new Uint8Array([n])))));
    // A new session: fresh channels and sequence numbers on both sides, same conversation.
    const second = createTestPair({ seed: 2, conditions: { latencyMs: 10, lossRate: 0.2 }, channel: { deliveredIds: seen } });
    await second.clock.run(Promise.all([3, 4, 5, 6, 7].map((n) => second.a.send(makeId(1, n), new Uint8Array([n])))));
    expect(first.atB.map((d) => d.bytes[0])).toEqual([1, 2, 3, 4, 5]);
    expect(second.atB.map((d) => d.bytes[0])).toEqual([6, 7]);
    expect(second.b.stats.duplicateMessages).toBe(3);
  });

  it('DeliveredIds forgets the least recently used id beyond its capacity', () => {
    const ids = new DeliveredIds(2);
    ids.add(makeId(0, 1));
    ids.add(makeId(0, 2));
    expect(ids.has(makeId(0, 1))).toBe(true); // refreshed: 2 is now the oldest
    ids.add(makeId(0, 3));
    expect(ids.size).toBe(2);
    expect(ids.has(makeId(0, 2))).toBe(false);
    expect(ids.has(makeId(0, 1))).toBe(true);
    expect(ids.has(makeId(0, 3))).toBe(true);
  });
});

describe('close', () => {
  it('rejects every pending send with RELIABLE_CLOSED and stops its timers', async () => {
    const p = createTestPair({ conditions: { lossRate: 1 } });
    const sends = sendAll(p.a, payloads(5, 1, 1)).map((s) => s.then(() => 'resolved', (e: { code: string; message: string }) => `${e.code}: ${e.message}`));
    await p.clock.advance(2500);
    p.a.close('user quit');
    p.a.close('twice is fine');
    const outcome = await Promise.all(sends);
    expect(outcome).toEqual(Array(5).fill('RELIABLE_CLOSED: reliable channel closed: user quit'));
    expect(p.a.state).toBe('closed');
    expect(p.clock.pendingTimers).toBe(0);
    await expect(p.a.send(makeId(1, 9), new Uint8Array(1))).rejects.toMatchObject({ code: 'RELIABLE_CLOSED' });
    p.a.receive({ data: { seq: 1, messageId: makeId(2, 1), fragmentCount: 1, chunk: new Uint8Array(1) } });
    expect(p.atA).toEqual([]);
    expect(p.ab.stats.sent).toBe(p.a.stats.fragmentsSent + p.a.stats.retransmitted); // nothing after close
  });
});
