// The relay's hand-written fast path must read and write exactly what the
// generated code does, and decline every frame it is not sure about.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeControl, encodeControl, peekRelayFrame, relayFramePrefix } from '@natter/wire';

const concat = (a: Uint8Array, b: Uint8Array) => {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

const name = fc.stringMatching(/^[a-z][a-z0-9._-]{0,40}$/);
const anyName = fc.oneof(name, fc.string({ maxLength: 60 }));
const payload = fc.uint8Array({ maxLength: 70_000 });

describe('relay fast path', () => {
  it('peeks what encodeControl wrote', () => {
    fc.assert(
      fc.property(anyName, payload, (peer, bytes) => {
        const peeked = peekRelayFrame(encodeControl({ relay: { peer, payload: bytes } }, 1 << 20));
        expect(peeked).toBeDefined();
        expect(peeked!.peer).toBe(peer);
        expect(Buffer.from(peeked!.payload).equals(Buffer.from(bytes))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('prefix + payload is byte for byte the generated encoding', () => {
    fc.assert(
      fc.property(anyName, payload, (peer, bytes) => {
        const fast = concat(relayFramePrefix(peer, bytes.length), bytes);
        expect(Buffer.from(fast).equals(Buffer.from(encodeControl({ relay: { peer, payload: bytes } }, 1 << 20)))).toBe(true);
        const decoded = decodeControl(fast, 1 << 20);
        expect(decoded.relay?.peer ?? '').toBe(peer);
      }),
      { numRuns: 200 },
    );
  });

  it('declines frames with a request id, other bodies, unknown fields or bad lengths', () => {
    expect(peekRelayFrame(encodeControl({ requestId: 7, relay: { peer: 'bob', payload: new Uint8Array(3) } }))).toBeUndefined();
    expect(peekRelayFrame(encodeControl({ heartbeat: { sentAtMs: 1 } }))).toBeUndefined();
    const good = encodeControl({ relay: { peer: 'bob', payload: new Uint8Array([1, 2, 3]) } });
    expect(peekRelayFrame(good.subarray(0, good.length - 1))).toBeUndefined();
    expect(peekRelayFrame(concat(good, new Uint8Array([8, 1])))).toBeUndefined();
    // An unknown field (3, varint) inside the RelayFrame.
    const withUnknown = Uint8Array.from([0x92, 0x03, 0x07, 0x0a, 0x03, 0x62, 0x6f, 0x62, 0x18, 0x01]);
    expect(peekRelayFrame(withUnknown)).toBeUndefined();
    // A peer name that is not UTF-8.
    expect(peekRelayFrame(Uint8Array.from([0x92, 0x03, 0x03, 0x0a, 0x01, 0xff]))).toBeUndefined();
  });

  it('never throws on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const peeked = peekRelayFrame(bytes);
        if (peeked) expect(decodeControl(bytes).relay?.peer ?? '').toBe(peeked.peer);
      }),
      { numRuns: 2000 },
    );
  });
});
