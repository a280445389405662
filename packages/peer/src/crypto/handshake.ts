// The authenticated key exchange that opens a peer session: one round trip,
// signed ephemeral Diffie-Hellman. Each side signs, with its Ed25519
// identity key, the transcript it has seen so far (as TLS 1.3's
// CertificateVerify does). Ephemerals give forward secrecy; the signatures
// give mutual authentication; the responder gets key confirmation from the
// initiator's first packet (Session.confirmed).
//
//   initiator                                           responder
//   Handshake{sid, eI, idI, sig_I(init transcript), response:false} -->
//        <-- Handshake{sid, eR, idR, sig_R(resp transcript), response:true}
//
// Keys: HKDF-SHA256(ikm = X25519(eI, eR), salt = sid,
//                   info = "natter/1 session" || idI || idR || eI || eR).
//
// Every private-key step goes through the active primitives
// (primitives.ts), which are asynchronous in a browser: creating an
// initiation, completing it and responding return promises.
import { PROTOCOL_VERSION, checkVersion } from '@natter/wire';
import type { natter } from '@natter/wire';
import { CryptoError } from './errors.js';
import { checkIdentityKey } from './key-check.js';
import { cryptoPrimitives, type AnyIdentity } from './primitives.js';
import { signTranscript, verifyTranscript } from './signature.js';
import { transcript } from './transcript.js';
import { Session } from './cipher.js';
import type { SessionOptions } from './cipher.js';
import { keyFingerprint } from './safety.js';

/** Random, so two handshakes between the same pair never share a transcript or HKDF salt. */
export const SESSION_ID_BYTES = 16;

// Domain-separation labels: an init signature can never pass as a response
// signature, nor as a sealed-message signature, and "1" pins the version.
const INIT_LABEL = 'natter/1 handshake init';
const RESP_LABEL = 'natter/1 handshake resp';
const SESSION_LABEL = 'natter/1 session';

/** proto `Handshake`, fully populated. */
export interface HandshakeProps {
  protocolVersion: number;
  sessionId: Buffer;
  ephemeralKey: Buffer;
  identityKey: Buffer;
  signature: Buffer;
  response: boolean;
  from: string;
}

/** A received Handshake: a decoded message, or anything shaped like one. */
export type HandshakeInput = natter.peer.Handshake.$Properties;

/**
 * What the initiator signs. It names the responder (identity and name), so
 * the message is useless to anyone but the intended buddy.
 */
function initTranscript(version: number, sid: Uint8Array, eI: Uint8Array, idI: Uint8Array, idR: Uint8Array, nameI: string, nameR: string): Buffer {
  return transcript(INIT_LABEL, version, sid, eI, idI, idR, nameI, nameR);
}

/**
 * What the responder signs: the whole exchange, both ephemerals included,
 * so the initiator knows the responder saw its fresh key (no replay of an
 * old response) and that nobody swapped either half.
 */
function respTranscript(version: number, sid: Uint8Array, eI: Uint8Array, eR: Uint8Array, idI: Uint8Array, idR: Uint8Array, nameI: string, nameR: string): Buffer {
  return transcript(RESP_LABEL, version, sid, eI, eR, idI, idR, nameI, nameR);
}

export interface KeySchedule {
  sid: Buffer;
  shared: Buffer;
  idI: Buffer;
  idR: Buffer;
  eI: Buffer;
  eR: Buffer;
}

/**
 * Two 32-byte keys, initiator→responder then responder→initiator. The info
 * binds both identities and both ephemerals (fixed 32-byte fields after a
 * fixed label, so plain concatenation is unambiguous): a session key is
 * tied to exactly this pair of users and this exchange. Exported for the
 * key-schedule test only; index.ts does not re-export it.
 */
export function deriveKeys(k: KeySchedule): { i2r: Buffer; r2i: Buffer } {
  const info = Buffer.concat([Buffer.from(SESSION_LABEL), k.idI, k.idR, k.eI, k.eR]);
  const okm = Buffer.from(cryptoPrimitives().hkdfSha256(k.shared, k.sid, info, 64));
  return { i2r: okm.subarray(0, 32), r2i: okm.subarray(32, 64) };
}

