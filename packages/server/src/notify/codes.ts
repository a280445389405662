// Verification codes for email and SMS channels: six digits, kept only as
// a hash bound to the channel, expiring, with a few guesses each.
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import type { PendingCode } from '../store/notify-types.js';

export const CODE_DIGITS = 6;
/** Wrong guesses one code allows: 5 in 10^6 is a 1 in 200,000 chance per code. */
export const CODE_ATTEMPTS = 5;

export function newCode(): string {
  return String(randomInt(0, 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, '0');
}

export function hashCode(owner: string, channelId: string, code: string): string {
  return createHash('sha256').update(`natter-code\0${owner}\0${channelId}\0${code}`).digest('hex');
}

export type CodeCheck = 'ok' | 'wrong' | 'expired' | 'used-up' | 'none';

/** Whether `code` opens `pending` at `now` (the caller counts a wrong guess). */
export function checkCode(pending: PendingCode | null, owner: string, channelId: string, code: string, now: number): CodeCheck {
  if (!pending) return 'none';
  if (pending.expiresAt <= now) return 'expired';
  if (pending.attempts >= CODE_ATTEMPTS) return 'used-up';
  const given = Buffer.from(hashCode(owner, channelId, code.replace(/\s+/g, '')), 'hex');
  return timingSafeEqual(given, Buffer.from(pending.hash, 'hex')) ? 'ok' : 'wrong';
}
