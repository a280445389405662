// natter devices [list] | approve CODE | remove DEVICE | rename DEVICE NAME:
// this user's devices (docs/protocol.md, "Devices"). A new device logs in
// with the password and waits; one of the active devices approves it by the
// code the new one shows.
import type { DeviceInfo } from '@natter/peer';
import type { PeerApi } from '../peer-api.js';
import type { CommandContext } from '../context.js';
import type { Output } from '../output.js';
import { CliError, EXIT } from '../errors.js';
import { withPeer } from '../online.js';
import { deviceJson, lastSeenLabel, pad } from '../format.js';
import { oneLine } from '../terminal-text.js';
import { keyFingerprint } from '@natter/peer';

export type DeviceAction = 'list' | 'approve' | 'remove' | 'rename';

/** Does one device action on a peer that is online, and says in one sentence what happened. */
export async function deviceAction(peer: Pick<PeerApi, 'approveDevice' | 'removeDevice' | 'renameDevice'>, action: Exclude<DeviceAction, 'list'>, arg: string, name?: string): Promise<{ said: string; device: DeviceInfo }> {
  switch (action) {
    case 'approve': {
      const device = await peer.approveDevice(arg, name);
      return { said: `approved ${device.name} (${device.id.slice(0, 8)}): it is one of your devices now, and your buddies see it`, device };
    }
    case 'remove': {
      const device = await peer.removeDevice(arg);
      return { said: `removed ${device.name} (${device.id.slice(0, 8)}): its sessions are closed and nothing goes to it any more`, device };
    }
    case 'rename': {
      if (!name) throw new CliError('USAGE', 'natter devices rename DEVICE NEWNAME', EXIT.USAGE);
      const device = await peer.renameDevice(arg, name);
      return { said: `renamed ${arg} to ${device.name}`, device };
    }
  }
}

export async function devicesCommand(args: { action: DeviceAction; arg?: string; name?: string }, ctx: CommandContext): Promise<void> {
  const { out } = ctx;
  if (args.action === 'list') {
    return withPeer(ctx, async ({ peer }) => printDevices(out, peer, await peer.refreshDevices()), { allowPending: true });
  }
  if (!args.arg) throw new CliError('USAGE', `natter devices ${args.action} needs ${args.action === 'approve' ? 'the CODE the new device shows' : 'a DEVICE (its name or id)'}`, EXIT.USAGE);
  const action = args.action;
  const arg = args.arg;
  return withPeer(ctx, async ({ peer }) => {
    const { said, device } = await deviceAction(peer, action, arg, args.name);
    if (out.json) out.data({ action, device: deviceJson(device) });
    else out.result(said);
  });
}

/** The device table: name, key fingerprint, state, last seen, NAT and our path to it. */
export function printDevices(out: Output, peer: Pick<PeerApi, 'linkCode'>, devices: DeviceInfo[]): void {
  if (out.json) return out.data({ devices: devices.map(deviceJson), ...(peer.linkCode && { linkCode: peer.linkCode }) });
  const w = Math.max(8, ...devices.map((d) => oneLine(d.name).length + 4));
  out.result(out.dim(`${pad('DEVICE', w)}${pad('ID', 10)}${pad('KEY', 24)}${pad('STATE', 9)}${pad('LAST SEEN', 21)}${pad('NAT', 22)}PATH`));
  for (const d of devices) {
    const name = `${oneLine(d.name)}${d.self ? ' *' : ''}`;
    const state = d.state === 'pending' ? out.yellow(pad('pending', 9)) : d.online ? out.green(pad('online', 9)) : out.dim(pad('offline', 9));
    out.result(`${pad(name, w)}${pad(d.id.slice(0, 8), 10)}${pad(keyFingerprint(d.identityKey).slice(0, 22), 24)}${state}${pad(lastSeenLabel(d), 21)}${pad(d.online ? d.nat : '-', 22)}${d.self ? 'this device' : d.path}`);
  }
  if (devices.some((d) => d.state === 'pending')) out.result(out.dim('a pending device shows a code: approve it with natter devices approve CODE'));
  if (peer.linkCode) out.result(`this device waits for approval: on one of your devices run natter devices approve ${peer.linkCode}`);
}
