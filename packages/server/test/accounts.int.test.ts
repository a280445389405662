// Accounts over the control channel (docs/protocol.md "Register, Login,
// Logout" and the error table): usernames, passwords, identity keys,
// resume tokens, rate limits, session replacement, password change and
// account deletion.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { startTestNode, storedUser, type TestNode } from '../../../test/support/start-test-node.js';
import { useTestNode } from '../../../test/support/test-node.js';
import { ControlClient, befriend, login, newIdentity, registerAndLogin } from '../../../test/support/control-client.js';
import { adminCommand } from '../../../test/support/admin-client.js';

// Generous login limits: this file logs in far more often than a person would.
const roomy = { perSecond: 1000, burst: 1000 };
const srv = useTestNode({ accounts: { perAccount: roomy, perAddress: roomy } });
const { open } = srv;

async function connect(url = srv.node.url): Promise<ControlClient> {
  const c = await ControlClient.connect(url);
  open.push(c);
  return c;
}

/** Registers on a fresh connection; `identityKey: null` leaves the key out. */
async function register(username: string, password = 'correct horse', identityKey: Uint8Array | null = newIdentity().publicKey, url = srv.node.url) {
  const c = await connect(url);
  return c.request({ register: { username, password, identityKey } });
}

async function registered(username: string, password = 'correct horse') {
  const r = await registerAndLogin(srv.node.url, username, password);
  open.push(r.client);
  return r;
}

async function loginFails(username: string, credential: string | { token: Uint8Array }, url = srv.node.url) {
  const err = await login(url, username, credential).then(
    (r) => {
      open.push(r.client);
      return undefined;
    },
    (e: Error & { code: string; retryAfterMs: number }) => e,
  );
  if (!err) throw new Error(`login of ${username} succeeded`);
  return err;
}

