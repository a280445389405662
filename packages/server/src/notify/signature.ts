// The signature on every webhook and SMS-gateway request (docs/extended.md,
// "Signatures"): HMAC-SHA256 over "<timestamp>.<body>" with the channel's
// secret, sent as `Natter-Signature: t=<ms>,v1=<hex>`. The timestamp is in
// the signed text, so a receiver that refuses old timestamps (5 minutes)
// cannot be fed a captured request again later; the body's id is the
// idempotency key for copies within that window.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'natter-signature';
/** How far a receiver should let the timestamp be from its clock. */
export const SIGNATURE_TOLERANCE_MS = 5 * 60_000;

export function sign(secret: Uint8Array, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** The header's value for `body` sent at `timestamp`. */
export function signatureHeader(secret: Uint8Array, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${sign(secret, timestamp, body)}`;
}

export type SignatureCheck = { ok: true; timestamp: number } | { ok: false; why: 'malformed' | 'stale' | 'mismatch' };

/** What a receiver does with a request (the tests' receivers use it; docs/extended.md shows the same in a few lines). */
export function verifySignature(header: string | undefined, secret: Uint8Array, body: string, now: number, toleranceMs = SIGNATURE_TOLERANCE_MS): SignatureCheck {
  const m = /^t=(\d{1,16}),v1=([0-9a-f]{64})$/.exec(header ?? '');
  if (!m) return { ok: false, why: 'malformed' };
  const timestamp = Number(m[1]);
  if (Math.abs(now - timestamp) > toleranceMs) return { ok: false, why: 'stale' };
  const want = Buffer.from(sign(secret, timestamp, body), 'hex');
  return timingSafeEqual(want, Buffer.from(m[2]!, 'hex')) ? { ok: true, timestamp } : { ok: false, why: 'mismatch' };
}

/** What a webhook answers to the verification challenge: proof it holds the secret (an echo service does not). */
export function challengeResponse(secret: Uint8Array, challenge: string): string {
  return createHmac('sha256', secret).update(`natter-challenge.${challenge}`).digest('hex');
}
