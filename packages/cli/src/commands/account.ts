// natter register / login / logout / whoami: the account on a node and the
// profile that lets every later command go online without a password.
import { NodeSession, exportIdentity, generateIdentity, identityPublicKey, type Identity, type LoginOk, type ProfileData } from '@natter/peer';
import type { CommandContext } from '../context.js';
import { CliError, EXIT } from '../errors.js';
import { readPassword } from '../password.js';
import { fingerprintOf, fromSessionError, nodeUrl, normalizeUser, profileAt, requireProfile } from '../account.js';
import { VERSION } from '../version.js';

interface AccountArgs {
  user: string;
  server?: string;
  passwordStdin: boolean;
}

/** Logs in with the password once, for the resume token; then logs out. */
async function passwordLogin(url: string, username: string, password: string, identity: Identity): Promise<LoginOk> {
  const session = new NodeSession({
    url,
    credentials: { username, password },
    identityKey: identityPublicKey(identity),
    clientVersion: `natter/${VERSION}`,
    reconnect: false,
  });
  try {
    return await session.connect();
  } catch (err) {
    throw fromSessionError(err, { url, username });
  } finally {
    await session.close().catch(() => undefined);
  }
}

/** On a terminal, a new password is typed twice; scripts give it once on stdin. */
async function newPassword(user: string, fromStdin: boolean): Promise<string> {
  const pw = await readPassword(`new password for ${user}: `, fromStdin);
  if (fromStdin || !process.stdin.isTTY) return pw;
  const again = await readPassword('again: ', false);
  if (again !== pw) throw new CliError('PASSWORD_MISMATCH', 'the two passwords differ: run the command again', EXIT.USAGE);
  return pw;
}

export async function registerCommand(args: AccountArgs, ctx: CommandContext): Promise<void> {
  const { out, paths } = ctx;
  const url = nodeUrl(args.server!);
  const username = normalizeUser(args.user);
  const password = await newPassword(username, args.passwordStdin);
  const identity = generateIdentity();
  try {
    await NodeSession.register(url, username, password, identityPublicKey(identity));
  } catch (err) {
    throw fromSessionError(err, { url, username });
  }
  const ok = await passwordLogin(url, username, password, identity);
  const profile = profileAt(paths);
  const previous = safeRead(profile);
  const data: ProfileData = { server: url, username: ok.username, identity: exportIdentity(identity), resumeToken: Buffer.from(ok.resumeToken).toString('base64'), knownKeys: {} };
  profile.write(data);
  const fingerprint = fingerprintOf(identity);
  if (out.json) return out.data({ user: ok.username, server: url, fingerprint, profile: profile.file });
  if (previous && previous.username !== ok.username) out.info(out.dim(`(replaced ${previous.username}'s profile in ${paths.config})`));
  out.result(`registered ${out.bold(ok.username)} at ${url} and logged in`);
  out.info(`identity key ${fingerprint}, saved with the session in ${profile.file}`);
  out.info('next: natter buddies add FRIEND, then natter chat FRIEND');
}

export async function loginCommand(args: AccountArgs, ctx: CommandContext): Promise<void> {
  const { out, paths } = ctx;
  const profile = profileAt(paths);
  const previous = safeRead(profile);
  const username = normalizeUser(args.user);
  const spec = args.server ?? (previous?.username === username ? previous.server : undefined);
  if (!spec) throw new CliError('USAGE', `which node? natter login ${username} --server URL`, EXIT.USAGE);
  const url = nodeUrl(spec);
  // Same user on the same node: the same device, keep its identity key.
  // Anything else is a new device with a new key, and buddies are warned.
  const sameDevice = previous !== undefined && previous.username === username && previous.server === url;
  let identity: Identity | undefined;
  if (sameDevice) {
    try {
      identity = requireProfile(paths).identity;
    } catch {
      identity = undefined;
    }
  }
  const newDevice = identity === undefined;
  identity ??= generateIdentity();
  const password = await readPassword(`password for ${username}: `, args.passwordStdin);
  const ok = await passwordLogin(url, username, password, identity);
  const data: ProfileData = {
    server: url,
    username: ok.username,
    identity: exportIdentity(identity),
    resumeToken: Buffer.from(ok.resumeToken).toString('base64'),
    knownKeys: sameDevice ? (previous?.knownKeys ?? {}) : {},
  };
  profile.write(data);
  const fingerprint = fingerprintOf(identity);
  if (out.json) return out.data({ user: ok.username, server: url, fingerprint, newDevice, profile: profile.file });
  if (previous && previous.username !== ok.username) out.info(out.dim(`(replaced ${previous.username}'s profile in ${paths.config})`));
  out.result(`logged in as ${out.bold(ok.username)} at ${url}; the session is saved, later commands need no password`);
  if (newDevice) {
    out.info(
      `new device: a new identity key ${fingerprint} replaces the one ${ok.username} had; buddies see a key-change warning and should compare safety numbers (natter verify BUDDY)`,
    );
  } else out.info(`identity key ${fingerprint} (this device)`);
}

export async function logoutCommand(_args: unknown, ctx: CommandContext): Promise<void> {
  const { out, paths } = ctx;
  const { profile, data, identity } = requireProfile(paths);
  if (!data.resumeToken) {
    if (out.json) return out.data({ user: data.username, loggedOut: true, node: 'not contacted' });
    return out.result(`${data.username} is already logged out on this profile`);
  }
  // Logging in with the token and out again ends any session of ours the
  // node still holds (a crashed chat) and shows buddies we are offline.
  let reached = true;
  const session = new NodeSession({
    url: data.server,
    credentials: { username: data.username, resumeToken: Buffer.from(data.resumeToken, 'base64') },
    identityKey: identityPublicKey(identity),
    clientVersion: `natter/${VERSION}`,
    reconnect: false,
    requestTimeoutMs: 5_000,
  });
  try {
    await session.connect();
  } catch {
    reached = false;
  } finally {
    await session.close().catch(() => undefined);
  }
  profile.update({ resumeToken: undefined });
  if (out.json) return out.data({ user: data.username, loggedOut: true, node: reached ? 'logged out' : 'unreachable' });
  out.result(`logged out ${data.username}; the saved session is forgotten (log in again with natter login ${data.username})`);
  if (!reached) out.info(out.dim(`the node at ${data.server} was not reachable; it shows you offline once your last connection times out`));
}

export function whoamiCommand(_args: unknown, ctx: CommandContext): void {
  const { out, paths } = ctx;
  const { profile, data, identity } = requireProfile(paths);
  const fingerprint = fingerprintOf(identity);
  const session = Boolean(data.resumeToken);
  if (out.json) return out.data({ user: data.username, server: data.server, fingerprint, session, profile: profile.file });
  const row = (k: string, v: string) => out.result(`${k.padEnd(10)}${v}`);
  row('user', out.bold(data.username));
  row('server', data.server);
  row('identity', `${fingerprint}  ${out.dim('(compare safety numbers with natter verify BUDDY)')}`);
  row('session', session ? 'saved: commands log in without a password' : `none: natter login ${data.username}`);
  row('profile', profile.file);
}

function safeRead(profile: ReturnType<typeof profileAt>): ProfileData | undefined {
  try {
    return profile.read();
  } catch {
    return undefined;
  }
}
