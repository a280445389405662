// Accounts: registration, password and resume-token login, password change
// and deletion. Passwords are hashed with scrypt (per-user salt) and
// compared in constant time; resume tokens are stored only as SHA-256.
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { Clock } from '@natter/io';
import { KeyedRateLimiter } from '@natter/io';
import { NodeError } from './errors.js';
import { pairKey, type NodeStore, type UserRecord } from './store.js';
import { checkPassword, normalizeUsername, tryUsername } from './usernames.js';

export interface AccountOptions {
  /** scrypt cost N (2^15 by default: ~32 MiB and tens of ms per hash). */
  scryptN?: number;
  tokenTtlMs?: number;
  /**
   * Failed logins per account and source address: a guesser is slowed down
   * on the account it guesses, but only from its own address, so nobody can
   * lock the owner out by failing on purpose.
   */
  perAccount?: { perSecond: number; burst: number };
  /** Every password login attempt from one address, whatever the account. */
  perAddress?: { perSecond: number; burst: number };
  /**
   * Registrations from one address, counting attempts on taken names: each
   * costs an scrypt (tens of ms, 32 MiB), and USERNAME_TAKEN answers would
   * otherwise enumerate the names that exist at no cost.
   */
  registrationsPerAddress?: { perSecond: number; burst: number };
  /** Resume-token logins per source address (cheap; sized for reconnect storms). */
  tokensPerAddress?: { perSecond: number; burst: number };
}

const KEY_LENGTH = 32;
const TOKENS_KEPT = 10;

