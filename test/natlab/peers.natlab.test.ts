// Real `natter` processes behind every kind of kernel NAT, and two behind
// one shared NAT: each registers with a real node on the lab's node host,
// runs `natter rpc`, and every pair chats. The path must be direct wherever
// DESIGN.md's table says it can be and relay otherwise; every message
// arrives exactly once. Prints the grid (pair -> path, time to first
// message, time to direct).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeNatlab, type NatKind } from '../support/natlab.js';
import { GRID_USERS, gridSites, startPeerLab, type PeerLab, type PeerLabUser } from '../support/natlab-peers.js';

interface User extends PeerLabUser {
  kind: NatKind | 'lan';
}

const USERS = GRID_USERS;

/** DESIGN.md's table, for the lab's kinds. */
function expected(a: User, b: User): 'direct' | 'relay' {
  if (a.kind === 'blocked' || b.kind === 'blocked') return 'relay';
  return 'direct'; // one symmetric NAT at most here: direct, by birthday probing against port-restricted
}

describeNatlab(
  'natlab: natter peers behind real NATs',
  () => {
    let peers: PeerLab | undefined;
    const users: User[] = [];
    const grid: string[][] = [['pair', 'expected', 'path', 'first message ms', 'direct after ms']];

    beforeAll(async () => {
      peers = await startPeerLab({ sites: gridSites() }, USERS);
      for (const u of USERS) users.push({ ...peers.user(u.name), kind: u.kind });
    }, 300_000);

    afterAll(async () => {
      console.log(`\nnatlab peer grid\n${table(grid)}\n`);
      await peers?.down();
    });

    const pairs: Array<[number, number]> = [];
    for (let i = 0; i < USERS.length; i++) for (let j = i + 1; j < USERS.length; j++) pairs.push([i, j]);

    it.each(pairs.map(([i, j]) => [USERS[i]!.name, USERS[j]!.name, i, j] as const))('%s <-> %s', async (_an, _bn, i, j) => {
      const a = users[i]!;
      const b = users[j]!;
      const want = expected(a, b);
      const text = `hello ${b.name} from ${a.name}`;
      const t0 = Date.now();
      const sent = await a.rpc.call({ cmd: 'send', to: b.name, text });
      expect(sent.ok, JSON.stringify(sent)).toBe(true);
      await b.rpc.waitFor((l) => l.event === 'message' && l.text === text, 20_000);
      const firstMs = Date.now() - t0;
      let directMs: number | undefined;
      if (want === 'direct') {
        await a.rpc.waitFor((l) => l.event === 'path' && l.buddy === b.name && l.path === 'direct', 20_000);
        directMs = Date.now() - t0;
      } else {
        // Give a wrong upgrade the time to show itself.
        await new Promise((r) => setTimeout(r, 1500));
      }
      const path = ((await a.rpc.call({ cmd: 'path', buddy: b.name })) as { path?: string }).path;
      grid.push([`${a.name} <-> ${b.name}`, want, String(path), String(firstMs), directMs === undefined ? '-' : String(directMs)]);
      expect(path).toBe(want);
      // A reply the other way, then exactly once each.
      const back = `re: ${text}`;
      await b.rpc.call({ cmd: 'send', to: a.name, text: back });
      await a.rpc.waitFor((l) => l.event === 'message' && l.text === back, 20_000);
      await new Promise((r) => setTimeout(r, 300));
      expect(b.rpc.lines.filter((l) => l.event === 'message' && l.text === text)).toHaveLength(1);
      expect(a.rpc.lines.filter((l) => l.event === 'message' && l.text === back)).toHaveLength(1);
    }, 60_000);
  },
  { needs: [] },
);

function table(rows: string[][]): string {
  const w = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(w[i]!)).join('  ')).join('\n');
}
