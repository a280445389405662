// A user's own devices on the control channel: the list, approving a
// pending device with the certificate an active one signed, removing and
// renaming (docs/protocol.md, "Devices").
import type { ControlFrameInit, natter } from '@natter/wire';
import { NodeError, errorFrame } from '../errors.js';
import { CLOSE, type NodeServices, type UserLink } from '../services.js';
import { devicesOf } from '../devices.js';
import type { DeviceChange } from '../cluster/link.js';
import { announceDevices, endDevice } from './accounts.js';

/** The user's devices, pending ones included, with each one's presence when online (here or, on a cluster, on another node). */
export async function deviceList(services: NodeServices, connection: UserLink): Promise<ControlFrameInit> {
  const me = connection.user;
  const record = await services.accounts.get(me.username);
  return { deviceList: { devices: services.hub.deviceItems(me.username, record ? devicesOf(record) : []) } };
}

/**
 * An active device approves a pending one. The pending session is told
 * (its new DeviceList) and closed (4005): it logs in again with its token
 * as an active device, and everything a login brings follows then.
 */
export async function deviceApprove(services: NodeServices, connection: UserLink, request: natter.control.DeviceApprove): Promise<ControlFrameInit> {
  const me = connection.user;
  const { record, device } = await services.devices.approve(me.username, me.deviceId, request.certificate);
  services.log.info({ user: me.username, device: device.id, by: me.deviceId }, 'device approved');
  const waiting = services.hub.pendingDevice(`${me.username}/${device.id}`);
  // Waiting on another node of a cluster: closed there.
  await announceDevices(services, me.username, record, { approved: device.id });
  if (waiting) {
    waiting.close(CLOSE.APPROVED, 'device approved: log in again');
  }
  return { ok: {} };
}

/** Removes a device of the user (not the last active one): its session, tokens and queue end; nothing fans out to it any more. */
export async function deviceRemove(services: NodeServices, connection: UserLink, request: natter.control.DeviceRemove): Promise<ControlFrameInit> {
  const me = connection.user;
  const { record, device } = await services.devices.remove(me.username, request.deviceId);
  services.log.info({ user: me.username, device: device.id, by: me.deviceId }, 'device removed');
  const removingMyself = device.id === me.deviceId;
  await endDevice(services, me.username, device.id, 'DEVICE_REMOVED', removingMyself ? 'you removed this device' : 'another of your devices removed this one');
  await announceDevices(services, me.username, record, { ended: [device.id] });
  if (removingMyself) {
    connection.send(errorFrame(new NodeError('DEVICE_REMOVED', 'you removed this device')));
    connection.close(CLOSE.DEVICE_REMOVED, 'device removed');
  }
  return { ok: {} };
}

export async function deviceRename(services: NodeServices, connection: UserLink, request: natter.control.DeviceRename): Promise<ControlFrameInit> {
  const me = connection.user;
  const record = await services.devices.rename(me.username, request.deviceId, request.name);
  for (const s of services.hub.localSessions(me.username)) {
    const d = record.devices?.find((x) => x.id === s.deviceId);
    if (d) s.deviceName = d.name;
  }
  await announceDevices(services, me.username, record);
  return { ok: {} };
}

/**
 * A cluster node hears that a user's device set changed on another node
 * (cluster/link.ts): the set is read again, sessions of ended devices here
 * close (their tokens and queue went where the change was made), an
 * approved device's pending session here logs in again, and the user's
 * sessions here get the new list. Presence went out from the other node.
 */
export async function devicesChangedElsewhere(services: NodeServices, username: string, change: DeviceChange): Promise<void> {
  const record = await services.accounts.get(username);
  if (!record) return;
  const devices = devicesOf(record);
  services.hub.setDevices(username, devices);
  for (const s of services.hub.localSessions(username)) {
    const d = devices.find((x) => x.id === s.deviceId);
    if (d) s.deviceName = d.name;
  }
  for (const id of change.ended ?? []) {
    for (const session of [services.hub.localDevice(`${username}/${id}`), services.hub.pendingDevice(`${username}/${id}`)]) {
      if (!session) continue;
      session.send(errorFrame(new NodeError('DEVICE_REMOVED', 'another of your devices removed this one')));
      session.close(CLOSE.DEVICE_REMOVED, 'device removed');
    }
  }
  services.hub.pushDeviceList(username, devices);
  if (change.approved) services.hub.pendingDevice(`${username}/${change.approved}`)?.close(CLOSE.APPROVED, 'device approved: log in again');
}