async function sharedSecret(mine: unknown, theirs: Uint8Array): Promise<Buffer> {
  try {
    return Buffer.from(await cryptoPrimitives().x25519(mine, theirs));
  } catch (cause) {
    // An all-zero result is refused (RFC 7748 §6.1): a small-order key.
    throw CryptoError.badKey('ephemeral key', 'small-order point', cause);
  }
}

function bytesField(value: unknown, length: number, name: string): Buffer {
  if (!(value instanceof Uint8Array) || value.length !== length) {
    throw CryptoError.handshake(`handshake ${name} must be ${length} bytes`);
  }
  return Buffer.from(value);
}

/** The parts of a received Handshake every check needs, validated for shape. */
interface ParsedHandshake {
  sid: Buffer;
  ephemeral: Buffer;
  identity: Buffer;
  signature: unknown;
  from: string;
}

function parse(msg: HandshakeInput, response: boolean): ParsedHandshake {
  if (msg === null || typeof msg !== 'object') throw CryptoError.handshake('handshake is not a message');
  checkVersion(msg.protocolVersion as number);
  if (Boolean(msg.response) !== response) {
    throw CryptoError.handshake(response ? 'expected a handshake response, got an initiation' : 'expected a handshake initiation, got a response');
  }
  if (typeof msg.from !== 'string' || msg.from.length === 0) throw CryptoError.handshake('handshake names no sender');
  const ephemeral = bytesField(msg.ephemeralKey, 32, 'ephemeral key');
  return {
    sid: bytesField(msg.sessionId, SESSION_ID_BYTES, 'session id'),
    ephemeral,
    identity: bytesField(msg.identityKey, 32, 'identity key'),
    signature: msg.signature,
    from: msg.from,
  };
}

/** Refuses a buddy whose key is not the one the node vouched for. */
function requireExpectedIdentity(who: string, expected: Buffer, got: Buffer): void {
  if (!expected.equals(got)) throw CryptoError.keyMismatch(who, keyFingerprint(expected), keyFingerprint(got));
}

async function newEphemeral(): Promise<{ privateKey: unknown; raw: Buffer }> {
  const pair = await cryptoPrimitives().newX25519();
  return { privateKey: pair.privateKey, raw: Buffer.from(pair.publicKey) };
}

/**
 * The side that opens the session. `HandshakeInitiator.start` makes it;
 * send `message`, then feed the reply to `complete`.
 */
export class HandshakeInitiator {
  private ephemeral: unknown;
  private completed = false;
  // Private copies: `message` is handed to the caller, who could alter it.
  private readonly sessionId: Buffer;
  private readonly ephemeralRaw: Buffer;

  private constructor(
    readonly message: HandshakeProps,
    ephemeral: { privateKey: unknown; raw: Buffer },
    private readonly myIdentity: Buffer,
    private readonly myName: string,
    private readonly peerName: string,
    private readonly peerIdentity: Buffer,
    private readonly options: SessionOptions,
  ) {
    this.ephemeral = ephemeral.privateKey;
    this.ephemeralRaw = Buffer.from(ephemeral.raw);
    this.sessionId = Buffer.from(message.sessionId);
  }

  /** A signed initiation to `peerName`, whose identity key (from the node) is `peerIdentity`. */
  static async start(
    me: AnyIdentity,
    myName: string,
    peerName: string,
    peerIdentity: Uint8Array,
    options: SessionOptions = {},
  ): Promise<HandshakeInitiator> {
    checkIdentityKey(peerIdentity, `${peerName}'s identity key`);
    const primitives = cryptoPrimitives();
    const peerKey = Buffer.from(peerIdentity);
    const myIdentity = Buffer.from(primitives.identityPublicKey(me));
    const eph = await newEphemeral();
    const sessionId = Buffer.from(primitives.randomBytes(SESSION_ID_BYTES));
    const signature = await signTranscript(
      me,
      initTranscript(PROTOCOL_VERSION, sessionId, eph.raw, myIdentity, peerKey, myName, peerName),
    );
    const message: HandshakeProps = {
      protocolVersion: PROTOCOL_VERSION,
      sessionId,
      ephemeralKey: eph.raw,
      identityKey: myIdentity,
      signature,
      response: false,
      from: myName,
    };
    return new HandshakeInitiator(message, eph, myIdentity, myName, peerName, peerKey, options);
  }

