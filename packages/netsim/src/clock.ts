// A manual clock: virtual time moves only when a test drives it, so a
// protocol that waits seconds for retransmissions finishes in microseconds
// of wall time and does the same thing on every run.
import { NetsimError } from './errors.js';
import type { Clock, TimerHandle } from '@natter/io';

export interface VirtualClockOptions {
  /** Virtual time at start, in ms; default 0. */
  epochMs?: number;
  /**
   * Event-loop turns (setImmediate) given to the code under test after each
   * timer that may have run it, before the next timer fires. One turn drains
   * every microtask, including microtasks queued by microtasks (Node empties
   * the whole queue before the next macrotask); the extra turns cover code
   * that itself hops through setImmediate or process.nextTick chains around
   * one. Default 3; each turn costs a few microseconds.
   */
  settleTurns?: number;
  /** Timers allowed to fire without time moving before NETSIM_LIVELOCK; default 2 000 000. */
  maxTimersPerInstant?: number;
}

export interface RunOptions {
  /** Virtual-time budget in ms; past it the run fails with NETSIM_TIME_LIMIT. Default one hour. */
  maxMs?: number;
}

const DEFAULT_BUDGET_MS = 60 * 60 * 1000;
const LIVELOCK_TIMERS = 2_000_000;

class VirtualTimer {
  /** Cleared, or already fired: either way no longer pending. */
  cancelled = false;
  constructor(
    readonly due: number,
    readonly seq: number,
    readonly fn: () => void,
    /** Quiet timers run only netsim's own code, so nothing needs to settle after them. */
    readonly quiet: boolean,
  ) {}
}

export class VirtualClock implements Clock {
  private current: number;
  private readonly settleTurns: number;
  private readonly maxTimersPerInstant: number;
  private readonly heap: VirtualTimer[] = [];
  private seq = 0;
  private live = 0;
  private driving = false;
  private firedAtInstant = 0;

  constructor(options: VirtualClockOptions = {}) {
    this.current = options.epochMs ?? 0;
    this.settleTurns = Math.max(1, options.settleTurns ?? 3);
    this.maxTimersPerInstant = options.maxTimersPerInstant ?? LIVELOCK_TIMERS;
  }

  now(): number {
    return this.current;
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    return this.schedule(fn, ms, false);
  }

  clearTimeout(handle: TimerHandle): void {
    if (handle instanceof VirtualTimer && !handle.cancelled) {
      handle.cancelled = true;
      this.live--;
    }
  }

  /** A timer for netsim's own bookkeeping (packets in flight between hops); runs no user code. */
  setQuietTimeout(fn: () => void, ms: number): void {
    this.schedule(fn, ms, true);
  }

  /** Timers scheduled and not yet fired or cleared. */
  get pendingTimers(): number {
    return this.live;
  }

  /** When the next timer is due, or undefined when none is scheduled. */
  nextTimerAt(): number | undefined {
    return this.peek()?.due;
  }

  /** Lets pending promise continuations run without moving time. */
  async settle(): Promise<void> {
    for (let i = 0; i < this.settleTurns; i++) await new Promise<void>((resolve) => setImmediate(resolve));
  }

  /**
   * Moves time forward by `ms`, firing every timer that falls due, in order of
   * due time then creation, and letting promises settle after each one.
   */
  async advance(ms: number): Promise<void> {
    await this.advanceTo(this.current + Math.max(0, ms));
  }

  async advanceTo(target: number): Promise<void> {
    this.enter('advance');
    try {
      await this.settle();
      for (let t = this.peek(); t && t.due <= target; t = this.peek()) {
        const settling = this.fireNext();
        if (settling) await settling;
      }
      if (target > this.current) this.current = target;
      await this.settle();
    } finally {
      this.driving = false;
    }
  }

