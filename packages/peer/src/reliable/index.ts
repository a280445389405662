// The reliable channel: whole messages exactly once and in order over an
// unreliable datagram path (direct UDP or relay), with fragmentation,
// selective acks and RFC 6298 retransmission. Pure: clock and transmit are
// injected.
export { ReliableChannel, DEFAULT_WINDOW_PACKETS, DEFAULT_ACK_DELAY_MS, DEFAULT_MAX_RETRIES, DEFAULT_GIVE_UP_AFTER_MS } from './channel.js';
export type { ReliableChannelOptions, ReliableChannelState } from './channel.js';
export { ReliableError, isReliableError, RELIABLE_ERROR_CODES } from './errors.js';
export type { ReliableErrorCode } from './errors.js';
export { DeliveredIds, DEFAULT_DELIVERED_IDS } from './delivered.js';
export type { ReliableStats, ReliableCounters } from './stats.js';
export { RtoEstimator, DEFAULT_INITIAL_RTO_MS, DEFAULT_MIN_RTO_MS, DEFAULT_MAX_RTO_MS } from './rto.js';
export type { RtoOptions } from './rto.js';
export {
  MESSAGE_ID_BYTES,
  AEAD_TAG_BYTES,
  ENVELOPE_OVERHEAD_BYTES,
  MAX_PLAINTEXT_BYTES,
  DEFAULT_MAX_CHUNK_BYTES,
  MIN_CHUNK_BYTES,
  MAX_FRAGMENTS,
  MAX_SELECTIVE_ACKS,
  RECEIVE_WINDOW_PACKETS,
  MAX_REASSEMBLY_BYTES,
} from './limits.js';
// Test fixtures (in-memory lossy path, a connected pair of channels).
