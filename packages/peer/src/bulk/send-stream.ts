// The sending half of a stream: bytes the application wrote, kept until the
// buddy acknowledges them, sent first time and again after a loss, within
// the credit (flow control) the buddy gave. The connection pulls frames from
// it as the congestion window and pacer allow.
import { BulkError } from './errors.js';
import { RangeSet } from './ranges.js';

/** How much unacknowledged data a stream buffers before write() says to wait. */
export const DEFAULT_SEND_BUFFER = 8 * 1024 * 1024;

export class SendStream {
  /** Written, not yet acknowledged: chunks from `base` on. */
  private readonly chunks: Buffer[] = [];
  private base = 0;
  /** Offset of the next byte never sent. */
  private next = 0;
  private written = 0;
  private readonly acked = new RangeSet();
  private readonly lost = new RangeSet();
  private finOffset: number | undefined;
  private finPending = false;
  private finAcked = false;
  /** The buddy's credit: we may send bytes below this offset. */
  credit: number;
  private drainWaiters: Array<() => void> = [];
  private ackWaiters: Array<{ offset: number; resolve: () => void; reject: (err: Error) => void }> = [];
  private doneWaiters: Array<{ resolve: () => void; reject: (err: Error) => void }> = [];
  failure: BulkError | undefined;

  constructor(
    readonly id: number,
    initialCredit: number,
    private readonly wake: () => void,
    private readonly highWater = DEFAULT_SEND_BUFFER,
  ) {
    this.credit = initialCredit;
  }

  /** Bytes written and not yet acknowledged by the buddy. */
  get buffered(): number {
    return this.written - this.base;
  }

  /** Bytes acknowledged in order from the start. */
  get ackedOffset(): number {
    return this.base;
  }

  /** Bytes written so far: the stream offset the next write starts at. */
  get writtenOffset(): number {
    return this.written;
  }

  get sentOffset(): number {
    return this.next;
  }

  get finished(): boolean {
    return this.finAcked;
  }

  /** Appends bytes; false when the buffer is full (wait for drained()). */
  write(data: Buffer): boolean {
    if (this.failure) throw this.failure;
    if (this.finOffset !== undefined) throw new Error('write after end');
    if (data.length) {
      this.chunks.push(data);
      this.written += data.length;
      this.wake();
    }
    return this.buffered < this.highWater;
  }

