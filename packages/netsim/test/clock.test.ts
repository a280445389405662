import { describe, expect, it } from 'vitest';
import { sleep } from '@natter/io';
import { NetsimError, VirtualClock } from '@natter/netsim';

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (err) {
    if (err instanceof NetsimError) return err.code;
    throw err;
  }
}

describe('VirtualClock', () => {
  it('starts at 0 or the given epoch and moves only when driven', async () => {
    expect(new VirtualClock().now()).toBe(0);
    const clock = new VirtualClock({ epochMs: 1_700_000_000_000 });
    expect(clock.now()).toBe(1_700_000_000_000);
    await clock.advance(250);
    expect(clock.now()).toBe(1_700_000_000_250);
  });

  it('fires timers by due time, then creation order, each at its own time', async () => {
    const clock = new VirtualClock();
    const log: string[] = [];
    for (const [name, ms] of [['c', 30], ['a', 10], ['b1', 20], ['b2', 20], ['zero', 0]] as const) {
      clock.setTimeout(() => log.push(`${name}@${clock.now()}`), ms);
    }
    await clock.advance(25);
    expect(log).toEqual(['zero@0', 'a@10', 'b1@20', 'b2@20']);
    expect(clock.now()).toBe(25);
    await clock.advance(5);
    expect(log.at(-1)).toBe('c@30');
    expect(clock.pendingTimers).toBe(0);
  });

  it('clearTimeout cancels; timers set while advancing fire within the same advance', async () => {
    const clock = new VirtualClock();
    const log: number[] = [];
    const h = clock.setTimeout(() => log.push(-1), 10);
    clock.clearTimeout(h);
    clock.clearTimeout(h); // twice is harmless
    clock.setTimeout(() => clock.setTimeout(() => log.push(clock.now()), 5), 10);
    expect(clock.pendingTimers).toBe(1);
    await clock.advance(20);
    expect(log).toEqual([15]);
    const fired = clock.setTimeout(() => {}, 1);
    await clock.advance(1);
    clock.clearTimeout(fired); // clearing a timer that already fired is a no-op
    expect(clock.pendingTimers).toBe(0);
  });

  it('lets async code progress between timers (await send; await sleep)', async () => {
    const clock = new VirtualClock();
    const log: number[] = [];
    const task = (async () => {
      for (let i = 0; i < 3; i++) {
        await Promise.resolve(); // e.g. an already-resolved socket.send()
        await sleep(clock, 100);
        await new Promise((r) => setImmediate(r)); // nested promise hops settle too
        log.push(clock.now());
      }
      return 'done';
    })();
    await clock.advance(300);
    expect(log).toEqual([100, 200, 300]);
    expect(await task).toBe('done');
  });

  it('run() jumps from timer to timer until the promise settles', async () => {
    const clock = new VirtualClock();
    const started = Date.now();
    const value = await clock.run(async () => {
      await sleep(clock, 60_000);
      await sleep(clock, 5_000);
      return clock.now();
    });
    expect(value).toBe(65_000);
    expect(Date.now() - started).toBeLessThan(1000);
    // A timer after the promise settled stays pending.
    clock.setTimeout(() => {}, 10);
    await clock.run(Promise.resolve(1));
    expect(clock.pendingTimers).toBe(1);
  });

  it('run() rethrows the rejection of the promise', async () => {
    const clock = new VirtualClock();
    const failing = (async () => {
      await sleep(clock, 10);
      throw new Error('boom');
    })();
    await expect(clock.run(failing)).rejects.toThrow('boom');
  });

  it('run() fails NETSIM_STALLED when nothing can settle the promise', async () => {
    const clock = new VirtualClock();
    expect(await codeOf(clock.run(new Promise(() => {})))).toBe('NETSIM_STALLED');
  });

  it('run() and runUntilIdle() fail NETSIM_TIME_LIMIT past the virtual budget', async () => {
    const clock = new VirtualClock();
    const tick = () => clock.setTimeout(tick, 1000); // a periodic keepalive
    tick();
    expect(await codeOf(clock.run(new Promise(() => {}), { maxMs: 10_000 }))).toBe('NETSIM_TIME_LIMIT');
    expect(clock.now()).toBe(10_000);
    expect(await codeOf(clock.runUntilIdle({ maxMs: 5_000 }))).toBe('NETSIM_TIME_LIMIT');
  });

  it('refuses to be driven twice at once (NETSIM_CLOCK_BUSY)', async () => {
    const clock = new VirtualClock();
    const first = clock.run(sleep(clock, 10));
    expect(await codeOf(clock.advance(5))).toBe('NETSIM_CLOCK_BUSY');
    await first;
    await clock.advance(5); // free again
  });

  it('reports a zero-delay timer loop as NETSIM_LIVELOCK', async () => {
    const clock = new VirtualClock({ maxTimersPerInstant: 1000 });
    const spin = () => clock.setTimeout(spin, 0);
    spin();
    expect(await codeOf(clock.runUntilIdle())).toBe('NETSIM_LIVELOCK');
  });

  it('surfaces an exception thrown by a timer from advance()', async () => {
    const clock = new VirtualClock();
    clock.setTimeout(() => {
      throw new Error('handler failed');
    }, 10);
    await expect(clock.advance(20)).rejects.toThrow('handler failed');
    expect(clock.now()).toBe(10);
  });

  it('runUntilIdle() drains every timer', async () => {
    const clock = new VirtualClock();
    let n = 0;
    const again = () => {
      if (++n < 5) clock.setTimeout(again, 1000);
    };
    clock.setTimeout(again, 1000);
    await clock.runUntilIdle();
    expect(n).toBe(5);
    expect(clock.now()).toBe(5000);
    expect(clock.nextTimerAt()).toBeUndefined();
  });
});
