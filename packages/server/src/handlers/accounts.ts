// Account requests on the control channel: Register, Login (with what must
// follow a login), Logout, ChangePassword, DeleteAccount.
import { BuddySet } from '../buddy-set.js';
import { natter, type ControlFrameInit } from '@natter/wire';
import { NodeError, errorFrame } from '../errors.js';
import { OnlineUser } from '../presence.js';
import { tokenId } from '../accounts.js';
import { CLOSE, type ClientLink, type NodeServices, type UserLink } from '../services.js';
import type { UserRecord } from '../store/types.js';
import type { DeviceChange } from '../cluster/link.js';
import { tryUsername } from '../usernames.js';
import { MAX_CLIENT_VERSION_CHARS, clip } from '../bounds.js';
import { pushBuddyList, pushLocalBuddyList } from './buddies.js';
import { linkCode } from '../devices.js';
import { deliverOffline } from './offline.js';
import { randomBytesPooled } from '../random-pool.js';

export async function register(services: NodeServices, connection: ClientLink, request: natter.control.Register): Promise<ControlFrameInit> {
  if (connection.user) throw new NodeError('ALREADY_LOGGED_IN', 'log out before registering another account');
  if (services.registration === 'closed') {
    services.metrics.registrations.inc({ result: 'closed' });
    throw new NodeError('REGISTRATION_CLOSED', 'this node does not take new registrations; ask its operator for an account');
  }
  try {
    const name = await services.accounts.register(request.username, request.password, request.identityKey, connection.address, (username, key) =>
      services.devices.firstDevice(username, key, request),
    );
    services.metrics.registrations.inc({ result: 'ok' });
    services.log.info({ user: name, from: connection.address }, 'registered');
    return { ok: {} };
  } catch (err) {
    services.metrics.registrations.inc({ result: err instanceof NodeError ? err.code : 'error' });
    throw err;
  }
}

