// Buddy requests on the control channel (BuddyAction), and the buddy list
// push every relation change ends with.
import { BuddySet } from '../buddy-set.js';
import { natter, type ControlFrameInit } from '@natter/wire';
import { NodeError } from '../errors.js';
import type { OnlineUser } from '../presence.js';
import type { NodeServices, UserLink } from '../services.js';
import { tryUsername } from '../usernames.js';
import { MAX_REQUEST_MESSAGE_CHARS, clip } from '../bounds.js';
import type { BuddyListing } from '../buddies.js';

const BuddyAction = natter.control.BuddyAction.Action;
const BuddyEventKind = natter.control.BuddyEvent.Kind;

export async function buddyAction(services: NodeServices, connection: UserLink, request: natter.control.BuddyAction): Promise<ControlFrameInit> {
  await act(services, connection.user, request);
  return { ok: {} };
}

async function act(services: NodeServices, me: OnlineUser, request: natter.control.BuddyAction): Promise<void> {
  const other = tryUsername(request.username);
  // Stored and pushed to the other user: bounded here, once.
  const message = clip(request.message, MAX_REQUEST_MESSAGE_CHARS);
  if (other === me.username) throw new NodeError('BUDDY_SELF', 'you cannot be your own buddy');
  const exists = other ? (await services.accounts.get(other)) !== undefined : false;
  // On a cluster, where the other user is online now (they may be nobody's buddy here yet).
  if (other && exists) await services.cluster?.lookup([other]);
  const pushLists = async (...names: string[]) => {
    for (const name of names) await pushBuddyList(services, name);
  };
  switch (request.action) {
    case BuddyAction.REQUEST: {
      // The requester sees the same thing in every case: Ok, and the name
      // among their outgoing requests. No such user, a user who blocked
      // them and a user who has not answered yet look identical.
      if (!other) return;
      if (!exists) await services.graph.requestUnknown(me.username, other, message);
      else {
        const outcome = await services.graph.request(me.username, other, message);
        if (outcome === 'accepted') return becameBuddies(services, me.username, other);
        if (outcome === 'requested') {
          services.hub.get(other)?.send({ buddyEvent: { kind: BuddyEventKind.REQUESTED, username: me.username, message } });
          await pushLists(other);
        }
      }
      await pushLists(me.username);
      return;
    }
    case BuddyAction.ACCEPT:
      if (!other || !exists) throw new NodeError('NO_SUCH_REQUEST', `no buddy request from ${request.username}`);
      await services.graph.accept(me.username, other);
      await becameBuddies(services, me.username, other);
      return;
    case BuddyAction.DECLINE:
      if (!other || !exists) throw new NodeError('NO_SUCH_REQUEST', `no buddy request from ${request.username}`);
      // The requester is not told: their request just stays unanswered.
      await services.graph.decline(me.username, other);
      await pushLists(me.username);
      return;
    case BuddyAction.REMOVE:
    case BuddyAction.BLOCK: {
      if (!other) return;
      const wereBuddies =
        request.action === BuddyAction.BLOCK ? await services.graph.block(me.username, other) : await services.graph.remove(me.username, other);
      const peer = services.hub.get(other);
      if (wereBuddies && peer) {
        // Tell them we are gone: offline presence first, so they drop our endpoints.
        services.hub.announce(me, { to: [other], relationEnded: true });
        peer.send({ buddyEvent: { kind: BuddyEventKind.REMOVED, username: me.username } });
      }
      // A blocked stranger's pending request stays on their side untouched: no push.
      await pushLists(...(wereBuddies || request.action === BuddyAction.REMOVE ? [me.username, other] : [me.username]));
      return;
    }
    case BuddyAction.UNBLOCK:
      if (!other) return;
      await services.graph.unblock(me.username, other);
      await pushLists(me.username);
      return;
    default:
      throw new NodeError('UNSUPPORTED', `unknown buddy action ${request.action}`);
  }
}

