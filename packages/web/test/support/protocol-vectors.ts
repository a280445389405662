// One run of natter's end-to-end protocol from fixed inputs and a seeded
// random source, reduced to hex: hashes, HKDF, the AEAD, X25519, Ed25519,
// identities from seeds, a whole handshake with channel packets both ways,
// a sealed message opened again, a safety number and a fingerprint. Run it
// on two implementations of the crypto primitives (node:crypto; WebCrypto +
// noble, in Node and in Chromium) and the results must be equal, byte for
// byte. Imports only what a browser bundle can hold.
import {
  HandshakeInitiator,
  decryptPeerMessage,
  encryptPeerMessage,
  keyFingerprint,
  openSealed,
  respondToHandshake,
  safetyNumber,
  sealMessage,
  useCryptoPrimitives,
  type AnyIdentity,
  type CryptoPrimitives,
} from '@natter/peer/core';
import { decodePeerDatagram, encodePeerDatagram } from '@natter/wire';
import { sha256 } from '@noble/hashes/sha2.js';

export type IdentityFromSeed = (seed: Uint8Array, primitives: CryptoPrimitives) => Promise<AnyIdentity>;

const enc = new TextEncoder();
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const bytes = (text: string) => enc.encode(text);
/** Deterministic 32 bytes for a label. */
const fixed = (label: string) => sha256(bytes(label));

/** SHA-256 in counter mode over a label: the same stream in Node and in a browser. */
export function seededRandom(label: string): (length: number) => Uint8Array {
  let counter = 0;
  return (length) => {
    const out = new Uint8Array(length);
    for (let at = 0; at < length; at += 32) {
      const block = sha256(bytes(`${label}/${counter++}`));
      out.set(block.subarray(0, Math.min(32, length - at)), at);
    }
    return out;
  };
}

/** `make(random)` builds the primitives under test around the seeded random source. */
export async function runProtocolVectors(
  make: (random: (length: number) => Uint8Array) => CryptoPrimitives,
  identityFromSeed: IdentityFromSeed,
): Promise<Record<string, string>> {
  const primitives = make(seededRandom('natter vectors'));
  useCryptoPrimitives(primitives);
  const out: Record<string, string> = {};
  out.sha256 = hex(primitives.sha256(bytes('abc')));
  out.sha512 = hex(primitives.sha512(bytes('abc')));
  out.hkdf = hex(primitives.hkdfSha256(fixed('ikm'), fixed('salt'), bytes('info'), 64));
  const sealed = primitives.aeadSeal(fixed('key'), fixed('nonce').subarray(0, 12), bytes('aad'), bytes('plaintext of some length'));
  out.aead = hex(sealed);
  out.aeadOpen = hex(primitives.aeadOpen(fixed('key'), fixed('nonce').subarray(0, 12), bytes('aad'), sealed) ?? new Uint8Array());
  const tampered = Uint8Array.from(sealed);
  tampered[0]! ^= 1;
  out.aeadTampered = String(primitives.aeadOpen(fixed('key'), fixed('nonce').subarray(0, 12), bytes('aad'), tampered));
  const e1 = await primitives.newX25519();
  const e2 = await primitives.newX25519();
  out.x25519Public = hex(e1.publicKey) + hex(e2.publicKey);
  out.x25519 = hex(await primitives.x25519(e1.privateKey, e2.publicKey));
  out.x25519Mirror = hex(await primitives.x25519(e2.privateKey, e1.publicKey));
  out.x25519SmallOrder = await primitives.x25519(e1.privateKey, new Uint8Array(32)).then(() => 'accepted', () => 'refused');

  const alice = await identityFromSeed(fixed('alice seed'), primitives);
  const bob = await identityFromSeed(fixed('bob seed'), primitives);
  const pubA = primitives.identityPublicKey(alice);
  const pubB = primitives.identityPublicKey(bob);
  out.identities = hex(pubA) + hex(pubB);
  out.signature = hex(await primitives.sign(alice, bytes('signed by alice')));
  out.verify = String(await primitives.verify(pubA, bytes('signed by alice'), await primitives.sign(alice, bytes('signed by alice'))));
  out.verifyWrongKey = String(await primitives.verify(pubB, bytes('signed by alice'), await primitives.sign(alice, bytes('signed by alice'))));
  out.identityX25519 = hex(await primitives.identityX25519(alice, e1.publicKey));

  const initiator = await HandshakeInitiator.start(alice, 'alice', 'bob', pubB);
  out.handshakeInit = hex(encodePeerDatagram({ handshake: initiator.message }));
  const initDatagram = decodePeerDatagram(encodePeerDatagram({ handshake: initiator.message }));
  const { message, session: bobSession } = await respondToHandshake(bob, 'bob', pubA, initDatagram.handshake!);
  const responseDatagram = encodePeerDatagram({ handshake: message });
  out.handshakeResponse = hex(responseDatagram);
  const aliceSession = await initiator.complete(decodePeerDatagram(responseDatagram).handshake!);
  out.sessionKeys = hex(aliceSession.sendKey) + hex(aliceSession.recvKey) + hex(bobSession.sendKey) + hex(bobSession.recvKey);
  const packets: string[] = [];
  for (let i = 0; i < 3; i++) {
    const packet = encryptPeerMessage(aliceSession, { data: { seq: i, messageId: fixed(`m${i}`).subarray(0, 16), fragmentIndex: 0, fragmentCount: 1, chunk: bytes(`hello bob ${i}`) } });
    const datagram = encodePeerDatagram({ encrypted: packet });
    packets.push(hex(datagram));
    // Opened as it arrives: decoded from the wire (plain Uint8Arrays in a browser).
    const back = decryptPeerMessage(bobSession, decodePeerDatagram(datagram).encrypted!);
    packets.push(hex(back.data?.chunk ?? new Uint8Array()));
  }
  const reply = encryptPeerMessage(bobSession, { keepalive: { sentAtMs: 1234, reply: true } });
  packets.push(hex(encodePeerDatagram({ encrypted: reply })), String(decryptPeerMessage(aliceSession, reply).keepalive?.sentAtMs));
  out.channel = packets.join('/');

  const box = await sealMessage(alice, pubB, { id: fixed('sealed id').subarray(0, 16), text: 'sealed for bob', sentAtMs: 1_700_000_000_000 });
  out.sealed = hex(box);
  out.opened = (await openSealed(bob, box, pubA)).chat.text;
  out.openedByOther = await openSealed(alice, box, pubA).then(() => 'opened', (err: { code?: string }) => err.code ?? 'error');
  out.safetyNumber = safetyNumber('alice', pubA, 'bob', pubB);
  out.fingerprint = keyFingerprint(pubA);
  return out;
}
