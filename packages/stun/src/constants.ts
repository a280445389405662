// RFC 5389 §6: the fixed value in every RFC 5389 header; its absence marks an
// RFC 3489 ("classic") message.
export const MAGIC_COOKIE = 0x2112a442;
export const HEADER_LENGTH = 20;
/** RFC 5389 §15.5: CRC-32 of the message XOR this constant ("STUN"). */
export const FINGERPRINT_XOR = 0x5354554e;

export const Method = {
  Binding: 0x001,
} as const;

export const MessageClass = {
  Request: 0b00,
  Indication: 0b01,
  SuccessResponse: 0b10,
  ErrorResponse: 0b11,
} as const;
export type MessageClass = (typeof MessageClass)[keyof typeof MessageClass];

/** Attribute types (RFC 5389 §18.2, RFC 5780 §9.1, RFC 3489 §11.2). */
export const Attr = {
  MappedAddress: 0x0001,
  ResponseAddress: 0x0002, // RFC 3489, parsed only: we never reflect to it
  ChangeRequest: 0x0003, // RFC 3489, revived by RFC 5780 §7.2
  SourceAddress: 0x0004, // RFC 3489
  ChangedAddress: 0x0005, // RFC 3489
  Username: 0x0006,
  Password: 0x0007, // RFC 3489, obsolete
  MessageIntegrity: 0x0008,
  ErrorCode: 0x0009,
  UnknownAttributes: 0x000a,
  ReflectedFrom: 0x000b, // RFC 3489, parsed only
  Realm: 0x0014,
  Nonce: 0x0015,
  XorMappedAddress: 0x0020,
  Padding: 0x0026, // RFC 5780 §7.6
  ResponsePort: 0x0027, // RFC 5780 §7.5
  Software: 0x8022,
  AlternateServer: 0x8023,
  Fingerprint: 0x8028,
  ResponseOrigin: 0x802b, // RFC 5780 §7.3
  OtherAddress: 0x802c, // RFC 5780 §7.4
} as const;

export const ATTR_NAMES: Record<number, string> = Object.fromEntries(
  Object.entries(Attr).map(([name, value]) => [value, name]),
);

/** CHANGE-REQUEST flags (RFC 5780 §7.2). */
export const CHANGE_IP = 0x04;
export const CHANGE_PORT = 0x02;

/** Attributes 0x0000-0x7FFF are comprehension-required (RFC 5389 §15). */
export function isComprehensionRequired(type: number): boolean {
  return type < 0x8000;
}
