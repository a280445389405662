// The pure parts of extended delivery, on given instants: quiet hours in a
// time zone, the notification decision, backoff, signatures, codes, the
// daily caps, address syntax and which webhook addresses are refused
// (also after DNS rebinding).
import { describe, expect, it } from 'vitest';
import { checkQuietHours, inQuietHours, localMinute, parseQuietHours, quietHoursEnd } from '../src/notify/quiet-hours.js';
import { decideNotification } from '../src/notify/schedule.js';
import { retryDelay } from '../src/notify/backoff.js';
import { challengeResponse, signatureHeader, verifySignature } from '../src/notify/signature.js';
import { CODE_ATTEMPTS, checkCode, hashCode, newCode } from '../src/notify/codes.js';
import { DailyCaps } from '../src/notify/caps.js';
import { normalizeAddress, maskAddress } from '../src/notify/addresses.js';
import { checkWebhookHost, forbiddenAddress, guardedLookup } from '../src/notify/url-guard.js';
import { notificationSummary, renderNotification } from '../src/notify/render.js';
import type { NotifyPrefs } from '../src/store/notify-types.js';

// 2026-01-15 is winter: Berlin is UTC+1; 2026-07-15 summer: UTC+2.
const at = (iso: string) => Date.parse(iso);

describe('quiet hours', () => {
  const night = parseQuietHours('22:00-07:00', 'Europe/Berlin');

  it('parses HH:MM-HH:MM and refuses other shapes and unknown zones', () => {
    expect(night).toEqual({ fromMinute: 22 * 60, toMinute: 7 * 60, timeZone: 'Europe/Berlin' });
    for (const bad of ['22-07', '24:00-07:00', '22:00-7', '22:60-07:00', '']) expect(() => parseQuietHours(bad, 'UTC'), bad).toThrow(expect.objectContaining({ code: 'NOTIFY_SETTING_INVALID' }));
    expect(() => parseQuietHours('22:00-07:00', 'Mars/Olympus')).toThrow(expect.objectContaining({ code: 'NOTIFY_SETTING_INVALID' }));
    expect(() => checkQuietHours({ fromMinute: 1440, toMinute: 0, timeZone: 'UTC' })).toThrow();
  });

  it('reads the local time in the receiver’s zone, daylight saving included', () => {
    expect(localMinute(at('2026-01-15T21:30:00Z'), 'Europe/Berlin')).toBe(22 * 60 + 30);
    expect(localMinute(at('2026-07-15T21:30:00Z'), 'Europe/Berlin')).toBe(23 * 60 + 30);
    expect(localMinute(at('2026-01-15T21:30:00Z'), 'America/New_York')).toBe(16 * 60 + 30);
  });

  it('is quiet inside a range that spans midnight, from included, to excluded', () => {
    expect(inQuietHours(night, at('2026-01-15T20:59:59Z'))).toBe(false); // 21:59 Berlin
    expect(inQuietHours(night, at('2026-01-15T21:00:00Z'))).toBe(true); // 22:00
    expect(inQuietHours(night, at('2026-01-16T02:00:00Z'))).toBe(true); // 03:00
    expect(inQuietHours(night, at('2026-01-16T06:00:00Z'))).toBe(false); // 07:00
    expect(inQuietHours(parseQuietHours('12:00-13:00', 'UTC'), at('2026-01-15T12:30:00Z'))).toBe(true);
    expect(inQuietHours(parseQuietHours('12:00-12:00', 'UTC'), at('2026-01-15T12:30:00Z'))).toBe(false);
    expect(inQuietHours(null, at('2026-01-15T12:30:00Z'))).toBe(false);
  });

  it('ends at the next local "to" time', () => {
    expect(quietHoursEnd(night, at('2026-01-15T22:15:30Z'))).toBe(at('2026-01-16T06:00:00Z'));
    expect(quietHoursEnd(night, at('2026-07-15T22:15:00Z'))).toBe(at('2026-07-16T05:00:00Z'));
    const noon = at('2026-01-15T12:00:00Z');
    expect(quietHoursEnd(night, noon)).toBe(noon);
  });
});

