import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestNode, type TestNode } from '../../../test/support/start-test-node.js';
import { ControlClient, addressOf, befriend, registerAndLogin } from '../../../test/support/control-client.js';

let node: TestNode;
beforeAll(async () => {
  node = await startTestNode();
});
afterAll(() => node?.stop());

describe('smoke', () => {
  it('two users become buddies, see presence, relay and store offline', async () => {
    const alice = await registerAndLogin(node.url, 'alice');
    const bob = await registerAndLogin(node.url, 'bob');
    await befriend(alice, 'alice', bob, 'bob');
    const list = await alice.client.next('buddyList', (f) => f.buddyList!.buddies!.length === 1);
    expect(list.buddyList!.buddies![0]!.username).toBe('bob');
    await bob.client.call({ presenceUpdate: { status: 2, statusText: 'lunch', lanCandidates: [{ ip: '10.0.0.2', port: 4000 }] } });
    const p = await alice.client.next('presencePush', (f) => f.presencePush!.presence!.statusText === 'lunch');
    expect(p.presencePush!.presence!.endpoints![0]!.ip).toBe('10.0.0.2');
    alice.client.send({ relay: { peer: 'bob', payload: Buffer.from('hi') } });
    const r = await bob.client.next('relay');
    expect(r.relay!.peer).toBe(addressOf('alice', alice.identity)); // the sender's device (issue 14)
    await bob.client.close();
    await alice.client.next('presencePush', (f) => f.presencePush!.presence!.status === 0);
    const stored = await alice.client.call({ offlineStore: { to: 'bob', messageId: Buffer.from([1]), sealed: Buffer.from('xx'), sentAtMs: 1 } });
    expect(stored.body).toBe('offlineStored');
    const bob2 = await ControlClient.connect(node.url);
    await bob2.call({ login: { username: 'bob', resumeToken: bob.token } });
    const d = await bob2.next('offlineDeliver');
    expect(d.offlineDeliver!.messages![0]!.from).toBe(addressOf('alice', alice.identity));
    await bob2.call({ offlineAck: { seqs: [d.offlineDeliver!.messages![0]!.seq!] } });
    await alice.client.close();
    await bob2.close();
  });
});
