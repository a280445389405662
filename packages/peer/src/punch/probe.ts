// Authenticated probes (proto Probe / ProbeAck). The MAC key is the
// per-attempt secret the node gave both peers, so a third host that sprays
// packets at a peer cannot make it accept a path.
import { createHmac, timingSafeEqual } from 'node:crypto';

function mac(secret: Uint8Array, label: string, attemptId: Uint8Array, from: string, nonce: number, answers = ''): Buffer {
  const n = Buffer.alloc(8);
  n.writeBigUInt64BE(BigInt(nonce));
  return createHmac('sha256', secret).update(`natter/1 ${label}\0`).update(attemptId).update(`${from}\0`).update(n).update(answers).digest();
}

export function probeMac(secret: Uint8Array, attemptId: Uint8Array, from: string, nonce: number): Buffer {
  return mac(secret, 'probe', attemptId, from, nonce);
}

/**
 * An ack's MAC also covers the address it answers (the probe's source as
 * the answerer saw it, sent back as `observed`): changed on the way, the
 * ack no longer verifies.
 */
export function probeAckMac(secret: Uint8Array, attemptId: Uint8Array, from: string, nonce: number, answers: { ip: string; port: number }): Buffer {
  return mac(secret, 'probe-ack', attemptId, from, nonce, `${answers.ip}\0${answers.port}`);
}

export function macOk(want: Buffer, got: Uint8Array | null | undefined): boolean {
  return Boolean(got && got.length === want.length && timingSafeEqual(want, got));
}
