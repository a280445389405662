// natter register / login / logout / whoami: the account on a node and the
// profile that lets every later command go online without a password.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import {
  NodeSession,
  exportIdentity,
  generateIdentity,
  identityPublicKey,
  linkCodeOf,
  signDeviceCertificate,
  type Identity,
  type LoginOk,
  type NodeTrust,
  type ProfileData,
  type SessionDevice,
  type TrustPolicy,
} from '@natter/peer';
import type { CommandContext } from '../context.js';
import { CliError, EXIT } from '../errors.js';
import { readPassword } from '../password.js';
import { fingerprintOf, fromSessionError, nodeAddress, normalizeUser, profileAt, requireProfile, trustNotice } from '../account.js';
import { VERSION } from '../version.js';

interface AccountArgs {
  user: string;
  server?: string;
  passwordStdin: boolean;
  insecure: boolean;
  deviceName?: string;
  newIdentity?: boolean;
  wait?: number;
}

/** This device as the profile keeps it, and as a login names it (with a self-signed root certificate). */
async function sessionDevice(username: string, identity: Identity, device: { id: string; name: string }, newIdentity = false): Promise<SessionDevice> {
  const id = Buffer.from(device.id, 'hex');
  // Used by the node only if this device becomes the root of the set (the first, or --new-identity).
  const certificate = await signDeviceCertificate(identity, { user: username, deviceId: id, deviceKey: identityPublicKey(identity), name: device.name, signerDeviceId: id });
  return { id, name: device.name, certificate, newIdentity };
}

/** A new device's id (16 random bytes) and name (the host's, unless given). */
function newDevice(name: string | undefined): { id: string; name: string } {
  const chosen = (name ?? hostname()).trim().slice(0, 40) || 'device';
  return { id: randomBytes(16).toString('hex'), name: chosen };
}

/**
 * Logs in with the password once, for the resume token; then goes offline
 * (the token stays valid). A device the node does not know yet waits for
 * approval: its code is shown (`onPending`), and the session stays until an
 * active device approves it (the node then has it log in again, active) or
 * `waitMs` passes.
 */
async function passwordLogin(
  url: string,
  username: string,
  password: string,
  identity: Identity,
  trust: TrustPolicy,
  device?: SessionDevice,
  pending?: { waitMs: number; onPending(code: string): void },
): Promise<{ ok: LoginOk; trust: NodeTrust; pending: boolean }> {
  const session = new NodeSession({
    url,
    credentials: { username, password },
    identityKey: identityPublicKey(identity),
    clientVersion: `natter/${VERSION}`,
    reconnect: pending ? { minMs: 200, maxMs: 2000 } : false,
    trust,
    ...(device && { device }),
  });
  let seen: NodeTrust | undefined;
  session.on('trust', (t) => (seen = t));
  try {
    const first = await session.connect();
    if (first.deviceState !== 2 || !pending) return { ok: first, trust: seen!, pending: first.deviceState === 2 };
    pending.onPending(linkCodeOf(first.username, first.deviceId, identityPublicKey(identity)));
    const ok = await new Promise<LoginOk>((resolve, reject) => {
      const timer = setTimeout(() => resolve(session.loginOk ?? first), pending.waitMs);
      session.on('online', (next) => {
        if (next.deviceState !== 2) {
          clearTimeout(timer);
          resolve(next);
        }
      });
      session.on('nodeError', (err) => {
        if (err.code === 'DEVICE_REMOVED' || err.code === 'AUTH_FAILED') {
          clearTimeout(timer);
          reject(err);
        }
      });
    });
    return { ok, trust: seen!, pending: ok.deviceState === 2 };
  } catch (err) {
    throw fromSessionError(err, { url, username });
  } finally {
    await session.close().catch(() => undefined);
  }
}

