// A set of integers kept as sorted, disjoint, non-touching half-open ranges
// [start, end). The bulk transport uses it for packet numbers received (what
// an ACK reports), bytes of a stream acknowledged or to be sent again, and
// ACK ranges themselves. Packets and bytes mostly arrive in order, so the
// common case (extend the last range) is O(1).

export class RangeSet {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  get size(): number {
    return this.starts.length;
  }

  get isEmpty(): boolean {
    return this.starts.length === 0;
  }

  /** The smallest member, or undefined. */
  get first(): number | undefined {
    return this.starts[0];
  }

  /** One past the largest member, or undefined. */
  get end(): number | undefined {
    return this.ends.length ? this.ends[this.ends.length - 1] : undefined;
  }

  /** The i-th range, lowest first. */
  at(i: number): [number, number] {
    return [this.starts[i]!, this.ends[i]!];
  }

  /** Index of the last range whose start is <= x, or -1. */
  private floor(x: number): number {
    const { starts } = this;
    let lo = 0;
    let hi = starts.length - 1;
    if (hi < 0 || starts[0]! > x) return -1;
    if (starts[hi]! <= x) return hi;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= x) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  has(x: number): boolean {
    const i = this.floor(x);
    return i >= 0 && x < this.ends[i]!;
  }

  /** Whether every member of [start, end) is in the set. */
  covers(start: number, end: number): boolean {
    if (end <= start) return true;
    const i = this.floor(start);
    return i >= 0 && end <= this.ends[i]!;
  }

  /** Adds [start, end); returns how many members were new. */
  add(start: number, end: number): number {
    if (end <= start) return 0;
    const { starts, ends } = this;
    const n = starts.length;
    // Fast path: at or after the last range.
    if (n === 0 || start > ends[n - 1]!) {
      starts.push(start);
      ends.push(end);
      return end - start;
    }
    if (start >= starts[n - 1]!) {
      const before = ends[n - 1]!;
      if (end <= before) return 0;
      ends[n - 1] = end;
      return end - before;
    }
    // General case: merge every range that touches [start, end).
    let i = this.floor(start);
    if (i < 0 || ends[i]! < start) i++;
    let j = i;
    let covered = 0;
    let lo = start;
    let hi = end;
    while (j < n && starts[j]! <= end) {
      lo = Math.min(lo, starts[j]!);
      hi = Math.max(hi, ends[j]!);
      covered += Math.min(ends[j]!, end) - Math.max(starts[j]!, start);
      j++;
    }
    starts.splice(i, j - i, lo);
    ends.splice(i, j - i, hi);
    return end - start - Math.max(0, covered);
  }

  /** Removes [start, end). */
  remove(start: number, end: number): void {
    if (end <= start) return;
    const { starts, ends } = this;
    let i = this.floor(start);
    if (i < 0 || ends[i]! <= start) i++;
    while (i < starts.length && starts[i]! < end) {
      const s = starts[i]!;
      const e = ends[i]!;
      if (s < start && e > end) {
        starts.splice(i + 1, 0, end);
        ends.splice(i + 1, 0, e);
        ends[i] = start;
        return;
      }
      if (s < start) {
        ends[i] = start;
        i++;
      } else if (e > end) {
        starts[i] = end;
        return;
      } else {
        starts.splice(i, 1);
        ends.splice(i, 1);
      }
    }
  }

  /** Removes everything below x. */
  removeBelow(x: number): void {
    const first = this.starts[0];
    if (first !== undefined && first < x) this.remove(first, x);
  }

  /** Takes up to `max` members from the lowest range and removes them. */
  shift(max: number): [number, number] | undefined {
    if (!this.starts.length) return undefined;
    const s = this.starts[0]!;
    const e = Math.min(this.ends[0]!, s + max);
    this.remove(s, e);
    return [s, e];
  }

  /** The end of the range that contains `from`, or `from` when it is not a member. */
  contiguousEnd(from: number): number {
    const i = this.floor(from);
    return i >= 0 && from < this.ends[i]! ? this.ends[i]! : from;
  }

  /** Drops the lowest ranges until at most `max` are left. */
  keepHighest(max: number): void {
    const extra = this.starts.length - max;
    if (extra > 0) {
      this.starts.splice(0, extra);
      this.ends.splice(0, extra);
    }
  }

  clear(): void {
    this.starts.length = 0;
    this.ends.length = 0;
  }
}
