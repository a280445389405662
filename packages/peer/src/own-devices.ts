// Our own devices (docs/protocol.md, "Devices"): the list the node keeps,
// approving a new device by the code it shows (a certificate signed with
// this device's key), removing and renaming one, and the history a newly
// linked device catches up from this one.
import type { natter } from '@natter/wire';
import type { AnyIdentity } from './crypto/protocol.js';
import { pendingDeviceWithCode, signDeviceCertificate } from './device-set.js';
import type { MessageHistory } from './history.js';
import type { Outbox } from './outbox.js';
import type { DeviceInfo } from './peer-events.js';
import type { Roster } from './roster.js';
import type { ControlChannel } from './session/control.js';
import { SessionError } from './session/errors.js';

/** A newly linked device gets this many of the newest messages of each conversation, and at most CATCH_UP_MAX in all (the node keeps 1000 per device). */
export const CATCH_UP_PER_BUDDY = 100;
export const CATCH_UP_MAX = 500;

export interface OwnDevicesOptions {
  session: Pick<ControlChannel, 'request'>;
  roster: Pick<Roster, 'onDeviceList' | 'ownDevices' | 'ownDevicePresences' | 'buddies'>;
  identity: AnyIdentity;
  history: Pick<MessageHistory, 'list'>;
  outbox: Pick<Outbox, 'catchUp'>;
  /** Our user, and this device's id (hex). */
  me(): { user: string; deviceId: string };
}

export class OwnDevices {
  constructor(private readonly options: OwnDevicesOptions) {}

  /** Asks the node for the list again (it is pushed at login and on every change). */
  async refresh(): Promise<DeviceInfo[]> {
    const reply = await this.options.session.request({ deviceList: {} });
    if (reply.deviceList) this.options.roster.onDeviceList(reply.deviceList as natter.control.DeviceList);
    return this.options.roster.ownDevices();
  }

  /**
   * Approves the pending device that shows `code`: signs its certificate
   * with this device's key (the code commits to the new device's key, so
   * the node cannot swap it) and hands it to the node. NO_SUCH_DEVICE when
   * no pending device has that code.
   */
  async approve(code: string, name?: string): Promise<DeviceInfo> {
    await this.refresh();
    const { user, deviceId } = this.options.me();
    const pending = pendingDeviceWithCode(user, this.options.roster.ownDevicePresences(), code);
    if (!pending) throw new SessionError('NO_SUCH_DEVICE', `no device of yours waits with the code ${code}: check the code on the new device`);
    const certificate = await signDeviceCertificate(this.options.identity, {
      user,
      deviceId: pending.deviceId,
      deviceKey: pending.identityKey,
      name: name ?? pending.name ?? '',
      signerDeviceId: Buffer.from(deviceId, 'hex'),
      issuedAtMs: Date.now(),
    });
    await this.options.session.request({ deviceApprove: { certificate } });
    const id = Buffer.from(pending.deviceId ?? []).toString('hex');
    return (await this.refresh()).find((d) => d.id === id)!;
  }

  /**
   * The newest messages of each conversation (CATCH_UP_PER_BUDDY, at most
   * CATCH_UP_MAX in all, within the node's offline quota per device) to a
   * device of ours that was just linked; resolves with how many were stored.
   */
  async catchUp(device: Pick<DeviceInfo, 'address' | 'identityKey'>): Promise<number> {
    const lists = await Promise.all(this.options.roster.buddies().map((b) => this.options.history.list(b.username, CATCH_UP_PER_BUDDY)));
    const entries = lists.flat().sort((a, b) => a.at - b.at).slice(-CATCH_UP_MAX);
    return this.options.outbox.catchUp({ address: device.address, key: device.identityKey }, entries);
  }

  /** The device of ours named `which` (its name, or a prefix of its id, at least 4 digits). */
  find(which: string): DeviceInfo | undefined {
    const list = this.options.roster.ownDevices();
    return list.find((d) => d.name === which) ?? list.find((d) => which.length >= 4 && d.id.startsWith(which.toLowerCase()));
  }

  /** Removes one of our devices (not the last): its sessions end, and nothing goes to it any more. */
  async remove(which: string): Promise<DeviceInfo> {
    await this.refresh();
    const device = this.find(which);
    if (!device) throw new SessionError('NO_SUCH_DEVICE', `no device of yours is called ${which}`);
    await this.options.session.request({ deviceRemove: { deviceId: Buffer.from(device.id, 'hex') } });
    if (!device.self) await this.refresh();
    return device;
  }

  async rename(which: string, name: string): Promise<DeviceInfo> {
    await this.refresh();
    const device = this.find(which);
    if (!device) throw new SessionError('NO_SUCH_DEVICE', `no device of yours is called ${which}`);
    await this.options.session.request({ deviceRename: { deviceId: Buffer.from(device.id, 'hex'), name } });
    return (await this.refresh()).find((d) => d.id === device.id)!;
  }
}
