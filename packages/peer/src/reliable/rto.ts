// The retransmission timeout of RFC 6298: SRTT/RTTVAR smoothing, the
// clamped RTO, and exponential backoff until the next valid sample.

/** RFC 6298 §2.1: 1 s before the first measurement. */
export const DEFAULT_INITIAL_RTO_MS = 1000;
/**
 * RFC 6298 §2.4 asks for 1 s; Linux has used 200 ms for decades. Chat has a
 * few packets in flight, so a spurious retransmission costs one datagram
 * while a 1 s floor would make every lost message feel slow.
 */
export const DEFAULT_MIN_RTO_MS = 200;
/**
 * RFC 6298 §2.5 allows a cap of at least 60 s. We cap at 10 s: keepalives
 * declare a silent path dead in ~6 s anyway (the session then switches path
 * and calls retransmitAll()), and a path that recovers by itself should see
 * the retransmission within seconds, not a minute.
 */
export const DEFAULT_MAX_RTO_MS = 10_000;

const ALPHA = 1 / 8; // RFC 6298 §2.3
const BETA = 1 / 4;
const K = 4;
const GRANULARITY_MS = 1; // G: the clock ticks in milliseconds

export interface RtoOptions {
  initialRtoMs: number;
  minRtoMs: number;
  maxRtoMs: number;
}

export class RtoEstimator {
  private smoothed: number | undefined;
  private variation: number | undefined;
  private minimum: number | undefined;
  private base: number;
  private backoff = 0;

  constructor(private readonly options: RtoOptions) {
    this.base = options.initialRtoMs;
  }

  /** SRTT in ms; undefined before the first sample (and after reset()). */
  get srtt(): number | undefined {
    return this.smoothed;
  }

  get rttvar(): number | undefined {
    return this.variation;
  }

  /** Smallest valid sample on this path (as RACK and BBR keep it); undefined before the first. */
  get minRtt(): number | undefined {
    return this.minimum;
  }

  /** The timeout to arm now: the RFC 6298 RTO doubled once per unanswered timeout, capped. */
  get rto(): number {
    return Math.min(this.options.maxRtoMs, this.base * 2 ** this.backoff);
  }

  /**
   * One RTT measurement, from a fragment sent exactly once (Karn). A valid
   * sample also ends any backoff (RFC 6298 §5.7).
   */
  sample(rttMs: number): void {
    const r = Math.max(0, rttMs);
    this.minimum = this.minimum === undefined ? r : Math.min(this.minimum, r);
    if (this.smoothed === undefined || this.variation === undefined) {
      this.smoothed = r; // §2.2
      this.variation = r / 2;
    } else {
      this.variation = (1 - BETA) * this.variation + BETA * Math.abs(this.smoothed - r); // §2.3, RTTVAR first
      this.smoothed = (1 - ALPHA) * this.smoothed + ALPHA * r;
    }
    const rto = this.smoothed + Math.max(GRANULARITY_MS, K * this.variation);
    this.base = Math.min(this.options.maxRtoMs, Math.max(this.options.minRtoMs, rto));
    this.backoff = 0;
  }

  /** RFC 6298 §5.5: the timer expired, double the RTO (until the cap). */
  backOff(): void {
    if (this.rto < this.options.maxRtoMs) this.backoff++;
  }

  /** The path answered (new data acknowledged): back to the measured RTO. See Sender.onAck for when. */
  resetBackoff(): void {
    this.backoff = 0;
  }

  /** A new path: forget what the old one measured (RFC 6298 §2.1 again). */
  reset(): void {
    this.smoothed = undefined;
    this.variation = undefined;
    this.minimum = undefined;
    this.base = this.options.initialRtoMs;
    this.backoff = 0;
  }
}
