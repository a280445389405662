// Pacing (RFC 9002 §7.7): datagrams leave at about 1.25 windows per round
// trip (2 in slow start, as Linux does), not in bursts of a whole window,
// so a transfer does not fill router queues and a chat packet behind it
// waits for at most one short burst. A path may cap the rate (the relay's
// budget at the node).

/** Token bucket over time. */
export class Pacer {
  private tokens: number;
  private last: number;
  /** Bytes per millisecond; Infinity when unpaced. */
  private rate = Infinity;
  private burst: number;

  constructor(private mss: number, now: number) {
    this.burst = 10 * mss;
    this.tokens = this.burst;
    this.last = now;
  }

  /** Recomputes the rate from the window and round trip; `capBytesPerSec` from the path. */
  configure(cwnd: number, srttMs: number, slowStart: boolean, mss: number, capBytesPerSec: number | undefined): void {
    this.mss = mss;
    const gain = slowStart ? 2 : 1.25;
    let rate = (gain * cwnd) / Math.max(srttMs, 0.05);
    if (capBytesPerSec !== undefined) rate = Math.min(rate, capBytesPerSec / 1000);
    this.rate = rate;
    // A burst of about a millisecond at this rate, at least two datagrams:
    // timers are no finer than that.
    this.burst = Math.max(2 * mss, rate * 1);
    if (this.tokens > this.burst) this.tokens = this.burst;
  }

  /** Ms until `bytes` may go; 0 when now. */
  delayFor(bytes: number, now: number): number {
    this.refill(now);
    if (this.tokens >= bytes || this.rate === Infinity) return 0;
    return (bytes - this.tokens) / this.rate;
  }

  spend(bytes: number): void {
    this.tokens -= bytes;
  }

  private refill(now: number): void {
    const elapsed = now - this.last;
    this.last = now;
    if (elapsed > 0) this.tokens = Math.min(this.burst, this.tokens + elapsed * this.rate);
  }

  get bytesPerSecond(): number {
    return this.rate * 1000;
  }
}
