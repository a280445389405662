// CUBIC congestion control (RFC 9438) in bytes, with slow start, the
// Reno-friendly region (§4.3), fast convergence (§4.7) and no growth while
// the sender is not using its window (application or flow-control limited,
// RFC 9438 §5.8 / RFC 9002 §7.8). Loss-based like the Linux TCP default, so a
// transfer shares a bottleneck with TCP flows at about an equal rate.

/** RFC 9438 §5: multiplicative decrease factor and the cubic constant (in segments and seconds). */
const BETA = 0.7;
const C = 0.4;
/** Reno-friendly additive increase per RTT in segments (RFC 9438 §4.3). */
const ALPHA = (3 * (1 - BETA)) / (1 + BETA);
/** Initial window, in datagrams (RFC 9002 §7.2: 10, capped in bytes). */
const INITIAL_WINDOW_PACKETS = 10;
const MIN_WINDOW_PACKETS = 2;

export class Cubic {
  /** Congestion window in bytes. */
  cwnd: number;
  ssthresh = Infinity;
  /** Packets sent after this time end the current recovery period when acknowledged. */
  private recoveryStart = -Infinity;
  private wMax = 0;
  private k = 0;
  private epochStart: number | undefined;
  /** The Reno-friendly window estimate (bytes). */
  private wEst = 0;
  private ackedSinceEpoch = 0;

  constructor(private mss: number) {
    this.cwnd = Math.min(INITIAL_WINDOW_PACKETS * mss, Math.max(14_720, 2 * mss));
  }

  get inSlowStart(): boolean {
    return this.cwnd < this.ssthresh;
  }

  /** The path's datagram size changed (parameters learned, a new path). */
  setMss(mss: number): void {
    const packets = this.cwnd / this.mss;
    this.mss = mss;
    this.cwnd = Math.max(MIN_WINDOW_PACKETS * mss, packets * mss);
  }

  inRecovery(sentAtMs: number): boolean {
    return sentAtMs <= this.recoveryStart;
  }

  /**
   * Bytes acknowledged of a packet sent at `sentAtMs`. `limited`: the sender
   * had less in flight than the window, so the window was not what held it
   * back and must not grow on this ack.
   */
  onAck(bytes: number, sentAtMs: number, nowMs: number, srttMs: number, limited: boolean): void {
    if (this.inRecovery(sentAtMs) || limited) return;
    if (this.inSlowStart) {
      this.cwnd += bytes;
      return;
    }
    if (this.epochStart === undefined) {
      this.epochStart = nowMs;
      this.ackedSinceEpoch = 0;
      if (this.cwnd < this.wMax) {
        this.k = Math.cbrt(((this.wMax - this.cwnd) / this.mss) / C);
      } else {
        this.k = 0;
        this.wMax = this.cwnd;
      }
      this.wEst = this.cwnd;
    }
    this.ackedSinceEpoch += bytes;
    const t = (nowMs - this.epochStart + srttMs) / 1000;
    const target = this.wMax + C * (t - this.k) ** 3 * this.mss;
    // Reno-friendly estimate: grows by ALPHA segments per window acknowledged.
    this.wEst += ALPHA * this.mss * (bytes / this.cwnd);
    if (target < this.wEst) {
      this.cwnd = Math.max(this.cwnd, this.wEst);
    } else {
      // Grow towards the cubic target within this RTT, at most 1.5x per RTT (§4.2).
      const capped = Math.min(target, 1.5 * this.cwnd);
      if (capped > this.cwnd) this.cwnd += ((capped - this.cwnd) * bytes) / this.cwnd;
    }
  }

  /** A loss (or an explicit congestion signal) for a packet sent at `sentAtMs`; once per round trip. */
  onCongestion(sentAtMs: number, nowMs: number): void {
    if (this.inRecovery(sentAtMs)) return;
    this.recoveryStart = nowMs;
    // Fast convergence (§4.7): give way to a newer flow when our peak is falling.
    this.wMax = this.cwnd < this.wMax ? (this.cwnd * (1 + BETA)) / 2 : this.cwnd;
    this.cwnd = Math.max(MIN_WINDOW_PACKETS * this.mss, this.cwnd * BETA);
    this.ssthresh = this.cwnd;
    this.epochStart = undefined;
  }

  /** Persistent congestion (RFC 9002 §7.6): nothing got through for several probe timeouts. */
  collapse(): void {
    this.cwnd = MIN_WINDOW_PACKETS * this.mss;
    this.epochStart = undefined;
  }
}
