// Buffer for the browser bundle (esbuild injects it wherever a module uses
// the global): the peer core's protocol code compares and slices bytes with
// Buffer, as it does in Node. The `buffer` package is Node's API on
// Uint8Array (about 6 KB gzipped, measured in docs/web.md), with one
// difference that matters here: its equals() throws on a plain Uint8Array,
// which is what protobuf decodes bytes to in a browser, where Node's accepts
// one. Without this, every session id comparison failed in the browser and
// the handshake's session never carried a packet.
import { Buffer } from 'buffer';

const equals = Buffer.prototype.equals;
Buffer.prototype.equals = function equalsLikeNode(this: Buffer, other: Uint8Array): boolean {
  return equals.call(this, Buffer.isBuffer(other) ? other : Buffer.from(other.buffer, other.byteOffset, other.byteLength));
};

export { Buffer };
