// Keys and sealing for bulk datagrams. The keys come from the conversation's
// session (its handshake, packages/peer/src/crypto/handshake.ts) through
// HKDF with a label of their own, so a bulk packet can never be opened as a
// chat packet or the other way round, and the two counters never share a
// nonce space. One ChaCha20-Poly1305 call seals a whole datagram (up to
// 64 KiB on loopback), so the per-byte cost is OpenSSL's, not ours.
import { createCipheriv, createDecipheriv, hkdfSync } from 'node:crypto';
import { CONNECTION_ID_BYTES, HEADER_BYTES, TAG_BYTES, readPacketNumber, writeHeader } from './packet.js';

const LABEL = 'natter bulk v1';

export interface BulkKeys {
  /** Names the connection in every datagram; both directions use the same. */
  readonly connectionId: Buffer;
  readonly sendKey: Buffer;
  readonly recvKey: Buffer;
}

/** The bulk keys of a session: same session id and keys on both sides give matching keys. */
export function deriveBulkKeys(session: { sessionId: Uint8Array; sendKey: Uint8Array; recvKey: Uint8Array }): BulkKeys {
  const salt = Buffer.from(session.sessionId);
  const derive = (key: Uint8Array, what: string) => Buffer.from(hkdfSync('sha256', key, salt, `${LABEL} ${what}`, 32));
  // The connection id is public (it is in every datagram): derived from the
  // session id alone, so it tells an observer nothing about the keys.
  const connectionId = Buffer.from(hkdfSync('sha256', salt, Buffer.alloc(0), `${LABEL} connection id`, CONNECTION_ID_BYTES));
  return { connectionId, sendKey: derive(session.sendKey, 'key'), recvKey: derive(session.recvKey, 'key') };
}

const nonce = Buffer.alloc(12);

function setNonce(packetNumber: number): Buffer {
  // 4 zero bytes, then the 64-bit packet number (RFC 8439 §2.8 style).
  nonce.writeUInt32BE(0, 0);
  nonce.writeUInt32BE(Math.floor(packetNumber / 2 ** 32), 4);
  nonce.writeUInt32BE(packetNumber >>> 0, 8);
  return nonce;
}

/**
 * Seals frames given as pieces (frame headers and the stream data they
 * point at, `length` bytes in all) as the datagram with this packet number.
 * The pieces go through the cipher one by one, so stream data is never
 * copied into a staging buffer first; the datagram comes back as parts
 * (header, ciphertexts, tag) for a socket to send as one, without joining.
 */
export function sealDatagram(keys: BulkKeys, packetNumber: number, pieces: readonly Uint8Array[], length: number): SealedDatagram {
  const header = Buffer.allocUnsafe(HEADER_BYTES);
  writeHeader(header, keys.connectionId, packetNumber);
  const cipher = createCipheriv('chacha20-poly1305', keys.sendKey, setNonce(packetNumber), { authTagLength: TAG_BYTES });
  cipher.setAAD(header, { plaintextLength: length });
  const parts: Buffer[] = [header];
  for (const piece of pieces) if (piece.length) parts.push(cipher.update(piece));
  cipher.final();
  parts.push(cipher.getAuthTag());
  return { parts, length: HEADER_BYTES + length + TAG_BYTES };
}

/** A sealed datagram as the parts it is made of, in order, and its length. */
export interface SealedDatagram {
  parts: Buffer[];
  length: number;
}

/** The datagram as one buffer (the relay, tests). */
export function joinDatagram(datagram: SealedDatagram): Buffer {
  return datagram.parts.length === 1 ? datagram.parts[0]! : Buffer.concat(datagram.parts, datagram.length);
}

/** Opens a datagram; undefined when it does not authenticate (forged, damaged, another connection's). */
export function openDatagram(keys: BulkKeys, datagram: Buffer): { packetNumber: number; plain: Buffer } | undefined {
  if (datagram.length < HEADER_BYTES + TAG_BYTES) return undefined;
  const packetNumber = readPacketNumber(datagram);
  const end = datagram.length - TAG_BYTES;
  try {
    const decipher = createDecipheriv('chacha20-poly1305', keys.recvKey, setNonce(packetNumber), { authTagLength: TAG_BYTES });
    decipher.setAAD(datagram.subarray(0, HEADER_BYTES), { plaintextLength: end - HEADER_BYTES });
    decipher.setAuthTag(datagram.subarray(end));
    const plain = decipher.update(datagram.subarray(HEADER_BYTES, end));
    try {
      decipher.final();
    } catch {
      plain.fill(0); // unauthenticated plaintext must not escape
      return undefined;
    }
    return { packetNumber, plain };
  } catch {
    return undefined;
  }
}