/** Answers LoginOk itself (with `requestId`), because the buddy list, presence and offline pushes must follow it. */
export async function login(services: NodeServices, connection: ClientLink, request: natter.control.Login, requestId: number): Promise<undefined> {
  if (connection.user) throw new NodeError('ALREADY_LOGGED_IN', 'this connection is logged in already');
  const method = request.credential === 'resumeToken' ? 'token' : request.credential === 'siteToken' ? 'site' : 'password';
  let record: UserRecord;
  try {
    if (request.credential === 'siteToken') {
      const { site, username } = services.sites.verify(request.siteToken!, Date.now());
      record = await services.accounts.siteUser(site.id, username, request.identityKey, connection.address);
    } else {
      record =
        request.credential === 'resumeToken'
          ? await services.accounts.verifyToken(request.resumeToken!, connection.address)
          : await services.accounts.verifyPassword(request.username, request.password ?? '', connection.address);
    }
    if (request.credential === 'resumeToken' && tryUsername(request.username) && tryUsername(request.username) !== record.username) {
      throw new NodeError('AUTH_FAILED', 'the session has expired: log in with your password');
    }
  } catch (err) {
    const code = err instanceof NodeError ? err.code : 'error';
    services.log.debug({ method, code, from: connection.address }, 'login refused');
    services.metrics.logins.inc({ method, result: code === 'AUTH_RATE_LIMITED' ? 'rate_limited' : 'failed' });
    throw err;
  }
  const username = record.username;
  // Which device this is: the token's, or the one the login names (a new one waits for approval).
  const tokenOwner = 'tokenOwner' in record ? (record as { tokenOwner: string }).tokenOwner : undefined;
  const tokenDevice = tokenOwner?.includes('/') ? Buffer.from(tokenOwner.slice(tokenOwner.indexOf('/') + 1), 'hex') : undefined;
  if (tokenDevice && request.deviceId?.length && !tokenDevice.equals(Buffer.from(request.deviceId))) {
    throw new NodeError('AUTH_FAILED', 'this resume token belongs to another device: log in with your password');
  }
  const newIdentity = Boolean(request.newIdentity) && method === 'password';
  const { record: fresh, device, revoked, changed } = await services.devices.login(username, {
    deviceId: tokenDevice ?? request.deviceId,
    deviceName: request.deviceName,
    identityKey: request.identityKey,
    certificate: request.certificate,
    newIdentity,
    siteAccount: method === 'site',
  });
  const pending = device.state === 'pending';
  const address = device.id ? `${username}/${device.id}` : username;
  const issued = await services.accounts.issueToken(address);
  const { token, expiresAt } = issued;
  const resumedWith = request.credential === 'resumeToken' ? tokenId(request.resumeToken!) : undefined;
  // One read of the relations: the session's buddy set and the list pushed after LoginOk.
  const listing = await services.graph.list(username);
  const buddies = new BuddySet(listing.buddies);
  for (const gone of revoked) await endDevice(services, username, gone.id, 'DEVICE_REMOVED', 'this account has a new identity (natter login --new-identity); this device was revoked');
  if (connection.closed) throw new NodeError('SHUTTING_DOWN', 'connection closed during login');

  // No await from here to hub.add: the old session's close must find the
  // new one in the hub, or buddies would see the device go offline and back.
  // (On a cluster, the device's session on another node is replaced by cluster.online below.)
  // (A pending device approved or made root since: its pending session is the one replaced.)
  const previous = services.hub.localDevice(address) ?? services.hub.pendingDevice(address);
  if (previous) {
    previous.send(errorFrame(new NodeError('SESSION_REPLACED', 'you logged in from another place')));
    previous.close(CLOSE.REPLACED, 'session replaced');
  }
  const stunUsername = `n${randomBytesPooled(12).toString('hex')}`;
  const user = new OnlineUser(
    {
      username,
      identityKey: device.identityKey,
      clientVersion: clip(request.clientVersion, MAX_CLIENT_VERSION_CHARS),
      since: services.clock.now(),
      stunUsername,
      // Logout revokes both: the token this login was resumed with, if any, and the one it got.
      sessionTokenIds: resumedWith ? [issued.id, resumedWith] : [issued.id],
      buddies,
      deviceId: device.id,
      deviceName: device.name,
      pending,
    },
    connection,
  );
  connection.logIn(user);
  const devices = fresh.devices ?? [];
  services.hub.add(user, devices);
  services.hub.setDevices(username, devices);
  // The routing table says the device is here now (and ends its session elsewhere).
  await services.cluster?.online(user);
  services.metrics.logins.inc({ method, result: 'ok' });
  services.log.info({ user: username, device: device.id, state: device.state, method, from: connection.address, client: user.clientVersion }, 'login');

  // LoginOk first, then the pushes that depend on being logged in.
  connection.send({
    requestId,
    loginOk: {
      username,
      resumeToken: token,
      resumeTokenExpiresMs: expiresAt,
      serverTimeMs: services.clock.now(),
      stun: {
        username: user.stunUsername,
        password: services.hub.stunKey(stunUsername),
        servers: services.stunServers().map((e) => ({ ...e, kind: natter.Endpoint.Kind.PUBLIC })),
      },
      relayBudget: services.relayBudget,
      deviceId: device.id ? Buffer.from(device.id, 'hex') : undefined,
      deviceState: pending ? natter.control.DeviceState.PENDING : natter.control.DeviceState.ACTIVE,
      linkCode: pending ? linkCode(username, device.id, Buffer.from(device.identityKey, 'base64')) : '',
    },
  });
  // Every device of the user hears of a new one (a link request) or a change.
  services.hub.pushDeviceList(username, devices);
  if (pending) return undefined; // nothing else until an active device approves it
  await pushLocalBuddyList(services, username, listing);
  // The buddies see the new device set, and this device online.
  services.hub.announce(user);
  if (changed || revoked.length) await announceDevices(services, username, fresh, { ended: revoked.map((d) => d.id) });
  services.notify.loggedIn(user.username);
  await deliverOffline(services, user);
  return undefined;
}

