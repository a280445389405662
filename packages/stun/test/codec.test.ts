import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  Attr,
  MessageClass,
  Method,
  StunError,
  checkFingerprint,
  checkIntegrity,
  decodeAddress,
  decodeChangeRequest,
  decodeErrorCode,
  decodeResponsePort,
  decodeStun,
  decodeUnknownAttributes,
  decodeXorAddress,
  encodeAddress,
  encodeChangeRequest,
  encodeErrorCode,
  encodeResponsePort,
  encodeStun,
  encodeUnknownAttributes,
  encodeXorAddress,
  getAttribute,
  looksLikeStun,
  messageType,
  newTransactionId,
  shortTermKey,
  CHANGE_IP,
  CHANGE_PORT,
} from '@natter/stun';
import type { StunMessage } from '@natter/stun';

describe('message type bits (RFC 5389 §6)', () => {
  it('interleaves class and method', () => {
    expect(messageType(Method.Binding, MessageClass.Request)).toBe(0x0001);
    expect(messageType(Method.Binding, MessageClass.Indication)).toBe(0x0011);
    expect(messageType(Method.Binding, MessageClass.SuccessResponse)).toBe(0x0101);
    expect(messageType(Method.Binding, MessageClass.ErrorResponse)).toBe(0x0111);
  });
});

describe('attributes', () => {
  const tid = newTransactionId();
  it.each([
    { family: 'IPv4' as const, address: '203.0.113.7', port: 40000 },
    { family: 'IPv4' as const, address: '0.0.0.0', port: 1 },
    { family: 'IPv6' as const, address: '2001:db8::1', port: 65535 },
    { family: 'IPv6' as const, address: '::ffff:192.0.2.1', port: 3478 },
  ])('address and XOR address round-trip $address', (a) => {
    const norm = decodeAddress(encodeAddress(a));
    expect(norm.port).toBe(a.port);
    expect(decodeAddress(encodeAddress(norm))).toEqual(norm);
    expect(decodeXorAddress(encodeXorAddress(norm, tid), tid)).toEqual(norm);
  });
  it('rejects an address of the wrong family', () => {
    expect(() => encodeAddress({ family: 'IPv4', address: '::1', port: 1 })).toThrow(expect.objectContaining({ code: 'STUN_BAD_ATTRIBUTE' }));
    expect(() => decodeAddress(Uint8Array.of(0, 1, 0, 1, 1))).toThrow(expect.objectContaining({ code: 'STUN_BAD_ATTRIBUTE' }));
  });
  it('error code, change request, response port, unknown attributes', () => {
    expect(decodeErrorCode(encodeErrorCode({ code: 420, reason: 'Unknown Attribute' }))).toEqual({ code: 420, reason: 'Unknown Attribute' });
    expect(decodeChangeRequest(encodeChangeRequest(CHANGE_IP | CHANGE_PORT))).toBe(6);
    expect(decodeChangeRequest(encodeChangeRequest(CHANGE_PORT))).toBe(2);
    expect(decodeResponsePort(encodeResponsePort(54321))).toBe(54321);
    expect(decodeUnknownAttributes(encodeUnknownAttributes([3, 0x0026]))).toEqual([3, 0x26]);
  });
});

describe('messages', () => {
  it('round-trip with integrity and fingerprint', () => {
    const tid = newTransactionId();
    const key = shortTermKey('secret');
    const bytes = encodeStun({
      method: Method.Binding,
      cls: MessageClass.Request,
      transactionId: tid,
      attributes: [{ type: Attr.Username, value: new TextEncoder().encode('alice:x') }],
      integrityKey: key,
      fingerprint: true,
    });
    expect(looksLikeStun(bytes)).toBe(true);
    const msg = decodeStun(bytes);
    expect(checkIntegrity(msg, key)).toBe(true);
    expect(checkFingerprint(msg)).toBe(true);
    expect(new TextDecoder().decode(getAttribute(msg, Attr.Username))).toBe('alice:x');
  });
  it('checks integrity without touching a Buffer from node:dgram (whose slice() is a view)', () => {
    const key = shortTermKey('secret');
    const bytes = Buffer.from(
      encodeStun({
        method: Method.Binding,
        cls: MessageClass.Request,
        transactionId: newTransactionId(),
        attributes: [{ type: Attr.Username, value: new TextEncoder().encode('alice:x') }],
        integrityKey: key,
        fingerprint: true,
      }),
    );
    const before = Buffer.from(bytes);
    const msg = decodeStun(bytes);
    expect(checkIntegrity(msg, key)).toBe(true);
    expect(bytes.equals(before)).toBe(true);
    expect(checkFingerprint(msg)).toBe(true);
  });
  it('RFC 3489 messages keep their 16-byte transaction id and are marked legacy', () => {
    const tid = Uint8Array.from({ length: 16 }, (_, i) => i + 1);
    const msg = decodeStun(encodeStun({ method: Method.Binding, cls: MessageClass.Request, transactionId: tid }));
    expect(msg.legacy).toBe(true);
    expect(Array.from(msg.transactionId)).toEqual(Array.from(tid));
  });
  it('names what is wrong with a bad header', () => {
    const ok = encodeStun({ method: Method.Binding, cls: MessageClass.Request, transactionId: newTransactionId() });
    const cases: Array<[Uint8Array, RegExp]> = [
      [ok.subarray(0, 10), /shorter than the 20-byte header/],
      [Uint8Array.from([0xc0, ...ok.subarray(1)]), /most significant bits/],
      [Uint8Array.from([...ok, 0, 0, 0, 0]), /header says 0 bytes/],
    ];
    for (const [bytes, re] of cases) expect(() => decodeStun(bytes)).toThrow(re);
  });
});