  /**
   * Fires timers, jumping time from one to the next, until `work` settles;
   * returns (or throws) what it does. `work` may be a promise or a function
   * returning one. Fails with NETSIM_STALLED when `work` waits and no timer
   * is left (it waits on something outside the virtual world), and with
   * NETSIM_TIME_LIMIT past the budget.
   */
  async run<T>(work: PromiseLike<T> | (() => PromiseLike<T>), options: RunOptions = {}): Promise<T> {
    this.enter('run');
    let state: 'pending' | 'fulfilled' | 'rejected' = 'pending';
    let value: T | undefined;
    let error: unknown;
    try {
      const promise = typeof work === 'function' ? work() : work;
      Promise.resolve(promise).then(
        (v) => ((state = 'fulfilled'), (value = v)),
        (e: unknown) => ((state = 'rejected'), (error = e)),
      );
      const deadline = this.current + (options.maxMs ?? DEFAULT_BUDGET_MS);
      await this.settle();
      while (state === 'pending') {
        const next = this.peek();
        if (!next) {
          throw new NetsimError('NETSIM_STALLED', `run(): the promise is still pending at t=${this.current} ms and no timer is scheduled; it waits on something outside the virtual network`);
        }
        if (next.due > deadline) {
          throw new NetsimError('NETSIM_TIME_LIMIT', `run(): the promise is still pending after ${options.maxMs ?? DEFAULT_BUDGET_MS} ms of virtual time`);
        }
        const settling = this.fireNext();
        if (settling) await settling;
      }
    } finally {
      this.driving = false;
    }
    if (state === 'rejected') throw error;
    return value as T;
  }

  /** Fires timers until none is left; fails with NETSIM_TIME_LIMIT if they keep coming past the budget. */
  async runUntilIdle(options: RunOptions = {}): Promise<void> {
    this.enter('runUntilIdle');
    try {
      const deadline = this.current + (options.maxMs ?? DEFAULT_BUDGET_MS);
      await this.settle();
      for (let t = this.peek(); t; t = this.peek()) {
        if (t.due > deadline) {
          throw new NetsimError('NETSIM_TIME_LIMIT', `runUntilIdle(): timers still scheduled after ${options.maxMs ?? DEFAULT_BUDGET_MS} ms of virtual time (a periodic timer?)`);
        }
        const settling = this.fireNext();
        if (settling) await settling;
      }
    } finally {
      this.driving = false;
    }
  }

  private enter(what: string): void {
    if (this.driving) {
      throw new NetsimError('NETSIM_CLOCK_BUSY', `${what}(): the clock is already being driven; combine the work into one run(Promise.all([...]))`);
    }
    this.driving = true;
  }

  private schedule(fn: () => void, ms: number, quiet: boolean): VirtualTimer {
    const delay = Number.isFinite(ms) && ms > 0 ? ms : 0;
    const timer = new VirtualTimer(this.current + delay, this.seq++, fn, quiet);
    this.push(timer);
    this.live++;
    return timer;
  }

  // Returns a promise only when promises must settle, to keep the hot path
  // of quiet (packet-forwarding) timers free of microtask hops.
  private fireNext(): Promise<void> | void {
    const timer = this.pop()!;
    timer.cancelled = true; // a late clearTimeout() must not count it twice
    this.live--;
    if (timer.due > this.current) {
      this.current = timer.due;
      this.firedAtInstant = 0;
    } else if (++this.firedAtInstant > this.maxTimersPerInstant) {
      throw new NetsimError('NETSIM_LIVELOCK', `${this.maxTimersPerInstant} timers fired at t=${this.current} ms without time moving`);
    }
    timer.fn();
    if (!timer.quiet) return this.settle();
  }

  // Binary min-heap on (due, seq); cancelled timers are discarded lazily.
  private peek(): VirtualTimer | undefined {
    while (this.heap.length > 0 && this.heap[0]!.cancelled) this.removeTop();
    return this.heap[0];
  }

  private pop(): VirtualTimer | undefined {
    const top = this.peek();
    if (top) this.removeTop();
    return top;
  }

  private push(timer: VirtualTimer): void {
    const h = this.heap;
    h.push(timer);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  private removeTop(): void {
    const h = this.heap;
    const last = h.pop()!;
    if (h.length === 0) return;
    h[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && before(h[l]!, h[m]!)) m = l;
      if (r < h.length && before(h[r]!, h[m]!)) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
  }
}

function before(a: VirtualTimer, b: VirtualTimer): boolean {
  return a.due < b.due || (a.due === b.due && a.seq < b.seq);
}
