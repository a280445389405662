// The channel cipher of an established session: ChaCha20-Poly1305 with a
// per-direction key, the packet counter as nonce, and a replay window.
import { decodePeerMessage, encodePeerMessage } from '@natter/wire';
import type { DecodedPeerMessage, PeerMessageInit, natter } from '@natter/wire';
import { CryptoError } from './errors.js';
import { NONCE_BYTES, aeadOpen, aeadSeal } from './aead.js';
import { DEFAULT_REPLAY_WINDOW, ReplayWindow } from './replay.js';

/** proto `Encrypted`, fully populated. */
export interface EncryptedProps {
  sessionId: Buffer;
  counter: number;
  ciphertext: Buffer;
}

/** What a handshake produces. */
export interface SessionKeys {
  readonly sessionId: Buffer;
  /** Key for what we send; equals the other side's recvKey. */
  readonly sendKey: Buffer;
  /** Key for what we receive; equals the other side's sendKey. */
  readonly recvKey: Buffer;
  /** The buddy's name and identity key, as authenticated by the handshake. */
  readonly peerName: string;
  readonly peerIdentity: Buffer;
  /** True on the side that sent the first Handshake. */
  readonly initiator: boolean;
}

export interface SessionOptions {
  /** Replay window in counters; default 1024. */
  replayWindow?: number;
  /**
   * Highest counter this side will send or accept. The default, 2^53 - 1,
   * is the largest uint64 that survives decoding into a JS number (see
   * wire/long.ts); at a million packets a second it lasts 285 years, so only
   * tests lower it to see the session refuse to wrap.
   */
  maxCounter?: number;
}

/** The session id authenticates as AAD, so a packet cannot move between sessions. */
export class Session implements SessionKeys {
  readonly sessionId: Buffer;
  readonly sendKey: Buffer;
  readonly recvKey: Buffer;
  readonly peerName: string;
  readonly peerIdentity: Buffer;
  readonly initiator: boolean;
  private readonly maxCounter: number;
  private readonly window: ReplayWindow;
  private nextCounter = 0;

  constructor(keys: SessionKeys, options: SessionOptions = {}) {
    this.sessionId = Buffer.from(keys.sessionId);
    this.sendKey = Buffer.from(keys.sendKey);
    this.recvKey = Buffer.from(keys.recvKey);
    this.peerName = keys.peerName;
    this.peerIdentity = Buffer.from(keys.peerIdentity);
    this.initiator = keys.initiator;
    this.maxCounter = options.maxCounter ?? Number.MAX_SAFE_INTEGER;
    this.window = new ReplayWindow(options.replayWindow ?? DEFAULT_REPLAY_WINDOW);
  }

  /**
   * True once a packet from the peer has authenticated. The responder's
   * handshake proves nothing about the initiator being live (an initiation
   * can be replayed), so until then the session is unconfirmed; the first
   * authentic packet proves the peer holds the session keys.
   */
  get confirmed(): boolean {
    return this.window.highest >= 0;
  }

  /** Counters sent so far. */
  get sent(): number {
    return this.nextCounter;
  }

  /** Encrypts one plaintext under the next counter; never reuses a nonce. */
  seal(plaintext: Uint8Array): EncryptedProps {
    const counter = this.nextCounter;
    if (counter > this.maxCounter) throw CryptoError.exhausted(this.maxCounter);
    this.nextCounter = counter + 1;
    const ciphertext = aeadSeal(this.sendKey, counterNonce(counter), this.sessionId, plaintext);
    return { sessionId: Buffer.from(this.sessionId), counter, ciphertext };
  }

  /**
   * Authenticates and decrypts one packet. Replays and packets older than
   * the window fail with CRYPTO_REPLAY before any decryption; the window only
   * moves once the tag has verified.
   */
  open(encrypted: natter.peer.Encrypted.$Properties): Buffer {
    const what = 'encrypted packet';
    const { sessionId, counter, ciphertext } = (encrypted ?? {}) as natter.peer.Encrypted.$Properties;
    if (!(sessionId instanceof Uint8Array) || !this.sessionId.equals(sessionId)) {
      throw CryptoError.decryptFailed(what, 'belongs to another session');
    }
    if (typeof counter !== 'number' || !Number.isSafeInteger(counter) || counter < 0 || counter > this.maxCounter) {
      throw CryptoError.decryptFailed(what, 'counter out of range');
    }
    if (!(ciphertext instanceof Uint8Array)) throw CryptoError.decryptFailed(what, 'no ciphertext');
    const verdict = this.window.check(counter);
    if (verdict === 'duplicate') throw CryptoError.replay(counter, 'was already received');
    if (verdict === 'too-old') throw CryptoError.replay(counter, `is older than the ${this.window.size}-packet replay window`);
    const plaintext = aeadOpen(this.recvKey, counterNonce(counter), this.sessionId, ciphertext, what);
    this.window.accept(counter);
    return plaintext;
  }
}

/** RFC 8439 §2.8 style nonce: 4 zero bytes, then the counter as 64-bit big-endian. */
export function counterNonce(counter: number): Buffer {
  const nonce = Buffer.alloc(NONCE_BYTES);
  nonce.writeBigUInt64BE(BigInt(counter), 4);
  return nonce;
}

/** Encodes and seals a PeerMessage: the body of an `Encrypted` packet. */
export function encryptPeerMessage(session: Session, message: PeerMessageInit): EncryptedProps {
  return session.seal(encodePeerMessage(message));
}

/** Opens an `Encrypted` packet and decodes the PeerMessage inside. */
export function decryptPeerMessage(session: Session, encrypted: natter.peer.Encrypted.$Properties): DecodedPeerMessage {
  return decodePeerMessage(session.open(encrypted));
}