  /**
   * Checks the responder's reply and derives the session. A reply that fails
   * any check leaves the initiator waiting, so a forged reply cannot spoil
   * the real one; after success the ephemeral private key is dropped, which
   * is what makes old sessions undecryptable later (forward secrecy).
   */
  async complete(response: HandshakeInput): Promise<Session> {
    if (this.completed) throw CryptoError.handshake('handshake already completed');
    const r = parse(response, true);
    if (!r.sid.equals(this.sessionId)) throw CryptoError.handshake('handshake response is for another session');
    if (r.from !== this.peerName) throw CryptoError.handshake(`handshake response comes from ${r.from}, not ${this.peerName}`);
    requireExpectedIdentity(this.peerName, this.peerIdentity, r.identity);
    const data = respTranscript(
      PROTOCOL_VERSION, r.sid, this.ephemeralRaw, r.ephemeral,
      this.myIdentity, this.peerIdentity, this.myName, this.peerName,
    );
    await verifyTranscript(this.peerIdentity, data, r.signature, `handshake response from ${this.peerName}`);
    // A second reply may have passed the checks while we awaited: one wins.
    if (this.completed) throw CryptoError.handshake('handshake already completed');
    const shared = await sharedSecret(this.ephemeral, r.ephemeral);
    if (this.completed) throw CryptoError.handshake('handshake already completed');
    this.completed = true;
    const { i2r, r2i } = deriveKeys({
      sid: r.sid, shared, idI: this.myIdentity, idR: this.peerIdentity, eI: this.ephemeralRaw, eR: r.ephemeral,
    });
    shared.fill(0);
    this.ephemeral = undefined;
    return new Session(
      { sessionId: r.sid, sendKey: i2r, recvKey: r2i, peerName: this.peerName, peerIdentity: this.peerIdentity, initiator: true },
      this.options,
    );
  }
}

/**
 * Answers a Handshake initiation. `expectedPeerIdentity` is the key the node
 * registered for `msg.from` — never the key in the message, which anyone
 * can write. The responder learns the initiator is live only when its first
 * packet authenticates (`session.confirmed`): a replayed initiation gets a
 * fresh session that only the holder of the initiator's ephemeral key can
 * use (see the tests).
 */
export async function respondToHandshake(
  me: AnyIdentity,
  myName: string,
  expectedPeerIdentity: Uint8Array,
  msg: HandshakeInput,
  options: SessionOptions = {},
): Promise<{ message: HandshakeProps; session: Session }> {
  const i = parse(msg, false);
  const peerIdentity = Buffer.from(expectedPeerIdentity);
  checkIdentityKey(peerIdentity, `${i.from}'s identity key`);
  requireExpectedIdentity(i.from, peerIdentity, i.identity);
  const myIdentity = Buffer.from(cryptoPrimitives().identityPublicKey(me));
  const version = msg.protocolVersion as number;
  await verifyTranscript(
    peerIdentity,
    initTranscript(version, i.sid, i.ephemeral, peerIdentity, myIdentity, i.from, myName),
    i.signature,
    `handshake from ${i.from}`,
  );
  const eph = await newEphemeral();
  const shared = await sharedSecret(eph.privateKey, i.ephemeral);
  const { i2r, r2i } = deriveKeys({ sid: i.sid, shared, idI: peerIdentity, idR: myIdentity, eI: i.ephemeral, eR: eph.raw });
  shared.fill(0);
  const signature = await signTranscript(me, respTranscript(version, i.sid, i.ephemeral, eph.raw, peerIdentity, myIdentity, i.from, myName));
  return {
    message: {
      protocolVersion: version,
      sessionId: i.sid,
      ephemeralKey: eph.raw,
      identityKey: myIdentity,
      signature,
      response: true,
      from: myName,
    },
    session: new Session(
      { sessionId: i.sid, sendKey: r2i, recvKey: i2r, peerName: i.from, peerIdentity, initiator: false },
      options,
    ),
  };
}
