// Site tokens (packages/server/src/sites.ts): a token a registered site
// signed logs its user in once, before it expires; anything else is refused
// with a code that says why.
import { describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { SITE_TOKEN_MAX_LIFETIME_S, SiteRegistry, checkSiteConfig, signSiteToken } from '../src/sites.js';

const shop = { id: 'shop', origin: 'https://shop.example', secret: 's'.repeat(40) };
const now = Date.UTC(2026, 11, 7, 12, 0, 0);
const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (err) {
    return (err as { code?: string }).code;
  }
};

describe('site tokens', () => {
  it('a token the site signed signs in its user, once', () => {
    const sites = new SiteRegistry([shop]);
    const token = signSiteToken(shop, 'erin.smith', now + 60_000);
    expect(sites.verify(token, now)).toEqual({ site: shop, username: 'erin.smith' });
    expect(codeOf(() => sites.verify(token, now + 1000))).toBe('SITE_TOKEN_REPLAYED');
    // Another token (another nonce) for the same user is fine.
    expect(sites.verify(signSiteToken(shop, 'erin.smith', now + 60_000), now).username).toBe('erin.smith');
  });

  it('refuses a forged signature, another secret, a changed username or expiry, an unknown site', () => {
    const sites = new SiteRegistry([shop]);
    const good = signSiteToken(shop, 'erin', now + 60_000);
    const forged = signSiteToken({ id: 'shop', secret: 'x'.repeat(40) }, 'erin', now + 60_000);
    expect(codeOf(() => sites.verify(forged, now))).toBe('SITE_TOKEN_INVALID');
    expect(codeOf(() => sites.verify(good.replace('.erin.', '.mallory.'), now))).toBe('SITE_TOKEN_INVALID');
    const parts = good.split('.');
    parts[3] = String(Number(parts[3]) + 100);
    expect(codeOf(() => sites.verify(parts.join('.'), now))).toBe('SITE_TOKEN_INVALID');
    expect(codeOf(() => sites.verify(signSiteToken({ id: 'other', secret: shop.secret }, 'erin', now + 60_000), now))).toBe('SITE_TOKEN_INVALID');
    for (const junk of ['', 'natter1', 'natter1.shop.erin', 'natter2.shop.erin.1.nonce.sig', 'a'.repeat(600), 42 as unknown as string]) {
      expect(codeOf(() => sites.verify(junk, now)), String(junk).slice(0, 20)).toBe('SITE_TOKEN_INVALID');
    }
    // A forged token does not spend the nonce of the real one.
    expect(sites.verify(good, now).username).toBe('erin');
  });

  it('refuses an expired token and one valid for longer than 5 minutes', () => {
    const sites = new SiteRegistry([shop]);
    expect(codeOf(() => sites.verify(signSiteToken(shop, 'erin', now - 1000), now))).toBe('SITE_TOKEN_EXPIRED');
    expect(codeOf(() => sites.verify(signSiteToken(shop, 'erin', now + (SITE_TOKEN_MAX_LIFETIME_S + 60) * 1000), now))).toBe('SITE_TOKEN_EXPIRED');
    expect(sites.verify(signSiteToken(shop, 'erin', now + SITE_TOKEN_MAX_LIFETIME_S * 1000), now).username).toBe('erin');
  });

  it('refuses a signed token with a name that is not a natter username, or a bad nonce', () => {
    const sites = new SiteRegistry([shop]);
    const signed = (body: string) => `${body}.${createHmac('sha256', shop.secret).update(body).digest('base64url')}`;
    const exp = Math.floor(now / 1000) + 60;
    expect(codeOf(() => sites.verify(signed(`natter1.shop.Erin.${exp}.abcdefghijklmnop`), now))).toBe('SITE_TOKEN_INVALID');
    expect(codeOf(() => sites.verify(signed(`natter1.shop.9erin.${exp}.abcdefghijklmnop`), now))).toBe('SITE_TOKEN_INVALID');
    expect(codeOf(() => sites.verify(signed(`natter1.shop.erin.${exp}.short`), now))).toBe('SITE_TOKEN_INVALID');
    expect(codeOf(() => sites.verify(signed(`natter1.shop.erin.soon.abcdefghijklmnop`), now))).toBe('SITE_TOKEN_INVALID');
    expect(sites.verify(signed(`natter1.shop.erin.${exp}.abcdefghijklmnop`), now).username).toBe('erin');
  });

  it('checks the operator config: id, origin without a path, a long secret, no duplicates', () => {
    expect(checkSiteConfig(shop)).toEqual(shop);
    expect(codeOf(() => checkSiteConfig({ ...shop, id: 'Shop!' }))).toBe('CONFIG_INVALID');
    expect(codeOf(() => checkSiteConfig({ ...shop, origin: 'https://shop.example/path' }))).toBe('CONFIG_INVALID');
    expect(codeOf(() => checkSiteConfig({ ...shop, origin: 'shop.example' }))).toBe('CONFIG_INVALID');
    expect(codeOf(() => checkSiteConfig({ ...shop, secret: 'short' }))).toBe('CONFIG_INVALID');
    expect(codeOf(() => new SiteRegistry([shop, shop]))).toBe('CONFIG_INVALID');
  });
});
