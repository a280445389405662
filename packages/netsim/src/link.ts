// A link between a node (host or router uplink) and the segment it sits on.
// Its conditions apply to each datagram crossing it, in either direction,
// the way `tc netem` on one interface shapes a path.
import { NetsimError } from './errors.js';
import type { Random } from './random.js';

export interface LinkConditions {
  /** One-way delay in ms. */
  latencyMs?: number;
  /** Extra delay, uniform in [0, jitterMs); jitter alone can reorder datagrams, as with netem. */
  jitterMs?: number;
  /** Probability a datagram is lost, 0..1. */
  lossRate?: number;
  /** Probability a datagram arrives twice, 0..1. */
  duplicateRate?: number;
  /** Probability a datagram is held back by reorderDelayMs, so later ones overtake it, 0..1. */
  reorderRate?: number;
  /** How long a reordered datagram is held back; default 10 ms. */
  reorderDelayMs?: number;
}

const DEFAULTS: Required<LinkConditions> = {
  latencyMs: 0,
  jitterMs: 0,
  lossRate: 0,
  duplicateRate: 0,
  reorderRate: 0,
  reorderDelayMs: 10,
};

const LOST: readonly number[] = Object.freeze([]);

export class Link {
  private current: Required<LinkConditions> = { ...DEFAULTS };

  constructor(
    readonly name: string,
    conditions: LinkConditions,
    private readonly random: Random,
  ) {
    this.set(conditions);
  }

  get conditions(): Readonly<Required<LinkConditions>> {
    return this.current;
  }

  /** Changes some conditions from now on (datagrams in flight keep theirs). */
  set(conditions: LinkConditions): void {
    const next = { ...this.current, ...stripUndefined(conditions) };
    for (const key of ['latencyMs', 'jitterMs', 'reorderDelayMs'] as const) {
      if (!(next[key] >= 0)) throw NetsimError.badConfig(`link ${this.name}: ${key} must be >= 0, got ${next[key]}`);
    }
    for (const key of ['lossRate', 'duplicateRate', 'reorderRate'] as const) {
      if (!(next[key] >= 0 && next[key] <= 1)) throw NetsimError.badConfig(`link ${this.name}: ${key} must be in [0, 1], got ${next[key]}`);
    }
    this.current = next;
  }

  /**
   * The fate of one datagram: the delays after which copies come out of the
   * far end. Empty when lost; two entries when duplicated.
   */
  transit(): readonly number[] {
    const c = this.current;
    if (this.random.chance(c.lossRate)) return LOST;
    const first = this.delay();
    return this.random.chance(c.duplicateRate) ? [first, this.delay()] : [first];
  }

  private delay(): number {
    const c = this.current;
    let d = c.latencyMs;
    if (c.jitterMs > 0) d += this.random.next() * c.jitterMs;
    if (this.random.chance(c.reorderRate)) d += c.reorderDelayMs;
    return d;
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
