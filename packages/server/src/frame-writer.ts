// Server-to-client WebSocket messages, written straight onto the
// connection's socket: one binary frame per message (RFC 6455 §5.2; a
// server's frames are not masked), its payload given in parts so a relayed
// payload goes out without being copied into a new frame. Writes are
// corked until the end of the current tick, so every frame produced while
// handling one read (a burst of relay frames, a presence fan-out) leaves in
// one writev instead of one write each.
//
// ws owns the same socket (it reads it, and writes its own control frames:
// pongs, close). Both write whole frames synchronously, so they never
// interleave inside a frame; ws's own send queue is used only with
// permessage-deflate, which the node turns off.
import type { Duplex } from 'node:stream';

const OPCODE_BINARY = 0x82; // FIN + binary
/** Parts up to this size are copied next to the header: one write instead of two. */
const COPY_BELOW = 1024;

function header(length: number, room: number): { bytes: Buffer; at: number } {
  const size = length < 126 ? 2 : length < 65536 ? 4 : 10;
  const bytes = Buffer.allocUnsafe(size + room);
  bytes[0] = OPCODE_BINARY;
  if (length < 126) bytes[1] = length;
  else if (length < 65536) {
    bytes[1] = 126;
    bytes.writeUInt16BE(length, 2);
  } else {
    bytes[1] = 127;
    bytes.writeUInt32BE(Math.floor(length / 2 ** 32), 2);
    bytes.writeUInt32BE(length >>> 0, 6);
  }
  return { bytes, at: size };
}

const uncork = (socket: Duplex) => socket.uncork();

/** Writes one binary WebSocket message made of `parts`, in order, to `socket`. */
export function writeMessage(socket: Duplex, first: Uint8Array, second?: Uint8Array): void {
  const length = first.length + (second?.length ?? 0);
  // The header and a small first part in one buffer.
  const small = first.length < COPY_BELOW;
  const { bytes, at } = header(length, small ? first.length : 0);
  if (small) bytes.set(first, at);
  // Corked until the end of the tick: frames written meanwhile leave together.
  if (socket.writableCorked === 0) {
    socket.cork();
    process.nextTick(uncork, socket);
  }
  socket.write(bytes);
  if (!small) socket.write(first);
  if (second?.length) socket.write(second);
}

/** Sends what is corked now: before the socket is destroyed, which would drop it. */
export function flushMessages(socket: Duplex): void {
  while (socket.writableCorked > 0) socket.uncork();
}
