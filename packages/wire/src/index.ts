// @natter/wire: the wire schema (generated from proto/), framing, size
// limits and the typed errors every decoder raises.
import './long.js';

export { natter } from '../gen/proto.js';
export { WireError, isWireError, WIRE_ERROR_CODES } from './errors.js';
export type { WireErrorCode } from './errors.js';
export { CONTROL_ERROR_CODES } from './control-errors.js';
export type { ControlErrorCode } from './control-errors.js';
export {
  PROTOCOL_VERSION,
  SUPPORTED_VERSIONS,
  MAX_CONTROL_FRAME_BYTES,
  MAX_PEER_PACKET_BYTES,
  MAX_CHAT_MESSAGE_BYTES,
  MAX_SEALED_MESSAGE_BYTES,
  PEER_PACKET_MARKER,
  encodeControl,
  decodeControl,
  isPeerDatagram,
  encodePeerDatagram,
  decodePeerDatagram,
  encodePeerMessage,
  decodePeerMessage,
  encodeChatMessage,
  decodeChatMessage,
  encodeSealedMessage,
  decodeSealedMessage,
  MAX_FILE_CONTROL_BYTES,
  encodeFileControl,
  decodeFileControl,
  checkVersion,
} from './codec.js';
export {
  DEVICE_ID_BYTES,
  MAX_DEVICES,
  MAX_DEVICE_NAME_CHARS,
  deviceAddress,
  parseDeviceAddress,
  userOfAddress,
  deviceCertificateSignedBytes,
  deviceIdInput,
  linkCodeInput,
  formatLinkCode,
  normaliseLinkCode,
} from './devices.js';
export type { ParsedDeviceAddress } from './devices.js';
export { peekRelayFrame, relayFramePrefix } from './relay-frame.js';
export type { PeekedRelayFrame } from './relay-frame.js';
export type {
  ControlFrame,
  ControlFrameInit,
  ControlBodyKind,
  DecodedControlFrame,
  PeerPacket,
  PeerPacketInit,
  PeerPacketKind,
  DecodedPeerPacket,
  PeerMessage,
  PeerMessageInit,
  PeerMessageKind,
  DecodedPeerMessage,
  ChatMessage,
  ChatMessageInit,
  SealedMessage,
  SealedMessageInit,
  FileControl,
  FileControlInit,
  FileControlKind,
  DecodedFileControl,
} from './codec.js';