describe('Register', () => {
  it('answers Ok without logging in', async () => {
    const c = await connect();
    const ok = await c.request({ register: { username: 'nologin', password: 'correct horse', identityKey: newIdentity().publicKey } });
    expect(ok.body).toBe('ok');
    expect((await c.request({ presenceUpdate: { status: 1 } })).error?.code).toBe('NOT_LOGGED_IN');
  });

  it.each([
    ['too short', 'ab'],
    ['too long', 'a'.repeat(33)],
    ['empty', ''],
    ['digit first', '1abc'],
    ['underscore first', '_abc'],
    ['dot first', '.abc'],
    ['space inside', 'ab cd'],
    ['punctuation', 'abc!'],
    ['@ sign', 'abc@host'],
    ['non-ASCII letter', 'jürgen'],
    ['Cyrillic look-alike', 'аlice'],
    ['NUL byte', 'ab\u0000cd'],
    ['slash', 'ab/cd'],
  ])('refuses a username that is %s with USERNAME_INVALID', async (_why, name) => {
    const r = await register(name);
    expect(r.error?.code).toBe('USERNAME_INVALID');
  });

  it.each(['abc', 'a'.repeat(32), 'a.b_c-9', 'z12'])('accepts the username %s', async (name) => {
    expect((await register(name)).body).toBe('ok');
  });

  it('lower-cases usernames: Register MixedCase is the account mixedcase', async () => {
    expect((await register('MixedCase')).body).toBe('ok');
    const { client, loginOk } = await login(srv.node.url, 'mixedcase', 'correct horse');
    open.push(client);
    expect(loginOk.loginOk!.username).toBe('mixedcase');
    const again = await login(srv.node.url, 'MIXEDCASE', 'correct horse');
    open.push(again.client);
    expect(again.loginOk.loginOk!.username).toBe('mixedcase');
    expect((await register('MIXEDcase')).error?.code).toBe('USERNAME_TAKEN');
  });

  it('refuses a name that exists with USERNAME_TAKEN (and keeps the first password)', async () => {
    expect((await register('taken', 'first password')).body).toBe('ok');
    expect((await register('taken', 'second password')).error?.code).toBe('USERNAME_TAKEN');
    expect((await loginFails('taken', 'second password')).code).toBe('AUTH_FAILED');
    const { client } = await login(srv.node.url, 'taken', 'first password');
    open.push(client);
  });

  it('lets exactly one of several simultaneous registrations of a name succeed, and keeps that account', async () => {
    const clients = await Promise.all(Array.from({ length: 8 }, () => connect()));
    const answers = await Promise.all(
      clients.map((c, i) => c.request({ register: { username: 'racer', password: `racing password ${i}`, identityKey: newIdentity().publicKey } })),
    );
    const winners = answers.flatMap((a, i) => (a.body === 'ok' ? [i] : []));
    expect(winners).toHaveLength(1);
    for (const a of answers) if (a.body !== 'ok') expect(a.error!.code).toBe('USERNAME_TAKEN');
    // The account that was answered Ok is the one on record.
    const { client } = await login(srv.node.url, 'racer', `racing password ${winners[0]}`);
    open.push(client);
  });

  it.each([
    ['empty', ''],
    ['7 characters', 'short12'],
    ['1025 characters', 'x'.repeat(1025)],
    ['4 emoji (8 UTF-16 units, 4 characters)', '🔑🔑🔑🔑'],
  ])('refuses a password that is %s with PASSWORD_WEAK', async (_why, password) => {
    expect((await register(`weak${randomBytes(3).toString('hex')}`, password)).error?.code).toBe('PASSWORD_WEAK');
  });

  it.each([
    ['8 characters', 'eight888'],
    ['1024 characters', 'y'.repeat(1024)],
    ['8 emoji', '🔑'.repeat(8)],
  ])('accepts a password of %s and logs in with it', async (_why, password) => {
    const name = `pw${randomBytes(3).toString('hex')}`;
    expect((await register(name, password)).body).toBe('ok');
    const { client } = await login(srv.node.url, name, password);
    open.push(client);
  });

  it.each([
    ['missing', null],
    ['empty', new Uint8Array(0)],
    ['31 bytes', newIdentity().publicKey.subarray(0, 31)],
    ['33 bytes', Buffer.concat([newIdentity().publicKey, Buffer.from([0])])],
    ['64 bytes (a private+public pair)', randomBytes(64)],
  ])('refuses an identity key that is %s with IDENTITY_KEY_INVALID', async (_why, key) => {
    expect((await register(`key${randomBytes(3).toString('hex')}`, 'correct horse', key)).error?.code).toBe('IDENTITY_KEY_INVALID');
  });

  // RFC 8032 §5.1.3: 32 bytes are an Ed25519 public key only if they decode
  // to a curve point. y = 2 has no x on the curve (x² = (y²-1)/(dy²+1) is
  // not a square mod p); y = p is a non-canonical encoding; y = 1 with the
  // sign bit set would be x = -0.
  const y = (n: bigint, sign = 0) => {
    const b = Buffer.alloc(32);
    for (let i = 0; i < 32; i++) b[i] = Number((n >> BigInt(8 * i)) & 0xffn);
    b[31] |= sign << 7;
    return b;
  };
  const p = 2n ** 255n - 19n;
  it.each([
    ['y = 2, not on the curve', y(2n)],
    ['y = 7, not on the curve', y(7n)],
    ['y = p, non-canonical', y(p)],
    ['y = 2^255 - 1, non-canonical', y(2n ** 255n - 1n)],
    ['x = 0 with the sign bit set', y(1n, 1)],
  ])('refuses 32 bytes that are no Ed25519 point (%s) with IDENTITY_KEY_INVALID', async (_why, key) => {
    expect((await register(`pt${randomBytes(3).toString('hex')}`, 'correct horse', key)).error?.code).toBe('IDENTITY_KEY_INVALID');
  });

  it('accepts real Ed25519 keys', async () => {
    for (let i = 0; i < 20; i++) expect((await register(`real${i}`)).body).toBe('ok');
  });
});

