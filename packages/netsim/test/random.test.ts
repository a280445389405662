import { describe, expect, it } from 'vitest';
import { Random } from '@natter/netsim';

describe('Random', () => {
  const draw = (r: Random, n: number) => Array.from({ length: n }, () => r.next());

  it('repeats for a seed and differs across seeds', () => {
    expect(draw(new Random(42), 10)).toEqual(draw(new Random(42), 10));
    expect(draw(new Random(42), 10)).not.toEqual(draw(new Random(43), 10));
  });

  it('draws floats in [0, 1) and integers in [0, n), roughly uniformly', () => {
    const r = new Random(9);
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i++) {
      const x = r.next();
      expect(x >= 0 && x < 1).toBe(true);
      counts[r.int(10)]!++;
    }
    for (const c of counts) expect(c).toBeGreaterThan(850);
  });

  it('chance(p) draws nothing when p is 0', () => {
    const a = new Random(1);
    const b = new Random(1);
    expect(a.chance(0)).toBe(false);
    expect(a.next()).toBe(b.next());
  });

  it('forks depend on the seed and label only, not on earlier draws', () => {
    const a = new Random(5);
    const b = new Random(5);
    draw(b, 100);
    expect(draw(a.fork('link:a'), 5)).toEqual(draw(b.fork('link:a'), 5));
    expect(draw(a.fork('link:a'), 5)).not.toEqual(draw(a.fork('link:b'), 5));
    expect(draw(new Random(6).fork('link:a'), 5)).not.toEqual(draw(a.fork('link:a'), 5));
  });
});
