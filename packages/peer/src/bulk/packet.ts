// The bulk transport's datagram: a clear header, then frames sealed with
// ChaCha20-Poly1305 under keys derived from the conversation's session
// (crypto.ts). Layout and frame kinds are in docs/protocol.md ("Bulk
// datagrams"). Fixed binary fields instead of protobuf: a file moves as
// tens of thousands of these a second, and every field here is a number.
//
//   0      1                9                 15
//   +------+----------------+-----------------+------------------- - -+------+
//   | 0xE8 | connection id  | packet number   | sealed frames         | tag  |
//   +------+----------------+-----------------+------------------- - -+------+
//            8 bytes          48-bit, big end.                          16 B
//
// Packet numbers count up from 0 and are never reused (a lost packet's
// frames go again in a new packet, as in QUIC), so the number is the nonce.

/** First byte of a bulk datagram; chat packets use 0xE7 (packages/wire), STUN 0-3. */
export const BULK_MARKER = 0xe8;
export const CONNECTION_ID_BYTES = 8;
export const HEADER_BYTES = 1 + CONNECTION_ID_BYTES + 6;
export const TAG_BYTES = 16;
/** Every datagram carries this much besides its frames. */
export const PACKET_OVERHEAD = HEADER_BYTES + TAG_BYTES;
/** Largest packet number (48 bits); a connection that reaches it must be replaced. */
export const MAX_PACKET_NUMBER = 2 ** 48 - 1;

/** Frame type bytes. */
export const FRAME = {
  padding: 0,
  ping: 1,
  ack: 2,
  stream: 3,
  maxStreamData: 4,
  resetStream: 5,
  stopSending: 6,
  params: 7,
} as const;

/** Frame sizes, for packing a datagram. */
export const STREAM_FRAME_HEADER = 1 + 1 + 4 + 6 + 4;
export const ACK_FRAME_HEADER = 1 + 6 + 4 + 2;
export const ACK_RANGE_BYTES = 12;
export const MAX_STREAM_DATA_FRAME = 1 + 4 + 6;
export const RESET_FRAME = 1 + 4 + 2;
export const PARAMS_FRAME = 1 + 4 + 4;
/**
 * PARAMS flag: the sender does not know the receiver's datagram limit (it
 * just started, or its path changed) and asks for a PARAMS back. Without it
 * a side that moved to a new path on its own (it learned its link MTU) lost
 * the buddy's limit and stayed at 1232-byte datagrams for good.
 */
export const PARAMS_WANT_REPLY = 1;
/** At most this many ranges in one ACK frame; older gaps are acknowledged again later or given up. */
export const MAX_ACK_RANGES = 32;

export function isBulkDatagram(bytes: Uint8Array): boolean {
  return bytes.length > PACKET_OVERHEAD && bytes[0] === BULK_MARKER;
}

export function writeHeader(out: Buffer, connectionId: Uint8Array, packetNumber: number): void {
  out[0] = BULK_MARKER;
  out.set(connectionId, 1);
  out.writeUIntBE(packetNumber, 1 + CONNECTION_ID_BYTES, 6);
}

export function readConnectionId(datagram: Uint8Array): Buffer {
  return Buffer.from(datagram.buffer, datagram.byteOffset + 1, CONNECTION_ID_BYTES);
}

export function readPacketNumber(datagram: Buffer): number {
  return datagram.readUIntBE(1 + CONNECTION_ID_BYTES, 6);
}

export type Frame =
  | { type: 'ping' }
  | { type: 'ack'; largest: number; delayUs: number; ranges: Array<[number, number]> }
  | { type: 'stream'; streamId: number; offset: number; fin: boolean; data: Buffer }
  | { type: 'maxStreamData'; streamId: number; maxOffset: number }
  | { type: 'resetStream'; streamId: number; code: number }
  | { type: 'stopSending'; streamId: number; code: number }
  | { type: 'params'; maxDatagram: number; flags: number };

/** Writes frames into a plaintext buffer; the caller sized it. */
export class FrameWriter {
  offset = 0;
  constructor(readonly buf: Buffer) {}

  get remaining(): number {
    return this.buf.length - this.offset;
  }

  ping(): void {
    this.buf[this.offset++] = FRAME.ping;
  }

  /** Ranges highest first, each [start, end). */
  ack(ranges: ReadonlyArray<readonly [number, number]>, delayUs: number): void {
    const b = this.buf;
    let o = this.offset;
    b[o++] = FRAME.ack;
    b.writeUIntBE(ranges[0]![1] - 1, o, 6);
    o += 6;
    b.writeUInt32BE(Math.min(0xffffffff, Math.max(0, Math.round(delayUs))), o);
    o += 4;
    b.writeUInt16BE(ranges.length, o);
    o += 2;
    for (const [start, end] of ranges) {
      b.writeUIntBE(start, o, 6);
      b.writeUIntBE(end, o + 6, 6);
      o += 12;
    }
    this.offset = o;
  }

