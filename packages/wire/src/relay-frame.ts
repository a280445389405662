// The relay's fast path: a RelayFrame read and written by hand, so the node
// forwards a payload without decoding the frame into objects and without
// copying the payload into a new frame (docs/architecture.md, "The node").
// Byte for byte what the generated code reads and writes for
// ControlFrame{relay: RelayFrame{peer, payload}}; anything else (a request
// id, unknown fields, a malformed length) is left to decodeControl.

/** ControlFrame.relay: field 50, wire type 2 (length-delimited). */
const RELAY_TAG = (50 << 3) | 2;
const PEER_TAG = (1 << 3) | 2;
const PAYLOAD_TAG = (2 << 3) | 2;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Encoder = new TextEncoder();

/** A varint at `at`: [value, next offset], or undefined when it runs past `end` or past 2^35. */
function readVarint(bytes: Uint8Array, at: number, end: number): [number, number] | undefined {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 5 && at < end; i++) {
    const byte = bytes[at++]!;
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return [value, at];
    scale *= 128;
  }
  return undefined;
}

function varintLength(value: number): number {
  let n = 1;
  while (value >= 0x80) {
    value = Math.floor(value / 128);
    n++;
  }
  return n;
}

function writeVarint(out: Uint8Array, at: number, value: number): number {
  while (value >= 0x80) {
    out[at++] = (value & 0x7f) | 0x80;
    value = Math.floor(value / 128);
  }
  out[at++] = value;
  return at;
}

export interface PeekedRelayFrame {
  peer: string;
  /** A view into the frame's bytes (no copy). */
  payload: Uint8Array;
}

/**
 * The peer and payload of a frame that is exactly `ControlFrame{relay:
 * {peer, payload}}` without a request id; undefined for any other frame,
 * which then goes through decodeControl and its checks.
 */
export function peekRelayFrame(bytes: Uint8Array): PeekedRelayFrame | undefined {
  const tag = readVarint(bytes, 0, bytes.length);
  if (!tag || tag[0] !== RELAY_TAG) return undefined;
  const length = readVarint(bytes, tag[1], bytes.length);
  if (!length || length[1] + length[0] !== bytes.length) return undefined;
  let at = length[1];
  let peer = '';
  let payload: Uint8Array = bytes.subarray(0, 0);
  while (at < bytes.length) {
    const field = readVarint(bytes, at, bytes.length);
    if (!field || (field[0] !== PEER_TAG && field[0] !== PAYLOAD_TAG)) return undefined;
    const size = readVarint(bytes, field[1], bytes.length);
    if (!size || size[1] + size[0] > bytes.length) return undefined;
    const value = bytes.subarray(size[1], size[1] + size[0]);
    if (field[0] === PEER_TAG) {
      try {
        peer = utf8.decode(value);
      } catch {
        return undefined;
      }
    } else payload = value;
    at = size[1] + size[0];
  }
  return { peer, payload };
}

/**
 * The bytes of `ControlFrame{relay: {peer, payload}}` that come before the
 * payload: the frame is this prefix followed by the payload unchanged.
 */
export function relayFramePrefix(peer: string, payloadLength: number): Uint8Array {
  const name = utf8Encoder.encode(peer);
  const peerField = name.length ? 1 + varintLength(name.length) + name.length : 0;
  const payloadField = payloadLength ? 1 + varintLength(payloadLength) : 0;
  const inner = peerField + payloadField + payloadLength;
  const out = new Uint8Array(varintLength(RELAY_TAG) + varintLength(inner) + peerField + payloadField);
  let at = writeVarint(out, 0, RELAY_TAG);
  at = writeVarint(out, at, inner);
  if (name.length) {
    out[at++] = PEER_TAG;
    at = writeVarint(out, at, name.length);
    out.set(name, at);
    at += name.length;
  }
  if (payloadLength) {
    out[at++] = PAYLOAD_TAG;
    writeVarint(out, at, payloadLength);
  }
  return out;
}
