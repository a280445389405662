// Liveness for every connection on one timer. A connection is visited
// once per period (a third of the heartbeat timeout): pinged, or ended when
// it has been silent for the whole timeout. The period is cut into slices
// so each tick visits a slice of the connections, not all of them at once
// (ten thousand sessions would otherwise stall the loop at every tick).
// One timer per connection cost two timer objects and their closures per
// session (docs/architecture.md, "Memory per session").
import type { Clock, TimerHandle } from '@natter/io';

export interface LivenessMember {
  /** Called once per period; `now` is the clock's. */
  visit(now: number): void;
}

const SLICES = 10;

export class LivenessSweep {
  private readonly members = new Set<LivenessMember>();
  private cursor: Iterator<LivenessMember> | undefined;
  private timer: TimerHandle | undefined;
  private periodStartedAt = 0;

  constructor(
    private readonly clock: Clock,
    /** How often each member is visited. */
    readonly periodMs: number,
  ) {}

  add(member: LivenessMember): void {
    this.members.add(member);
    this.timer ??= this.clock.setTimeout(() => this.tick(), this.periodMs / SLICES);
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
    const perTick = Math.ceil(this.members.size / SLICES);
    let delay = this.periodMs / SLICES;
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
