import { describe, expect, it } from 'vitest';
import { randomBytesPooled } from '../src/random-pool.js';

describe('randomBytesPooled', () => {
  it('hands out fresh bytes of the asked length, each call its own copy, across refills', () => {
    const seen = new Set<string>();
    const buffers: Buffer[] = [];
    // 400 x 32 bytes: three refills of the 4 KiB pool.
    for (let i = 0; i < 400; i++) {
      const b = randomBytesPooled(32);
      expect(b.length).toBe(32);
      seen.add(b.toString('hex'));
      buffers.push(b);
    }
    expect(seen.size).toBe(400);
    // Copies, not views of the pool: changing one changes no other.
    buffers[0]!.fill(0);
    expect(buffers.slice(1).every((b) => b.some((x) => x !== 0))).toBe(true);
    expect(new Set(buffers.map((b) => b.buffer)).size).toBe(400);
  });

  it('refuses more than the pool holds', () => {
    expect(() => randomBytesPooled(4097)).toThrow(RangeError);
    expect(randomBytesPooled(4096).length).toBe(4096);
  });
});