describe('the notification decision', () => {
  const prefs = (extra: Partial<NotifyPrefs> = {}): NotifyPrefs => ({
    owner: 'bob',
    delayMs: 600_000,
    everyMs: 3600_000,
    quiet: null,
    allow: [],
    notifications: true,
    dueAt: null,
    lastNotifiedAt: 0,
    coveredUntil: 0,
    ...extra,
  });
  const t0 = at('2026-01-15T12:00:00Z');
  const waiting = [
    { from: 'alice', storedAt: t0 },
    { from: 'carol', storedAt: t0 + 1000 },
    { from: 'alice', storedAt: t0 + 2000 },
  ];

  it('waits for the delay after the oldest new message, then notifies with counts by sender', () => {
    expect(decideNotification(prefs(), waiting, t0 + 599_999, false)).toEqual({ action: 'wait', until: t0 + 600_000, why: 'delay' });
    expect(decideNotification(prefs(), waiting, t0 + 600_000, false)).toEqual({
      action: 'notify',
      counts: [
        { from: 'alice', messages: 2 },
        { from: 'carol', messages: 1 },
      ],
      coveredUntil: t0 + 2000,
    });
  });

  it('says nothing when off, online, nothing new, or once per absence already', () => {
    expect(decideNotification(prefs({ notifications: false }), waiting, t0 + 10 ** 7, false)).toMatchObject({ action: 'none', why: 'off' });
    expect(decideNotification(prefs(), waiting, t0 + 10 ** 7, true)).toMatchObject({ action: 'none', why: 'online' });
    expect(decideNotification(prefs({ coveredUntil: t0 + 2000 }), waiting, t0 + 10 ** 7, false)).toMatchObject({ action: 'none', why: 'nothing-new' });
    expect(decideNotification(prefs(), [], t0, false)).toMatchObject({ action: 'none', why: 'nothing-new' });
    expect(decideNotification(prefs({ everyMs: 0, lastNotifiedAt: t0 - 1, coveredUntil: t0 }), waiting, t0 + 10 ** 7, false)).toMatchObject({ action: 'none', why: 'once-per-absence' });
  });

  it('at most once per period: a new message after a notification waits for the period', () => {
    const after = prefs({ lastNotifiedAt: t0 + 600_000, coveredUntil: t0 + 1000 });
    expect(decideNotification(after, waiting, t0 + 700_000, false)).toEqual({ action: 'wait', until: t0 + 600_000 + 3600_000, why: 'every' });
    // The counts are of everything waiting, not only the new one.
    expect(decideNotification(after, waiting, t0 + 600_000 + 3600_000, false)).toMatchObject({ action: 'notify', counts: [{ from: 'alice', messages: 2 }, { from: 'carol', messages: 1 }] });
  });

  it('waits out quiet hours', () => {
    const quiet = prefs({ quiet: parseQuietHours('11:00-14:00', 'UTC') });
    expect(decideNotification(quiet, waiting, t0 + 600_000, false)).toEqual({ action: 'wait', until: at('2026-01-15T14:00:00Z'), why: 'quiet' });
  });
});

describe('backoff', () => {
  const options = { baseMs: 30_000, maxMs: 3600_000 };
  it('doubles from the base up to the cap, with +-20 % jitter', () => {
    expect([1, 2, 3, 4].map((n) => retryDelay(n, options, () => 0.5))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelay(20, options, () => 0.5)).toBe(3600_000);
    expect(retryDelay(1, options, () => 0)).toBe(24_000);
    expect(retryDelay(1, options, () => 0.999999)).toBe(36_000);
  });
});