describe('Login', () => {
  it('answers LoginOk with a resume token, its expiry and STUN credentials for this node', async () => {
    expect((await register('fields')).body).toBe('ok');
    const before = Date.now();
    const { client, loginOk } = await login(srv.node.url, 'fields', 'correct horse');
    open.push(client);
    const ok = loginOk.loginOk!;
    expect(ok.username).toBe('fields');
    expect(ok.resumeToken!.length).toBe(32);
    const thirtyDays = 30 * 24 * 3600 * 1000;
    expect(Number(ok.resumeTokenExpiresMs)).toBeGreaterThanOrEqual(before + thirtyDays - 60_000);
    expect(Number(ok.resumeTokenExpiresMs)).toBeLessThanOrEqual(Date.now() + thirtyDays + 60_000);
    expect(Math.abs(Number(ok.serverTimeMs) - Date.now())).toBeLessThan(60_000);
    expect(ok.stun!.username).toBeTruthy();
    expect(ok.stun!.password!.length).toBeGreaterThanOrEqual(16);
    const stunPort = Number(srv.node.stunAddresses[0]!.split(':').pop());
    expect(ok.stun!.servers).toEqual([expect.objectContaining({ ip: '127.0.0.1', port: stunPort, kind: 1 })]);
    // Pushed after LoginOk: the buddy list.
    expect((await client.next('buddyList')).buddyList).toBeTruthy();
  });

  it('answers a wrong password, an unknown user and an invalid name with the same AUTH_FAILED', async () => {
    expect((await register('victim', 'right password')).body).toBe('ok');
    const wrong = await loginFails('victim', 'wrong password');
    const unknown = await loginFails('nosuchuser', 'wrong password');
    const invalid = await loginFails('No Such User!', 'wrong password');
    for (const e of [wrong, unknown, invalid]) {
      expect(e.code).toBe('AUTH_FAILED');
      expect(e.message).toBe(wrong.message);
      expect(e.retryAfterMs).toBe(0);
    }
  });

  it('logs in with a resume token (cheap reconnect), which names the user', async () => {
    const { token } = await registered('resumer');
    const { client, loginOk } = await login(srv.node.url, '', { token });
    open.push(client);
    expect(loginOk.loginOk!.username).toBe('resumer');
    // Each login issues a new token, and the old one keeps working.
    expect(Buffer.from(loginOk.loginOk!.resumeToken!).equals(token)).toBe(false);
    const again = await login(srv.node.url, 'resumer', { token });
    open.push(again.client);
    expect(again.loginOk.loginOk!.username).toBe('resumer');
  });

  it('refuses a token presented with someone else’s name', async () => {
    const { token } = await registered('tokenowner');
    expect((await register('othername')).body).toBe('ok');
    expect((await loginFails('othername', { token })).code).toBe('AUTH_FAILED');
  });

  it.each([
    ['unknown (32 random bytes)', randomBytes(32)],
    ['short garbage', Buffer.from('garbage')],
    ['empty', Buffer.alloc(0)],
    ['too long', randomBytes(64)],
  ])('refuses a resume token that is %s with AUTH_FAILED', async (_why, token) => {
    expect((await loginFails('', { token })).code).toBe('AUTH_FAILED');
  });

  it('keeps only the newest 10 resume tokens of a user', async () => {
    const { token: first } = await registered('manytokens');
    const tokens: Buffer[] = [];
    for (let i = 0; i < 10; i++) {
      const { client, loginOk } = await login(srv.node.url, 'manytokens', 'correct horse');
      tokens.push(Buffer.from(loginOk.loginOk!.resumeToken!));
      await client.close();
    }
    expect((await loginFails('manytokens', { token: first })).code).toBe('AUTH_FAILED');
    for (const token of [tokens[0]!, tokens[9]!]) {
      const { client } = await login(srv.node.url, 'manytokens', { token });
      await client.close();
    }
  });

  // Changed with devices (issue 14): a Login with another key is a new
  // device that waits for approval; only new_identity replaces the key set.
  it('makes a Login with another key a pending device, replaces the keys only with new_identity, and refuses an invalid key', async () => {
    const a = await registered('rekey');
    const b = await registered('rekeybuddy');
    await befriend(a, 'rekey', b, 'rekeybuddy');
    const fresh = newIdentity();
    const { client: waiting, loginOk } = await login(srv.node.url, 'rekey', 'correct horse', { identityKey: fresh.publicKey });
    open.push(waiting);
    expect(loginOk.loginOk!.deviceState).toBe(2);
    expect(loginOk.loginOk!.linkCode).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    expect((await waiting.request({ presenceUpdate: { status: 1 } })).error?.code).toBe('DEVICE_PENDING');
    expect(await b.client.none('presencePush', 300, (f) => Buffer.from(f.presencePush!.presence!.identityKey ?? []).equals(fresh.publicKey))).toBe(true);
    const replaced = waiting.closed;
    const client = await ControlClient.connect(srv.node.url);
    await client.call({ login: { username: 'rekey', password: 'correct horse', clientVersion: 'natter-test/0', identityKey: fresh.publicKey, newIdentity: true } });
    expect(await replaced).toBe(4001);
    // The account's other device was revoked by the new identity.
    expect(await a.client.closed).toBe(4006);
    open.push(client);
    const p = await b.client.next('presencePush', (f) => Buffer.from(f.presencePush!.presence!.identityKey ?? []).equals(fresh.publicKey));
    expect(p.presencePush!.presence!.username).toBe('rekey');
    expect(p.presencePush!.presence!.status).toBe(1);
    // And the new key is the one on record: it is in the list of a later login.
    const { client: b2 } = await login(srv.node.url, 'rekeybuddy', 'correct horse');
    open.push(b2);
    const list = await b2.next('buddyList');
    expect(Buffer.from(list.buddyList!.buddies![0]!.identityKey!).equals(fresh.publicKey)).toBe(true);
    const bad = await ControlClient.connect(srv.node.url);
    open.push(bad);
    const r = await bad.request({ login: { username: 'rekey', password: 'correct horse', identityKey: Buffer.alloc(31) } });
    expect(r.error?.code).toBe('IDENTITY_KEY_INVALID');
  });

  it('refuses Login and Register on a logged-in connection with ALREADY_LOGGED_IN', async () => {
    const { client } = await registered('twice');
    expect((await client.request({ login: { username: 'twice', password: 'correct horse' } })).error?.code).toBe('ALREADY_LOGGED_IN');
    expect((await client.request({ register: { username: 'another', password: 'correct horse', identityKey: newIdentity().publicKey } })).error?.code).toBe(
      'ALREADY_LOGGED_IN',
    );
    expect((await client.call({ presenceUpdate: { status: 1 } })).body).toBe('ok');
  });

  it('closes the old connection with SESSION_REPLACED when the user logs in again; buddies see no offline blip', async () => {
    const old = await registered('replaced');
    const buddy = await registered('watcher');
    await befriend(old, 'replaced', buddy, 'watcher');
    buddy.client.pushes.length = 0;
    const { client } = await login(srv.node.url, 'replaced', 'correct horse');
    open.push(client);
    expect(await old.client.closed).toBe(4001);
    expect(old.client.pushes.some((f) => f.error?.code === 'SESSION_REPLACED')).toBe(true);
    // The new session is the live one.
    expect((await client.call({ presenceUpdate: { status: 3, statusText: 'new place' } })).body).toBe('ok');
    await buddy.client.next('presencePush', (f) => f.presencePush!.presence!.statusText === 'new place');
    expect(buddy.client.pushes.some((f) => f.presencePush?.presence?.username === 'replaced' && f.presencePush.presence.status === 0)).toBe(false);
  });

  it('answers Logout with Ok, then closes; the user is offline', async () => {
    const a = await registered('leaver');
    const b = await registered('stayer');
    await befriend(a, 'leaver', b, 'stayer');
    const ok = await a.client.call({ logout: {} });
    expect(ok.body).toBe('ok');
    expect(await a.client.closed).toBe(1000);
    await b.client.next('presencePush', (f) => f.presencePush!.presence!.username === 'leaver' && f.presencePush!.presence!.status === 0);
  });
});