// Whatever arrives, decoding and the checks either succeed or raise a
// StunError; nothing else escapes (a STUN server must never crash).
function stunOnly(fn: () => unknown): void {
  try {
    fn();
  } catch (err) {
    if (!(err instanceof StunError)) throw err;
  }
}

function exercise(bytes: Uint8Array): void {
  stunOnly(() => {
    const m = decodeStun(bytes);
    stunOnly(() => checkFingerprint(m));
    stunOnly(() => checkIntegrity(m, shortTermKey('k')));
    for (const a of m.attributes) {
      stunOnly(() => decodeAddress(a.value));
      stunOnly(() => decodeXorAddress(a.value, m.transactionId));
      stunOnly(() => decodeErrorCode(a.value));
      stunOnly(() => decodeChangeRequest(a.value));
      stunOnly(() => decodeResponsePort(a.value));
      stunOnly(() => decodeUnknownAttributes(a.value));
    }
  });
}

/** True only when `check` vouches for the message; false when it finds no such attribute or raises a StunError. */
function verifies(check: () => boolean): boolean {
  try {
    return check();
  } catch (err) {
    if (err instanceof StunError) return false;
    throw err;
  }
}

describe('property: random and mutated bytes', () => {
  const key = shortTermKey('k');
  const valid = encodeStun({
    method: Method.Binding,
    cls: MessageClass.SuccessResponse,
    transactionId: newTransactionId(),
    attributes: [
      { type: Attr.XorMappedAddress, value: encodeXorAddress({ family: 'IPv4', address: '198.51.100.9', port: 3478 }, new Uint8Array(12)) },
      { type: Attr.ErrorCode, value: encodeErrorCode({ code: 401, reason: 'Unauthorized' }) },
      { type: Attr.ChangeRequest, value: encodeChangeRequest(6) },
    ],
    integrityKey: key,
    fingerprint: true,
  });
  const validMessage = decodeStun(valid);
  // MESSAGE-INTEGRITY (RFC 5389 §15.4) covers the header and every attribute
  // before it, and its own value; the length field (bytes 2-3) it rewrites
  // before hashing. FINGERPRINT (§15.5) covers every byte before it and its
  // own value: all of this message.
  const integrityEnd = validMessage.attributes.find((a) => a.type === Attr.MessageIntegrity)!.offset + 24;
  const integrityCovers = (i: number) => i < integrityEnd && i !== 2 && i !== 3;

  it('random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (b) => exercise(b)), { numRuns: 20_000 });
  }, 60_000);

  it('random bytes behind a plausible header', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 120 }), (body) => {
        const len = body.length & ~3;
        const head = Uint8Array.of(0x01, 0x01, len >> 8, len & 0xff, 0x21, 0x12, 0xa4, 0x42, ...new Uint8Array(12));
        exercise(Uint8Array.from([...head, ...body.subarray(0, len)]));
      }),
      { numRuns: 20_000 },
    );
  }, 60_000); // 20k runs: ~2 s idle, several s on a loaded machine

  it('every byte of a valid message mutated', () => {
    // The message as sent passes both checks, so a failure below is the mutation's.
    expect(verifies(() => checkFingerprint(validMessage))).toBe(true);
    expect(verifies(() => checkIntegrity(validMessage, key))).toBe(true);
    let stillDecoded = 0;
    fc.assert(
      fc.property(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 }), (i, v) => {
        const copy = valid.slice();
        copy[i] = v;
        exercise(copy);
        if (v === valid[i]) return; // not a mutation
        let mutated: StunMessage;
        try {
          mutated = decodeStun(copy);
        } catch (err) {
          if (err instanceof StunError) return; // refused outright: nothing to verify
          throw err;
        }
        // Still decodes: the checks must catch the changed byte.
        stillDecoded++;
        expect(verifies(() => checkFingerprint(mutated)), `byte ${i} set to ${v}: FINGERPRINT still verifies`).toBe(false);
        if (integrityCovers(i)) {
          expect(verifies(() => checkIntegrity(mutated, key)), `byte ${i} set to ${v}: MESSAGE-INTEGRITY still verifies`).toBe(false);
        }
      }),
      { numRuns: 20_000 },
    );
    // Most single-byte changes (any value byte) leave a well-formed message,
    // so the two checks above really ran.
    expect(stillDecoded).toBeGreaterThan(10_000);
  }, 60_000); // 20k runs: ~2 s idle, several s on a loaded machine
});
