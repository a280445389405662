import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  WireError,
  encodeControl,
  decodeControl,
  encodePeerDatagram,
  decodePeerDatagram,
  decodePeerMessage,
  decodeChatMessage,
  decodeSealedMessage,
  encodeSealedMessage,
  checkVersion,
  MAX_CONTROL_FRAME_BYTES,
  MAX_PEER_PACKET_BYTES,
  PEER_PACKET_MARKER,
  PROTOCOL_VERSION,
} from '@natter/wire';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (err) {
    if (err instanceof WireError) return err.code;
    throw err; // anything else fails the test
  }
}

const valid = [
  encodeControl({ requestId: 3, login: { username: 'alice', password: 'pw', clientVersion: 'natter/0.1.0' } }),
  encodeControl({ buddyList: { buddies: [{ username: 'bob', endpoints: [{ ip: '203.0.113.7', port: 40000 }], nat: { udp: true, nat: 4, mapping: 1, filtering: 3, hairpinning: false } }] } }),
  encodeControl({ relay: { peer: 'bob', payload: new Uint8Array(300).fill(7) } }),
];

describe('typed errors', () => {
  it('WIRE_TOO_LARGE before decoding an oversized frame', () => {
    expect(codeOf(() => decodeControl(new Uint8Array(MAX_CONTROL_FRAME_BYTES + 1)))).toBe('WIRE_TOO_LARGE');
    expect(codeOf(() => decodePeerDatagram(new Uint8Array(MAX_PEER_PACKET_BYTES + 1)))).toBe('WIRE_TOO_LARGE');
  });

  it('WIRE_TOO_LARGE when encoding something that would not fit', () => {
    expect(codeOf(() => encodePeerDatagram({ encrypted: { ciphertext: new Uint8Array(MAX_PEER_PACKET_BYTES) } }))).toBe('WIRE_TOO_LARGE');
    expect(codeOf(() => encodeControl({ relay: { payload: new Uint8Array(MAX_CONTROL_FRAME_BYTES) } }))).toBe('WIRE_TOO_LARGE');
  });

  it('WIRE_MALFORMED for truncation, garbage, empty frames and a missing marker', () => {
    expect(codeOf(() => decodeControl(valid[0]!.subarray(0, valid[0]!.length - 3)))).toBe('WIRE_MALFORMED');
    expect(codeOf(() => decodeControl(new Uint8Array([0xff, 0xff, 0xff])))).toBe('WIRE_MALFORMED');
    expect(codeOf(() => decodeControl(new Uint8Array([])))).toBe('WIRE_MALFORMED');
    expect(codeOf(() => decodePeerDatagram(new Uint8Array([0x00, 0x01, 0x00, 0x00])))).toBe('WIRE_MALFORMED');
  });

  it('WIRE_MALFORMED, not a crash, for deeply nested groups', () => {
    expect(codeOf(() => decodeControl(new Uint8Array(200_000).fill(0x0b)))).toBe('WIRE_MALFORMED');
  });

  it('WIRE_VERSION for a version this build does not speak', () => {
    expect(codeOf(() => checkVersion(PROTOCOL_VERSION))).toBeUndefined();
    expect(codeOf(() => checkVersion(PROTOCOL_VERSION + 1))).toBe('WIRE_VERSION');
    expect(codeOf(() => checkVersion(0))).toBe('WIRE_VERSION');
    expect(codeOf(() => decodeSealedMessage(encodeSealedMessage({ protocolVersion: 77 })))).toBe('WIRE_VERSION');
  });

  it('errors name the limit and the fix', () => {
    try {
      checkVersion(9);
    } catch (err) {
      expect((err as Error).message).toMatch(/version 9 is not supported/);
    }
  });
});

// The property the issue asks for: whatever bytes arrive, the decoders either
// return a message or raise a WireError; no other exception escapes.
const decoders: Array<[string, (b: Uint8Array) => unknown]> = [
  ['control', (b) => decodeControl(b)],
  ['peer datagram', (b) => decodePeerDatagram(b)],
  ['peer datagram (marked)', (b) => decodePeerDatagram(new Uint8Array([PEER_PACKET_MARKER, ...b.subarray(0, MAX_PEER_PACKET_BYTES - 1)]))],
  ['peer message', (b) => decodePeerMessage(b)],
  ['chat message', (b) => decodeChatMessage(b)],
  ['sealed message', (b) => decodeSealedMessage(b)],
];

describe('random and truncated bytes only ever raise WireError', () => {
  it('100k random byte strings across every decoder', () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.nat(decoders.length - 1), (bytes, which) => {
        runs++;
        codeOf(() => decoders[which]![1](bytes));
      }),
      { numRuns: 100_000, seed: 20261125 },
    );
    expect(runs).toBe(100_000);
  }, 60_000); // ~1 s idle

  it('every truncation and single-byte mutation of valid frames', () => {
    let tried = 0;
    for (const frame of valid) {
      for (let n = 0; n <= frame.length; n++) {
        codeOf(() => decodeControl(frame.subarray(0, n)));
        tried++;
      }
      for (let i = 0; i < frame.length; i++) {
        for (const v of [0x00, 0x07, 0x0b, 0x80, 0xff]) {
          const copy = frame.slice();
          copy[i] = v;
          codeOf(() => decodeControl(copy));
          tried++;
        }
      }
    }
    expect(tried).toBeGreaterThan(1000);
  });
});