describe('ChangePassword', () => {
  it('switches the password and revokes every resume token; the session stays', async () => {
    const { client, token } = await registered('changer', 'old password');
    const other = await login(srv.node.url, 'changer', { token });
    open.push(other.client);
    const otherToken = other.loginOk.loginOk!.resumeToken!;
    // The second login replaced the first session; use the live one.
    const live = other.client;
    expect(await client.closed).toBe(4001);
    expect((await live.call({ changePassword: { oldPassword: 'old password', newPassword: 'new password' } })).body).toBe('ok');
    expect((await loginFails('changer', 'old password')).code).toBe('AUTH_FAILED');
    expect((await loginFails('changer', { token })).code).toBe('AUTH_FAILED');
    expect((await loginFails('changer', { token: otherToken })).code).toBe('AUTH_FAILED');
    expect((await live.call({ heartbeat: { sentAtMs: 1 } })).body).toBe('heartbeatAck');
    const fresh = await login(srv.node.url, 'changer', 'new password');
    open.push(fresh.client);
  });

  it('refuses a wrong old password with AUTH_FAILED and a weak new one with PASSWORD_WEAK, changing nothing', async () => {
    const { client, token } = await registered('keeper', 'keep this one');
    expect((await client.request({ changePassword: { oldPassword: 'not the one', newPassword: 'whatever123' } })).error?.code).toBe('AUTH_FAILED');
    expect((await client.request({ changePassword: { oldPassword: 'keep this one', newPassword: 'short' } })).error?.code).toBe('PASSWORD_WEAK');
    const byToken = await login(srv.node.url, 'keeper', { token });
    await byToken.client.close();
    const byPassword = await login(srv.node.url, 'keeper', 'keep this one');
    open.push(byPassword.client);
  });
});

