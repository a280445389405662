// What a channel counts. Counters only grow; the estimator fields and the
// occupancy fields are the current values.

export interface ReliableCounters {
  /** send() calls that queued a new message (a re-send of a pending id is not counted). */
  messagesSent: number;
  /** Messages whose every fragment the peer acknowledged. */
  messagesAcked: number;
  /** Fragments transmitted for the first time. */
  fragmentsSent: number;
  /** Fragment retransmissions of any cause (timeout, fast retransmit, retransmitAll). */
  retransmitted: number;
  /** Retransmissions triggered by selective-ack gaps, before the timer. */
  fastRetransmits: number;
  /** Retransmission-timer expiries (each doubles the RTO). */
  timeouts: number;
  acksSent: number;
  acksReceived: number;
  /** Messages handed to onMessage. */
  delivered: number;
  /** Data fragments received again (network duplicates, retransmissions after a lost ack). */
  duplicateFragments: number;
  /** Whole messages dropped because their id was already delivered. */
  duplicateMessages: number;
  /** Fragments too far above the cumulative point to buffer (sender window larger than ours). */
  outOfWindow: number;
  /** Data or Ack with absurd fields (bad seq, id, counts, sizes, or acking what was never sent). */
  garbage: number;
  /** Fragments that did not continue the message being reassembled (a broken peer). */
  reassemblyErrors: number;
  /** transmit() threw; the datagram counts as lost. */
  transmitErrors: number;
  /** Keepalive and Close messages, which belong to the session. */
  ignored: number;
}

export interface ReliableStats extends ReliableCounters {
  /** Smoothed RTT (ms) on the current path; undefined before the first valid sample. */
  srttMs: number | undefined;
  rttvarMs: number | undefined;
  /** The retransmission timeout armed for the next (re)transmission, backoff included. */
  rtoMs: number;
  /** Fragments sent and not yet acknowledged. */
  inFlight: number;
  /** Messages accepted by send() and not yet fully acknowledged. */
  pendingMessages: number;
  /** Out-of-order fragments held by the receiver. */
  bufferedFragments: number;
  /** Chunk bytes held by the receiver (out of order + the message being reassembled). */
  bufferedBytes: number;
}

export function emptyCounters(): ReliableCounters {
  return {
    messagesSent: 0,
    messagesAcked: 0,
    fragmentsSent: 0,
    retransmitted: 0,
    fastRetransmits: 0,
    timeouts: 0,
    acksSent: 0,
    acksReceived: 0,
    delivered: 0,
    duplicateFragments: 0,
    duplicateMessages: 0,
    outOfWindow: 0,
    garbage: 0,
    reassemblyErrors: 0,
    transmitErrors: 0,
    ignored: 0,
  };
}
