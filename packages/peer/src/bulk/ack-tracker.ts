// The receiving side of loss recovery: which packet numbers arrived (for
// ACK frames and to drop duplicates and replays), and when an ACK is owed:
// every second ack-eliciting packet, at once for one out of order, and
// within MAX_ACK_DELAY_MS otherwise (RFC 9000 §13.2.1).
import type { Clock, TimerHandle } from '@natter/io';
import { ACK_FRAME_HEADER, ACK_RANGE_BYTES, MAX_ACK_RANGES, type FrameWriter } from './packet.js';
import { RangeSet } from './ranges.js';

/** We acknowledge at most this late (RFC 9000's max_ack_delay; ours is short, RTTs here are too). */
export const MAX_ACK_DELAY_MS = 5;
/** Received packet-number ranges kept for ACK frames. */
const KEEP_RECEIVED_RANGES = 64;

export class AckTracker {
  private readonly received = new RangeSet();
  /** Packet numbers below this are too old to track; they are dropped as duplicates. */
  private horizon = 0;
  private largest = -1;
  private largestAt = 0;
  private unackedEliciting = 0;
  private due = false;
  private timer: TimerHandle | undefined;

  constructor(
    private readonly clock: Clock,
    /** An ACK is owed now: the owner sends one (alone or with data) soon. */
    private readonly onDue: () => void,
  ) {}

  /** A packet number seen before, or too old to tell: drop the packet. */
  isDuplicate(pn: number): boolean {
    return pn < this.horizon || this.received.has(pn);
  }

  /** An authentic packet arrived; `eliciting`: it carried more than ACKs. */
  onPacket(pn: number, eliciting: boolean): void {
    this.received.add(pn, pn + 1);
    if (this.received.size > KEEP_RECEIVED_RANGES) {
      this.received.keepHighest(KEEP_RECEIVED_RANGES / 2);
      this.horizon = this.received.first!;
    }
    const inOrder = pn === this.largest + 1;
    if (pn > this.largest) {
      this.largest = pn;
      this.largestAt = this.clock.now();
    }
    if (!eliciting) return;
    this.unackedEliciting++;
    if (this.unackedEliciting >= 2 || !inOrder) {
      this.due = true;
      this.onDue();
    } else {
      this.timer ??= this.clock.setTimeout(() => {
        this.timer = undefined;
        if (this.unackedEliciting > 0) {
          this.due = true;
          this.onDue();
        }
      }, MAX_ACK_DELAY_MS);
    }
  }

  /** An ACK must go now (alone if nothing else does). */
  get ackDue(): boolean {
    return this.due;
  }

  /** Something is unacknowledged: a packet that goes anyway carries an ACK. */
  get wanted(): boolean {
    return this.due || this.unackedEliciting > 0;
  }

  /** Writes an ACK frame of the newest ranges that fit in `room` bytes. */
  write(writer: FrameWriter, now: number, room: number): void {
    const max = Math.min(MAX_ACK_RANGES, Math.floor((room - ACK_FRAME_HEADER) / ACK_RANGE_BYTES), this.received.size);
    if (max <= 0) return;
    const ranges: Array<[number, number]> = [];
    for (let i = this.received.size - 1; i >= 0 && ranges.length < max; i--) ranges.push(this.received.at(i));
    writer.ack(ranges, (now - this.largestAt) * 1000);
    this.due = false;
    this.unackedEliciting = 0;
    this.stop();
  }

  stop(): void {
    if (this.timer) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