  /** The header of a STREAM frame; the caller copies `length` data bytes right after. */
  streamHeader(streamId: number, offset: number, length: number, fin: boolean): void {
    const b = this.buf;
    let o = this.offset;
    b[o++] = FRAME.stream;
    b[o++] = fin ? 1 : 0;
    b.writeUInt32BE(streamId, o);
    o += 4;
    b.writeUIntBE(offset, o, 6);
    o += 6;
    b.writeUInt32BE(length, o);
    this.offset = o + 4;
  }

  maxStreamData(streamId: number, maxOffset: number): void {
    const b = this.buf;
    b[this.offset] = FRAME.maxStreamData;
    b.writeUInt32BE(streamId, this.offset + 1);
    b.writeUIntBE(maxOffset, this.offset + 5, 6);
    this.offset += MAX_STREAM_DATA_FRAME;
  }

  reset(kind: 'resetStream' | 'stopSending', streamId: number, code: number): void {
    const b = this.buf;
    b[this.offset] = FRAME[kind];
    b.writeUInt32BE(streamId, this.offset + 1);
    b.writeUInt16BE(code & 0xffff, this.offset + 5);
    this.offset += RESET_FRAME;
  }

  params(maxDatagram: number, flags: number): void {
    const b = this.buf;
    b[this.offset] = FRAME.params;
    b.writeUInt32BE(maxDatagram, this.offset + 1);
    b.writeUInt32BE(flags, this.offset + 5);
    this.offset += PARAMS_FRAME;
  }
}

/**
 * Decodes the frames of an authenticated plaintext. Returns undefined when
 * a frame is cut short or of an unknown type: the buddy holds the keys, so
 * that is a broken peer, and the packet is dropped whole.
 */
export function readFrames(plain: Buffer): Frame[] | undefined {
  const frames: Frame[] = [];
  let o = 0;
  const n = plain.length;
  while (o < n) {
    const type = plain[o]!;
    switch (type) {
      case FRAME.padding:
        return frames;
      case FRAME.ping:
        frames.push({ type: 'ping' });
        o += 1;
        break;
      case FRAME.ack: {
        if (o + ACK_FRAME_HEADER > n) return undefined;
        const largest = plain.readUIntBE(o + 1, 6);
        const delayUs = plain.readUInt32BE(o + 7);
        const count = plain.readUInt16BE(o + 11);
        o += ACK_FRAME_HEADER;
        if (count === 0 || count > MAX_ACK_RANGES || o + count * ACK_RANGE_BYTES > n) return undefined;
        const ranges: Array<[number, number]> = [];
        for (let i = 0; i < count; i++, o += ACK_RANGE_BYTES) {
          const start = plain.readUIntBE(o, 6);
          const end = plain.readUIntBE(o + 6, 6);
          if (end <= start || end > largest + 1) return undefined;
          ranges.push([start, end]);
        }
        frames.push({ type: 'ack', largest, delayUs, ranges });
        break;
      }
      case FRAME.stream: {
        if (o + STREAM_FRAME_HEADER > n) return undefined;
        const fin = (plain[o + 1]! & 1) === 1;
        const streamId = plain.readUInt32BE(o + 2);
        const offset = plain.readUIntBE(o + 6, 6);
        const length = plain.readUInt32BE(o + 12);
        o += STREAM_FRAME_HEADER;
        if (o + length > n || offset + length > MAX_PACKET_NUMBER) return undefined;
        frames.push({ type: 'stream', streamId, offset, fin, data: plain.subarray(o, o + length) });
        o += length;
        break;
      }
      case FRAME.maxStreamData:
        if (o + MAX_STREAM_DATA_FRAME > n) return undefined;
        frames.push({ type: 'maxStreamData', streamId: plain.readUInt32BE(o + 1), maxOffset: plain.readUIntBE(o + 5, 6) });
        o += MAX_STREAM_DATA_FRAME;
        break;
      case FRAME.resetStream:
      case FRAME.stopSending:
        if (o + RESET_FRAME > n) return undefined;
        frames.push({ type: type === FRAME.resetStream ? 'resetStream' : 'stopSending', streamId: plain.readUInt32BE(o + 1), code: plain.readUInt16BE(o + 5) });
        o += RESET_FRAME;
        break;
      case FRAME.params:
        if (o + PARAMS_FRAME > n) return undefined;
        frames.push({ type: 'params', maxDatagram: plain.readUInt32BE(o + 1), flags: plain.readUInt32BE(o + 5) });
        o += PARAMS_FRAME;
        break;
      default:
        return undefined;
    }
  }
  return frames;
}
