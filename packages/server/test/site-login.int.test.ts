// Signing in with a site token over the control channel: the first token
// makes the account (with the login's identity key), later ones sign the
// same account in, a replayed one is refused; the account has no password,
// and a site cannot sign in an account it did not make.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signSiteToken } from '@natter/server';
import { startTestNode, type TestNode } from '../../../test/support/start-test-node.js';
import { ControlClient, newIdentity, registerAndLogin } from '../../../test/support/control-client.js';

const shop = { id: 'shop', origin: 'https://shop.example', secret: 'a-shop-secret-of-at-least-32-characters' };
let node: TestNode;

beforeAll(async () => {
  node = await startTestNode({ sites: [shop], registration: 'closed' });
});
afterAll(async () => {
  await node?.stop();
});

async function siteLogin(token: string, identityKey: Uint8Array) {
  const client = await ControlClient.connect(node.url);
  const answer = await client.request({ login: { username: '', siteToken: token, identityKey, clientVersion: 'natter-test/0' } });
  return { client, answer };
}

describe('site sign-in', () => {
  it('makes the account on the first token (also with registration closed), signs it in again with the next', async () => {
    const identity = newIdentity();
    const token = signSiteToken(shop, 'erin', Date.now() + 60_000);
    const first = await siteLogin(token, identity.publicKey);
    expect(first.answer.loginOk?.username).toBe('erin');
    await first.client.close();

    const replay = await siteLogin(token, identity.publicKey);
    expect(replay.answer.error?.code).toBe('SITE_TOKEN_REPLAYED');
    await replay.client.close();

    const again = await siteLogin(signSiteToken(shop, 'erin', Date.now() + 60_000), identity.publicKey);
    expect(again.answer.loginOk?.username).toBe('erin');
    // The resume token works like any other.
    await again.client.close();
    const resumed = await ControlClient.connect(node.url);
    const back = await resumed.request({ login: { username: 'erin', resumeToken: again.answer.loginOk!.resumeToken, clientVersion: 'natter-test/0' } });
    expect(back.loginOk?.username).toBe('erin');
    await resumed.close();

    // No password opens a site account.
    const byPassword = await ControlClient.connect(node.url);
    expect((await byPassword.request({ login: { username: 'erin', password: '', clientVersion: 'natter-test/0' } })).error?.code).toBe('AUTH_FAILED');
    await byPassword.close();
  });

  it('refuses forged and expired tokens with their codes, and a name the site did not make', async () => {
    const identity = newIdentity();
    const forged = await siteLogin(signSiteToken({ id: 'shop', secret: 'another-secret-of-at-least-32-characters' }, 'erin', Date.now() + 60_000), identity.publicKey);
    expect(forged.answer.error?.code).toBe('SITE_TOKEN_INVALID');
    await forged.client.close();
    const expired = await siteLogin(signSiteToken(shop, 'erin', Date.now() - 5_000), identity.publicKey);
    expect(expired.answer.error?.code).toBe('SITE_TOKEN_EXPIRED');
    await expired.client.close();

    // A password account, made by the operator's open node elsewhere: here registration is closed, so use another node.
    const open = await startTestNode({ sites: [shop] });
    try {
      const owner = await registerAndLogin(open.url, 'frank');
      await owner.client.close();
      const client = await ControlClient.connect(open.url);
      const answer = await client.request({ login: { username: '', siteToken: signSiteToken(shop, 'frank', Date.now() + 60_000), identityKey: identity.publicKey, clientVersion: 'natter-test/0' } });
      expect(answer.error?.code).toBe('SITE_ACCOUNT_CONFLICT');
      await client.close();
    } finally {
      await open.stop();
    }
  });
});
