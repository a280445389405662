// @natter/stun: a STUN codec (RFC 5389 + RFC 5780 + RFC 3489 attributes),
// the STUN server logic and NAT behaviour classifier. Pure over the
// UdpSocket/Clock seams from @natter/io.
export { StunError, STUN_ERROR_CODES } from './errors.js';
export type { StunErrorCode } from './errors.js';
export { Attr, ATTR_NAMES, CHANGE_IP, CHANGE_PORT, FINGERPRINT_XOR, HEADER_LENGTH, MAGIC_COOKIE, MessageClass, Method } from './constants.js';
export {
  decodeStun,
  encodeStun,
  getAttribute,
  looksLikeStun,
  checkFingerprint,
  checkIntegrity,
  shortTermKey,
  messageType,
  newTransactionId,
  MAX_STUN_MESSAGE,
} from './message.js';
export type { StunMessage, StunAttribute, OutgoingAttribute, EncodeOptions } from './message.js';
export {
  encodeAddress,
  decodeAddress,
  encodeXorAddress,
  decodeXorAddress,
  encodeErrorCode,
  decodeErrorCode,
  encodeChangeRequest,
  decodeChangeRequest,
  encodeResponsePort,
  decodeResponsePort,
  encodeUnknownAttributes,
  decodeUnknownAttributes,
  encodeText,
  decodeText,
} from './attributes.js';
export type { TransportAddress, ErrorCodeValue } from './attributes.js';
export { StunServer } from './server.js';
export type { StunServerOptions, StunServerSockets, StunServerStats, SocketSlot } from './server.js';
export { serveStun } from './standalone.js';
export type { ServeStunOptions, RunningStunServer } from './standalone.js';
export { bindingRequest } from './client.js';
export type { BindingOptions, BindingResult, StunTarget } from './client.js';
export { classifyNat, classicName } from './classifier.js';
export type { Behaviour, NatName, NatReport, TestRecord, ClassifyOptions } from './classifier.js';
