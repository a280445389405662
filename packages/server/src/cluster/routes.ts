// The cluster's routing table in Redis (docs/cluster.md): one hash per user,
// `PREFIX routes:USER`, one field per device (its hex id; '' for a session
// that names no device) holding "EXPIRES_MS JSON(RouteEntry)". Redis 7.0
// (Debian's) has no expiry per hash field, so each value carries its own,
// on Redis's clock (TIME, whatever the nodes' clocks say): readers skip
// expired fields, every write refreshes the key's PEXPIRE to its own expiry
// (the latest of all), heartbeats rewrite each node's own fields, and a
// logout deletes its field only while it is still its session's.
import type { Redis } from 'ioredis';
import type { RouteEntry } from './bus.js';

/** Redis's clock in ms, inside a script. */
const NOW = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

/** The live values of one hash (the part after the expiry), expired ones left out. */
const LIVE = `local function live(key)
  local out = {}
  local all = redis.call('HGETALL', key)
  for i = 1, #all, 2 do
    local v = all[i + 1]
    local sp = string.find(v, ' ', 1, true)
    if sp and tonumber(string.sub(v, 1, sp - 1)) > now then out[#out + 1] = string.sub(v, sp + 1) end
  end
  return out
end`;

/**
 * Writes one device's field (ARGV: field, entry JSON, TTL ms, mode). Mode
 * "login" also drops expired fields (a dead node's) and returns the
 * field's previous live value ('' if none) and the other live values.
 */
const WRITE = `${NOW}
local ttl = tonumber(ARGV[3])
local old = redis.call('HGET', KEYS[1], ARGV[1])
redis.call('HSET', KEYS[1], ARGV[1], string.format('%.0f', now + ttl) .. ' ' .. ARGV[2])
redis.call('PEXPIRE', KEYS[1], ttl)
if ARGV[4] ~= 'login' then return 0 end
local previous = ''
if old then
  local sp = string.find(old, ' ', 1, true)
  if sp and tonumber(string.sub(old, 1, sp - 1)) > now then previous = string.sub(old, sp + 1) end
end
local others = {}
local all = redis.call('HGETALL', KEYS[1])
for i = 1, #all, 2 do
  local v = all[i + 1]
  local sp = string.find(v, ' ', 1, true)
  if not sp or tonumber(string.sub(v, 1, sp - 1)) <= now then redis.call('HDEL', KEYS[1], all[i])
  elseif all[i] ~= ARGV[1] then others[#others + 1] = string.sub(v, sp + 1) end
end
return {previous, others}`;

/** The live values of each key (one array per key). */
const READ = `${NOW}
${LIVE}
local out = {}
for i, key in ipairs(KEYS) do out[i] = live(key) end
return out`;

/** Compare-and-delete: a device's field goes only while it is still this session's (ARGV: field, session). */
const DELETE_IF_SESSION = `local v = redis.call('HGET', KEYS[1], ARGV[1])
if not v then return 0 end
local sp = string.find(v, ' ', 1, true)
if sp and cjson.decode(string.sub(v, sp + 1)).session == ARGV[2] then return redis.call('HDEL', KEYS[1], ARGV[1]) end
return 0`;

interface RouteCommands {
  natterRouteWrite(key: string, field: string, entry: string, ttlMs: number, mode: string): Promise<unknown>;
  natterRouteRead(count: number, ...keys: string[]): Promise<string[][]>;
  natterRouteDelete(key: string, field: string, session: string): Promise<number>;
}

/** What a login found in the table: the device's previous session (elsewhere or here), and the user's other sessions. */
export interface LoginRoutes {
  previous: RouteEntry | undefined;
  others: RouteEntry[];
}

export class RouteTable {
  private readonly commands: RouteCommands;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly ttlMs: number,
  ) {
    redis.defineCommand('natterRouteWrite', { numberOfKeys: 1, lua: WRITE });
    redis.defineCommand('natterRouteRead', { lua: READ });
    redis.defineCommand('natterRouteDelete', { numberOfKeys: 1, lua: DELETE_IF_SESSION });
    this.commands = redis as unknown as RouteCommands;
  }

  key(user: string): string {
    return `${this.prefix}routes:${user}`;
  }

  /** A login: the device's field is this session's now. */
  async login(user: string, entry: RouteEntry): Promise<LoginRoutes> {
    const [previous, others] = (await this.commands.natterRouteWrite(this.key(user), entry.device, JSON.stringify(entry), this.ttlMs, 'login')) as [string, string[]];
    return { previous: previous ? (JSON.parse(previous) as RouteEntry) : undefined, others: others.map((v) => JSON.parse(v) as RouteEntry) };
  }

  /** A presence change: the device's field again, with a fresh expiry. */
  write(user: string, entry: RouteEntry): Promise<unknown> {
    return this.commands.natterRouteWrite(this.key(user), entry.device, JSON.stringify(entry), this.ttlMs, 'write');
  }

  /** Heartbeat: each of this node's sessions written again (one pipeline). */
  async rewrite(entries: Array<[user: string, entry: RouteEntry]>, extra: (pipeline: ReturnType<Redis['pipeline']>) => void): Promise<void> {
    const pipeline = this.redis.pipeline();
    extra(pipeline);
    const commands = pipeline as unknown as { natterRouteWrite: (...args: unknown[]) => unknown };
    for (const [user, entry] of entries) commands.natterRouteWrite(this.key(user), entry.device, JSON.stringify(entry), this.ttlMs, 'write');
    await pipeline.exec();
  }

  /** The live sessions of each user, pending ones included. */
  async read(users: string[]): Promise<RouteEntry[][]> {
    if (!users.length) return [];
    const values = await this.commands.natterRouteRead(users.length, ...users.map((u) => this.key(u)));
    return values.map((list) => list.map((v) => JSON.parse(v) as RouteEntry));
  }

  /** A session ended: its device's field goes, if it is still this session's. */
  remove(user: string, device: string, session: string): Promise<number> {
    return this.commands.natterRouteDelete(this.key(user), device, session);
  }
}
