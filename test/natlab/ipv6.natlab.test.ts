// natter over IPv6 in the kernel lab: sites with global IPv6 behind a
// stateful firewall, an IPv6-only site, and the mobile case (IPv4 only
// behind a symmetric carrier NAT, plus IPv6). The node listens on both
// families and runs STUN (RFC 5780) on its two IPv6 addresses too. Real
// `natter rpc` processes: punching runs over IPv4 and IPv6 at once and takes
// the first direct path that works, so two phones whose IPv4 could only be
// relayed talk directly over IPv6; an IPv6-only host reaches a dual-stack
// one directly and an IPv4-only one through the relay. `natter nat` against
// the node's IPv6 address sees the firewall.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { NATTER_BIN } from '../support/cli.js';
import { describeNatlab } from '../support/natlab.js';
import { startPeerLab, type PeerLab } from '../support/natlab-peers.js';

const NODE = process.execPath;

const USERS = [
  { name: 'phone1', host: 'm1/h1' },
  { name: 'phone2', host: 'm2/h1' },
  { name: 'desk1', host: 'd/h1' },
  { name: 'sixonly', host: 'six/h1' },
  { name: 'old1', host: 'old/h1' },
];
const PAIRS: Array<[string, string, 'IPv6' | 'relay']> = [
  ['phone1', 'phone2', 'IPv6'],
  ['sixonly', 'desk1', 'IPv6'],
  ['sixonly', 'phone1', 'IPv6'],
  ['sixonly', 'old1', 'relay'],
];

describeNatlab(
  'natlab: natter over IPv6 (dual-stack, IPv6-only, IPv4 behind a symmetric carrier NAT plus IPv6)',
  () => {
    let peers: PeerLab;
    const grid: string[][] = [['pair', 'expected', 'path', 'why', 'first message ms', 'direct after ms']];

    beforeAll(async () => {
      peers = await startPeerLab(
        {
          sites: [
            // Mobile: IPv4 through a carrier's symmetric NAT, global IPv6 behind its firewall.
            { name: 'm1', kind: 'symmetric', v6: 'dual' },
            { name: 'm2', kind: 'symmetric-nofw', v6: 'dual' },
            { name: 'd', kind: 'port', v6: 'dual' },
            { name: 'six', kind: 'port', v6: 'only' },
            { name: 'old', kind: 'port' },
          ],
        },
        USERS,
        PAIRS.map(([a, b]) => [a, b]),
      );
    }, 300_000);

    afterAll(async () => {
      console.log(`\nnatlab IPv6 grid\n${grid.map((r) => r.join('  ')).join('\n')}\n`);
      await peers?.down();
    });

    it.each(PAIRS)('%s <-> %s: %s', async (an, bn, want) => {
      const a = peers.user(an);
      const b = peers.user(bn);
      const text = `hello ${bn} from ${an}`;
      const t0 = Date.now();
      expect((await a.rpc.call({ cmd: 'send', to: bn, text })).ok).toBe(true);
      await b.rpc.waitFor((l) => l.event === 'message' && l.text === text, 20_000);
      const firstMs = Date.now() - t0;
      let why = '-';
      let directMs = '-';
      if (want === 'IPv6') {
        const ev = await a.rpc.waitFor((l) => l.event === 'path' && l.buddy === bn && l.path === 'direct', 20_000);
        directMs = String(Date.now() - t0);
        why = String(ev.why);
        // The path that won is the IPv6 one: said in the path event and seen by the buddy's firewall.
        expect(why).toMatch(/over IPv6/);
      } else {
        await new Promise((r) => setTimeout(r, 2000));
      }
      const path = ((await a.rpc.call({ cmd: 'path', buddy: bn })) as { path?: string }).path;
      grid.push([`${an} <-> ${bn}`, want, String(path), why, String(firstMs), directMs]);
      expect(path).toBe(want === 'IPv6' ? 'direct' : 'relay');
      const back = `re: ${text}`;
      await b.rpc.call({ cmd: 'send', to: an, text: back });
      const got = await a.rpc.waitFor((l) => l.event === 'message' && l.text === back, 20_000);
      if (want === 'IPv6') expect(got.path).toBe('direct');
      await new Promise((r) => setTimeout(r, 300));
      expect(b.rpc.lines.filter((l) => l.event === 'message' && l.text === text)).toHaveLength(1);
      expect(a.rpc.lines.filter((l) => l.event === 'message' && l.text === back)).toHaveLength(1);
    }, 60_000);

    it('the IPv6 path crosses the firewalls as a flow between the two hosts\' own addresses', async () => {
      const { lab } = peers;
      const ct = await lab.exec('m1', 'conntrack', ['-L', '-f', 'ipv6', '-p', 'udp', '--orig-src', lab.hosts['m1/h1']!.ip6!, '--orig-dst', lab.hosts['m2/h1']!.ip6!]);
      // Seen both ways (no [UNREPLIED]): the firewall let the buddy's packets in as answers.
      expect(ct.stdout, ct.stderr).toContain(`dst=${lab.hosts['m2/h1']!.ip6}`);
      expect(ct.stdout).not.toContain('UNREPLIED');
    });

    it('natter nat against the node over IPv6: no NAT, a stateful firewall (RFC 5780 on the two IPv6 addresses)', async () => {
      const { lab } = peers;
      const r = await lab.exec('six/h1', NODE, [NATTER_BIN, 'nat', '--server', `[${lab.nodeHost.v6!.ip1}]:3478`, '--json'], { timeoutMs: 20_000 });
      expect(r.code, r.stderr).toBe(0);
      const report = JSON.parse(r.stdout);
      expect(report).toMatchObject({
        udp: true,
        nat: 'symmetric-udp-firewall',
        mapping: 'endpoint-independent',
        filtering: 'address-and-port-dependent',
        rfc5780: true,
        otherAddress: `[${lab.nodeHost.v6!.ip2}]:3479`,
      });
      expect(report.mappedAddress).toMatch(new RegExp(`^\\[${lab.hosts['six/h1']!.ip6}\\]:\\d+$`));
    });
  },
  { needs: ['conntrack'] },
);
