// The receiving half of a stream: frames in any order, bytes out in order
// exactly once. Out-of-order bytes wait in memory, never more than the
// credit we gave (flow control), which moves only as the application says
// it has consumed what it got (a file writer: once the bytes are on disk).
import { BulkError } from './errors.js';
import { RangeSet } from './ranges.js';

/** Credit a stream gives ahead of what the application consumed. */
export const DEFAULT_STREAM_WINDOW = 16 * 1024 * 1024;

export interface RecvStreamHandlers {
  /** Bytes in order; call consumed(n) once they are dealt with. */
  onData(data: Buffer): void;
  /** Every byte up to the fin has been delivered. */
  onEnd(): void;
  /** The stream failed (reset by the sender, connection closed). */
  onError(err: BulkError): void;
}

export class RecvStream {
  /** Offset of the next byte to deliver. */
  private delivered = 0;
  /** Bytes the application has consumed (<= delivered). */
  private consumedOffset = 0;
  /** Out-of-order segments by offset. */
  private readonly pending = new Map<number, Buffer>();
  private readonly have = new RangeSet();
  private finOffset: number | undefined;
  private ended = false;
  /** Credit given to the sender: it may send bytes below this offset. */
  credit: number;
  /** A credit update is due. */
  creditDirty = false;
  handlers: RecvStreamHandlers | undefined;
  failure: BulkError | undefined;

  constructor(
    readonly id: number,
    private readonly window: number,
    private readonly wake: () => void,
  ) {
    this.credit = window;
  }

  get deliveredOffset(): number {
    return this.delivered;
  }

  get finished(): boolean {
    return this.ended;
  }

  /** A STREAM frame. Throws BULK_PROTOCOL when the sender goes past our credit or its own fin. */
  onFrame(offset: number, data: Buffer, fin: boolean): void {
    if (this.failure || this.ended) return;
    const end = offset + data.length;
    if (end > this.credit) throw new BulkError('BULK_PROTOCOL', `stream ${this.id}: data up to ${end} beyond the credit ${this.credit}`);
    if (fin) {
      if (this.finOffset !== undefined && this.finOffset !== end) throw new BulkError('BULK_PROTOCOL', `stream ${this.id}: its end moved`);
      this.finOffset = end;
    }
    if (this.finOffset !== undefined && end > this.finOffset) throw new BulkError('BULK_PROTOCOL', `stream ${this.id}: data past its end`);
    if (end > this.delivered && data.length) {
      if (offset <= this.delivered) {
        this.deliver(data.subarray(this.delivered - offset));
        this.drainPending();
      } else if (!this.have.covers(offset, end)) {
        // Copy: the plaintext buffer it points into is reused for the whole datagram.
        this.pending.set(offset, Buffer.from(data));
        this.have.add(offset, end);
      }
    }
    this.endMaybe();
  }

  private deliver(data: Buffer): void {
    this.delivered += data.length;
    this.handlers?.onData(data);
  }

  private drainPending(): void {
    while (this.pending.size) {
      // Segments usually start where the last one ended.
      const next = this.pending.get(this.delivered);
      if (next) {
        this.pending.delete(this.delivered);
        this.deliver(next);
        continue;
      }
      if (!this.have.has(this.delivered)) break; // a gap: wait for it
      // A retransmission cut differently overlaps the delivered offset.
      let found = false;
      for (const [offset, data] of this.pending) {
        if (offset + data.length <= this.delivered) {
          this.pending.delete(offset);
        } else if (offset < this.delivered) {
          this.pending.delete(offset);
          this.deliver(data.subarray(this.delivered - offset));
          found = true;
          break;
        }
      }
      if (!found) break;
    }
    this.have.removeBelow(this.delivered);
    if (this.have.isEmpty) this.pending.clear();
  }

  private endMaybe(): void {
    if (!this.ended && this.finOffset !== undefined && this.delivered >= this.finOffset) {
      this.ended = true;
      this.handlers?.onEnd();
    }
  }

  /** The application has dealt with `bytes` more of what it got: the credit moves on. */
  consumed(bytes: number): void {
    this.consumedOffset += bytes;
    const next = this.consumedOffset + this.window;
    // Update when half the window has been used, so the sender never stalls
    // on credit while a frame of it is in flight.
    if (next - this.credit >= this.window / 2 && this.finOffset === undefined) {
      this.credit = next;
      this.creditDirty = true;
      this.wake();
    }
  }

  /** Bytes waiting out of order. */
  get bufferedBytes(): number {
    let n = 0;
    for (const d of this.pending.values()) n += d.length;
    return n;
  }

  fail(err: BulkError): void {
    if (this.failure || this.ended) return;
    this.failure = err;
    this.pending.clear();
    this.handlers?.onError(err);
  }
}
