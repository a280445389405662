// Account requests on the control channel: Register, Login (with what must
// follow a login), Logout, ChangePassword, DeleteAccount.
import { BuddySet } from '../buddy-set.js';
import { randomBytes } from 'node:crypto';
import { natter, type ControlFrameInit } from '@natter/wire';
import { NodeError, errorFrame } from '../errors.js';
import { OnlineUser } from '../presence.js';
import { tokenId } from '../accounts.js';
import { CLOSE, type ClientLink, type NodeServices, type UserLink } from '../services.js';
import type { UserRecord } from '../store/types.js';
import { tryUsername } from '../usernames.js';
import { MAX_CLIENT_VERSION_CHARS, clip } from '../bounds.js';
import { pushBuddyList } from './buddies.js';
import { deliverOffline } from './offline.js';

export async function register(services: NodeServices, connection: ClientLink, request: natter.control.Register): Promise<ControlFrameInit> {
  if (connection.user) throw new NodeError('ALREADY_LOGGED_IN', 'log out before registering another account');
  if (services.registration === 'closed') {
    services.metrics.registrations.inc({ result: 'closed' });
    throw new NodeError('REGISTRATION_CLOSED', 'this node does not take new registrations; ask its operator for an account');
  }
  try {
    const name = await services.accounts.register(request.username, request.password, request.identityKey, connection.address);
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
  // Read the record again only if this login changed it (a new identity key).
  const changed = Boolean(request.identityKey?.length) && (await services.accounts.setIdentityKey(username, request.identityKey));
  const fresh = changed ? (await services.accounts.get(username))! : record;
  const issued = await services.accounts.issueToken(username);
  const { token, expiresAt } = issued;
  const resumedWith = request.credential === 'resumeToken' ? tokenId(request.resumeToken!) : undefined;
  // One read of the relations: the session's buddy set and the list pushed after LoginOk.
  const listing = await services.graph.list(username);
  const buddies = new BuddySet(listing.buddies);
  if (connection.closed) throw new NodeError('SHUTTING_DOWN', 'connection closed during login');

  // No await from here to hub.add: the old session's close must find the
  // new one in the hub, or buddies would see the user go offline and back.
  // (On a cluster, a session on another node is replaced by cluster.online below.)
  const previous = services.hub.local(username);
  if (previous) {
    previous.send(errorFrame(new NodeError('SESSION_REPLACED', 'you logged in from another place')));
    previous.close(CLOSE.REPLACED, 'session replaced');
  }
  const stunUsername = `n${randomBytes(12).toString('hex')}`;
  const user = new OnlineUser(
    {
      username,
      identityKey: fresh.identityKey,
      clientVersion: clip(request.clientVersion, MAX_CLIENT_VERSION_CHARS),
      since: services.clock.now(),
      stunUsername,
      // Logout revokes both: the token this login was resumed with, if any, and the one it got.
      sessionTokenIds: resumedWith ? [issued.id, resumedWith] : [issued.id],
      buddies,
    },
    connection,
  );
  connection.logIn(user);
  services.hub.add(user);
  // The routing table says the user is here now (and ends a session elsewhere).
  await services.cluster?.online(user);
  services.metrics.logins.inc({ method, result: 'ok' });
  services.log.info({ user: username, method, from: connection.address, client: user.clientVersion }, 'login');

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
    },
  });
  await pushBuddyList(services, username, listing);
  services.hub.announce(user);
  services.notify.loggedIn(user.username);
  await deliverOffline(services, user);
  return undefined;
}

/**
 * Revokes the session's tokens (a copy of a stolen profile cannot resume
 * after its owner logged out), then answers Ok itself: once the close has
 * begun, the connection drops every frame.
 */
export async function logout(services: NodeServices, connection: UserLink, _request: natter.control.Logout, requestId: number): Promise<undefined> {
  for (const id of connection.user.sessionTokenIds) await services.accounts.revokeToken(connection.user.username, id);
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
