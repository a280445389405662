// RFC 5769 test vectors, byte for byte: decoding, integrity, fingerprint
// and re-encoding.
import { describe, expect, it } from 'vitest';
import {
  Attr,
  MessageClass,
  Method,
  checkFingerprint,
  checkIntegrity,
  decodeStun,
  decodeXorAddress,
  decodeText,
  encodeStun,
  encodeText,
  encodeXorAddress,
  getAttribute,
  shortTermKey,
  StunError,
} from '@natter/stun';

const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s+/g, ''), 'hex'));
const PASSWORD = 'VOkJxbRl1RmTxUk/WvJxBt';
const TID = hex('b7 e7 a7 01 bc 34 d6 86 fa 87 df ae');

// §2.1 Sample Request
const REQUEST = hex(`
  00 01 00 58 21 12 a4 42 b7 e7 a7 01 bc 34 d6 86 fa 87 df ae
  80 22 00 10 53 54 55 4e 20 74 65 73 74 20 63 6c 69 65 6e 74
  00 24 00 04 6e 00 01 ff
  80 29 00 08 93 2f f9 b1 51 26 3b 36
  00 06 00 09 65 76 74 6a 3a 68 36 76 59 20 20 20
  00 08 00 14 9a ea a7 0c bf d8 cb 56 78 1e f2 b5 b2 d3 f2 49 c1 b5 71 a2
  80 28 00 04 e5 7a 3b cf`);

// §2.2 Sample IPv4 Response
const RESPONSE_V4 = hex(`
  01 01 00 3c 21 12 a4 42 b7 e7 a7 01 bc 34 d6 86 fa 87 df ae
  80 22 00 0b 74 65 73 74 20 76 65 63 74 6f 72 20
  00 20 00 08 00 01 a1 47 e1 12 a6 43
  00 08 00 14 2b 91 f5 99 fd 9e 90 c3 8c 74 89 f9 2a f9 ba 53 f0 6b e7 d7
  80 28 00 04 c0 7d 4c 96`);

// §2.3 Sample IPv6 Response
const RESPONSE_V6 = hex(`
  01 01 00 48 21 12 a4 42 b7 e7 a7 01 bc 34 d6 86 fa 87 df ae
  80 22 00 0b 74 65 73 74 20 76 65 63 74 6f 72 20
  00 20 00 14 00 02 a1 47 01 13 a9 fa a5 d3 f1 79 bc 25 f4 b5 be d2 b9 d9
  00 08 00 14 a3 82 95 4e 4b e6 7b f1 17 84 c9 7c 82 92 c2 75 bf e3 ed 41
  80 28 00 04 c8 fb 0b 4c`);

describe('RFC 5769 §2.1 sample request', () => {
  const msg = decodeStun(REQUEST);
  it('decodes header and attributes', () => {
    expect(msg.method).toBe(Method.Binding);
    expect(msg.cls).toBe(MessageClass.Request);
    expect(msg.legacy).toBe(false);
    expect(Buffer.from(msg.transactionId)).toEqual(Buffer.from(TID));
    expect(decodeText(getAttribute(msg, Attr.Software)!)).toBe('STUN test client');
    expect(decodeText(getAttribute(msg, Attr.Username)!)).toBe('evtj:h6vY');
  });
  it('checks MESSAGE-INTEGRITY and FINGERPRINT over the raw bytes', () => {
    expect(checkIntegrity(msg, shortTermKey(PASSWORD))).toBe(true);
    expect(checkFingerprint(msg)).toBe(true);
  });
  it('rejects a wrong password with STUN_BAD_INTEGRITY', () => {
    expect(() => checkIntegrity(msg, shortTermKey('wrong'))).toThrow(expect.objectContaining({ code: 'STUN_BAD_INTEGRITY' }));
  });
  it('rejects a flipped bit with STUN_BAD_FINGERPRINT', () => {
    const copy = REQUEST.slice();
    copy[30]! ^= 1;
    expect(() => checkFingerprint(decodeStun(copy))).toThrow(StunError);
  });
  it('re-encodes to the same bytes', () => {
    const out = encodeStun({
      method: Method.Binding,
      cls: MessageClass.Request,
      transactionId: TID,
      attributes: [
        { type: Attr.Software, value: encodeText('STUN test client') },
        { type: 0x0024, value: hex('6e 00 01 ff') },
        { type: 0x8029, value: hex('93 2f f9 b1 51 26 3b 36') },
        { type: Attr.Username, value: encodeText('evtj:h6vY') },
      ],
      integrityKey: shortTermKey(PASSWORD),
      fingerprint: true,
      paddingByte: 0x20,
    });
    expect(Buffer.from(out).toString('hex')).toBe(Buffer.from(REQUEST).toString('hex'));
  });
});

for (const [name, bytes, family, address] of [
  ['§2.2 IPv4', RESPONSE_V4, 'IPv4', '192.0.2.1'],
  ['§2.3 IPv6', RESPONSE_V6, 'IPv6', '2001:db8:1234:5678:11:2233:4455:6677'],
] as const) {
  describe(`RFC 5769 ${name} sample response`, () => {
    const msg = decodeStun(bytes);
    it('decodes XOR-MAPPED-ADDRESS', () => {
      expect(msg.cls).toBe(MessageClass.SuccessResponse);
      expect(decodeXorAddress(getAttribute(msg, Attr.XorMappedAddress)!, msg.transactionId)).toEqual({ family, address, port: 32853 });
      expect(decodeText(getAttribute(msg, Attr.Software)!)).toBe('test vector');
    });
    it('checks MESSAGE-INTEGRITY and FINGERPRINT', () => {
      expect(checkIntegrity(msg, shortTermKey(PASSWORD))).toBe(true);
      expect(checkFingerprint(msg)).toBe(true);
    });
    it('re-encodes to the same bytes', () => {
      const out = encodeStun({
        method: Method.Binding,
        cls: MessageClass.SuccessResponse,
        transactionId: TID,
        attributes: [
          { type: Attr.Software, value: encodeText('test vector') },
          { type: Attr.XorMappedAddress, value: encodeXorAddress({ family, address, port: 32853 }, TID) },
        ],
        integrityKey: shortTermKey(PASSWORD),
        fingerprint: true,
        paddingByte: 0x20,
      });
      expect(Buffer.from(out).toString('hex')).toBe(Buffer.from(bytes).toString('hex'));
    });
  });
}
