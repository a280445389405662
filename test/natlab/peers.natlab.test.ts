// Real `natter` processes behind every kind of kernel NAT, and two behind
// one shared NAT: each registers with a real node on the lab's node host,
// runs `natter rpc`, and every pair chats. The path must be direct wherever
// DESIGN.md's table says it can be and relay otherwise; every message
// arrives exactly once. Prints the grid (pair -> path, time to first
// message, time to direct).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeNatlab, startLab, type Lab, type NatKind } from '../support/natlab.js';
import { NATTER_BIN } from '../support/cli.js';
import { RpcProcess } from '../support/natter-user.js';

const NODE = process.execPath;
const PASSWORD = 'correct horse battery';

interface User {
  name: string;
  host: string;
  kind: NatKind | 'lan';
  home: string;
  rpc?: RpcProcess;
}

const USERS: Array<Pick<User, 'name' | 'host' | 'kind'>> = [
  { name: 'open1', host: 'open/h1', kind: 'open' },
  { name: 'full1', host: 'full/h1', kind: 'full' },
  { name: 'restricted1', host: 'restricted/h1', kind: 'restricted' },
  { name: 'port1', host: 'port/h1', kind: 'port' },
  { name: 'symmetric1', host: 'symmetric/h1', kind: 'symmetric' },
  { name: 'blocked1', host: 'blocked/h1', kind: 'blocked' },
  { name: 'lan1', host: 'lan/h1', kind: 'lan' },
  { name: 'lan2', host: 'lan/h2', kind: 'lan' },
];

/** DESIGN.md's table, for the lab's kinds. */
function expected(a: User, b: User): 'direct' | 'relay' {
  if (a.kind === 'blocked' || b.kind === 'blocked') return 'relay';
  return 'direct'; // one symmetric NAT at most here: direct, by birthday probing against port-restricted
}

describeNatlab(
  'natlab: natter peers behind real NATs',
  () => {
    let lab: Lab;
    let tmp = '';
    let url = '';
    const users: User[] = [];
    const grid: string[][] = [['pair', 'expected', 'path', 'first message ms', 'direct after ms']];

    beforeAll(async () => {
      tmp = mkdtempSync(join(tmpdir(), 'natlab-peers-'));
      lab = await startLab({
        sites: [
          ...(['open', 'full', 'restricted', 'port', 'symmetric', 'blocked'] as NatKind[]).map((kind) => ({ name: kind, kind })),
          { name: 'lan', kind: 'port' as NatKind, hosts: 2 },
        ],
      });
      const { ip1, ip2 } = lab.nodeHost;
      const node = lab.spawn('node', NODE, [NATTER_BIN, 'server', '--json', '--host', ip1, '--port', '7878', '--stun-ip', ip1, '--alt-ip', ip2, '--data-dir', join(tmp, 'node'), '--log-level', 'warn']);
      await new Promise<void>((resolve, reject) => {
        let out = '';
        node.stdout!.on('data', (c) => {
          out += c;
          if (out.includes('\n')) resolve();
        });
        node.on('exit', (code) => reject(new Error(`node exited ${code}`)));
      });
      url = `ws://${ip1}:7878/`;
      for (const u of USERS) {
        const user: User = { ...u, home: join(tmp, u.name) };
        const r = await lab.exec(u.host, NODE, [NATTER_BIN, 'register', u.name, '--server', url, '--password-stdin', '--home', user.home], { input: `${PASSWORD}\n`, timeoutMs: 30_000 });
        expect(r.code, r.stderr).toBe(0);
        users.push(user);
      }
      // Everyone online with NAT classification on (the punch planner needs it).
      await Promise.all(
        users.map(async (u) => {
          u.rpc = new RpcProcess(lab.spawn(u.host, NODE, [NATTER_BIN, 'rpc', '--home', u.home]));
          await u.rpc.waitFor((l) => l.event === 'ready', 30_000);
        }),
      );
      // Everyone befriends everyone.
      for (let i = 0; i < users.length; i++) {
        for (let j = i + 1; j < users.length; j++) {
          const a = users[i]!;
          const b = users[j]!;
          expect((await a.rpc!.call({ cmd: 'add', user: b.name })).ok).toBe(true);
          await b.rpc!.waitFor((l) => l.event === 'buddy-request' && l.from === a.name, 15_000);
          expect((await b.rpc!.call({ cmd: 'accept', user: a.name })).ok).toBe(true);
        }
      }
      // Presence (with NAT reports and endpoints) settles.
      await new Promise((r) => setTimeout(r, 2000));
    }, 300_000);

    afterAll(async () => {
      console.log(`\nnatlab peer grid\n${table(grid)}\n`);
      for (const u of users) u.rpc?.kill();
      await lab?.down();
      rmSync(tmp, { recursive: true, force: true });
    });

    const pairs: Array<[number, number]> = [];
    for (let i = 0; i < USERS.length; i++) for (let j = i + 1; j < USERS.length; j++) pairs.push([i, j]);

    it.each(pairs.map(([i, j]) => [USERS[i]!.name, USERS[j]!.name, i, j] as const))('%s <-> %s', async (_an, _bn, i, j) => {
      const a = users[i]!;
      const b = users[j]!;
      const want = expected(a, b);
      const text = `hello ${b.name} from ${a.name}`;
      const t0 = Date.now();
      const sent = await a.rpc!.call({ cmd: 'send', to: b.name, text });
      expect(sent.ok, JSON.stringify(sent)).toBe(true);
      await b.rpc!.waitFor((l) => l.event === 'message' && l.text === text, 20_000);
      const firstMs = Date.now() - t0;
      let directMs: number | undefined;
      if (want === 'direct') {
        await a.rpc!.waitFor((l) => l.event === 'path' && l.buddy === b.name && l.path === 'direct', 20_000);
        directMs = Date.now() - t0;
      } else {
        // Give a wrong upgrade the time to show itself.
        await new Promise((r) => setTimeout(r, 1500));
      }
      const path = ((await a.rpc!.call({ cmd: 'path', buddy: b.name })) as { path?: string }).path;
      grid.push([`${a.name} <-> ${b.name}`, want, String(path), String(firstMs), directMs === undefined ? '-' : String(directMs)]);
      expect(path).toBe(want);
      // A reply the other way, then exactly once each.
      const back = `re: ${text}`;
      await b.rpc!.call({ cmd: 'send', to: a.name, text: back });
      await a.rpc!.waitFor((l) => l.event === 'message' && l.text === back, 20_000);
      await new Promise((r) => setTimeout(r, 300));
      expect(b.rpc!.lines.filter((l) => l.event === 'message' && l.text === text)).toHaveLength(1);
      expect(a.rpc!.lines.filter((l) => l.event === 'message' && l.text === back)).toHaveLength(1);
    }, 60_000);
  },
  { needs: [] },
);

function table(rows: string[][]): string {
  const w = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(w[i]!)).join('  ')).join('\n');
}
