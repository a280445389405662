// Random bytes for the values every login makes (a resume token, a STUN
// username), taken from a pool refilled 4 KiB at a time from the CSPRNG:
// a randomBytes() call costs a login 5-30 µs (a call into OpenSSL each),
// a slice of the pool well under one (the reconnect storm of
// test/bench/server-presence.bench.ts). Each byte is handed out once, and
// callers get a copy of their own, never a view that keeps the pool alive.
import { randomFillSync } from 'node:crypto';

const POOL_BYTES = 4096;
const pool = Buffer.allocUnsafeSlow(POOL_BYTES);
let used = POOL_BYTES;

/** `n` (at most 4 KiB) fresh random bytes. */
export function randomBytesPooled(n: number): Buffer {
  if (n > POOL_BYTES) throw new RangeError(`at most ${POOL_BYTES} bytes at a time`);
  if (used + n > POOL_BYTES) {
    randomFillSync(pool);
    used = 0;
  }
  const out = Buffer.allocUnsafeSlow(n);
  pool.copy(out, 0, used, used + n);
  // Not left in memory once handed out.
  pool.fill(0, used, used + n);
  used += n;
  return out;
}