function hashPassword(password: string, salt: Buffer, N: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { N, r: 8, p: 1, maxmem: 256 * N * 8 + 1024 * 1024 }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

// Ed25519 field prime and curve constant d = -121665/121666 (RFC 8032 §5.1).
const P = 2n ** 255n - 19n;
const modPow = (b: bigint, e: bigint): bigint => {
  let r = 1n;
  for (b %= P; e > 0n; e >>= 1n, b = (b * b) % P) if (e & 1n) r = (r * b) % P;
  return r;
};
const D = (((-121665n * modPow(121666n, P - 2n)) % P) + P) % P;

/**
 * RFC 8032 §5.1.3: 32 bytes are a public key only if they decode to a curve
 * point (canonical y, and x² = (y²-1)/(dy²+1) has a root). OpenSSL, and so
 * createPublicKey, takes any 32 bytes without this check.
 */
function isEd25519Point(raw: Buffer): boolean {
  const sign = raw[31]! >> 7;
  let y = 0n;
  for (let i = 31; i >= 0; i--) y = (y << 8n) | BigInt(i === 31 ? raw[i]! & 0x7f : raw[i]!);
  if (y >= P) return false;
  const y2 = (y * y) % P;
  const x2 = (((y2 - 1n + P) % P) * modPow((D * y2 + 1n) % P, P - 2n)) % P;
  // x = 0 has no negative; otherwise Euler's criterion says whether x² is a square.
  if (x2 === 0n) return sign === 0;
  return modPow(x2, (P - 1n) / 2n) === 1n;
}

/** Accepts only a raw 32-byte Ed25519 public key that decodes as one. */
export function checkIdentityKey(key: Uint8Array | undefined | null): Buffer {
  if (!key || key.length !== 32) throw new NodeError('IDENTITY_KEY_INVALID', 'the identity key must be a raw 32-byte Ed25519 public key');
  const raw = Buffer.from(key);
  if (!isEd25519Point(raw)) throw new NodeError('IDENTITY_KEY_INVALID', 'the identity key is not a valid Ed25519 public key');
  return raw;
}

export class Accounts {
  private readonly N: number;
  private readonly tokenTtlMs: number;
  private readonly failuresByAccountAddress: KeyedRateLimiter;
  private readonly byAddress: KeyedRateLimiter;
  private readonly registrationsByAddress: KeyedRateLimiter;
  /**
   * Resume tokens cost a hash lookup, not a scrypt: after a node restart a
   * whole office behind one NAT reconnects at once, so their budget per
   * address is much larger (it still stops token guessing: 2^256 tokens).
   */
  private readonly tokensByAddress: KeyedRateLimiter;
  /** Hashed for unknown users so "no such user" costs the same time. */
  private readonly dummySalt = randomBytes(16);
  /** Names whose registration is between "is it free?" and the write. */
  private readonly registering = new Set<string>();

  constructor(
    private readonly store: NodeStore,
    private readonly clock: Clock,
    options: AccountOptions = {},
  ) {
    this.N = options.scryptN ?? 2 ** 15;
    this.tokenTtlMs = options.tokenTtlMs ?? 30 * 24 * 3600 * 1000;
    const acc = options.perAccount ?? { perSecond: 1 / 6, burst: 10 }; // 10 at once, then one per 6 s
    const addr = options.perAddress ?? { perSecond: 1, burst: 30 };
    this.failuresByAccountAddress = new KeyedRateLimiter(clock, acc.perSecond, acc.burst);
    this.byAddress = new KeyedRateLimiter(clock, addr.perSecond, addr.burst);
    const reg = options.registrationsPerAddress ?? { perSecond: 1 / 60, burst: 10 }; // 10 at once, then one a minute
    this.registrationsByAddress = new KeyedRateLimiter(clock, reg.perSecond, reg.burst);
    const tok = options.tokensPerAddress ?? { perSecond: 100, burst: 1000 };
    this.tokensByAddress = new KeyedRateLimiter(clock, tok.perSecond, tok.burst);
  }

  async register(rawName: string, password: string, identityKey: Uint8Array | null | undefined, address: string): Promise<string> {
    if (!this.registrationsByAddress.allow(address)) {
      const wait = this.registrationsByAddress.retryAfterMs(address);
      throw new NodeError('REGISTER_RATE_LIMITED', `too many registrations from your address; retry in ${Math.ceil(wait / 1000)} s`, wait);
    }
    return this.create(rawName, password, checkIdentityKey(identityKey).toString('base64'));
  }

  /** For operators (`natter admin users add`): the key arrives with the first login. */
  async registerWithoutKey(rawName: string, password: string): Promise<string> {
    return this.create(rawName, password, '');
  }

  private async create(rawName: string, password: string, identityKey: string): Promise<string> {
    const username = normalizeUsername(rawName);
    checkPassword(password);
    // Two registrations of one name in flight would both find it free (a
    // re-check after the hash still races the other's write) and the later
    // write would silently replace the earlier account: claim the name first.
    if (this.registering.has(username)) throw new NodeError('USERNAME_TAKEN', `the username ${username} is taken`);
    this.registering.add(username);
    try {
      if (await this.store.users.get(username)) throw new NodeError('USERNAME_TAKEN', `the username ${username} is taken`);
      const salt = randomBytes(16);
      const hash = await hashPassword(password, salt, this.N);
      const record: UserRecord = {
        username,
        salt: salt.toString('base64'),
        hash: hash.toString('base64'),
        N: this.N,
        identityKey,
        createdAt: this.clock.now(),
      };
      await this.store.commit([{ type: 'put', sublevel: this.store.users, key: username, value: record }]);
      return username;
    } finally {
      this.registering.delete(username);
    }
  }

  async get(username: string): Promise<UserRecord | undefined> {
    const name = tryUsername(username);
    return name ? this.store.users.get(name) : undefined;
  }

  /** Several records in one store read, in the order of `usernames` (undefined where there is none). */
  getMany(usernames: string[]): Promise<Array<UserRecord | undefined>> {
    return this.store.users.getMany(usernames);
  }

  /** Spends one attempt of the address; refuses while this account has too many failures from it. */
  private limit(failureKey: string, address: string): void {
    const okAddr = this.byAddress.allow(address);
    const failuresWait = this.failuresByAccountAddress.retryAfterMs(failureKey);
    if (!okAddr || failuresWait > 0) {
      const wait = Math.max(this.byAddress.retryAfterMs(address), failuresWait);
      throw new NodeError('AUTH_RATE_LIMITED', `too many login attempts; retry in ${Math.ceil(wait / 1000)} s`, wait);
    }
  }

  /** Password login. Same error and the same work for "no such user". */
  async verifyPassword(rawName: string, password: string, address: string): Promise<UserRecord> {
    const name = tryUsername(rawName) ?? `invalid:${String(rawName).slice(0, 40)}`;
    const failureKey = `${name}\x00${address}`;
    this.limit(failureKey, address);
    const found = tryUsername(rawName) ? await this.store.users.get(name) : undefined;
    // A site's account has no password (hash ''): it fails like an unknown user, after the same work.
    const user = found?.hash ? found : undefined;
    const salt = user ? Buffer.from(user.salt, 'base64') : this.dummySalt;
    const got = await hashPassword(typeof password === 'string' ? password : '', salt, user?.N ?? this.N);
    const want = user ? Buffer.from(user.hash, 'base64') : Buffer.alloc(KEY_LENGTH);
    if (!timingSafeEqual(got, want) || !user) {
      this.failuresByAccountAddress.allow(failureKey);
      throw new NodeError('AUTH_FAILED', 'wrong username or password');
    }
    return user;
  }

  /**
   * The account a valid site token signs in (SiteRegistry.verify checked
   * it), made on first use with the identity key of that login. A name that
   * belongs to a password account or to another site is refused: a site
   * signs in only the accounts it made.
   */
  async siteUser(site: string, rawName: string, identityKey: Uint8Array | null | undefined, address: string): Promise<UserRecord> {
    if (!this.tokensByAddress.allow(address)) {
      const wait = this.tokensByAddress.retryAfterMs(address);
      throw new NodeError('AUTH_RATE_LIMITED', `too many sign-ins from your address; retry in ${Math.ceil(wait / 1000)} s`, wait);
    }
    const username = normalizeUsername(rawName);
    const existing = await this.store.users.get(username);
    if (existing) {
      if (existing.site !== site) throw new NodeError('SITE_ACCOUNT_CONFLICT', `the name ${username} belongs to another account on this node, not to site ${site}`);
      return existing;
    }
    const key = checkIdentityKey(identityKey).toString('base64');
    if (this.registering.has(username)) throw new NodeError('SITE_ACCOUNT_CONFLICT', `the account ${username} is being created; retry`);
    this.registering.add(username);
    try {
      const record: UserRecord = { username, salt: '', hash: '', N: 0, identityKey: key, createdAt: this.clock.now(), site };
      await this.store.commit([{ type: 'put', sublevel: this.store.users, key: username, value: record }]);
      return record;
    } finally {
      this.registering.delete(username);
    }
  }

  async issueToken(username: string): Promise<{ token: Buffer; expiresAt: number }> {
    const token = randomBytes(32);
    const expiresAt = this.clock.now() + this.tokenTtlMs;
    const id = sha256(token);
    await this.store.tokens.put(id, { username, expiresAt });
    await this.store.userTokens.put(pairKey(username, id), expiresAt);
    // Keep the newest few; a client that logs in often must not grow the store.
    const mine = (await this.store.scan(this.store.userTokens, username)).sort((a, b) => b[1] - a[1]);
    for (const [k] of mine.slice(TOKENS_KEPT)) {
      await this.store.userTokens.del(k);
      await this.store.tokens.del(k.slice(username.length + 1));
    }
    return { token, expiresAt };
  }

  async verifyToken(token: Uint8Array, address: string): Promise<UserRecord> {
    if (!this.tokensByAddress.allow(address)) {
      const wait = this.tokensByAddress.retryAfterMs(address);
      throw new NodeError('AUTH_RATE_LIMITED', `too many session resumes from your address; retry in ${Math.ceil(wait / 1000)} s`, wait);
    }
    const rec = token.length === 32 ? await this.store.tokens.get(sha256(token)) : undefined;
    const user = rec && rec.expiresAt > this.clock.now() ? await this.store.users.get(rec.username) : undefined;
    if (!user) throw new NodeError('AUTH_FAILED', 'the session has expired: log in with your password');
    return user;
  }

  /** Ends one session for good (logout): the token can no longer resume. */
  async revokeToken(username: string, token: Uint8Array): Promise<void> {
    const id = sha256(token);
    const rec = await this.store.tokens.get(id);
    if (rec?.username !== username) return;
    await this.store.commit([
      { type: 'del', sublevel: this.store.tokens, key: id },
      { type: 'del', sublevel: this.store.userTokens, key: pairKey(username, id) },
    ]);
  }

  async revokeTokens(username: string): Promise<void> {
    for (const [k] of await this.store.scan(this.store.userTokens, username)) {
      await this.store.userTokens.del(k);
      await this.store.tokens.del(k.slice(username.length + 1));
    }
  }

  async setPassword(username: string, password: string): Promise<void> {
    checkPassword(password);
    const user = await this.store.users.get(username);
    if (!user) throw new NodeError('NO_SUCH_USER', `no user ${username}`);
    const salt = randomBytes(16);
    const hash = await hashPassword(password, salt, this.N);
    await this.store.commit([
      { type: 'put', sublevel: this.store.users, key: username, value: { ...user, salt: salt.toString('base64'), hash: hash.toString('base64'), N: this.N } },
    ]);
    await this.revokeTokens(username);
  }

  async setIdentityKey(username: string, key: Uint8Array): Promise<boolean> {
    const raw = checkIdentityKey(key).toString('base64');
    const user = await this.store.users.get(username);
    if (!user || user.identityKey === raw) return false;
    await this.store.commit([{ type: 'put', sublevel: this.store.users, key: username, value: { ...user, identityKey: raw } }]);
    return true;
  }

  async list(): Promise<UserRecord[]> {
    const out: UserRecord[] = [];
    for await (const v of this.store.users.values()) out.push(v);
    return out;
  }

  /** Removes the user record and tokens; relations and messages are the caller's. */
  async deleteUser(username: string): Promise<void> {
    await this.revokeTokens(username);
    await this.store.commit([{ type: 'del', sublevel: this.store.users, key: username }]);
  }
}
