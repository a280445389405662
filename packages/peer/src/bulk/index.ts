// The bulk transport: congestion-controlled (CUBIC, paced), loss-recovering
// (QUIC-style ACK ranges and probe timeouts), encrypted byte streams over a
// conversation's path, for file transfers. Pure: clock, path and deferral
// are injected. Design and measurements: docs/protocol.md ("Bulk datagrams").
export { BulkConnection, SAFE_DATAGRAM, MAX_DATAGRAM, INITIAL_STREAM_CREDIT } from './connection.js';
export { MAX_ACK_DELAY_MS } from './ack-tracker.js';
export type { BulkConnectionOptions, BulkPath, BulkStats } from './connection.js';
export { SendStream, DEFAULT_SEND_BUFFER } from './send-stream.js';
export { RecvStream, DEFAULT_STREAM_WINDOW } from './recv-stream.js';
export type { RecvStreamHandlers } from './recv-stream.js';
export { deriveBulkKeys, joinDatagram } from './crypto.js';
export type { BulkKeys, SealedDatagram } from './crypto.js';
export { BULK_MARKER, isBulkDatagram, readConnectionId, PACKET_OVERHEAD } from './packet.js';
export { BulkError, BULK_ERROR_CODES } from './errors.js';
export type { BulkErrorCode } from './errors.js';
export { RangeSet } from './ranges.js';
