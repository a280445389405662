// `natter nat` behind every kind of real kernel NAT, in both interop
// directions:
//   - our classifier against our STUN server (two IPs), stund and coturn;
//   - the classic tools (stun-client, turnutils_natdiscovery) against our server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeNatlab, startLab, type BaseNatKind as NatKind, type Lab, type SiteSpec } from '../support/natlab.js';
import { NATTER_BIN } from '../support/cli.js';

const NODE = process.execPath;
const OURS = [3478, 3479];
const STUND = [3482, 3483];
const TURN = [3480, 3481];

const EXPECT: Record<NatKind, { nat: string; mapping: string; filtering: string; udp: boolean }> = {
  open: { nat: 'open', mapping: 'endpoint-independent', filtering: 'endpoint-independent', udp: true },
  full: { nat: 'full-cone', mapping: 'endpoint-independent', filtering: 'endpoint-independent', udp: true },
  restricted: { nat: 'restricted-cone', mapping: 'endpoint-independent', filtering: 'address-dependent', udp: true },
  port: { nat: 'port-restricted-cone', mapping: 'endpoint-independent', filtering: 'address-and-port-dependent', udp: true },
  symmetric: { nat: 'symmetric', mapping: 'address-and-port-dependent', filtering: 'address-and-port-dependent', udp: true },
  blocked: { nat: 'blocked', mapping: 'unknown', filtering: 'unknown', udp: false },
};
const KINDS = Object.keys(EXPECT) as NatKind[];

// The classic client's verdicts against our server must match what it says against stund.
const STUN_LINE: Record<NatKind, string> = {
  open: 'Primary: Open',
  full: 'Primary: Independent Mapping, Independent Filter',
  restricted: 'Primary: Independent Mapping, Address Dependent Filter',
  port: 'Primary: Independent Mapping, Port Dependent Filter',
  symmetric: 'Primary: Dependent Mapping',
  blocked: 'Primary: Blocked or could not reach STUN server',
};
const NATDISCOVERY: Partial<Record<NatKind, [string, string]>> = {
  full: ['NAT with Endpoint Independent Mapping!', 'NAT with Endpoint Independent Filtering!'],
  restricted: ['NAT with Endpoint Independent Mapping!', 'NAT with Address Dependent Filtering!'],
  port: ['NAT with Endpoint Independent Mapping!', 'NAT with Address and Port Dependent Filtering!'],
  symmetric: ['NAT with Address and Port Dependent Mapping!', 'NAT with Address and Port Dependent Filtering!'],
};

const SITES: SiteSpec[] = [
  ...KINDS.map((kind): SiteSpec => ({ name: kind, kind })),
  { name: 'cgn', kind: 'port', hosts: 0 },
  { name: 'home', kind: 'full', behind: 'cgn' },
];

describeNatlab(
  'natlab: natter nat and the natter STUN server behind real NATs',
  () => {
    let lab: Lab;
    let tmp = '';
    const host = (kind: string) => `${kind}/h1`;

    async function listening(ip: string, ports: number[]): Promise<boolean> {
      const r = await lab.exec('node', 'ss', ['-Hlun']);
      return ports.every((p) => r.stdout.includes(`${ip}:${p} `));
    }

    async function natterNat(kind: string, server: string): Promise<{ code: number | null; report: Record<string, unknown> }> {
      const r = await lab.exec(host(kind), NODE, [NATTER_BIN, 'nat', '--server', server, '--json'], { timeoutMs: 15_000 });
      return { code: r.code, report: JSON.parse(r.stdout) };
    }

    beforeAll(async () => {
      tmp = mkdtempSync(join(tmpdir(), 'natlab-natter-'));
      lab = await startLab({ sites: SITES });
      const { ip1, ip2 } = lab.nodeHost;
      lab.spawn('node', NODE, [NATTER_BIN, 'stun-server', '--ip', ip1, '--alt-ip', ip2, '--port', String(OURS[0]), '--alt-port', String(OURS[1])]);
      lab.spawn('node', 'stund', ['-h', ip1, '-a', ip2, '-p', String(STUND[0]), '-o', String(STUND[1])]);
      lab.spawn('node', 'turnserver', [
        '-c', '/dev/null', '-L', ip1, '-L', ip2, '-p', String(TURN[0]), '--alt-listening-port', String(TURN[1]),
        '--no-auth', '--no-tls', '--no-dtls', '--no-cli', '--no-tcp-relay', '--log-file=stdout', '--simple-log',
        '--pidfile', join(tmp, 'turnserver.pid'), '--userdb', join(tmp, 'turndb'),
      ]);
      const until = Date.now() + 15_000;
      while (!((await listening(ip1, [...OURS, ...STUND, ...TURN])) && (await listening(ip2, [...OURS, ...STUND, ...TURN])))) {
        if (Date.now() > until) throw new Error('the STUN servers did not start on the node host');
        await new Promise((r) => setTimeout(r, 100));
      }
    });

    afterAll(async () => {
      await lab?.down();
      rmSync(tmp, { recursive: true, force: true });
    });

    for (const kind of KINDS) {
      it(`${kind}: natter nat against the natter server`, async () => {
        const { code, report } = await natterNat(kind, `${lab.nodeHost.ip1}:${OURS[0]}`);
        expect(report).toMatchObject({ ...EXPECT[kind], rfc5780: kind !== 'blocked' });
        expect(code).toBe(kind === 'blocked' ? 2 : 0);
        if (kind !== 'blocked' && kind !== 'open') expect(report.mappedAddress).toMatch(new RegExp(`^${lab.hosts[host(kind)]!.publicIp!.replace(/\./g, '\\.')}:`));
      });

      it(`${kind}: natter nat against stund and coturn agrees`, async () => {
        for (const port of [STUND[0], TURN[0]]) {
          const { report } = await natterNat(kind, `${lab.nodeHost.ip1}:${port}`);
          expect(report, `server port ${port}`).toMatchObject({ nat: EXPECT[kind].nat, udp: EXPECT[kind].udp });
        }
      });

      it(`${kind}: the classic stun client classifies right against the natter server`, async () => {
        const r = await lab.exec(host(kind), 'stun', [`${lab.nodeHost.ip1}:${OURS[0]}`], { timeoutMs: 30_000 });
        expect(r.stdout + r.stderr).toContain(STUN_LINE[kind]);
      });

      const nd = NATDISCOVERY[kind];
      if (nd) {
        it(`${kind}: coturn's natdiscovery classifies right against the natter server`, async () => {
          const r = await lab.exec(host(kind), 'turnutils_natdiscovery', ['-m', '-f', '-p', String(OURS[0]), lab.nodeHost.ip1], { timeoutMs: 30_000 });
          for (const line of nd) expect(r.stdout + r.stderr).toContain(line);
        });
      }
    }

    it('behind carrier-grade NAT the public address is the carrier NAT and the outer (port-restricted) NAT decides', async () => {
      const { report } = await natterNat('home', `${lab.nodeHost.ip1}:${OURS[0]}`);
      expect(report).toMatchObject({ nat: 'port-restricted-cone' });
      expect(report.mappedAddress).toMatch(new RegExp(`^${lab.sites['cgn']!.wanIp.replace(/\./g, '\\.')}:`));
    });
  },
  { needs: ['stun', 'stund', 'turnserver', 'turnutils_natdiscovery'] },
);
