// Buddy relations. A buddy is a mutual, accepted relation: A requests, B
// accepts (or B had requested A too). Blocks are separate: a blocked user's
// requests are dropped without telling them.
import type { Clock } from '@natter/io';
import { NodeError } from './errors.js';
import type { RelationChange, RelationRecord, RelationStore } from './store/types.js';

export interface BuddyListing {
  buddies: string[];
  incoming: Array<{ username: string; message: string }>;
  outgoing: string[];
  blocked: string[];
}

export type RequestOutcome = 'requested' | 'accepted' | 'already-buddies' | 'dropped';

export interface BuddyLimits {
  /**
   * Relations (buddies and requests both ways) and blocks one user may
   * have (default 1000 each). Each is a record the node keeps and lists in
   * every buddy-list push.
   */
  maxRelations?: number;
  maxBlocks?: number;
  /**
   * Unanswered requests waiting for one user (default 200): strangers
   * create them, so past this a new one is kept on the requester's side
   * only, exactly like a request the user has not answered (the requester
   * cannot tell).
   */
  maxIncomingRequests?: number;
}

export class BuddyGraph {
  private readonly maxRelations: number;
  private readonly maxBlocks: number;
  private readonly maxIncomingRequests: number;

  constructor(
    private readonly store: RelationStore,
    private readonly clock: Clock,
    limits: BuddyLimits = {},
  ) {
    this.maxRelations = limits.maxRelations ?? 1000;
    this.maxBlocks = limits.maxBlocks ?? 1000;
    this.maxIncomingRequests = limits.maxIncomingRequests ?? 200;
  }

  relation(owner: string, other: string): Promise<RelationRecord | undefined> {
    return this.store.relation(owner, other);
  }

  async isBuddy(a: string, b: string): Promise<boolean> {
    return (await this.relation(a, b))?.kind === 'buddy';
  }

  async hasBlocked(owner: string, other: string): Promise<boolean> {
    return this.store.hasBlocked(owner, other);
  }

  private count(owner: string, kind?: RelationRecord['kind']): Promise<number> {
    return this.store.countRelations(owner, kind);
  }

  private async checkRoom(owner: string): Promise<void> {
    if ((await this.count(owner)) >= this.maxRelations) {
      throw new NodeError('BUDDY_LIMIT', `you have ${this.maxRelations} buddies and requests; remove some before asking someone new`);
    }
  }

  private put(owner: string, other: string, record: RelationRecord): RelationChange {
    return { op: 'put', owner, other, record };
  }

  private del(owner: string, other: string): RelationChange {
    return { op: 'delete', owner, other };
  }

  /**
   * `from` asks `to`; the caller has checked that `to` exists. A request to
   * someone who blocked `from` is recorded on the requester's side only, so
   * it looks exactly like a request nobody has answered yet.
   */
  async request(from: string, to: string, message = ''): Promise<RequestOutcome> {
    if (from === to) throw new NodeError('BUDDY_SELF', 'you cannot be your own buddy');
    const now = this.clock.now();
    const mine = await this.relation(from, to);
    if (mine?.kind === 'buddy') return 'already-buddies';
    const text = String(message ?? '').slice(0, 280);
    if (!mine) await this.checkRoom(from);
    // Asking someone you blocked means you changed your mind.
    const ops: RelationChange[] = [{ op: 'unblock', owner: from, other: to }];
    const theirs = mine?.kind === 'incoming' ? undefined : await this.relation(to, from);
    if ((await this.hasBlocked(to, from)) || (!theirs && (await this.count(to, 'incoming')) >= this.maxIncomingRequests)) {
      await this.store.apply([...ops, this.put(from, to, { kind: 'outgoing', message: text, since: now })]);
      return 'dropped';
    }
    if (mine?.kind === 'incoming') {
      // They asked first: asking back is accepting.
      await this.store.apply([...ops, this.put(from, to, { kind: 'buddy', since: now }), this.put(to, from, { kind: 'buddy', since: now })]);
      return 'accepted';
    }
    await this.store.apply([
      ...ops,
      this.put(from, to, { kind: 'outgoing', message: text, since: now }),
      this.put(to, from, { kind: 'incoming', message: text, since: now }),
    ]);
    return 'requested';
  }

