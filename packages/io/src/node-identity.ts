// The node's own long-term key, its self-signed certificate and the
// fingerprint clients pin (docs/security.md, "The control channel").
//
// Node has no API that writes an X.509 certificate, only one that reads
// them (crypto.X509Certificate), so this file encodes the few DER structures
// of one self-signed certificate itself (RFC 5280 §4.1): a P-256 key, ECDSA
// with SHA-256, subject = issuer, no extensions but basicConstraints. P-256
// rather than Ed25519 because browsers' TLS stacks accept only the former.
// Clients pin the SHA-256 of the SubjectPublicKeyInfo, not of the
// certificate, so a renewed certificate over the same key keeps its pin.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign, X509Certificate, type KeyObject } from 'node:crypto';

/** A TLS identity as node:tls takes it, with the fingerprint clients pin. */
export interface NodeTlsIdentity {
  /** PEM private key. */
  key: string;
  /** PEM certificate. */
  cert: string;
  /** The SPKI fingerprint (formatFingerprint of spkiSha256). */
  fingerprint: string;
}

// ------------------------------------------------------------------ DER

function derLength(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v >>= 8) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function der(tag: number, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), derLength(body.length), body]);
}

const sequence = (...items: Buffer[]) => der(0x30, ...items);
const set = (...items: Buffer[]) => der(0x31, ...items);

function oid(dotted: string): Buffer {
  const parts = dotted.split('.').map(Number);
  const out = [40 * parts[0]! + parts[1]!];
  for (const part of parts.slice(2)) {
    const chunk: number[] = [];
    for (let v = part; ; v = Math.floor(v / 128)) {
      chunk.unshift((v % 128) | (chunk.length ? 0x80 : 0));
      if (v < 128) break;
    }
    out.push(...chunk);
  }
  return der(0x06, Buffer.from(out));
}

/** A positive INTEGER from big-endian bytes (a leading 0x00 when the top bit is set). */
function integer(bytes: Buffer): Buffer {
  let b = bytes;
  while (b.length > 1 && b[0] === 0 && b[1]! < 0x80) b = b.subarray(1);
  return der(0x02, b[0]! >= 0x80 ? Buffer.concat([Buffer.from([0]), b]) : b);
}

/** RFC 5280 §4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050. */
function time(date: Date): Buffer {
  const iso = date.toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z'; // YYYYMMDDHHMMSSZ
  return date.getUTCFullYear() < 2050 ? der(0x17, Buffer.from(iso.slice(2))) : der(0x18, Buffer.from(iso));
}

const ECDSA_WITH_SHA256 = '1.2.840.10045.4.3.2';
const COMMON_NAME = '2.5.4.3';
const BASIC_CONSTRAINTS = '2.5.29.19';

function name(commonName: string): Buffer {
  return sequence(set(sequence(oid(COMMON_NAME), der(0x0c, Buffer.from(commonName, 'utf8')))));
}

/**
 * A self-signed certificate for `key` (a P-256 private key). Valid from an
 * hour ago (clients with a slow clock) for `days`.
 */
export function selfSignedCertificate(key: KeyObject, options: { commonName?: string; days?: number; now?: Date } = {}): string {
  const now = options.now ?? new Date();
  const notBefore = new Date(now.getTime() - 3600_000);
  const notAfter = new Date(now.getTime() + (options.days ?? 3650) * 86_400_000);
  const algorithm = sequence(oid(ECDSA_WITH_SHA256));
  const subject = name(options.commonName ?? 'natter node');
  const spki = createPublicKey(key).export({ type: 'spki', format: 'der' });
  const serial = randomBytes(16);
  serial[0]! &= 0x7f;
  const extensions = der(0xa3, sequence(sequence(oid(BASIC_CONSTRAINTS), der(0x01, Buffer.from([0xff])), der(0x04, sequence()))));
  const tbs = sequence(der(0xa0, integer(Buffer.from([2]))), integer(serial), algorithm, subject, sequence(time(notBefore), time(notAfter)), subject, spki, extensions);
  const signature = sign('sha256', tbs, key); // DER-encoded ECDSA-Sig-Value
  const cert = sequence(tbs, algorithm, der(0x03, Buffer.from([0]), signature));
  const b64 = cert.toString('base64').replace(/.{64}/g, '$&\n');
  return `-----BEGIN CERTIFICATE-----\n${b64}${b64.endsWith('\n') ? '' : '\n'}-----END CERTIFICATE-----\n`;
}

/** A new P-256 key and its self-signed certificate. */
export function createNodeTlsIdentity(options: { commonName?: string; now?: Date } = {}): NodeTlsIdentity {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const cert = selfSignedCertificate(privateKey, options);
  return { key: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, cert, fingerprint: certificateFingerprint(cert) };
}

/** The identity from PEM files an operator or an earlier start wrote; throws on a key that does not match the certificate. */
export function loadNodeTlsIdentity(keyPem: string | Buffer, certPem: string | Buffer): NodeTlsIdentity {
  const cert = new X509Certificate(certPem);
  const key = createPrivateKey(keyPem);
  if (!cert.checkPrivateKey(key)) throw new Error('the TLS key does not belong to the certificate');
  return { key: keyPem.toString(), cert: certPem.toString(), fingerprint: certificateFingerprint(cert) };
}

// ------------------------------------------------------------------ fingerprints

/** SHA-256 of the certificate's SubjectPublicKeyInfo (what HPKP and SSH-style pins hash). */
export function spkiSha256(cert: string | Buffer | X509Certificate): Buffer {
  const x509 = cert instanceof X509Certificate ? cert : new X509Certificate(cert);
  return createHash('sha256').update(x509.publicKey.export({ type: 'spki', format: 'der' })).digest();
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** RFC 4648 base32, lower case, no padding: 52 characters for a SHA-256, safe in a URL fragment and a shell. */
function base32(bytes: Buffer): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/** The pin as users see and type it: `sha256:` and 52 base32 characters. */
export function formatFingerprint(sha256: Buffer): string {
  return `sha256:${base32(sha256)}`;
}

export function certificateFingerprint(cert: string | Buffer | X509Certificate): string {
  return formatFingerprint(spkiSha256(cert));
}

/**
 * Normalises a fingerprint typed by a user (`sha256:` optional, any case,
 * spaces and dashes ignored); undefined when it is not one.
 */
export function parseFingerprint(text: string): string | undefined {
  const bare = text.trim().toLowerCase().replace(/^sha256:/, '').replace(/[\s-]/g, '');
  return /^[a-z2-7]{52}$/.test(bare) ? `sha256:${bare}` : undefined;
}
