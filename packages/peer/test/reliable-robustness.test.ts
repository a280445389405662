// The reliable channel fed by hand: the ack policy, the bounds on what the
// receiver buffers, garbage from a broken or hostile peer, bad arguments.
import { describe, expect, it } from 'vitest';
import { VirtualClock } from '@natter/netsim';
import type { PeerMessageInit } from '@natter/wire';
import {
  DEFAULT_MAX_CHUNK_BYTES,
  MAX_FRAGMENTS,
  MAX_REASSEMBLY_BYTES,
  RECEIVE_WINDOW_PACKETS,
  ReliableChannel,
  ReliableError,
  type ReliableChannelOptions,
} from '../src/reliable/index.js';

function makeId(n: number): Uint8Array {
  const id = new Uint8Array(16);
  id[15] = n;
  id[0] = 0xee;
  return id;
}

/** A channel whose transmissions are recorded, not sent anywhere. */
function receiverUnderTest(options: Partial<ReliableChannelOptions> = {}) {
  const clock = new VirtualClock();
  const out: PeerMessageInit[] = [];
  const got: { id: number; bytes: number[] }[] = [];
  const ch = new ReliableChannel({
    clock,
    transmit: (m) => out.push(m),
    onMessage: (id, bytes) => got.push({ id: id[15]!, bytes: [...bytes] }),
    ...options,
  });
  const acks = () => out.filter((m) => m.ack).map((m) => ({ cumulative: m.ack!.cumulative, selective: m.ack!.selective }));
  const data = (seq: number, id: number, index: number, count: number, chunk: number[] | Uint8Array = [id]) =>
    ch.receive({ data: { seq, messageId: makeId(id), fragmentIndex: index, fragmentCount: count, chunk: chunk instanceof Uint8Array ? chunk : new Uint8Array(chunk) } });
  return { clock, ch, out, got, acks, data };
}

describe('ack policy', () => {
  it('acks a message end, a duplicate, a gap and a filled gap at once; a lone mid-message fragment after ackDelayMs', async () => {
    const t = receiverUnderTest();
    t.data(1, 1, 0, 1); // a whole message
    expect(t.acks()).toEqual([{ cumulative: 1, selective: [] }]);
    t.data(1, 1, 0, 1); // again: our ack was lost, say so now
    expect(t.acks()).toHaveLength(2);
    expect(t.ch.stats.duplicateFragments).toBe(1);
    t.data(2, 2, 0, 3); // first of three, in order: may wait
    expect(t.acks()).toHaveLength(2);
    await t.clock.advance(19);
    expect(t.acks()).toHaveLength(2);
    await t.clock.advance(1); // DEFAULT_ACK_DELAY_MS
    expect(t.acks()[2]).toEqual({ cumulative: 2, selective: [] });
    t.data(4, 2, 2, 3); // a gap at 3
    expect(t.acks()[3]).toEqual({ cumulative: 2, selective: [4] });
    t.data(3, 2, 1, 3); // fills it and completes the message
    expect(t.acks()[4]).toEqual({ cumulative: 4, selective: [] });
    expect(t.got).toEqual([
      { id: 1, bytes: [1] },
      { id: 2, bytes: [2, 2, 2] },
    ]);
    expect(t.clock.pendingTimers).toBe(0);
  });

  it('acks every second in-order fragment without waiting', () => {
    const t = receiverUnderTest();
    t.data(1, 1, 0, 5);
    t.data(2, 1, 1, 5);
    expect(t.acks()).toEqual([{ cumulative: 2, selective: [] }]);
  });

  it('lists every buffered fragment above the cumulative point, in order', () => {
    const t = receiverUnderTest();
    for (const seq of [9, 3, 7, 5]) t.data(seq, seq, 0, 1);
    expect(t.acks().at(-1)).toEqual({ cumulative: 0, selective: [3, 5, 7, 9] });
    expect(t.ch.stats.bufferedFragments).toBe(4);
  });
});