describe('signatures', () => {
  const secret = Buffer.alloc(32, 7);
  const body = '{"id":"abc","type":"notification"}';
  const now = at('2026-01-15T12:00:00Z');

  it('verify with the secret, the exact body and a timestamp within 5 minutes', () => {
    const header = signatureHeader(secret, now, body);
    expect(header).toMatch(/^t=\d{13},v1=[0-9a-f]{64}$/);
    expect(verifySignature(header, secret, body, now + 299_000)).toEqual({ ok: true, timestamp: now });
    expect(verifySignature(header, secret, body, now + 301_000)).toEqual({ ok: false, why: 'stale' });
    expect(verifySignature(header, secret, body.replace('abc', 'abd'), now)).toEqual({ ok: false, why: 'mismatch' });
    expect(verifySignature(header, Buffer.alloc(32, 8), body, now)).toEqual({ ok: false, why: 'mismatch' });
    // The timestamp is signed: moving it breaks the signature.
    expect(verifySignature(header.replace(`t=${now}`, `t=${now + 1}`), secret, body, now)).toEqual({ ok: false, why: 'mismatch' });
    expect(verifySignature(undefined, secret, body, now)).toEqual({ ok: false, why: 'malformed' });
    expect(verifySignature(`t=${now}.5,v1=${'0'.repeat(64)}`, secret, body, now)).toEqual({ ok: false, why: 'malformed' });
  });

  it('the challenge answer needs the secret (an echo of the challenge is not it)', () => {
    const answer = challengeResponse(secret, 'c0ffee');
    expect(answer).toMatch(/^[0-9a-f]{64}$/);
    expect(answer).not.toBe(challengeResponse(Buffer.alloc(32, 8), 'c0ffee'));
    expect(answer).not.toContain('c0ffee');
  });
});

describe('verification codes', () => {
  it('six digits, kept as a hash bound to the channel, expiring, with a few tries', () => {
    const code = newCode();
    expect(code).toMatch(/^\d{6}$/);
    const pending = { hash: hashCode('bob', 'e1', code), expiresAt: 1000, attempts: 0 };
    expect(checkCode(pending, 'bob', 'e1', code, 999)).toBe('ok');
    expect(checkCode(pending, 'bob', 'e1', ` ${code.slice(0, 3)} ${code.slice(3)} `, 999)).toBe('ok');
    expect(checkCode(pending, 'bob', 'e2', code, 999)).toBe('wrong');
    expect(checkCode(pending, 'eve', 'e1', code, 999)).toBe('wrong');
    expect(checkCode(pending, 'bob', 'e1', code, 1000)).toBe('expired');
    expect(checkCode({ ...pending, attempts: CODE_ATTEMPTS }, 'bob', 'e1', code, 999)).toBe('used-up');
    expect(checkCode(null, 'bob', 'e1', code, 999)).toBe('none');
  });
});

describe('daily caps', () => {
  it('count per kind per UTC day, restored at start, and roll over at midnight', () => {
    const caps = new DailyCaps({ email: 2, sms: 1, webhook: 5 });
    const day = at('2026-01-15T23:59:00Z');
    caps.restore(day, { email: 1, sms: 0, webhook: 0 });
    expect(caps.take('email', day)).toBe(true);
    expect(caps.take('email', day)).toBe(false);
    expect(caps.take('sms', day)).toBe(true);
    expect(caps.take('sms', day)).toBe(false);
    expect(caps.today(day)).toEqual([
      { kind: 'email', used: 2, cap: 2 },
      { kind: 'sms', used: 1, cap: 1 },
      { kind: 'webhook', used: 0, cap: 5 },
    ]);
    expect(caps.take('email', at('2026-01-16T00:00:00Z'))).toBe(true);
  });
});

describe('channel addresses', () => {
  it('takes email addresses, E.164 numbers and http(s) URLs, and nothing else', () => {
    expect(normalizeAddress('email', ' Bob.Smith+natter@Example.ORG ')).toBe('Bob.Smith+natter@example.org');
    expect(normalizeAddress('sms', '+1 (555) 123-4567')).toBe('+15551234567');
    expect(normalizeAddress('webhook', 'https://hooks.example.org/natter#x')).toBe('https://hooks.example.org/natter');
    for (const [kind, bad] of [
      ['email', 'bob'],
      ['email', 'bob@localhost'],
      ['email', 'a@b@c.org'],
      ['sms', '5551234567'],
      ['sms', '+0123456789'],
      ['webhook', 'ftp://example.org/'],
      ['webhook', 'https://user:pw@example.org/'],
      ['webhook', 'not a url'],
    ] as const) {
      expect(() => normalizeAddress(kind, bad), bad).toThrow(expect.objectContaining({ code: 'NOTIFY_ADDRESS_INVALID' }));
    }
    expect(maskAddress('sms', '+15551234567')).toBe('+15******567');
    expect(maskAddress('email', 'bob@example.org')).toBe('bob@example.org');
  });
});

