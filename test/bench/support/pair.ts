// Two accounts that are buddies, for benches that need one pair of users.
import { generateIdentity, identityPublicKey } from '@natter/peer';
import { LeanClient } from './lean-client.mjs';

export const BENCH_PASSWORD = 'bench password';

/** Registers alice and bob on the node at `url`, makes them buddies, and returns their resume tokens. */
export async function registerPair(url: string): Promise<{ alice: Uint8Array; bob: Uint8Array }> {
  // Not generateKeyPairSync + JWK export: that can deadlock on Node 20 (packages/peer/src/crypto/keygen.ts).
  const identityKey = identityPublicKey(generateIdentity());
  const [a, b] = await Promise.all([LeanClient.connect(url), LeanClient.connect(url)]);
  const login = async (c: LeanClient, username: string) => {
    await c.hello();
    await c.call({ register: { username, password: BENCH_PASSWORD, identityKey } });
    return (await c.call({ login: { username, password: BENCH_PASSWORD, clientVersion: 'natter-bench/0' } })).loginOk!.resumeToken!;
  };
  const [alice, bob] = await Promise.all([login(a, 'alice'), login(b, 'bob')]);
  await a.call({ buddyAction: { action: 1, username: 'bob' } });
  await b.call({ buddyAction: { action: 2, username: 'alice' } });
  await Promise.all([a.close(), b.close()]);
  return { alice, bob };
}

/** Connects and logs in with a resume token. */
export async function loginWithToken(url: string, username: string, token: Uint8Array): Promise<LeanClient> {
  const c = await LeanClient.connect(url);
  await Promise.all([c.hello(), c.call({ login: { username, resumeToken: token, clientVersion: 'natter-bench/0' } })]);
  return c;
}