describe('receiver bounds', () => {
  it('drops (and acks) fragments beyond the receive window instead of buffering them', () => {
    const t = receiverUnderTest();
    t.data(RECEIVE_WINDOW_PACKETS + 1, 1, 0, 1);
    expect(t.ch.stats.outOfWindow).toBe(1);
    expect(t.ch.stats.bufferedFragments).toBe(0);
    expect(t.acks()).toEqual([{ cumulative: 0, selective: [] }]);
    t.data(RECEIVE_WINDOW_PACKETS, 1, 0, 1);
    expect(t.ch.stats.bufferedFragments).toBe(1);
  });

  it('never holds more than MAX_REASSEMBLY_BYTES, even when a peer fills every slot', () => {
    const t = receiverUnderTest();
    const big = new Uint8Array(DEFAULT_MAX_CHUNK_BYTES);
    // Fragments 1..55 of a 56-fragment message (held by the reassembler), then a full out-of-order window.
    for (let seq = 1; seq <= 55; seq++) t.data(seq, 1, seq - 1, 56, big);
    for (let seq = 57; seq <= 55 + RECEIVE_WINDOW_PACKETS; seq++) t.data(seq, 2, 0, 1, big);
    expect(t.ch.stats.bufferedBytes).toBe(55 * DEFAULT_MAX_CHUNK_BYTES + (RECEIVE_WINDOW_PACKETS - 1) * DEFAULT_MAX_CHUNK_BYTES);
    expect(t.ch.stats.bufferedBytes).toBeLessThanOrEqual(MAX_REASSEMBLY_BYTES);
    expect(t.ch.stats.outOfWindow).toBe(0);
  });

  it('throws away a message that grows past 64 KiB, and the rest of it, then carries on', () => {
    const t = receiverUnderTest();
    const big = new Uint8Array(DEFAULT_MAX_CHUNK_BYTES);
    for (let seq = 1; seq <= 60; seq++) t.data(seq, 1, seq - 1, 60, big); // 60 x 1181 > 65 536
    expect(t.got).toEqual([]);
    expect(t.ch.stats.reassemblyErrors).toBe(60 - 55); // the 56th overflows; 57..60 have no start
    expect(t.ch.stats.bufferedBytes).toBe(0);
    t.data(61, 2, 0, 1);
    expect(t.got).toEqual([{ id: 2, bytes: [2] }]);
  });

  it('refuses fragments that do not continue the message being assembled', () => {
    const t = receiverUnderTest();
    t.data(1, 1, 0, 3);
    t.data(2, 2, 1, 3); // another id in the middle: message 1 is broken, this has no start
    t.data(3, 1, 2, 3); // the rest of message 1: no start any more
    t.data(4, 3, 0, 2);
    t.data(5, 3, 1, 3); // the count changed under way
    t.data(6, 4, 0, 2);
    t.data(7, 4, 0, 2); // index 0 again: restarts message 4
    t.data(8, 5, 0, 1); // which message 5 then breaks; 5 itself is whole
    expect(t.got).toEqual([{ id: 5, bytes: [5] }]);
    expect(t.ch.stats.reassemblyErrors).toBe(5);
    expect(t.acks().at(-1)).toEqual({ cumulative: 8, selective: [] }); // every seq still consumed
  });
});

describe('garbage', () => {
  const id = makeId(1);
  const ok = { seq: 1, messageId: id, fragmentIndex: 0, fragmentCount: 1, chunk: new Uint8Array(1) };
  const cases: [string, unknown][] = [
    ['null', null],
    ['a number', 42],
    ['a string', 'data'],
    ['an empty object', {}],
    ['an unknown body', { body: 'video' }],
    ['body data without data', { body: 'data' }],
    ['data: null', { body: 'data', data: null }],
    ['seq 0', { data: { ...ok, seq: 0 } }],
    ['seq missing', { data: { ...ok, seq: undefined } }],
    ['seq negative', { data: { ...ok, seq: -1 } }],
    ['seq fractional', { data: { ...ok, seq: 1.5 } }],
    ['seq NaN', { data: { ...ok, seq: Number.NaN } }],
    ['seq Infinity', { data: { ...ok, seq: Infinity } }],
    ['seq beyond 2^53', { data: { ...ok, seq: 2 ** 60 } }],
    ['seq as a string', { data: { ...ok, seq: '1' } }],
    ['seq as a Long-like object', { data: { ...ok, seq: { low: 1, high: 0 } } }],
    ['no message id', { data: { ...ok, messageId: undefined } }],
    ['a 15-byte id', { data: { ...ok, messageId: new Uint8Array(15) } }],
    ['a 17-byte id', { data: { ...ok, messageId: new Uint8Array(17) } }],
    ['an id as an array', { data: { ...ok, messageId: [...id] } }],
    ['fragment count 0', { data: { ...ok, fragmentCount: 0 } }],
    ['fragment count too large', { data: { ...ok, fragmentCount: MAX_FRAGMENTS + 1 } }],
    ['fragment count 2^32 - 1', { data: { ...ok, fragmentCount: 0xffffffff } }],
    ['index equal to count', { data: { ...ok, fragmentIndex: 1 } }],
    ['index negative', { data: { ...ok, fragmentIndex: -1 } }],
    ['a chunk too big for any sender', { data: { ...ok, chunk: new Uint8Array(DEFAULT_MAX_CHUNK_BYTES + 1) } }],
    ['a chunk as a string', { data: { ...ok, chunk: 'hello' } }],
    ['a chunk as an array', { data: { ...ok, chunk: [1, 2, 3] } }],
    ['ack: null', { body: 'ack', ack: null }],
    ['ack of a seq never sent', { ack: { cumulative: 5 } }],
    ['ack cumulative negative', { ack: { cumulative: -1 } }],
    ['ack cumulative NaN', { ack: { cumulative: Number.NaN } }],
    ['ack cumulative as a string', { ack: { cumulative: '0' } }],
    ['ack selective not a list', { ack: { cumulative: 0, selective: 'all of them' } }],
  ];

  it.each(cases)('%s is counted and dropped, never thrown', (_name, message) => {
    const t = receiverUnderTest();
    expect(() => t.ch.receive(message as PeerMessageInit)).not.toThrow();
    expect(t.ch.stats.garbage).toBe(1);
    expect(t.got).toEqual([]);
    expect(t.out).toEqual([]); // nothing answered: garbage does not even get an ack
    t.data(1, 9, 0, 1); // and the channel works as before
    expect(t.got).toEqual([{ id: 9, bytes: [9] }]);
  });

  it('ignores selective entries it cannot use, and huge selective lists cost bounded work', () => {
    const t = receiverUnderTest();
    const sent = t.ch.send(makeId(1), new Uint8Array(1));
    t.ch.receive({ ack: { cumulative: 0, selective: [-1, 0, 2, 1e300, Number.NaN, 'x' as unknown as number, ...Array(100_000).fill(7)] } });
    expect(t.ch.stats).toMatchObject({ garbage: 0, inFlight: 1, acksReceived: 1 });
    t.ch.receive({ ack: { cumulative: 1 } });
    expect(t.ch.stats.inFlight).toBe(0);
    return sent;
  });

  it('counts Keepalive and Close as the session\'s business', () => {
    const t = receiverUnderTest();
    t.ch.receive({ keepalive: { sentAtMs: 5 } });
    t.ch.receive({ close: { reason: 'bye' } });
    expect(t.ch.stats).toMatchObject({ ignored: 2, garbage: 0 });
    expect(t.ch.state).toBe('open');
  });
});

