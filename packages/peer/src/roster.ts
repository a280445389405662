// The buddy list as the node reports it: each buddy's presence (status, NAT,
// identity key), the pending requests and blocks, and buddy events. What a
// UI lists, and what delivery asks before it sends (online? which key?).
import { natter, type ControlFrameInit } from '@natter/wire';
import type { PathKind } from './conversation.js';
import type { BuddyInfo, BuddyRequests, EmitPeerEvent } from './peer-events.js';
import { BUDDY_ACTIONS, BUDDY_EVENT_KINDS, NAT_TYPES, STATUSES, type BuddyActionName } from './protocol-names.js';

export interface RosterHooks {
  request(frame: ControlFrameInit): Promise<unknown>;
  emit: EmitPeerEvent;
  /** The path of the conversation with `buddy`; undefined while there is none. */
  pathOf(buddy: string): PathKind | undefined;
  /** The identity key the node reports for `buddy`, on every presence that carries one. */
  onKey(buddy: string, key: Buffer): void;
  /** Went offline or is no longer a buddy: its conversation ends (a new handshake when it returns). */
  onGone(buddy: string): void;
  /** Came online: what waits for it goes now. */
  onBack(buddy: string): void;
  /** The buddy list of a login is in: what waited to know who is online goes now. */
  onSynced(): void;
}

export class Roster {
  private readonly presence = new Map<string, natter.control.Presence.$Properties>();
  private pending: BuddyRequests = { incoming: [], outgoing: [], blocked: [] };
  /** Whether the node's buddy list of the current login is in (see synced()). */
  private listed = false;

  constructor(private readonly hooks: RosterHooks) {}

  /**
   * True once the node's buddy list of the current login arrived: until
   * then a buddy not known online may simply not be heard of yet (right
   * after a login, or a reconnect while the node was away).
   */
  synced(): boolean {
    return this.listed;
  }

  /** A new login (or the connection dropped): presence is stale until the next buddy list. */
  unsynced(): void {
    this.listed = false;
  }

  has(buddy: string): boolean {
    return this.presence.has(buddy);
  }

  buddies(): BuddyInfo[] {
    return [...this.presence.keys()].sort().map((b) => this.info(b));
  }

  info(name: string): BuddyInfo {
    const p = this.presence.get(name);
    const online = Boolean(p && p.status);
    return {
      username: name,
      online,
      status: STATUSES.fromWire(p?.status ?? natter.Status.STATUS_OFFLINE) ?? 'offline',
      statusText: p?.statusText ?? '',
      path: online ? (this.hooks.pathOf(name) ?? 'relay') : 'offline',
      nat: NAT_TYPES.fromWire(p?.nat?.nat ?? natter.NatType.NAT_UNKNOWN) ?? 'unknown',
      identityKey: p?.identityKey ? Buffer.from(p.identityKey) : undefined,
    };
  }

  /** The buddy's registered identity key; undefined when the node sent none. */
  keyOf(buddy: string): Uint8Array | undefined {
    const key = this.presence.get(buddy)?.identityKey;
    return key?.length ? key : undefined;
  }

  /** Pending incoming and outgoing requests and blocked users, as of the node's latest buddy list. */
  requests(): BuddyRequests {
    const r = this.pending;
    return { incoming: [...r.incoming], outgoing: [...r.outgoing], blocked: [...r.blocked] };
  }

  async act(action: BuddyActionName, username: string, message = ''): Promise<void> {
    await this.hooks.request({ buddyAction: { action: BUDDY_ACTIONS.toWire(action) ?? natter.control.BuddyAction.Action.ACTION_UNSPECIFIED, username, message } });
  }

  onBuddyList(list: natter.control.BuddyList): void {
    const first = !this.listed;
    this.listed = true;
    this.pending = {
      incoming: [...(list.incomingRequests ?? [])].sort(),
      outgoing: [...(list.outgoingRequests ?? [])].sort(),
      blocked: [...(list.blocked ?? [])].sort(),
    };
    const names = new Set<string>();
    for (const p of list.buddies ?? []) {
      names.add(p.username!);
      this.setPresence(p);
    }
    for (const name of [...this.presence.keys()]) {
      if (!names.has(name)) {
        this.presence.delete(name);
        this.hooks.onGone(name);
      }
    }
    this.hooks.emit('buddies', this.buddies());
    if (first) this.hooks.onSynced();
  }

  onPresence(p: natter.control.Presence): void {
    if (!this.presence.has(p.username) && !p.status) return;
    this.setPresence(p);
    this.hooks.emit('presence', this.info(p.username));
  }

  onBuddyEvent(e: natter.control.BuddyEvent): void {
    // KIND_UNSPECIFIED (an older node) and kinds we do not know read as a request.
    const kind = BUDDY_EVENT_KINDS.fromWire(e.kind) ?? 'requested';
    this.hooks.emit('buddyEvent', { kind, username: e.username, message: e.message ?? '' });
  }

  private setPresence(p: natter.control.Presence.$Properties): void {
    const name = p.username!;
    const prev = this.presence.get(name);
    // An offline push carries no key: keep the one we had.
    const merged = { ...p, identityKey: p.identityKey && p.identityKey.length ? p.identityKey : prev?.identityKey };
    this.presence.set(name, merged);
    if (merged.identityKey && merged.identityKey.length) this.hooks.onKey(name, Buffer.from(merged.identityKey));
    if (!p.status) this.hooks.onGone(name);
    if (p.status && !prev?.status) this.hooks.onBack(name);
  }
}
