// Accounts: registration, password and resume-token login, password change
// and deletion. Passwords are hashed with scrypt (per-user salt) and
// compared in constant time; resume tokens are stored only as SHA-256.
import { hash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { Clock } from '@natter/io';
import { NodeError } from './errors.js';
import { randomBytesPooled } from './random-pool.js';
import { localRateLimits, type RateLimit, type RateLimits } from './rate-limits.js';
import { userOfAddress } from '@natter/wire';
import { deviceIdFor } from './devices.js';
import type { AccountStore, DeviceRecord, UserRecord } from './store/types.js';
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

const sha256 = (b: Uint8Array) => hash('sha256', b, 'hex');

/** How the node knows a resume token: its SHA-256 (hex); the token itself is never stored. */
export const tokenId = (token: Uint8Array): string => sha256(token);

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
  private readonly failuresByAccountAddress: RateLimit;
  private readonly byAddress: RateLimit;
  private readonly registrationsByAddress: RateLimit;
  /**
   * Resume tokens cost a hash lookup, not a scrypt: after a node restart a
   * whole office behind one NAT reconnects at once, so their budget per
   * address is much larger (it still stops token guessing: 2^256 tokens).
   */
  private readonly tokensByAddress: RateLimit;
  /** Hashed for unknown users so "no such user" costs the same time. */
  private readonly dummySalt = randomBytes(16);

  constructor(
    private readonly store: AccountStore,
    private readonly clock: Clock,
    options: AccountOptions = {},
    /** Where the limits' buckets are: this process, or the cluster's Redis. */
    limits: RateLimits = localRateLimits(clock),
  ) {
    this.N = options.scryptN ?? 2 ** 15;
    this.tokenTtlMs = options.tokenTtlMs ?? 30 * 24 * 3600 * 1000;
    const acc = options.perAccount ?? { perSecond: 1 / 6, burst: 10 }; // 10 at once, then one per 6 s
    const addr = options.perAddress ?? { perSecond: 1, burst: 30 };
    this.failuresByAccountAddress = limits('login-failures', acc.perSecond, acc.burst);
    this.byAddress = limits('logins', addr.perSecond, addr.burst);
    const reg = options.registrationsPerAddress ?? { perSecond: 1 / 60, burst: 10 }; // 10 at once, then one a minute
    this.registrationsByAddress = limits('registrations', reg.perSecond, reg.burst);
    const tok = options.tokensPerAddress ?? { perSecond: 100, burst: 1000 };
    this.tokensByAddress = limits('resumes', tok.perSecond, tok.burst);
  }

  /** A new account with its first device (`device` makes its record from the name and key). */
  async register(
    rawName: string,
    password: string,
    identityKey: Uint8Array | null | undefined,
    address: string,
    device?: (username: string, key: Buffer) => DeviceRecord,
  ): Promise<string> {
    const wait = await this.registrationsByAddress.take(address);
    if (wait > 0) {
      throw new NodeError('REGISTER_RATE_LIMITED', `too many registrations from your address; retry in ${Math.ceil(wait / 1000)} s`, wait);
    }
    const key = checkIdentityKey(identityKey);
    const username = normalizeUsername(rawName);
    return this.create(rawName, password, key.toString('base64'), device ? [device(username, key)] : undefined);
  }

  /** For operators (`natter admin users add`): the key arrives with the first login. */
  async registerWithoutKey(rawName: string, password: string): Promise<string> {
    return this.create(rawName, password, '');
  }

  private async create(rawName: string, password: string, identityKey: string, devices?: DeviceRecord[]): Promise<string> {
    const username = normalizeUsername(rawName);
    checkPassword(password);
    // Cheap refusal before the hash; createUser decides atomically.
    if (await this.store.getUser(username)) throw new NodeError('USERNAME_TAKEN', `the username ${username} is taken`);
    const salt = randomBytes(16);
    const hash = await hashPassword(password, salt, this.N);
    const record: UserRecord = {
      username,
      salt: salt.toString('base64'),
      hash: hash.toString('base64'),
      N: this.N,
      identityKey,
      createdAt: this.clock.now(),
      ...(devices ? { devices } : {}),
    };
    if (!(await this.store.createUser(record))) throw new NodeError('USERNAME_TAKEN', `the username ${username} is taken`);
    return username;
  }

  async get(username: string): Promise<UserRecord | undefined> {
    const name = tryUsername(username);
    return name ? this.store.getUser(name) : undefined;
  }

  /** Several records in one store read, in the order of `usernames` (undefined where there is none). */
  getMany(usernames: string[]): Promise<Array<UserRecord | undefined>> {
    return this.store.getUsers(usernames);
  }

  /** Spends one attempt of the address; refuses while this account has too many failures from it. */
  private async limit(failureKey: string, address: string): Promise<void> {
    const [addressWait, failuresWait] = await Promise.all([this.byAddress.take(address), this.failuresByAccountAddress.wait(failureKey)]);
    if (addressWait > 0 || failuresWait > 0) {
      const wait = Math.max(addressWait, failuresWait);
      throw new NodeError('AUTH_RATE_LIMITED', `too many login attempts; retry in ${Math.ceil(wait / 1000)} s`, wait);
    }
  }

  /** Password login. Same error and the same work for "no such user". */
  async verifyPassword(rawName: string, password: string, address: string): Promise<UserRecord> {
    const name = tryUsername(rawName) ?? `invalid:${String(rawName).slice(0, 40)}`;
    const failureKey = `${name}\x00${address}`;
    await this.limit(failureKey, address);
    const found = tryUsername(rawName) ? await this.store.getUser(name) : undefined;
    // A site's account has no password (hash ''): it fails like an unknown user, after the same work.
    const user = found?.hash ? found : undefined;
    const salt = user ? Buffer.from(user.salt, 'base64') : this.dummySalt;
    const got = await hashPassword(typeof password === 'string' ? password : '', salt, user?.N ?? this.N);
    const want = user ? Buffer.from(user.hash, 'base64') : Buffer.alloc(KEY_LENGTH);
    if (!timingSafeEqual(got, want) || !user) {
      await this.failuresByAccountAddress.take(failureKey);
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
    const wait = await this.tokensByAddress.take(address);
    if (wait > 0) {
      throw new NodeError('AUTH_RATE_LIMITED', `too many sign-ins from your address; retry in ${Math.ceil(wait / 1000)} s`, wait);
    }
    const username = normalizeUsername(rawName);
    const existing = await this.store.getUser(username);
    if (existing) {
      if (existing.site !== site) throw new NodeError('SITE_ACCOUNT_CONFLICT', `the name ${username} belongs to another account on this node, not to site ${site}`);
      return existing;
    }
    const raw = checkIdentityKey(identityKey);
    const key = raw.toString('base64');
    const now = this.clock.now();
    const root: DeviceRecord = { id: deviceIdFor(raw), name: 'browser', identityKey: key, state: 'active', root: true, createdAt: now, lastSeen: now };
    const record: UserRecord = { username, salt: '', hash: '', N: 0, identityKey: key, createdAt: now, site, devices: [root] };
    // createUser decides atomically (two sign-ins at once, or on two nodes of a cluster).
    if (await this.store.createUser(record)) return record;
    const made = await this.store.getUser(username);
    if (made?.site !== site) throw new NodeError('SITE_ACCOUNT_CONFLICT', `the name ${username} belongs to another account on this node, not to site ${site}`);
    return made;
  }

  /**
   * A new resume token for `username`; the store keeps the newest few: a
   * client that logs in often must not grow it.
   */
  /**
   * `owner` is the device's address (USER/DEVICE): tokens are a device's,
   * kept and revoked per device (docs/protocol.md, "Devices").
   */
  async issueToken(owner: string): Promise<{ token: Buffer; id: string; expiresAt: number }> {
    const username = owner;
    const token = randomBytesPooled(32);
    const expiresAt = this.clock.now() + this.tokenTtlMs;
    const id = sha256(token);
    await this.store.addToken(username, id, expiresAt, TOKENS_KEPT);
    return { token, id, expiresAt };
  }

  /** The account and the device (address) a resume token was issued to. */
  async verifyToken(token: Uint8Array, address: string): Promise<UserRecord & { tokenOwner: string }> {
    const wait = await this.tokensByAddress.take(address);
    if (wait > 0) {
      throw new NodeError('AUTH_RATE_LIMITED', `too many session resumes from your address; retry in ${Math.ceil(wait / 1000)} s`, wait);
    }
    const rec = token.length === 32 ? await this.store.getToken(sha256(token)) : undefined;
    const user = rec && rec.expiresAt > this.clock.now() ? await this.store.getUser(userOfAddress(rec.username)) : undefined;
    if (!user) throw new NodeError('AUTH_FAILED', 'the session has expired: log in with your password');
    return { ...user, tokenOwner: rec!.username };
  }

  /** Ends one session for good (logout): the token can no longer resume. */
  async revokeToken(username: string, id: string): Promise<void> {
    await this.store.revokeToken(username, id);
  }

  /** Every token of the user: each device's, and any from before devices. */
  async revokeTokens(username: string): Promise<void> {
    const user = await this.store.getUser(username);
    for (const d of user?.devices ?? []) await this.store.revokeTokens(`${username}/${d.id}`);
    await this.store.revokeTokens(username);
  }

  /** The tokens of one device (removed, or revoked by a new identity). */
  async revokeDeviceTokens(username: string, deviceId: string): Promise<void> {
    await this.store.revokeTokens(`${username}/${deviceId}`);
  }

  async setPassword(username: string, password: string): Promise<void> {
    checkPassword(password);
    const user = await this.store.getUser(username);
    if (!user) throw new NodeError('NO_SUCH_USER', `no user ${username}`);
    const salt = randomBytes(16);
    const hash = await hashPassword(password, salt, this.N);
    await this.store.updateUser({ ...user, salt: salt.toString('base64'), hash: hash.toString('base64'), N: this.N });
    await this.revokeTokens(username);
  }

  async setIdentityKey(username: string, key: Uint8Array): Promise<boolean> {
    const raw = checkIdentityKey(key).toString('base64');
    const user = await this.store.getUser(username);
    if (!user || user.identityKey === raw) return false;
    await this.store.updateUser({ ...user, identityKey: raw });
    return true;
  }

  list(): Promise<UserRecord[]> {
    return this.store.listUsers();
  }

  /** Removes the user record and tokens; relations and messages are the caller's. */
  async deleteUser(username: string): Promise<void> {
    await this.revokeTokens(username);
    await this.store.deleteUser(username);
  }
}
