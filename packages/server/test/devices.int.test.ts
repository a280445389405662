// A user's devices at the node (docs/protocol.md, "Devices"): a new device
// waits, cannot do anything but wait, and is approved only with a
// certificate an active device of the same user signed over its key; limits,
// removal (tokens, queue, session), rename, a new identity. Runs on LevelDB
// and, in the integration-postgres project, on PostgreSQL.
import { describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { deviceIdInput, linkCodeInput, formatLinkCode } from '@natter/wire';
import { generateIdentity, identityPublicKey, signDeviceCertificate, type Identity } from '@natter/peer';
import { useTestNode } from '../../../test/support/test-node.js';
import { ControlClient, befriend } from '../../../test/support/control-client.js';

const roomy = { perSecond: 1000, burst: 1000 };
const srv = useTestNode({ accounts: { perAccount: roomy, perAddress: roomy } });
const { open } = srv;
const PASSWORD = 'correct horse';

const idOf = (identity: Identity) => createHash('sha256').update(deviceIdInput(identityPublicKey(identity))).digest().subarray(0, 16);

async function connect(): Promise<ControlClient> {
  const c = await ControlClient.connect(srv.node.url);
  open.push(c);
  return c;
}

/** A device of `user` logged in with the password (registering the user first when `register`). */
async function device(user: string, identity = generateIdentity(), register = false) {
  const client = await connect();
  if (register) await client.call({ register: { username: user, password: PASSWORD, identityKey: identityPublicKey(identity) } });
  const ok = (await client.call({ login: { username: user, password: PASSWORD, clientVersion: 'natter-test/0', identityKey: identityPublicKey(identity) } })).loginOk!;
  return { client, identity, id: Buffer.from(ok.deviceId!), state: ok.deviceState, code: ok.linkCode, token: Buffer.from(ok.resumeToken!) };
}

const certFor = (signer: Identity, signerId: Buffer, user: string, target: { identity: Identity; id: Buffer }, name = 'laptop') =>
  signDeviceCertificate(signer, { user, deviceId: target.id, deviceKey: identityPublicKey(target.identity), name, signerDeviceId: signerId, issuedAtMs: Date.now() });

describe('linking a device', () => {
  it('a new device is pending: it shows the code of its key, can do nothing else, and its user\'s devices see it', async () => {
    const desk = await device('dv.alice', undefined, true);
    expect(desk.state).toBe(1);
    const laptop = await device('dv.alice');
    expect(laptop.state).toBe(2);
    expect(laptop.id.equals(idOf(laptop.identity))).toBe(true);
    expect(laptop.code).toBe(formatLinkCode(createHash('sha256').update(linkCodeInput('dv.alice', laptop.id, identityPublicKey(laptop.identity))).digest()));
    const list = await desk.client.next('deviceList', (f) => f.deviceList!.devices!.length === 2);
    expect(list.deviceList!.devices!.map((d) => d.state).sort()).toEqual([1, 2]);
    for (const frame of [{ presenceUpdate: { status: 1 } }, { buddyAction: { action: 1, username: 'dv.bob' } }, { offlineStore: { to: 'dv.alice', messageId: Buffer.alloc(16), sealed: Buffer.from('x') } }, { punchRequest: { buddy: 'dv.alice' } }]) {
      expect((await laptop.client.request(frame)).error?.code, Object.keys(frame)[0]).toBe('DEVICE_PENDING');
    }
    expect((await laptop.client.request({ relay: { peer: `dv.alice/${desk.id.toString('hex')}`, payload: Buffer.from('x') } })).error?.code).toBe('DEVICE_PENDING');
    expect((await laptop.client.call({ deviceList: {} })).deviceList!.devices).toHaveLength(2);
  });

  it('refuses certificates that are not an active device\'s signature over the pending device and its key', async () => {
    const desk = await device('dv.carol', undefined, true);
    const laptop = await device('dv.carol');
    const stranger = generateIdentity();
    const cases: Array<[string, Promise<unknown>]> = [
      ['signed by another key', certFor(stranger, desk.id, 'dv.carol', laptop)],
      ['for another key', certFor(desk.identity, desk.id, 'dv.carol', { identity: stranger, id: laptop.id })],
      ['for another user', certFor(desk.identity, desk.id, 'dv.dave', laptop)],
      ['naming another signer', certFor(desk.identity, randomBytes(16), 'dv.carol', laptop)],
    ];
    for (const [why, cert] of cases) {
      const r = await desk.client.request({ deviceApprove: { certificate: (await cert) as never } });
      expect(r.error?.code, why).toBe('DEVICE_CERTIFICATE_INVALID');
    }
    const nobody = await desk.client.request({ deviceApprove: { certificate: await certFor(desk.identity, desk.id, 'dv.carol', { identity: stranger, id: randomBytes(16) }) } });
    expect(nobody.error?.code).toBe('NO_SUCH_DEVICE');
    // A pending device cannot approve itself.
    expect((await laptop.client.request({ deviceApprove: { certificate: await certFor(laptop.identity, laptop.id, 'dv.carol', laptop) } })).error?.code).toBe('DEVICE_PENDING');
    // The right one: the pending session is closed (4005) and its token logs in as active.
    const closed = laptop.client.closed;
    expect((await desk.client.call({ deviceApprove: { certificate: await certFor(desk.identity, desk.id, 'dv.carol', laptop) } })).body).toBe('ok');
    expect(await closed).toBe(4005);
    const again = await connect();
    const ok = (await again.call({ login: { username: 'dv.carol', resumeToken: laptop.token } })).loginOk!;
    expect(ok.deviceState).toBe(1);
    expect(Buffer.from(ok.deviceId!).equals(laptop.id)).toBe(true);
  });

  it('shows buddies both devices with their certificates; a removed device is logged out, its token revoked, and gone from presence', async () => {
    const desk = await device('dv.erin', undefined, true);
    const bob = await device('dv.frank', undefined, true);
    await befriend(desk, 'dv.erin', bob, 'dv.frank');
    const laptop = await device('dv.erin');
    await desk.client.call({ deviceApprove: { certificate: await certFor(desk.identity, desk.id, 'dv.erin', laptop) } });
    const seen = await bob.client.next('presencePush', (f) => f.presencePush!.presence!.username === 'dv.erin' && f.presencePush!.presence!.devices!.length === 2);
    const devices = seen.presencePush!.presence!.devices!;
    const linked = devices.find((d) => Buffer.from(d.deviceId!).equals(laptop.id))!;
    expect(linked.certificate).toMatchObject({ user: 'dv.erin', name: 'laptop' });
    expect(Buffer.from(linked.certificate!.signerDeviceId!).equals(desk.id)).toBe(true);
    const back = await connect();
    await back.call({ login: { username: 'dv.erin', resumeToken: laptop.token } });
    const gone = back.closed;
    expect((await desk.client.call({ deviceRemove: { deviceId: laptop.id } })).body).toBe('ok');
    expect(await gone).toBe(4006);
    expect(back.pushes.map((f) => f.error?.code)).toContain('DEVICE_REMOVED');
    await bob.client.next('presencePush', (f) => f.presencePush!.presence!.username === 'dv.erin' && f.presencePush!.presence!.devices!.length === 1);
    const refused = await connect();
    expect((await refused.request({ login: { username: 'dv.erin', resumeToken: laptop.token } })).error?.code).toBe('AUTH_FAILED');
    // Not the last one.
    expect((await desk.client.request({ deviceRemove: { deviceId: desk.id } })).error?.code).toBe('DEVICE_LAST');
  });

  it('a device that logs in again replaces its session, and when that one ends its user is offline for buddies', async () => {
    const desk = await device('dv.kim', undefined, true);
    const buddy = await device('dv.lee', undefined, true);
    await befriend(desk, 'dv.kim', buddy, 'dv.lee');
    const again = await device('dv.kim', desk.identity);
    expect(again.id.equals(desk.id)).toBe(true);
    expect(await desk.client.closed).toBe(4001);
    await again.client.close();
    const offline = await buddy.client.next('presencePush', (f) => f.presencePush!.presence!.username === 'dv.kim' && f.presencePush!.presence!.status === 0);
    expect(offline.presencePush!.presence!.endpoints ?? []).toEqual([]);
  });

  it('renames; at most 8 devices; a new identity revokes the others', async () => {
    const desk = await device('dv.gina', undefined, true);
    expect((await desk.client.call({ deviceRename: { deviceId: desk.id, name: 'desk at home' } })).body).toBe('ok');
    expect((await desk.client.request({ deviceRename: { deviceId: desk.id, name: 'x'.repeat(41) } })).error?.code).toBe('DEVICE_NAME_INVALID');
    expect((await desk.client.call({ deviceList: {} })).deviceList!.devices![0]!.name).toBe('desk at home');
    const pending = [];
    for (let i = 0; i < 7; i++) pending.push(await device('dv.gina'));
    const ninth = await connect();
    const refused = await ninth.request({ login: { username: 'dv.gina', password: PASSWORD, identityKey: identityPublicKey(generateIdentity()) } });
    expect(refused.error?.code).toBe('DEVICE_LIMIT');
    const lost = desk.client.closed;
    const fresh = generateIdentity();
    const root = await connect();
    const ok = (await root.call({ login: { username: 'dv.gina', password: PASSWORD, identityKey: identityPublicKey(fresh), newIdentity: true } })).loginOk!;
    expect(ok.deviceState).toBe(1);
    expect(await lost).toBe(4006);
    expect((await root.call({ deviceList: {} })).deviceList!.devices).toHaveLength(1);
  });
});
