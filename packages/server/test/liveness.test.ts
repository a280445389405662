// The liveness sweep (liveness.ts): every connection visited once per
// period, a few at a time, never a large share of them in one tick.
import { describe, expect, it } from 'vitest';
import { VirtualClock } from '@natter/netsim';
import { LivenessSweep } from '../src/liveness.js';

describe('LivenessSweep', () => {
  it('visits each of 10,000 connections once per period, at most 50 per tick, spread over the period', async () => {
    const clock = new VirtualClock();
    const sweep = new LivenessSweep(clock, 10_000);
    const visits = new Map<number, number[]>();
    const perTick = new Map<number, number>();
    for (let i = 0; i < 10_000; i++) {
      sweep.add({
        visit(now) {
          visits.set(i, [...(visits.get(i) ?? []), now]);
          perTick.set(now, (perTick.get(now) ?? 0) + 1);
        },
      });
    }
    await clock.advance(20_200);
    sweep.stop();
    // Two periods: everyone twice, a period (and at most two ticks) apart.
    expect([...visits.values()].every((at) => at.length >= 2 && at[1]! - at[0]! >= 10_000 && at[1]! - at[0]! <= 10_100)).toBe(true);
    expect(Math.max(...perTick.values())).toBe(50);
    // The ticks cover the period: 200 of them, 50 ms apart.
    const ticks = [...perTick.keys()].sort((a, b) => a - b).filter((t) => t <= 10_000);
    expect(ticks.length).toBe(200);
    expect(ticks[1]! - ticks[0]!).toBe(50);
  });

  it('still visits a few connections within one period when the period is short', async () => {
    const clock = new VirtualClock();
    const sweep = new LivenessSweep(clock, 333);
    const seen: number[] = [];
    for (let i = 0; i < 3; i++) sweep.add({ visit: (now) => seen.push(now) });
    await clock.advance(333);
    sweep.stop();
    expect(seen).toHaveLength(3);
    expect(Math.max(...seen)).toBeLessThanOrEqual(333);
  });
});