  /** Resolves when the buffer is below its high water mark again. */
  drained(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.buffered < this.highWater) return Promise.resolve();
    return new Promise((resolve) => this.drainWaiters.push(resolve));
  }

  /**
   * Resolves once every byte below `offset` is acknowledged: the stream
   * holds no reference to that memory any more, so a writer may reuse the
   * buffer it was written from.
   */
  whenAcked(offset: number): Promise<void> {
    if (this.base >= offset) return Promise.resolve();
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => this.ackWaiters.push({ offset, resolve, reject }));
  }

  /** No more data; done() resolves when the buddy has everything. */
  end(): void {
    if (this.finOffset !== undefined) return;
    this.finOffset = this.written;
    this.finPending = true;
    this.wake();
  }

  done(): Promise<void> {
    if (this.finAcked) return Promise.resolve();
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => this.doneWaiters.push({ resolve, reject }));
  }

  /** Whether there is anything to send now (lost ranges, new data within credit, a fin). */
  get wantsToSend(): boolean {
    if (this.failure) return false;
    if (!this.lost.isEmpty) return true;
    if (this.next < this.written && this.next < this.credit) return true;
    return this.finPending && this.next >= this.written;
  }

  /** True when new data waits only for the buddy's credit. */
  get blockedByCredit(): boolean {
    return this.next < this.written && this.next >= this.credit;
  }

  /**
   * The next frame's worth: lost bytes first, then new ones. `data` shares
   * memory with the written chunk; it is copied into the datagram at once.
   */
  nextFrame(maxBytes: number): { offset: number; data: Buffer; fin: boolean } | undefined {
    if (this.failure || maxBytes <= 0) return undefined;
    let offset: number;
    let length: number;
    const lostRange = this.lost.isEmpty ? undefined : this.lost.at(0);
    if (lostRange) {
      offset = lostRange[0];
      length = Math.min(maxBytes, lostRange[1] - offset);
      this.lost.remove(offset, offset + length);
    } else {
      offset = this.next;
      length = Math.min(maxBytes, this.written - offset, Math.max(0, this.credit - offset));
      if (length <= 0 && !(this.finPending && offset === this.written)) return undefined;
      this.next = offset + Math.max(0, length);
    }
    const data = this.slice(offset, length);
    const end = offset + data.length;
    const fin = this.finOffset !== undefined && end === this.finOffset;
    if (fin) this.finPending = false;
    if (data.length < length) {
      // The slice stopped at a chunk boundary: the rest goes in the next frame.
      if (lostRange) this.lost.add(end, offset + length);
      else this.next = end;
    }
    return { offset, data, fin };
  }

  private slice(offset: number, length: number): Buffer {
    if (length <= 0) return Buffer.alloc(0);
    let at = this.base;
    for (const chunk of this.chunks) {
      if (offset < at + chunk.length) {
        const from = offset - at;
        return chunk.subarray(from, Math.min(chunk.length, from + length));
      }
      at += chunk.length;
    }
    return Buffer.alloc(0);
  }

  onAcked(offset: number, length: number, fin: boolean): void {
    if (length) {
      this.acked.add(offset, offset + length);
      this.lost.remove(offset, offset + length);
      const contiguous = this.acked.contiguousEnd(this.base);
      if (contiguous > this.base) this.release(contiguous);
    }
    this.finAckedMaybe(fin);
  }

  private finWasAcked = false;

  private finAckedMaybe(finFrameAcked: boolean): void {
    if (finFrameAcked) this.finWasAcked = true;
    if (!this.finAcked && this.finWasAcked && this.finOffset !== undefined && this.base >= this.finOffset) {
      this.finAcked = true;
      for (const w of this.doneWaiters.splice(0)) w.resolve();
    }
  }

  onLost(offset: number, length: number, fin: boolean): void {
    if (this.failure) return;
    // Only what is still unacknowledged goes again.
    const end = offset + length;
    let from = Math.max(offset, this.base);
    for (let i = 0; i < this.acked.size && from < end; i++) {
      const [ackedStart, ackedEnd] = this.acked.at(i);
      if (ackedEnd <= from) continue;
      if (ackedStart >= end) break;
      if (ackedStart > from) this.lost.add(from, ackedStart);
      from = Math.max(from, ackedEnd);
    }
    if (from < end) this.lost.add(from, end);
    if (fin && !this.finAcked) this.finPending = true;
    this.wake();
  }

  /** Frees the acknowledged prefix below `upTo`. */
  private release(upTo: number): void {
    while (this.chunks.length && this.base + this.chunks[0]!.length <= upTo) this.base += this.chunks.shift()!.length;
    if (this.chunks.length && upTo > this.base) {
      this.chunks[0] = this.chunks[0]!.subarray(upTo - this.base);
      this.base = upTo;
    }
    this.acked.removeBelow(this.base);
    this.lost.removeBelow(this.base);
    if (this.buffered < this.highWater) for (const w of this.drainWaiters.splice(0)) w();
    if (this.ackWaiters.length) {
      const waiting = this.ackWaiters;
      this.ackWaiters = [];
      for (const w of waiting) {
        if (this.base >= w.offset) w.resolve();
        else this.ackWaiters.push(w);
      }
    }
  }

  fail(err: BulkError): void {
    if (this.failure || this.finAcked) return;
    this.failure = err;
    this.chunks.length = 0;
    for (const w of this.drainWaiters.splice(0)) w();
    for (const w of this.ackWaiters.splice(0)) w.reject(err);
    for (const w of this.doneWaiters.splice(0)) w.reject(err);
  }
}