describe('DeleteAccount', () => {
  it('refuses a wrong password with AUTH_FAILED and keeps the account', async () => {
    const { client } = await registered('notdeleted');
    expect((await client.request({ deleteAccount: { password: 'wrong password' } })).error?.code).toBe('AUTH_FAILED');
    expect(client.closeCode).toBeUndefined();
    expect((await client.call({ heartbeat: { sentAtMs: 1 } })).body).toBe('heartbeatAck');
  });

  it('answers Ok, closes, tells buddies REMOVED, forgets relations and frees the name', async () => {
    const doomed = await registered('doomed');
    const friend = await registered('friend');
    const asker = await registered('asker');
    await befriend(doomed, 'doomed', friend, 'friend');
    // A pending request to the doomed user, and one from it.
    await asker.client.call({ buddyAction: { action: 1, username: 'doomed' } });
    const stranger = await registered('requested');
    await doomed.client.call({ buddyAction: { action: 1, username: 'requested' } });
    await stranger.client.next('buddyEvent', (f) => f.buddyEvent!.username === 'doomed');
    // An offline message waiting for the doomed user from a buddy.
    const quiet = await registered('quietfriend');
    await befriend(doomed, 'doomed', quiet, 'quietfriend');
    await quiet.client.call({ offlineStore: { to: 'doomed', messageId: Buffer.from([9]), sealed: Buffer.from('for doomed') } });
    const ok = await doomed.client.call({ deleteAccount: { password: 'correct horse' } });
    expect(ok.body).toBe('ok');
    expect(await doomed.client.closed).toBe(4003);

    const ev = await friend.client.next('buddyEvent', (f) => f.buddyEvent!.username === 'doomed' && f.buddyEvent!.kind === 3);
    expect(ev.buddyEvent!.kind).toBe(3);
    await friend.client.next('buddyList', (f) => f.buddyList!.buddies!.length === 0);
    // The pending request from the deleted user is gone from the stranger's list.
    await stranger.client.next('buddyList', (f) => !(f.buddyList!.incomingRequests ?? []).includes('doomed'));

    expect((await loginFails('doomed', 'correct horse')).code).toBe('AUTH_FAILED');
    expect((await loginFails('doomed', { token: doomed.token })).code).toBe('AUTH_FAILED');

    // Someone else takes the name and inherits nothing.
    const heir = await registered('doomed', 'another password');
    const list = await heir.client.next('buddyList');
    expect(list.buddyList!.buddies ?? []).toEqual([]);
    expect(list.buddyList!.incomingRequests ?? []).toEqual([]);
    expect(list.buddyList!.outgoingRequests ?? []).toEqual([]);
    expect(await heir.client.none('offlineDeliver', 150)).toBe(true);
    // Not anyone's buddy either.
    expect((await friend.client.request({ punchRequest: { buddy: 'doomed' } })).error?.code).toBe('NOT_A_BUDDY');
    expect((await friend.client.request({ offlineStore: { to: 'doomed', messageId: Buffer.from([1]), sealed: Buffer.from('x') } })).error?.code).toBe('NOT_A_BUDDY');
  });
});

