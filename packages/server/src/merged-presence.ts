// A user's presence when their devices are on several nodes of a cluster
// (docs/cluster.md): each node publishes the presence as it sees it (its
// own devices online), and every node that shows the user to someone joins
// them: the device set, with each device online as its own node says. A
// node's published list can be stale about the others' devices (one went
// offline since), so online-ness comes only from who holds each session.
import { natter } from '@natter/wire';
import type { OnlineUser } from './online-user.js';

const hex = (id: Uint8Array | null | undefined) => Buffer.from(id ?? []).toString('hex');

/** A remote device's own entry in the presence its node published (online there). */
export function onlineDeviceOf(device: OnlineUser): natter.control.DevicePresence.$Properties | undefined {
  const item = device.remotePresence?.devices?.find((d) => hex(d.deviceId) === device.deviceId);
  return item?.online ? item : undefined;
}

/** A device as no session shows it: its key and certificate, offline, without endpoints. */
function offlineDevice(d: natter.control.DevicePresence.$Properties): natter.control.DevicePresence.$Properties {
  if (!d.online) return d;
  return { ...d, online: false, status: natter.Status.STATUS_OFFLINE, endpoints: [], nat: null, clientVersion: '' };
}

/**
 * `top`: the presence whose status, endpoints and NAT speak for the user;
 * `listed`: the device set; `online`: each online device (hex id) as its
 * own node published it.
 */
export function mergedPresence(
  top: natter.control.Presence.$Properties,
  listed: natter.control.DevicePresence.$Properties[],
  online: Map<string, natter.control.DevicePresence.$Properties>,
): natter.control.Presence.$Properties {
  const devices = listed.map((d) => {
    const there = online.get(hex(d.deviceId));
    // Online: its node's status, endpoints and NAT; name and certificate as the set has them.
    return there ? { ...there, name: d.name, certificate: d.certificate, state: d.state } : offlineDevice(d);
  });
  return { ...top, devices };
}
