// Which of a user's devices a peer trusts (docs/security.md, "Devices"):
// the keys accepted before, grown along certificates signed by trusted
// devices; anything else is a key change that holds messages.
import { describe, expect, it } from 'vitest';
import { natter } from '@natter/wire';
import { generateIdentity, identityPublicKey, type Identity } from '../src/crypto/index.js';
import { pendingDeviceWithCode, linkCodeOf, signDeviceCertificate, trustDevices, type DevicePresence } from '../src/device-set.js';
import { KnownKeys } from '../src/known-keys.js';

const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
let next = 1;

async function dev(user: string, identity: Identity, signer?: { identity: Identity; id: Buffer }): Promise<DevicePresence & { identity: Identity; id: Buffer }> {
  const id = Buffer.alloc(16, next++);
  const by = signer ?? { identity, id };
  const certificate = await signDeviceCertificate(by.identity, { user, deviceId: id, deviceKey: identityPublicKey(identity), name: 'd', signerDeviceId: by.id, issuedAtMs: 1 });
  return { deviceId: id, identityKey: identityPublicKey(identity), certificate, name: 'd', state: natter.control.DeviceState.ACTIVE, identity, id };
}

describe('trustDevices', () => {
  it('trusts everything at first contact, then only accepted keys and devices certified along a chain of trusted ones', async () => {
    const root = await dev('bob', generateIdentity());
    const laptop = await dev('bob', generateIdentity(), root);
    const phone = await dev('bob', generateIdentity(), laptop); // certified by the laptop: a chain
    const forged = await dev('bob', generateIdentity(), { identity: generateIdentity(), id: root.id }); // claims the root, signed by another key
    const selfMade = await dev('bob', generateIdentity()); // a new self-signed root
    expect((await trustDevices('bob', [root, forged], new Map(), undefined)).untrusted).toEqual([]);
    const accepted = new Map([[root.id.toString('hex'), b64(root.identityKey!)]]);
    const r = await trustDevices('bob', [phone, laptop, root, forged, selfMade], accepted, undefined);
    expect(r.trusted.map((d) => d.deviceId)).toEqual([root.deviceId, laptop.deviceId, phone.deviceId]);
    expect(r.untrusted.map((d) => d.deviceId)).toEqual([forged.deviceId, selfMade.deviceId]);
    // A certificate for another user does not count.
    const elsewhere = await dev('mallory', generateIdentity(), root);
    expect((await trustDevices('bob', [root, elsewhere], accepted, undefined)).untrusted).toHaveLength(1);
    // A key accepted before devices existed vouches for the device that has it.
    expect((await trustDevices('bob', [root, laptop], new Map(), b64(root.identityKey!))).untrusted).toEqual([]);
  });

  it('finds the pending device by the code its key makes, not by a name', async () => {
    const pending = { ...(await dev('amy', generateIdentity())), state: natter.control.DeviceState.PENDING };
    const other = { ...(await dev('amy', generateIdentity())), state: natter.control.DeviceState.PENDING };
    const code = linkCodeOf('amy', pending.id, pending.identityKey!);
    expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    expect(pendingDeviceWithCode('amy', [other, pending], code.toLowerCase().replace('-', ' '))).toBe(pending);
    expect(pendingDeviceWithCode('amy', [other], code)).toBeUndefined();
    expect(pendingDeviceWithCode('bob', [pending], code)).toBeUndefined();
  });
});

describe('KnownKeys', () => {
  it('accepts the first set, tells of certified additions and removals without a hold, holds for an unvouched key until accepted', async () => {
    const saved: Record<string, string>[] = [];
    const changed: string[] = [];
    const devices: Array<[string[], string[]]> = [];
    const keys = new KnownKeys(undefined, { onSaved: (k) => saved.push(k), onChanged: (u) => changed.push(u), onDevices: (_u, a, r) => devices.push([a, r]) });
    const root = await dev('bob', generateIdentity());
    const laptop = await dev('bob', generateIdentity(), root);
    expect(await keys.check('bob', [root])).toBe(true);
    expect(keys.isTrusted('bob', root.id.toString('hex'))).toBe(true);
    expect(await keys.check('bob', [root, laptop])).toBe(true);
    expect(devices).toEqual([[[laptop.id.toString('hex')], []]]);
    expect(keys.isHeld('bob')).toBe(false);
    expect(await keys.check('bob', [root])).toBe(true);
    expect(devices.at(-1)).toEqual([[], [laptop.id.toString('hex')]]);
    expect(await keys.check('bob', [root])).toBe(false);
    const intruder = await dev('bob', generateIdentity());
    await keys.check('bob', [root, intruder]);
    expect(keys.isHeld('bob')).toBe(true);
    expect(changed).toEqual(['bob']);
    expect(keys.isTrusted('bob', intruder.id.toString('hex'))).toBe(false);
    expect(keys.accept('bob')).toBe(true);
    expect(keys.isHeld('bob')).toBe(false);
    expect(keys.accepted(`bob/${intruder.id.toString('hex')}`)?.equals(Buffer.from(intruder.identityKey!))).toBe(true);
    expect(Object.keys(saved.at(-1)!).sort()).toEqual([`bob/${intruder.id.toString('hex')}`, `bob/${root.id.toString('hex')}`].sort());
  });
});
