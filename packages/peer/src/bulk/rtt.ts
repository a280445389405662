// Round-trip estimation as QUIC does it (RFC 9002 §5): latest, minimum,
// smoothed and variation, with the peer's reported ack delay taken out.

/** Before any sample (RFC 9002 §6.2.2). */
export const INITIAL_RTT_MS = 333;
/** Timer granularity (RFC 9002 §6.1.2). */
export const GRANULARITY_MS = 1;

export class RttEstimator {
  latest = 0;
  min = Infinity;
  smoothed = INITIAL_RTT_MS;
  variation = INITIAL_RTT_MS / 2;
  hasSample = false;

  /** One sample: the time from sending the largest newly acknowledged packet to its ACK. */
  update(sampleMs: number, ackDelayMs: number): void {
    this.latest = sampleMs;
    this.min = Math.min(this.min, sampleMs);
    if (!this.hasSample) {
      this.hasSample = true;
      this.smoothed = sampleMs;
      this.variation = sampleMs / 2;
      return;
    }
    // Take the peer's ack delay out, but never below the minimum seen.
    const adjusted = sampleMs >= this.min + ackDelayMs ? sampleMs - ackDelayMs : sampleMs;
    this.variation = 0.75 * this.variation + 0.25 * Math.abs(this.smoothed - adjusted);
    this.smoothed = 0.875 * this.smoothed + 0.125 * adjusted;
  }

  /** Probe timeout before backoff (RFC 9002 §6.2.1). */
  pto(maxAckDelayMs: number): number {
    return this.smoothed + Math.max(4 * this.variation, GRANULARITY_MS) + maxAckDelayMs;
  }

  /** How long after a later packet is acknowledged an earlier one counts as lost (RFC 9002 §6.1.2). */
  lossDelay(): number {
    return Math.max(GRANULARITY_MS, (9 / 8) * Math.max(this.latest, this.smoothed));
  }
}