/**
 * Ends a device that is no longer the user's (removed, or revoked by a new
 * identity): its tokens, its offline queue and its session here (on a
 * cluster, its session on another node ends by announceDevices' `ended`).
 */
export async function endDevice(services: NodeServices, username: string, deviceId: string, code: 'DEVICE_REMOVED', why: string): Promise<void> {
  const address = `${username}/${deviceId}`;
  await services.accounts.revokeDeviceTokens(username, deviceId);
  await services.offline.purge(address);
  for (const session of [services.hub.localDevice(address), services.hub.pendingDevice(address)]) {
    if (!session) continue;
    session.send(errorFrame(new NodeError(code, why)));
    session.close(CLOSE.DEVICE_REMOVED, 'device removed');
  }
}

/**
 * The device set changed: the user's own devices get the list (on every
 * node, where `change` is carried out too), online buddies the new presence.
 */
export async function announceDevices(services: NodeServices, username: string, record: UserRecord, change: DeviceChange = {}): Promise<void> {
  const devices = record.devices ?? [];
  services.hub.setDevices(username, devices);
  services.hub.pushDeviceList(username, devices);
  await services.cluster?.devicesChanged(username, change);
  const account = services.hub.local(username);
  if (account?.latest) return services.hub.announce(account);
  const elsewhere = services.hub.get(username)?.latest;
  if (elsewhere) return services.hub.announce(elsewhere);
  // No device of the user online: their buddies still learn the new keys.
  const presence = services.hub.offlinePresence(record);
  const frame = { presencePush: { presence } };
  for (const name of await services.graph.buddiesOf(username)) {
    const peer = services.hub.local(name);
    if (peer?.buddies.has(username)) peer.send(frame);
  }
}

/**
 * Revokes the session's tokens (a copy of a stolen profile cannot resume
 * after its owner logged out), then answers Ok itself: once the close has
 * begun, the connection drops every frame.
 */
export async function logout(services: NodeServices, connection: UserLink, _request: natter.control.Logout, requestId: number): Promise<undefined> {
  for (const id of connection.user.sessionTokenIds) await services.accounts.revokeToken(connection.user.address, id);
  connection.send({ requestId, ok: {} });
  connection.close(CLOSE.NORMAL, 'logout');
  return undefined;
}

export async function changePassword(services: NodeServices, connection: UserLink, request: natter.control.ChangePassword): Promise<ControlFrameInit> {
  await services.accounts.verifyPassword(connection.user.username, request.oldPassword, connection.address);
  await services.accounts.setPassword(connection.user.username, request.newPassword);
  return { ok: {} };
}

/** Answers Ok itself, then closes: the answer carries the request id like every answer, and the close follows it. */
export async function deleteAccount(services: NodeServices, connection: UserLink, request: natter.control.DeleteAccount, requestId: number): Promise<undefined> {
  const me = connection.user;
  await services.accounts.verifyPassword(me.username, request.password, connection.address);
  const others = await services.graph.deleteAll(me.username);
  await services.cluster?.lookup(others);
  const record = await services.accounts.get(me.username);
  for (const d of record?.devices ?? []) await services.offline.purge(`${me.username}/${d.id}`);
  await services.offline.purge(me.username);
  await services.notify.purgeUser(me.username);
  await services.accounts.deleteUser(me.username);
  services.log.info({ user: me.username }, 'account deleted');
  for (const other of others) {
    const peer = services.hub.get(other);
    if (!peer) continue;
    peer.buddies.delete(me.username);
    peer.send({ buddyEvent: { kind: natter.control.BuddyEvent.Kind.REMOVED, username: me.username } });
    await pushBuddyList(services, other);
  }
  // No offline presence when the socket closes: the relations are gone.
  me.buddies.clear();
  connection.send({ requestId, ok: {} });
  connection.close(CLOSE.DELETED, 'account deleted');
  return undefined;
}