describe('resume tokens and accounts survive a restart', () => {
  it('logs in by token and by password on a new node over the same data directory', async () => {
    const first = await startTestNode();
    let second: TestNode | undefined;
    try {
      const { client, token } = await registerAndLogin(first.url, 'durable', 'durable password');
      await client.close();
      await first.stop({ keepData: true });
      second = await startTestNode({ dataDir: first.dataDir });
      const byToken = await login(second.url, 'durable', { token });
      expect(byToken.loginOk.loginOk!.username).toBe('durable');
      await byToken.client.close();
      const byPassword = await login(second.url, 'durable', 'durable password');
      await byPassword.client.close();
      const taken = await ControlClient.connect(second.url);
      expect((await taken.request({ register: { username: 'durable', password: 'xxxxxxxxxx', identityKey: newIdentity().publicKey } })).error?.code).toBe('USERNAME_TAKEN');
      await taken.close();
    } finally {
      await (second ?? first).stop();
    }
  });
});

describe('registration closed', () => {
  let closed: TestNode;
  beforeAll(async () => {
    closed = await startTestNode({ registration: 'closed' });
  });
  afterAll(() => closed?.stop());

  it('refuses Register with REGISTRATION_CLOSED; an operator-added user logs in and sets a key', async () => {
    const r = await register('newcomer', 'correct horse', newIdentity().publicKey, closed.url);
    expect(r.error?.code).toBe('REGISTRATION_CLOSED');
    expect((await adminCommand(closed.adminSocket!, { cmd: 'users.add', username: 'Invited', password: 'operator set' })).ok).toBe(true);
    const key = newIdentity().publicKey;
    const { client, loginOk } = await login(closed.url, 'invited', 'operator set', { identityKey: key });
    open.push(client);
    expect(loginOk.loginOk!.username).toBe('invited');
    const list = await adminCommand<Array<{ username: string; hasIdentityKey: boolean }>>(closed.adminSocket!, { cmd: 'users.list' });
    expect(list.result).toEqual([expect.objectContaining({ username: 'invited', hasIdentityKey: true })]);
  });
});

describe('login rate limits', () => {
  let limited: TestNode;
  beforeAll(async () => {
    // Overriding the limits must not bring back the production scrypt cost.
    limited = await startTestNode({ accounts: { perAccount: { perSecond: 0.001, burst: 3 }, perAddress: { perSecond: 0.001, burst: 8 } } });
  });
  afterAll(() => limited?.stop());

  it('answers AUTH_RATE_LIMITED with retry_after_ms after too many attempts on one account, even for the right password', async () => {
    for (const name of ['ratelimited', 'bystander']) expect((await register(name, 'correct horse', newIdentity().publicKey, limited.url)).body).toBe('ok');
    for (let i = 0; i < 3; i++) expect((await loginFails('ratelimited', `wrong ${i}`, limited.url)).code).toBe('AUTH_FAILED');
    const limitedErr = await loginFails('ratelimited', 'correct horse', limited.url);
    expect(limitedErr.code).toBe('AUTH_RATE_LIMITED');
    expect(limitedErr.retryAfterMs).toBeGreaterThan(0);
    // Another account from the same address still gets in (address budget 8).
    const ok = await login(limited.url, 'bystander', 'correct horse');
    await ok.client.close();
  });

  it('limits attempts per source address across accounts', async () => {
    // The address has spent 5 of its 8 (4 on "ratelimited", 1 on "bystander").
    const results: string[] = [];
    for (let i = 0; i < 4; i++) results.push((await loginFails(`nobody${i}`, 'wrong password', limited.url)).code);
    expect(results).toEqual(['AUTH_FAILED', 'AUTH_FAILED', 'AUTH_FAILED', 'AUTH_RATE_LIMITED']);
  });

  it('startTestNode keeps scrypt N = 1024 when the limits are overridden', async () => {
    await limited.stop({ keepData: true });
    try {
      expect((await storedUser(limited.dataDir, 'bystander'))!.N).toBe(1024);
    } finally {
      limited = await startTestNode({ dataDir: limited.dataDir });
    }
  });
});
