// natter whoami: who this profile is, read from the profile alone (no
// network). Its own module, so the command loads no session, no LevelDB and
// no WebSocket code (src/commands/table.ts loads commands on demand).
import type { CommandContext } from '../context.js';
import { fingerprintOf, requireProfile } from '../account.js';

export function whoamiCommand(_args: unknown, ctx: CommandContext): void {
  const { out, paths } = ctx;
  const { profile, data, identity } = requireProfile(paths);
  const fingerprint = fingerprintOf(identity);
  const session = Boolean(data.resumeToken);
  const device = data.device ? { id: data.device.id, name: data.device.name } : null;
  if (out.json) return out.data({ user: data.username, server: data.server, nodeKey: data.nodeKey ?? null, fingerprint, device, session, profile: profile.file });
  const row = (k: string, v: string) => out.result(`${k.padEnd(10)}${v}`);
  row('user', out.bold(data.username));
  row('server', data.server);
  row('node key', data.nodeKey ?? (data.insecure ? 'none: plain ws:// (--insecure)' : 'none (plain ws:// to this machine)'));
  row('identity', `${fingerprint}  ${out.dim('(compare safety numbers with natter verify BUDDY)')}`);
  if (device) row('device', `${device.name} (${device.id.slice(0, 8)})  ${out.dim('(your devices: natter devices)')}`);
  row('session', session ? 'saved: commands log in without a password' : `none: natter login ${data.username}`);
  row('profile', profile.file);
}
