// Sign-in from a host site (docs/web.md, "Sign-in from the host site"). The
// operator registers a site: an id, the origin its pages are served from,
// and a shared secret. The site's backend signs a short-lived token for its
// signed-in user; the widget hands it to the node, which logs the user in
// (creating the account on first use). The token:
//
//   natter1.<site>.<username>.<expires>.<nonce>.<signature>
//
//   expires    Unix time in seconds; at most 5 minutes ahead
//   nonce      16-64 characters of base64url, fresh per token
//   signature  base64url(HMAC-SHA256(secret, everything before ".<signature>"))
//
// Each nonce logs in once (remembered until its token expires), so a token
// seen in a log or a browser's history is worthless afterwards.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { NodeError } from './errors.js';
import { tryUsername } from './usernames.js';

export interface SiteConfig {
  /** 1-32 characters a-z 0-9 -: what the token and the widget's data-site name. */
  id: string;
  /** The origin the site's pages come from (https://shop.example), the only one that may frame the widget. */
  origin: string;
  /** At least 32 characters; shared with the site's backend only. */
  secret: string;
}

export interface SiteLogin {
  site: SiteConfig;
  username: string;
}

/** The longest a token may be valid for, and the clock difference tolerated. */
export const SITE_TOKEN_MAX_LIFETIME_S = 300;
const CLOCK_SKEW_S = 30;
const SITE_ID = /^[a-z0-9-]{1,32}$/;
const NONCE = /^[A-Za-z0-9_-]{16,64}$/;
const PREFIX = 'natter1';
/** Replay memory is bounded: past this, the oldest nonces (which expire first anyway) go. */
const MAX_REMEMBERED = 100_000;

/** Checks a site's configuration; CONFIG_INVALID names what is wrong. */
export function checkSiteConfig(site: SiteConfig): SiteConfig {
  if (!site || typeof site !== 'object') throw new NodeError('CONFIG_INVALID', 'a site is { id, origin, secret }');
  if (!SITE_ID.test(site.id ?? '')) throw new NodeError('CONFIG_INVALID', `site id ${JSON.stringify(site.id)}: 1-32 characters of a-z 0-9 -`);
  let origin: URL;
  try {
    origin = new URL(site.origin);
  } catch {
    throw new NodeError('CONFIG_INVALID', `site ${site.id}: origin ${JSON.stringify(site.origin)} is not a URL`);
  }
  if (origin.origin !== site.origin || !/^https?:$/.test(origin.protocol)) {
    throw new NodeError('CONFIG_INVALID', `site ${site.id}: origin must be scheme://host[:port] with no path, like ${origin.origin}`);
  }
  if (typeof site.secret !== 'string' || site.secret.length < 32) throw new NodeError('CONFIG_INVALID', `site ${site.id}: the secret must be at least 32 characters`);
  return { id: site.id, origin: site.origin, secret: site.secret };
}

/**
 * What a site's backend runs (in Node; docs/web.md shows it in other
 * languages). `expiresAt` in ms since the epoch.
 */
export function signSiteToken(site: Pick<SiteConfig, 'id' | 'secret'>, username: string, expiresAt: number, nonce = randomBytes(18).toString('base64url')): string {
  const body = `${PREFIX}.${site.id}.${username}.${Math.floor(expiresAt / 1000)}.${nonce}`;
  return `${body}.${createHmac('sha256', site.secret).update(body).digest('base64url')}`;
}

export class SiteRegistry {
  private readonly sites = new Map<string, SiteConfig>();
  /** site + nonce -> expiry (s), in insertion order. */
  private readonly used = new Map<string, number>();

  constructor(sites: SiteConfig[] = []) {
    for (const site of sites) {
      const checked = checkSiteConfig(site);
      if (this.sites.has(checked.id)) throw new NodeError('CONFIG_INVALID', `site ${checked.id} is configured twice`);
      this.sites.set(checked.id, checked);
    }
  }

  get size(): number {
    return this.sites.size;
  }

  get(id: string): SiteConfig | undefined {
    return this.sites.get(id);
  }

  /**
   * The site and user a token signs in, or SITE_TOKEN_INVALID (malformed,
   * unknown site, bad signature), SITE_TOKEN_EXPIRED, SITE_TOKEN_REPLAYED.
   * `nowMs` is wall-clock time. The signature is checked before anything
   * else is believed, and the nonce is spent only by a valid token.
   */
  verify(token: string, nowMs: number): SiteLogin {
    const invalid = (why: string) => new NodeError('SITE_TOKEN_INVALID', `the site token is not valid: ${why}`);
    if (typeof token !== 'string' || token.length > 512) throw invalid('not a token');
    const parts = token.split('.');
    if (parts.length < 6 || parts[0] !== PREFIX) throw invalid(`expected ${PREFIX}.<site>.<username>.<expires>.<nonce>.<signature>`);
    const site = this.sites.get(parts[1]!);
    if (!site) throw invalid(`no site ${JSON.stringify(parts[1])} is registered on this node`);
    const signature = Buffer.from(parts[parts.length - 1]!, 'base64url');
    const body = token.slice(0, token.lastIndexOf('.'));
    const want = createHmac('sha256', site.secret).update(body).digest();
    if (signature.length !== want.length || !timingSafeEqual(signature, want)) throw invalid(`the signature does not match site ${site.id}'s secret`);
    const nonce = parts[parts.length - 2]!;
    const expires = Number(parts[parts.length - 3]);
    const rawName = parts.slice(2, -3).join('.');
    if (!NONCE.test(nonce)) throw invalid('the nonce must be 16-64 characters of base64url');
    if (!Number.isSafeInteger(expires)) throw invalid('the expiry is not a number of seconds');
    const username = tryUsername(rawName);
    if (!username || username !== rawName) throw invalid('the username must be 3-32 characters of a-z 0-9 . _ -, starting with a letter');
    const now = Math.floor(nowMs / 1000);
    if (expires < now) throw new NodeError('SITE_TOKEN_EXPIRED', `the site token expired ${now - expires} s ago; the site signs a new one for each sign-in`);
    if (expires > now + SITE_TOKEN_MAX_LIFETIME_S + CLOCK_SKEW_S) {
      throw new NodeError('SITE_TOKEN_EXPIRED', `the site token is valid for ${expires - now} s; the node accepts at most ${SITE_TOKEN_MAX_LIFETIME_S} s`);
    }
    this.forget(now);
    const key = `${site.id}\x00${nonce}`;
    if (this.used.has(key)) throw new NodeError('SITE_TOKEN_REPLAYED', 'this site token was used already; the site signs a new one for each sign-in');
    this.used.set(key, expires + CLOCK_SKEW_S);
    if (this.used.size > MAX_REMEMBERED) this.used.delete(this.used.keys().next().value!);
    return { site, username };
  }

  /** Drops nonces whose tokens can no longer be accepted anyway. */
  private forget(now: number): void {
    for (const [key, until] of this.used) {
      if (until >= now) break; // roughly in expiry order; a late one goes next time
      this.used.delete(key);
    }
  }
}
