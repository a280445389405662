// Properties over random network schedules: whatever the path does (loss,
// duplication, reordering, jitter, each direction on its own), every
// message arrives exactly once and in order; and no input makes receive()
// throw.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { VirtualClock } from '@natter/netsim';
import { decodePeerMessage, isWireError, type PeerMessageInit } from '@natter/wire';
import { DEFAULT_MAX_CHUNK_BYTES, MIN_CHUNK_BYTES, RECEIVE_WINDOW_PACKETS, ReliableChannel } from '../src/reliable/index.js';
import { createTestPair } from './support/reliable-pair.js';

const link = fc.record({
  lossRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
  duplicateRate: fc.double({ min: 0, max: 0.3, noNaN: true }),
  reorderRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
  reorderDelayMs: fc.integer({ min: 0, max: 300 }),
  latencyMs: fc.integer({ min: 0, max: 150 }),
  jitterMs: fc.integer({ min: 0, max: 100 }),
});

const schedule = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 30 }),
  ab: link,
  ba: link,
  maxChunkBytes: fc.integer({ min: MIN_CHUNK_BYTES, max: DEFAULT_MAX_CHUNK_BYTES }),
  windowPackets: fc.integer({ min: 1, max: RECEIVE_WINDOW_PACKETS }),
  ackDelayMs: fc.integer({ min: 0, max: 200 }),
  fromA: fc.array(fc.integer({ min: 0, max: 4000 }), { maxLength: 25 }),
  fromB: fc.array(fc.integer({ min: 0, max: 4000 }), { maxLength: 25 }),
});

function message(side: number, n: number, size: number): { id: Uint8Array; bytes: Uint8Array } {
  const id = new Uint8Array(16);
  id[0] = side;
  id[1] = n;
  return { id, bytes: new Uint8Array(size).map((_, i) => (i * 31 + n * 7 + side) & 0xff) };
}

const key = (m: { id: Uint8Array; bytes: Uint8Array }): string =>
  `${Buffer.from(m.id).toString('hex')}:${Buffer.from(m.bytes).toString('base64')}`;

describe('reliable channel properties', () => {
  it('delivers everything exactly once and in order under any loss/dup/reorder schedule', async () => {
    await fc.assert(
      fc.asyncProperty(schedule, async (s) => {
        const p = createTestPair({
          seed: s.seed,
          ab: s.ab,
          ba: s.ba,
          // Liveness is the property here, so the give-up limits are out of the way.
          channel: { maxChunkBytes: s.maxChunkBytes, windowPackets: s.windowPackets, ackDelayMs: s.ackDelayMs, maxRetries: 1e9, giveUpAfterMs: Infinity },
        });
        const fromA = s.fromA.map((size, n) => message(1, n, size));
        const fromB = s.fromB.map((size, n) => message(2, n, size));
        await p.clock.run(Promise.all([...fromA.map((m) => p.a.send(m.id, m.bytes)), ...fromB.map((m) => p.b.send(m.id, m.bytes))]));
        expect(p.atB.map(key)).toEqual(fromA.map(key));
        expect(p.atA.map(key)).toEqual(fromB.map(key));
        for (const ch of [p.a, p.b]) expect(ch.stats).toMatchObject({ inFlight: 0, pendingMessages: 0, bufferedFragments: 0, bufferedBytes: 0, transmitErrors: 0 });
        // Nothing is left running once the last ack is in, except acks and datagrams already on their way.
        await p.clock.runUntilIdle({ maxMs: 60_000 });
        expect(p.clock.pendingTimers).toBe(0);
      }),
      { numRuns: 100, seed: 20240611 },
    );
  });

  it('never throws on random bytes, decoded or not', () => {
    const clock = new VirtualClock();
    const ch = new ReliableChannel({ clock, transmit: () => {}, onMessage: () => {} });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1300 }), (bytes) => {
        let message: PeerMessageInit;
        try {
          message = decodePeerMessage(bytes);
        } catch (err) {
          if (!isWireError(err)) throw err;
          return;
        }
        ch.receive(message);
      }),
      { numRuns: 2000, seed: 7 },
    );
    expect(ch.state).toBe('open');
  });

  it('never throws on structurally random Data and Ack objects', () => {
    const anything = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.integer(),
      fc.double(),
      fc.constant(2 ** 64),
      fc.string(),
      fc.uint8Array({ maxLength: 40 }),
      fc.array(fc.integer(), { maxLength: 5 }),
    );
    const data = fc.record({
      seq: fc.oneof(anything, fc.integer({ min: 0, max: 300 })),
      messageId: fc.oneof(anything, fc.uint8Array({ minLength: 16, maxLength: 16 })),
      fragmentIndex: fc.oneof(anything, fc.integer({ min: 0, max: 5 })),
      fragmentCount: fc.oneof(anything, fc.integer({ min: 0, max: 5 })),
      chunk: fc.oneof(anything, fc.uint8Array({ maxLength: 2000 })),
    });
    const ack = fc.record({
      cumulative: fc.oneof(anything, fc.integer({ min: 0, max: 300 })),
      selective: fc.oneof(anything, fc.array(fc.oneof(anything, fc.integer({ min: 0, max: 300 })), { maxLength: 200 })),
    });
    const input = fc.oneof(fc.record({ data }), fc.record({ ack }), fc.record({ body: fc.string(), data: anything, ack: anything }), anything);
    fc.assert(
      fc.property(fc.array(input, { maxLength: 60 }), (messages) => {
        const clock = new VirtualClock();
        const ch = new ReliableChannel({ clock, transmit: () => {}, onMessage: () => {} });
        void ch.send(new Uint8Array(16), new Uint8Array(5000)).catch(() => {});
        for (const m of messages) ch.receive(m as PeerMessageInit);
        expect(ch.state).toBe('open');
        ch.close();
      }),
      { numRuns: 500, seed: 11 },
    );
  });
});
