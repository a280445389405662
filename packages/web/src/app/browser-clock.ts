// The Clock seam (@natter/io) in a browser: monotonic time, page timers.
import type { Clock, TimerHandle } from '@natter/io';

export const browserClock: Clock = {
  now: () => performance.timeOrigin + performance.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms) as unknown as TimerHandle,
  clearTimeout: (handle) => globalThis.clearTimeout(handle as unknown as number),
};
