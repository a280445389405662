// Roaming in the kernel lab: a host running `natter rpc` moves to another
// NAT in the middle of a conversation (`natlab move`: its link is replaced,
// it gets another address behind another router, the process keeps
// running). The peer notices the new addresses, logs in again with its
// resume token (there is no password in the process), tells the node its
// new endpoints, and punches again; the buddy learns the new endpoint from
// the plan. Meanwhile the relay carries the conversation. Asserted: both
// sides back on a direct path within 2 s of the new network being up,
// every message exactly once and in order, every one delivered in its
// sender's history, and the rpc said what happened. Prints the timeline.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeNatlab } from '../support/natlab.js';
import { startPeerLab, type PeerLab, type PeerLabUser } from '../support/natlab-peers.js';

/** The roaming target: back on a direct path this long after the new network is up (the 2 s). */
const BACK_TO_DIRECT_MS = 2_000;
const PACE_MS = 80;

type Line = Record<string, any>;

describeNatlab(
  'natlab: a host moves to another NAT mid-conversation',
  () => {
    let peers: PeerLab;
    const notes: string[] = [];

    beforeAll(async () => {
      peers = await startPeerLab(
        {
          sites: [
            { name: 'home', kind: 'port' },
            { name: 'office', kind: 'restricted-nofw' },
            { name: 'phone', kind: 'symmetric' },
            { name: 'cafe', kind: 'port-nofw' },
          ],
        },
        [
          { name: 'laptop', host: 'home/h1' },
          { name: 'friend', host: 'cafe/h1' },
        ],
      );
    }, 300_000);

    afterAll(async () => {
      console.log(`\nnatlab roaming\n${notes.join('\n')}\n`);
      await peers?.down();
    });

    /** The latest path event of `u` for `buddy`, at or after line `from`. */
    const pathOf = (u: PeerLabUser, buddy: string, from = 0): string | undefined => {
      for (let i = u.rpc.lines.length - 1; i >= from; i--) if (u.rpc.lines[i]!.event === 'path' && u.rpc.lines[i]!.buddy === buddy) return u.rpc.lines[i]!.path;
      return undefined;
    };

    it('moves twice (port -> restricted without an input firewall -> symmetric): direct again within 2 s each time, nothing lost, shown twice or left undelivered', async () => {
      const laptop = peers.user('laptop');
      const friend = peers.user('friend');
      // Warm up: a first exchange, both on the direct path.
      await laptop.rpc.call({ cmd: 'send', to: 'friend', text: 'warm-up' });
      await friend.rpc.waitFor((l) => l.event === 'message' && l.text === 'warm-up', 20_000);
      await laptop.rpc.waitFor((l) => l.event === 'path' && l.buddy === 'friend' && l.path === 'direct', 20_000);
      await friend.rpc.waitFor((l) => l.event === 'path' && l.buddy === 'laptop' && l.path === 'direct', 20_000);

      // A steady conversation both ways while the laptop moves twice.
      let sending = true;
      const sent = { laptop: [] as string[], friend: [] as string[] };
      const ids = { laptop: [] as string[], friend: [] as string[] };
      const talk = async (from: PeerLabUser, to: string, tag: 'laptop' | 'friend') => {
        for (let i = 0; sending; i++) {
          const text = `${tag} ${i}`;
          const r = await from.rpc.call({ cmd: 'send', to, text }, 30_000);
          expect(r.ok, JSON.stringify(r)).toBe(true);
          sent[tag].push(text);
          ids[tag].push(r.id);
          await new Promise((res) => setTimeout(res, PACE_MS));
        }
      };
      const talking = Promise.all([talk(laptop, 'friend', 'laptop'), talk(friend, 'laptop', 'friend')]);

      for (const site of ['office', 'phone']) {
        await new Promise((r) => setTimeout(r, 1500));
        const mark = { laptop: laptop.rpc.lines.length, friend: friend.rpc.lines.length };
        const moved = await peers.lab.move('home/h1', site);
        const t = Date.now();
        // The laptop says what happened: the network, the relay, the node again, the direct path again.
        // The first change it sees may be the old address gone before the new
        // one is up (a busy machine polls in between): then the new one follows.
        const network = await laptop.rpc.waitFor((l) => l.event === 'network' && laptop.rpc.lines.indexOf(l) >= mark.laptop && l.addresses.includes(moved.ip), 5_000);
        const noticedMs = Date.now() - t;
        expect(laptop.rpc.lines.slice(mark.laptop).find((l) => l.event === 'network')).toMatchObject({ change: 'moved' });
        expect(network.change === 'moved' || network.change === 'added').toBe(true);
        const direct = await laptop.rpc.waitFor((l) => l.event === 'path' && l.buddy === 'friend' && l.path === 'direct' && laptop.rpc.lines.indexOf(l) >= mark.laptop, 10_000);
        const backMs = Date.now() - t;
        const lines = laptop.rpc.lines.slice(mark.laptop);
        const pathEvents = lines.filter((l) => l.event === 'path' || l.event === 'network' || l.event === 'connection');
        // The old path ends at once: by the address watch, or (a busy machine
        // noticing later) by the first send the old address can no longer make.
        expect(lines.some((l) => l.event === 'path' && l.path === 'relay' && /network changed|unusable \(send failed\)/.test(l.why)), JSON.stringify(pathEvents)).toBe(true);
        expect(lines.some((l) => l.event === 'connection' && l.state === 'online')).toBe(true);
        // The friend's peer learned the new endpoint: its messages reach the laptop directly again.
        const seenAt = laptop.rpc.lines.length;
        const fromFriend = await laptop.rpc.waitFor((l) => l.event === 'message' && l.from === 'friend' && l.path === 'direct' && laptop.rpc.lines.indexOf(l) >= seenAt, 5_000);
        notes.push(
          `to ${site} (${moved.kind}, ${moved.ip} behind ${moved.publicIp}): the move noticed after ${noticedMs} ms, direct again after ${backMs} ms (${direct.why}); the friend's next message came ${fromFriend.path}`,
        );
        expect(backMs, `back on a direct path after moving to ${site}`).toBeLessThanOrEqual(BACK_TO_DIRECT_MS);
        expect(pathOf(friend, 'laptop', 0)).toBe('direct');
      }

      sending = false;
      await talking;
      // Everything arrives, exactly once and in order, and ends delivered in its sender's history.
      const received = (u: PeerLabUser, from: string) => u.rpc.lines.filter((l) => l.event === 'message' && l.from === from && / \d+$/.test(l.text)).map((l) => l.text);
      await friend.rpc.waitFor(() => received(friend, 'laptop').length >= sent.laptop.length, 30_000);
      await laptop.rpc.waitFor(() => received(laptop, 'friend').length >= sent.friend.length, 30_000);
      expect(received(friend, 'laptop')).toEqual(sent.laptop);
      expect(received(laptop, 'friend')).toEqual(sent.friend);
      for (const [u, other, mine] of [
        [laptop, 'friend', ids.laptop],
        [friend, 'laptop', ids.friend],
      ] as const) {
        const deadline = Date.now() + 15_000;
        let states: Map<string, string> = new Map();
        while (Date.now() < deadline) {
          const h = await u.rpc.call({ cmd: 'history', with: other, limit: 1000 });
          states = new Map((h.messages as Line[]).filter((m) => m.direction === 'out').map((m) => [m.id, m.state]));
          if (mine.every((id) => states.get(id) === 'delivered')) break;
          await new Promise((r) => setTimeout(r, 250));
        }
        expect(mine.filter((id) => states.get(id) !== 'delivered').map((id) => `${id} ${states.get(id)}`), `${u.name}'s messages not delivered`).toEqual([]);
      }
      notes.push(`${sent.laptop.length} + ${sent.friend.length} messages, each shown once, in order, delivered`);
    }, 120_000);
  },
  { needs: [] },
);
