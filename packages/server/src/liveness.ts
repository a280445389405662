// Liveness for every connection on one timer. A connection is visited
// once per period (a third of the heartbeat timeout): pinged, or ended when
// it has been silent for the whole timeout. The period is cut into slices
// of TICK_MS, so each tick visits a few connections, not all of them at
// once: a ping is a socket write, and with ten slices per period a node
// with 10,000 sessions wrote 1,000 pings in one go every second, which held
// every presence push behind them for 20-60 ms (the fan-out p99 of
// test/bench/server-presence.bench.ts). One timer per connection cost two
// timer objects and their closures per session (docs/architecture.md,
// "Memory per session").
import type { Clock, TimerHandle } from '@natter/io';

export interface LivenessMember {
  /** Called once per period; `now` is the clock's. */
  visit(now: number): void;
}

/** How often a tick runs: 20 ticks a second visit 50 connections each at 10,000 sessions and a 10 s period. */
const TICK_MS = 50;

export class LivenessSweep {
  private readonly members = new Set<LivenessMember>();
  private cursor: Iterator<LivenessMember> | undefined;
  private timer: TimerHandle | undefined;
  private periodStartedAt = 0;

  /** Ticks per period. */
  private readonly slices: number;

  constructor(
    private readonly clock: Clock,
    /** How often each member is visited. */
    readonly periodMs: number,
  ) {
    this.slices = Math.max(1, Math.floor(periodMs / TICK_MS));
  }

  add(member: LivenessMember): void {
    this.members.add(member);
    this.timer ??= this.clock.setTimeout(() => this.tick(), this.periodMs / this.slices);
  }

  delete(member: LivenessMember): void {
    this.members.delete(member);
  }

  stop(): void {
    if (this.timer) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private tick(): void {
    this.timer = undefined;
    const now = this.clock.now();
    if (!this.cursor) {
      // A new period: everyone present, and everyone who arrives during it, is visited once.
      this.cursor = this.members.values();
      this.periodStartedAt = now;
    }
    // Sized at every tick: members that arrive during a period lengthen it by no more than a slice.
    const perTick = Math.ceil(this.members.size / this.slices);
    let delay = this.periodMs / this.slices;
    for (let i = 0; i < perTick; i++) {
      const next = this.cursor.next();
      if (next.done) {
        this.cursor = undefined;
        // Nobody is visited twice within one period.
        delay = Math.max(delay, this.periodStartedAt + this.periodMs - now);
        break;
      }
      next.value.visit(now);
    }
    if (this.members.size) this.timer = this.clock.setTimeout(() => this.tick(), delay);
  }
}