  /**
   * A request to a name nobody has: recorded on the requester's side only,
   * so their buddy list looks the same as for a real, unanswered request.
   */
  async requestUnknown(from: string, to: string, message = ''): Promise<void> {
    if (from === to) throw new NodeError('BUDDY_SELF', 'you cannot be your own buddy');
    const mine = await this.relation(from, to);
    if (mine?.kind === 'buddy') return;
    if (!mine) await this.checkRoom(from);
    await this.store.apply([this.put(from, to, { kind: 'outgoing', message: String(message ?? '').slice(0, 280), since: this.clock.now() })]);
  }

  async accept(user: string, from: string): Promise<void> {
    if ((await this.relation(user, from))?.kind !== 'incoming') throw new NodeError('NO_SUCH_REQUEST', `no buddy request from ${from}`);
    const now = this.clock.now();
    await this.store.apply([this.put(user, from, { kind: 'buddy', since: now }), this.put(from, user, { kind: 'buddy', since: now })]);
  }

  /** Drops the request on our side only: the requester is not told (it stays "pending" for them). */
  async decline(user: string, from: string): Promise<void> {
    if ((await this.relation(user, from))?.kind !== 'incoming') throw new NodeError('NO_SUCH_REQUEST', `no buddy request from ${from}`);
    await this.store.apply([this.del(user, from)]);
  }

  /** Ends any relation between the two; true when they were buddies. */
  async remove(user: string, other: string): Promise<boolean> {
    const was = (await this.relation(user, other))?.kind === 'buddy';
    await this.store.apply([this.del(user, other), this.del(other, user)]);
    return was;
  }

  /**
   * Ends a buddy relation both ways (the other side notices: presence
   * stops), but leaves a pending request of theirs in place on their side,
   * so a blocked requester cannot tell a block from no answer.
   */
  async block(user: string, other: string): Promise<boolean> {
    if (!(await this.hasBlocked(user, other)) && (await this.store.blocks(user)).length >= this.maxBlocks) {
      throw new NodeError('BUDDY_LIMIT', `you have blocked ${this.maxBlocks} users; unblock some first`);
    }
    const was = (await this.relation(user, other))?.kind === 'buddy';
    const theirs = (await this.relation(other, user))?.kind;
    await this.store.apply([
      this.del(user, other),
      ...(was || theirs === 'incoming' ? [this.del(other, user)] : []),
      { op: 'block', owner: user, other, since: this.clock.now() },
    ]);
    return was;
  }

  async unblock(user: string, other: string): Promise<void> {
    await this.store.apply([{ op: 'unblock', owner: user, other }]);
  }

  async list(user: string): Promise<BuddyListing> {
    const out: BuddyListing = { buddies: [], incoming: [], outgoing: [], blocked: [] };
    for (const [other, rec] of await this.store.relations(user)) {
      if (rec.kind === 'buddy') out.buddies.push(other);
      else if (rec.kind === 'incoming') out.incoming.push({ username: other, message: rec.message ?? '' });
      else out.outgoing.push(other);
    }
    out.blocked.push(...(await this.store.blocks(user)));
    return out;
  }

  async buddiesOf(user: string): Promise<string[]> {
    return (await this.list(user)).buddies;
  }

  /**
   * Deletes every relation and block of a user; returns the former buddies
   * (the only ones who are told). Others' unanswered requests to the name
   * stay on their side, as for any request nobody answers.
   */
  async deleteAll(user: string): Promise<string[]> {
    const buddies: string[] = [];
    const ops: RelationChange[] = [];
    for (const [other, rec] of await this.store.relations(user)) {
      if (rec.kind === 'buddy') buddies.push(other);
      ops.push(this.del(user, other));
      // Their record of us goes too, unless it is their own pending request.
      if (rec.kind !== 'incoming') ops.push(this.del(other, user));
    }
    for (const other of await this.store.blocks(user)) ops.push({ op: 'unblock', owner: user, other });
    // Blocks others placed on this user go too: the name may be registered again by someone else.
    for (const owner of await this.store.blockersOf(user)) ops.push({ op: 'unblock', owner, other: user });
    if (ops.length) await this.store.apply(ops);
    return buddies;
  }
}