describe('webhook addresses', () => {
  const own = new Set(['198.51.100.9']);
  it('refuses loopback, private, link-local, CGNAT, multicast, mapped forms and the node’s own addresses', () => {
    for (const ip of ['127.0.0.1', '127.9.9.9', '::1', '10.0.0.1', '172.16.5.4', '192.168.1.1', '169.254.169.254', '100.64.0.1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '0.0.0.0', '224.0.0.1', '::', '198.51.100.9']) {
      expect(forbiddenAddress(ip, own), ip).toBeDefined();
    }
    for (const ip of ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946', '172.32.0.1', '100.128.0.1']) expect(forbiddenAddress(ip, own), ip).toBeUndefined();
    expect(forbiddenAddress('169.254.169.254', own)).toBe('link-local');
  });

  it('checks every address a name resolves to, and allows all when the operator says so', async () => {
    const resolver = async (name: string) => (name === 'mixed.test' ? [{ address: '93.184.216.34', family: 4 }, { address: '10.0.0.5', family: 4 }] : [{ address: '93.184.216.34', family: 4 }]);
    await expect(checkWebhookHost('public.test', false, resolver)).resolves.toBeUndefined();
    await expect(checkWebhookHost('mixed.test', false, resolver)).rejects.toMatchObject({ code: 'NOTIFY_URL_FORBIDDEN' });
    await expect(checkWebhookHost('localhost', false, resolver)).rejects.toMatchObject({ code: 'NOTIFY_URL_FORBIDDEN' });
    await expect(checkWebhookHost('[::1]', false, resolver)).rejects.toMatchObject({ code: 'NOTIFY_URL_FORBIDDEN' });
    await expect(checkWebhookHost('mixed.test', true, resolver)).resolves.toBeUndefined();
  });

  it('the connection’s own lookup refuses a name that rebinds to an internal address, and hands over only checked addresses', async () => {
    let answer = [{ address: '93.184.216.34', family: 4 }];
    const lookup = guardedLookup(false, async () => answer);
    const ask = (options: { all?: boolean }) =>
      new Promise<{ err: unknown; address: unknown }>((resolve) => lookup('hooks.test', options, (err, address) => resolve({ err, address })));
    expect(await ask({ all: true })).toEqual({ err: null, address: [{ address: '93.184.216.34', family: 4 }] });
    expect(await ask({})).toEqual({ err: null, address: '93.184.216.34' });
    answer = [{ address: '127.0.0.1', family: 4 }];
    const rebound = await ask({ all: true });
    expect(rebound.err).toMatchObject({ code: 'NOTIFY_URL_FORBIDDEN' });
    expect(rebound.address).toBe('');
  });
});

describe('what notifications say', () => {
  const ctx = { nodeName: 'chat.example.org', unsubscribeUrl: 'https://chat.example.org/unsubscribe?t=abc', unsubscribeCode: 'abc' };
  it('counts and names, never more, with an unsubscribe link and code in every email', () => {
    expect(notificationSummary([{ from: 'alice', messages: 3 }])).toBe('3 new messages from alice');
    expect(notificationSummary([{ from: 'alice', messages: 1 }])).toBe('1 new message from alice');
    expect(notificationSummary([{ from: 'a', messages: 1 }, { from: 'b', messages: 1 }, { from: 'c', messages: 1 }, { from: 'd', messages: 2 }])).toBe('5 new messages from a, b and 2 others');
    const mail = renderNotification('email', 'bob', [{ from: 'alice', messages: 3 }], ctx) as { subject: string; text: string };
    expect(mail.subject).toBe('natter: 3 new messages from alice');
    expect(mail.text).toContain('https://chat.example.org/unsubscribe?t=abc');
    expect(mail.text).toContain('natter notify unsubscribe abc');
    const sms = renderNotification('sms', 'bob', [{ from: 'alice', messages: 3 }], ctx) as { text: string };
    expect(sms.text.length).toBeLessThanOrEqual(160);
  });
});