/** What a profile records of the node's trust: the key to pin from now on. */
function pinOf(trust: NodeTrust, insecure: boolean): Pick<ProfileData, 'nodeKey' | 'insecure'> {
  return { ...(trust.fingerprint && { nodeKey: trust.fingerprint }), ...(insecure && { insecure: true }) };
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
  const { url, pin } = nodeAddress(args.server!);
  const username = normalizeUser(args.user);
  const password = await newPassword(username, args.passwordStdin);
  const identity = generateIdentity();
  const device = newDevice(args.deviceName);
  const session = await sessionDevice(username, identity, device);
  let trust: NodeTrust;
  try {
    trust = await NodeSession.register(url, username, password, identityPublicKey(identity), { trust: { pin, insecure: args.insecure }, device: session });
  } catch (err) {
    throw fromSessionError(err, { url, username });
  }
  // The login pins what the registration saw: the same key, or it fails.
  const { ok } = await passwordLogin(url, username, password, identity, { pin: trust.fingerprint ?? pin, insecure: args.insecure }, session);
  const profile = profileAt(paths);
  const previous = safeRead(profile);
  const data: ProfileData = {
    server: url,
    username: ok.username,
    identity: exportIdentity(identity),
    resumeToken: Buffer.from(ok.resumeToken).toString('base64'),
    knownKeys: {},
    ...pinOf(trust, args.insecure),
    device,
  };
  profile.write(data);
  const fingerprint = fingerprintOf(identity);
  if (out.json) return out.data({ user: ok.username, server: url, fingerprint, device: device.name, nodeKey: trust.fingerprint ?? null, nodeTrust: trust.basis, profile: profile.file });
  if (previous && previous.username !== ok.username) out.info(out.dim(`(replaced ${previous.username}'s profile in ${paths.config})`));
  const notice = trustNotice(trust, pin);
  if (notice) out.info(notice);
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
  const given = nodeAddress(spec);
  const url = given.url;
  // Same user on the same node: the same device, keep its identity key.
  // Anything else is a new device with a new key, and buddies are warned.
  const sameDevice = previous !== undefined && previous.username === username && previous.server === url;
  // A fingerprint given with --server replaces the pinned one: that is how a
  // user accepts a node whose operator really changed its key.
  const sameNode = previous !== undefined && previous.server === url;
  const pin = given.pin ?? (sameNode ? previous?.nodeKey : undefined);
  const insecure = args.insecure || (sameNode && previous?.insecure === true);
  let identity: Identity | undefined;
  if (sameDevice) {
    try {
      identity = requireProfile(paths).identity;
    } catch {
      identity = undefined;
    }
  }
  // --new-identity: every device was lost; this one starts a new set with a new key.
  if (args.newIdentity) identity = undefined;
  const isNew = identity === undefined;
  identity ??= generateIdentity();
  const device = (!isNew && previous?.device) || newDevice(args.deviceName ?? previous?.device?.name);
  const password = await readPassword(`password for ${username}: `, args.passwordStdin);
  const waitMs = args.wait ?? 600_000;
  const { ok, trust, pending } = await passwordLogin(url, username, password, identity, { pin, insecure }, await sessionDevice(username, identity, device, Boolean(args.newIdentity)), {
    waitMs,
    onPending: (code) => {
      if (out.json) out.data({ user: username, server: url, pending: true, device: device.name, linkCode: code });
      else {
        out.info(`${out.bold(device.name)} is a new device of ${username}: it waits until one of your devices lets it in.`);
        out.result(`on a device that is already yours, run:  natter devices approve ${out.bold(code)}   (in the chat: /devices approve ${code})`);
        out.info(out.dim(`waiting up to ${Math.round(waitMs / 1000)} s; Ctrl-C and natter login ${username} later to keep waiting`));
      }
    },
  });
  const data: ProfileData = {
    server: url,
    username: ok.username,
    identity: exportIdentity(identity),
    resumeToken: Buffer.from(ok.resumeToken).toString('base64'),
    knownKeys: sameDevice && !args.newIdentity ? (previous?.knownKeys ?? {}) : {},
    ...pinOf(trust, insecure),
    device,
  };
  profile.write(data);
  const fingerprint = fingerprintOf(identity);
  if (out.json) return out.data({ user: ok.username, server: url, fingerprint, newDevice: isNew, device: device.name, pending, newIdentity: Boolean(args.newIdentity), nodeKey: trust.fingerprint ?? null, nodeTrust: trust.basis, profile: profile.file });
  if (previous && previous.username !== ok.username) out.info(out.dim(`(replaced ${previous.username}'s profile in ${paths.config})`));
  const notice = trustNotice(trust, pin);
  if (notice) out.info(notice);
  if (pending) {
    out.result(`${device.name} is still waiting for approval; the session is saved: natter login ${ok.username} again to keep waiting`);
    return;
  }
  out.result(`logged in as ${out.bold(ok.username)} at ${url}; the session is saved, later commands need no password`);
  if (args.newIdentity) {
    out.info(`new identity: every other device of ${ok.username} is revoked; this device (key ${fingerprint}) is the first of a new set. Buddies see a key change and should compare safety numbers (natter verify ${ok.username})`);
  } else if (isNew) out.info(`new device ${device.name}, identity key ${fingerprint}: approved; buddies see it as one of your devices`);
  else out.info(`identity key ${fingerprint} (this device, ${device.name})`);
}

export async function logoutCommand(_args: unknown, ctx: CommandContext): Promise<void> {
  const { out, paths } = ctx;
  const { profile, data, identity } = requireProfile(paths);
  if (!data.resumeToken) {
    if (out.json) return out.data({ user: data.username, loggedOut: true, node: 'not contacted' });
    return out.result(`${data.username} is already logged out on this profile`);
  }
  // Logging in with the token and out again ends any session of ours the
  // node still holds (a crashed chat), shows buddies we are offline, and
  // makes the node revoke the token: a copy of this profile cannot resume.
  let reached = true;
  const session = new NodeSession({
    url: data.server,
    credentials: { username: data.username, resumeToken: Buffer.from(data.resumeToken, 'base64') },
    identityKey: identityPublicKey(identity),
    clientVersion: `natter/${VERSION}`,
    reconnect: false,
    requestTimeoutMs: 5_000,
    trust: { pin: data.nodeKey, insecure: data.insecure },
  });
  try {
    await session.connect();
  } catch {
    reached = false;
  } finally {
    await session.close({ logout: reached }).catch(() => undefined);
  }
  profile.update({ resumeToken: undefined });
  if (out.json) return out.data({ user: data.username, loggedOut: true, node: reached ? 'logged out' : 'unreachable' });
  out.result(`logged out ${data.username}; the saved session is forgotten (log in again with natter login ${data.username})`);
  if (!reached) out.info(out.dim(`the node at ${data.server} was not reachable; it shows you offline once your last connection times out`));
}

function safeRead(profile: ReturnType<typeof profileAt>): ProfileData | undefined {
  try {
    return profile.read();
  } catch {
    return undefined;
  }
}
