// Real `natter` processes behind every kind of kernel NAT, and two behind
// one shared NAT, on both router variants: the lab's NATs with a WAN input
// firewall, and the same NATs on routers without one (a Linux box doing
// masquerade, where a buddy's early probe is taken by the router and moves
// the host's mapping). Each user registers with a real node on the lab's
// node host, runs `natter rpc`, and every pair of one variant chats. The
// path must be direct wherever docs/protocol.md's table says it can be and
// relay otherwise; every message arrives exactly once. Prints the grid per
// variant (pair -> path, time to first message, time to direct).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeNatlab } from '../support/natlab.js';
import { gridSites, gridUsers, startPeerLab, type GridUser, type PeerLab, type PeerLabUser, type RouterVariant } from '../support/natlab-peers.js';

type User = PeerLabUser & Pick<GridUser, 'kind'>;

const VARIANTS: RouterVariant[] = ['firewalled', 'nofw'];
const GRIDS = VARIANTS.map((variant) => ({ variant, users: gridUsers(variant) }));
/** Every user once (open and blocked belong to both grids). */
const USERS = [...new Map(GRIDS.flatMap((g) => g.users).map((u) => [u.name, u])).values()];
/** Every pair of each grid, once: [variant, a, b]. */
const PAIRS: Array<[RouterVariant, string, string]> = [];
const seen = new Set<string>();
for (const { variant, users } of GRIDS) {
  for (let i = 0; i < users.length; i++) {
    for (let j = i + 1; j < users.length; j++) {
      const key = `${users[i]!.name} ${users[j]!.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      PAIRS.push([variant, users[i]!.name, users[j]!.name]);
    }
  }
}

/** docs/protocol.md's table, for the lab's kinds. */
function expected(a: User, b: User): 'direct' | 'relay' {
  if (a.kind === 'blocked' || b.kind === 'blocked') return 'relay';
  return 'direct'; // one symmetric NAT at most here: direct, by birthday probing against port-restricted
}

describeNatlab(
  'natlab: natter peers behind real NATs, with and without a WAN input firewall on the routers',
  () => {
    let peers: PeerLab | undefined;
    const users = new Map<string, User>();
    const header = ['pair', 'expected', 'path', 'first message ms', 'direct after ms'];
    const grids = new Map<RouterVariant, string[][]>(VARIANTS.map((v) => [v, [header]]));

    beforeAll(async () => {
      peers = await startPeerLab(
        { sites: gridSites([], VARIANTS) },
        USERS,
        PAIRS.map(([, a, b]) => [a, b]),
      );
      for (const u of USERS) users.set(u.name, { ...peers.user(u.name), kind: u.kind });
    }, 300_000);

    afterAll(async () => {
      for (const [variant, grid] of grids) console.log(`\nnatlab peer grid, routers ${variant === 'nofw' ? 'without' : 'with'} a WAN input firewall\n${table(grid)}\n`);
      await peers?.down();
    });

    it.each(PAIRS)('%s: %s <-> %s', async (variant, an, bn) => {
      const a = users.get(an)!;
      const b = users.get(bn)!;
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
      grids.get(variant)!.push([`${a.name} <-> ${b.name}`, want, String(path), String(firstMs), directMs === undefined ? '-' : String(directMs)]);
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
