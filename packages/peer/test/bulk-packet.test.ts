// The bulk datagram's frames and ranges: what is written reads back, and
// bytes from a broken (but authentic) peer either decode or are refused
// whole, never throw. Plus the range set both loss recovery and streams use.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FrameWriter, readFrames } from '../src/bulk/packet.js';
import { RangeSet } from '../src/bulk/index.js';

describe('bulk frames', () => {
  it('round-trip every frame kind', () => {
    const buf = Buffer.alloc(2000);
    const w = new FrameWriter(buf);
    w.ack([[100, 120], [50, 90], [0, 10]], 1234);
    w.streamHeader(7, 2 ** 40, 5, true);
    Buffer.from('hello').copy(buf, w.offset);
    w.offset += 5;
    w.maxStreamData(7, 123_456_789);
    w.reset('resetStream', 9, 3);
    w.reset('stopSending', 11, 4);
    w.params(65_488, 0);
    w.ping();
    expect(readFrames(buf.subarray(0, w.offset))).toEqual([
      { type: 'ack', largest: 119, delayUs: 1234, ranges: [[100, 120], [50, 90], [0, 10]] },
      { type: 'stream', streamId: 7, offset: 2 ** 40, fin: true, data: Buffer.from('hello') },
      { type: 'maxStreamData', streamId: 7, maxOffset: 123_456_789 },
      { type: 'resetStream', streamId: 9, code: 3 },
      { type: 'stopSending', streamId: 11, code: 4 },
      { type: 'params', maxDatagram: 65_488, flags: 0 },
      { type: 'ping' },
    ]);
  });

  it('refuses cut or unknown frames whole, never throws', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const frames = readFrames(Buffer.from(bytes));
        if (frames) for (const f of frames) expect(typeof f.type).toBe('string');
      }),
      { numRuns: 5000 },
    );
    expect(readFrames(Buffer.from([3, 0, 0, 0, 0, 1]))).toBeUndefined(); // a stream frame cut short
    expect(readFrames(Buffer.from([99]))).toBeUndefined();
  });
});

describe('RangeSet', () => {
  it('matches a plain set under random adds and removes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.nat(200), fc.nat(30)), { maxLength: 60 }), (ops) => {
        const ranges = new RangeSet();
        const plain = new Set<number>();
        for (const [add, start, len] of ops) {
          if (add) {
            let fresh = 0;
            for (let i = start; i < start + len; i++) if (!plain.has(i)) (plain.add(i), fresh++);
            expect(ranges.add(start, start + len)).toBe(fresh);
          } else {
            ranges.remove(start, start + len);
            for (let i = start; i < start + len; i++) plain.delete(i);
          }
        }
        for (let i = 0; i < 240; i++) expect(ranges.has(i)).toBe(plain.has(i));
        // Disjoint, sorted, not touching.
        for (let i = 1; i < ranges.size; i++) expect(ranges.at(i)[0]).toBeGreaterThan(ranges.at(i - 1)[1]);
      }),
      { numRuns: 500 },
    );
  });
});
