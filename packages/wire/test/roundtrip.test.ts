import { describe, expect, it } from 'vitest';
import protobuf from 'protobufjs';
import { fileURLToPath } from 'node:url';
import { readdirSync } from 'node:fs';
import {
  natter,
  encodeControl,
  decodeControl,
  encodePeerDatagram,
  decodePeerDatagram,
  encodePeerMessage,
  decodePeerMessage,
  encodeChatMessage,
  decodeChatMessage,
  encodeSealedMessage,
  decodeSealedMessage,
  PEER_PACKET_MARKER,
  PROTOCOL_VERSION,
} from '@natter/wire';

// Reflection over proto/ (the source of truth) lists every message, so a
// message added to the schema is covered here without touching this file.
const protoDir = fileURLToPath(new URL('../../../proto/', import.meta.url));
const root = new protobuf.Root();
root.resolvePath = (_origin, target) => (target.startsWith('/') ? target : protoDir + target);
root.loadSync(readdirSync(protoDir).filter((f) => f.endsWith('.proto')));
root.resolveAll();

function allTypes(ns: protobuf.NamespaceBase): protobuf.Type[] {
  const out: protobuf.Type[] = [];
  for (const nested of ns.nestedArray) {
    if (nested instanceof protobuf.Type) out.push(nested);
    if (nested instanceof protobuf.Namespace || nested instanceof protobuf.Type) out.push(...allTypes(nested));
  }
  return out;
}

/** A value for every field (the first member of each oneof), distinct per field. */
function sample(type: protobuf.Type, depth = 0): Record<string, unknown> {
  const obj: Record<string, unknown> = {};
  const seenOneofs = new Set<string>();
  for (const field of type.fieldsArray) {
    if (field.partOf && !field.partOf.name.startsWith('_')) {
      // a real oneof: set only its first member (proto3 `optional` is a synthetic oneof named _x)
      if (seenOneofs.has(field.partOf.name)) continue;
      seenOneofs.add(field.partOf.name);
    }
    const v = scalar(field, depth);
    obj[field.name] = field.repeated ? [v, v] : v;
  }
  return obj;
}

function scalar(field: protobuf.Field, depth: number): unknown {
  if (field.resolvedType instanceof protobuf.Enum) {
    const values = Object.values(field.resolvedType.values);
    return values[values.length - 1];
  }
  if (field.resolvedType instanceof protobuf.Type) return depth > 4 ? {} : sample(field.resolvedType, depth + 1);
  switch (field.type) {
    case 'string': return `${field.name}-é✓`;
    case 'bytes': return new Uint8Array([field.id, 0, 255, 7]);
    case 'bool': return true;
    case 'double': case 'float': return 1.5;
    case 'sint32': case 'sint64': case 'int32': case 'int64': case 'sfixed32': case 'sfixed64': return -(field.id * 1000 + 7);
    case 'uint64': case 'fixed64': return 1_764_000_000_000 + field.id; // ms timestamps stay exact as numbers
    default: return field.id * 1000 + 7;
  }
}

type StaticType = { encode(m: unknown): { finish(): Uint8Array }; decode(b: Uint8Array): unknown };
function staticCodec(fullName: string): StaticType {
  let cur: any = { natter };
  for (const part of fullName.replace(/^\./, '').split('.')) cur = cur[part];
  return cur as StaticType;
}

/** Plain-object view of a decoded message, comparable with the sample. */
function plain(type: protobuf.Type, message: unknown): unknown {
  return type.toObject(message as protobuf.Message, { bytes: Array, longs: Number, enums: Number, defaults: false, oneofs: false });
}

describe('every message in proto/ round-trips through the generated code', () => {
  const types = allTypes(root);
  it('finds the schema', () => {
    expect(types.length).toBeGreaterThan(40);
  });
  for (const type of types) {
    it(type.fullName, () => {
      const value = sample(type);
      const codec = staticCodec(type.fullName);
      const bytes = codec.encode(value).finish();
      // The generated code and reflection over the .proto agree on every byte.
      expect(Buffer.from(type.encode(type.fromObject(value)).finish())).toEqual(Buffer.from(bytes));
      const decoded = codec.decode(bytes);
      expect(plain(type, decoded)).toEqual(plain(type, type.fromObject(value)));
    });
  }
});

describe('control frames', () => {
  it('round-trips a request and keeps its request id and body kind', () => {
    const bytes = encodeControl({
      requestId: 42,
      login: { username: 'alice', password: 'hunter2', clientVersion: 'natter/0.1.0' },
    });
    const frame = decodeControl(bytes);
    expect(frame.requestId).toBe(42);
    expect(frame.body).toBe('login');
    expect(frame.login?.username).toBe('alice');
    expect(frame.login?.credential).toBe('password');
  });

  it('decodes 64-bit fields as plain numbers', () => {
    const frame = decodeControl(encodeControl({ heartbeatAck: { echoSentAtMs: 1_764_000_000_123, serverTimeMs: 2 ** 53 - 1 } }));
    expect(frame.heartbeatAck?.echoSentAtMs).toBe(1_764_000_000_123);
    expect(frame.heartbeatAck?.serverTimeMs).toBe(2 ** 53 - 1);
  });

  it('ignores fields it does not know (a newer peer may add some)', () => {
    const known = encodeControl({ requestId: 1, hello: { protocolVersion: PROTOCOL_VERSION, software: 'natter/9' } });
    // field 99 of the Hello body, varint 5: tag (99 << 3 | 0) = 792 -> 0x98 0x06
    const helloBody = natter.control.Hello.encode({ protocolVersion: 1, software: 'x' }).finish();
    const extended = new Uint8Array([...helloBody, 0x98, 0x06, 0x05]);
    const frame = new Uint8Array([0x08, 0x01, 0x12, extended.length, ...extended]);
    expect(decodeControl(frame).hello?.software).toBe('x');
    expect(decodeControl(known).hello?.software).toBe('natter/9');
  });
});

describe('peer datagrams', () => {
  it('carry the marker byte that separates them from STUN', () => {
    const bytes = encodePeerDatagram({ probe: { protocolVersion: 1, from: 'bob', nonce: 9 } });
    expect(bytes[0]).toBe(PEER_PACKET_MARKER);
    const packet = decodePeerDatagram(bytes);
    expect(packet.body).toBe('probe');
    expect(packet.probe?.from).toBe('bob');
  });

  it('round-trip the plaintext of encrypted packets', () => {
    const m = decodePeerMessage(encodePeerMessage({ data: { seq: 7, messageId: new Uint8Array([1, 2]), fragmentIndex: 0, fragmentCount: 1, chunk: new Uint8Array([9]) } }));
    expect(m.body).toBe('data');
    expect(m.data?.seq).toBe(7);
  });

  it('round-trip chat and sealed messages', () => {
    expect(decodeChatMessage(encodeChatMessage({ id: new Uint8Array([1]), text: 'hi ✓', sentAtMs: 5 })).text).toBe('hi ✓');
    const sealed = decodeSealedMessage(encodeSealedMessage({ protocolVersion: PROTOCOL_VERSION, ciphertext: new Uint8Array([3]) }));
    expect(Array.from(sealed.ciphertext)).toEqual([3]);
  });
});
