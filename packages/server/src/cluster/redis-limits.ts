// The cluster's rate limits: token buckets in Redis, one hash per key,
// updated by one script (atomic, on Redis's clock, so every node sees the
// same bucket). When Redis does not answer, the node falls back to its own
// buckets: still limited, per node, rather than refusing every login.
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { RateLimit, RateLimits } from '../rate-limits.js';

// KEYS[1]: the bucket; ARGV: refill per second, burst, cost, spend (1/0).
// Answers 0 (room, spent if asked) or the ms until there is room.
const BUCKET = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local rate, burst, cost, spend = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4] == '1'
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(b[1]) or burst
local at = tonumber(b[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - at) / 1000 * rate)
local wait = 0
if tokens >= cost then
  if spend then tokens = tokens - cost end
else
  wait = math.ceil((cost - tokens) / rate * 1000)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((burst - tokens) / rate * 1000) + 1000)
return wait`;

export function redisRateLimits(redis: Redis, prefix: string, fallback: RateLimits, log: Logger): RateLimits {
  return (name, perSecond, burst) => {
    const local = fallback(name, perSecond, burst);
    const run = async (key: string, cost: number, spend: boolean, otherwise: () => Promise<number>): Promise<number> => {
      try {
        return Number(await redis.eval(BUCKET, 1, `${prefix}limit:${name}:${key}`, perSecond, burst, cost, spend ? 1 : 0));
      } catch (err) {
        log.warn({ err, limit: name }, 'rate limit: Redis did not answer; this node limits alone');
        return otherwise();
      }
    };
    const limit: RateLimit = {
      take: (key, cost = 1) => run(key, cost, true, () => local.take(key, cost)),
      wait: (key, cost = 1) => run(key, cost, false, () => local.wait(key, cost)),
    };
    return limit;
  };
}