async function becameBuddies(services: NodeServices, a: string, b: string): Promise<void> {
  for (const [name, buddy] of [
    [a, b],
    [b, a],
  ] as const) {
    const user = services.hub.get(name);
    if (!user) continue;
    user.buddies.add(buddy);
    // Devices on other nodes: their nodes reload the buddies before the
    // event reaches them (the bus keeps the order, and a node handles a
    // reload before the next message), so a client that acts on ACCEPTED at
    // once (an offline store) is not refused NOT_A_BUDDY by its own node.
    services.cluster?.reloadBuddiesElsewhere(name);
    user.send({ buddyEvent: { kind: BuddyEventKind.ACCEPTED, username: buddy } });
  }
  // The lists carry each other's presence (or offline + identity key).
  for (const name of [a, b]) await pushLocalBuddyList(services, name);
  // Then each other's PresencePush, as docs/protocol.md promises after ACCEPTED
  // (a user with devices here speaks from here: its announcement reaches every node).
  for (const [name, buddy] of [
    [a, b],
    [b, a],
  ] as const) {
    const user = services.hub.local(name) ?? services.hub.get(name);
    if (user) services.hub.announce(user, { to: [buddy] });
  }
}

/**
 * Pushes the full buddy list (with presence) to each device of `username`:
 * here, and on a cluster, by the nodes of its devices elsewhere.
 */
export async function pushBuddyList(services: NodeServices, username: string, known?: BuddyListing): Promise<void> {
  services.cluster?.reloadBuddiesElsewhere(username);
  await pushLocalBuddyList(services, username, known);
}

/** Pushes the full buddy list to `username`'s devices on this node, and refreshes its cached buddy set. */
export async function pushLocalBuddyList(services: NodeServices, username: string, known?: BuddyListing): Promise<void> {
  const target = services.hub.local(username);
  if (!target) return;
  const listing = known ?? (await services.graph.list(username));
  // Buddies' devices on other nodes, and the user's own: their presence from the routing table.
  await services.cluster?.lookup([...listing.buddies, username]);
  target.buddies = new BuddySet(listing.buddies);
  // Offline buddies' identity keys in one store read, not one per buddy.
  const offline = listing.buddies.filter((name) => !services.hub.get(name));
  const records = new Map(offline.length ? (await services.accounts.getMany(offline)).map((record, i) => [offline[i]!, record]) : []);
  const buddies: natter.control.Presence.$Properties[] = [];
  for (const name of listing.buddies) {
    const online = services.hub.get(name);
    if (online) buddies.push(services.hub.presenceOf(online));
    else {
      // (gone offline since the read: one more lookup)
      const record = records.has(name) ? records.get(name) : await services.accounts.get(name);
      if (record) buddies.push(services.hub.offlinePresence(record));
    }
  }
  target.send({
    buddyList: {
      buddies,
      incomingRequests: listing.incoming.map((request) => request.username),
      outgoingRequests: listing.outgoing,
      blocked: listing.blocked,
    },
  });
}

/**
 * The online session of the device `address` (USER/DEVICE; a bare USER:
 * their device that logged in last), for a punch or relay from `me`: a
 * mutual buddy's device, or another device of `me`'s own. One answer
 * (NOT_A_BUDDY) for "no such user" and "not your buddy", so neither
 * reveals who exists.
 */
export function requireOnlineBuddy(services: NodeServices, me: OnlineUser, address: string): OnlineUser {
  const slash = address.indexOf('/');
  const other = tryUsername(slash < 0 ? address : address.slice(0, slash));
  const own = other === me.username && slash > 0;
  if (!other || (!own && !me.buddies.has(other))) throw new NodeError('NOT_A_BUDDY', `${address} is not your buddy`);
  const peer = services.hub.device(slash < 0 ? other : `${other}${address.slice(slash)}`);
  if (!peer || peer === me || (!own && !peer.buddies.has(me.username))) throw new NodeError('BUDDY_OFFLINE', `${address} is offline`);
  return peer;
}