describe('the application', () => {
  it('gets every acknowledged message even when onMessage throws; the first error is passed on', () => {
    const clock = new VirtualClock();
    const out: PeerMessageInit[] = [];
    const got: number[] = [];
    const ch = new ReliableChannel({
      clock,
      transmit: (m) => out.push(m),
      onMessage: (id) => {
        got.push(id[15]!);
        if (id[15] === 2) throw new Error('app bug');
      },
    });
    const data = (seq: number) => ({ data: { seq, messageId: makeId(seq), fragmentCount: 1, chunk: new Uint8Array(1) } });
    ch.receive(data(2));
    ch.receive(data(3));
    expect(() => ch.receive(data(1))).toThrow('app bug');
    expect(got).toEqual([1, 2, 3]);
    expect(out.at(-1)!.ack!.cumulative).toBe(3); // acknowledged before delivery
    expect(ch.stats.delivered).toBe(3);
    ch.receive(data(4));
    expect(got).toEqual([1, 2, 3, 4]);
  });

  it.each([
    ['a 15-byte id', new Uint8Array(15), new Uint8Array(1), 'RELIABLE_BAD_MESSAGE'],
    ['an id that is not bytes', 'id' as unknown as Uint8Array, new Uint8Array(1), 'RELIABLE_BAD_MESSAGE'],
    ['a body that is not bytes', makeId(1), 'text' as unknown as Uint8Array, 'RELIABLE_BAD_MESSAGE'],
    ['64 KiB + 1', makeId(1), new Uint8Array(64 * 1024 + 1), 'RELIABLE_TOO_LARGE'],
  ])('send() with %s rejects with %s', async (_name, id, bytes, code) => {
    const t = receiverUnderTest();
    await expect(t.ch.send(id, bytes)).rejects.toSatisfy((e: unknown) => e instanceof ReliableError && e.code === code);
    expect(t.out).toEqual([]);
  });

  it.each<[string, Partial<ReliableChannelOptions>]>([
    ['windowPackets 0', { windowPackets: 0 }],
    ['windowPackets above the receive window', { windowPackets: RECEIVE_WINDOW_PACKETS + 1 }],
    ['windowPackets fractional', { windowPackets: 1.5 }],
    ['maxChunkBytes below 64', { maxChunkBytes: 63 }],
    ['maxChunkBytes above one datagram', { maxChunkBytes: DEFAULT_MAX_CHUNK_BYTES + 1 }],
    ['initialRtoMs below minRtoMs', { initialRtoMs: 100 }],
    ['minRtoMs 0', { minRtoMs: 0 }],
    ['maxRtoMs below minRtoMs', { maxRtoMs: 100 }],
    ['ackDelayMs above 500', { ackDelayMs: 501 }],
    ['maxRetries negative', { maxRetries: -1 }],
    ['giveUpAfterMs 0', { giveUpAfterMs: 0 }],
    ['giveUpAfterMs NaN', { giveUpAfterMs: Number.NaN }],
  ])('the constructor refuses %s with RELIABLE_BAD_CONFIG', (_name, options) => {
    expect(() => receiverUnderTest(options)).toThrow(expect.objectContaining({ code: 'RELIABLE_BAD_CONFIG' }));
  });
});
