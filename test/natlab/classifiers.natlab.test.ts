// Proof that the kernel NAT lab is real: Debian's third-party classifiers,
// run inside the lab, report the behaviour each site kind is meant to have.
//   - `stun` (stun-client, RFC 3489) against `stund` (stun-server),
//   - `turnutils_natdiscovery` (RFC 5780) against coturn's `turnserver`,
// both servers on the node host with its two public addresses. The expected
// lines are the tools' exact wording, captured from real runs (docs/natlab.md).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { natlabBlocker } from '../../scripts/natlab-env.mjs';
import { describeNatlab, latencyMechanism, labNamespaces, NATLAB_BIN, startLab } from '../support/natlab.js';
import type { BaseNatKind as NatKind, Lab, SiteSpec } from '../support/natlab.js';

const NODE = process.execPath;
const STUND_PORTS = [3478, 3479];
const TURN_PORTS = [3480, 3481];

// UDP reflector for the node host: answers every datagram with the source
// address it saw. argv: KICK|- ADDR:PORT... ; KICK is sent one datagram from
// each socket first (an unsolicited packet towards a NAT).
const REFLECTOR = `
const dgram = require('node:dgram');
const [kick, ...binds] = process.argv.slice(1);
let ready = 0;
const split = (s) => { const i = s.lastIndexOf(':'); return [s.slice(0, i), Number(s.slice(i + 1))]; };
for (const b of binds) {
  const [addr, port] = split(b);
  const s = dgram.createSocket('udp4');
  s.on('message', (m, r) => s.send(JSON.stringify({ address: r.address, port: r.port, id: String(m) }), r.port, r.address));
  s.bind(port, addr, () => {
    const go = () => { if (++ready === binds.length) console.log('ready'); };
    if (kick === '-') return go();
    const [ka, kp] = split(kick);
    s.send('kick', kp, ka, go);
  });
}`;

// UDP prober for a host: from one local port, asks each ADDR:PORT what it
// sees, retrying every 100 ms. argv: LOCALPORT ADDR:PORT... Prints
// {"local":port,"seen":{"ADDR:PORT":{"address","port"}},"rttMs":{...}}.
const PROBER = `
const dgram = require('node:dgram');
const [lport, ...dests] = process.argv.slice(1);
const s = dgram.createSocket('udp4');
const seen = {}, rttMs = {}, sent = {};
const done = () => { console.log(JSON.stringify({ local: s.address().port, seen, rttMs })); process.exit(0); };
s.on('message', (m, r) => {
  const key = r.address + ':' + r.port;
  if (seen[key]) return;
  seen[key] = JSON.parse(String(m));
  rttMs[key] = Date.now() - sent[key];
  if (Object.keys(seen).length === dests.length) done();
});
s.bind(Number(lport), () => {
  const tick = () => { for (const d of dests) if (!seen[d]) { const i = d.lastIndexOf(':'); sent[d] = Date.now(); s.send('probe', Number(d.slice(i + 1)), d.slice(0, i)); } };
  tick();
  setInterval(tick, 150).unref();
  setTimeout(done, 3000);
});`;

// Sends COUNT numbered datagrams to ADDR:PORT 1 ms apart and prints how many
// distinct answers came back. argv: COUNT ADDR:PORT
const BURST = `
const dgram = require('node:dgram');
const [count, dest] = process.argv.slice(1);
const i = dest.lastIndexOf(':'), addr = dest.slice(0, i), port = Number(dest.slice(i + 1));
const s = dgram.createSocket('udp4');
const got = new Set();
s.on('message', (m) => got.add(JSON.parse(String(m)).id));
s.bind(0, async () => {
  for (let n = 0; n < Number(count); n++) { s.send(String(n), port, addr); await new Promise((r) => setTimeout(r, 1)); }
  setTimeout(() => { console.log(JSON.stringify({ sent: Number(count), answered: got.size })); process.exit(0); }, 1000);
});`;

// TCP server for the node host: greets each connection with the address it
// saw. argv: ADDR:PORT
const TCP_HELLO = `
const [addr, port] = process.argv[1].split(':');
require('node:net').createServer((c) => c.end('hello ' + c.remoteAddress)).listen(Number(port), addr, () => console.log('ready'));`;

interface Probe {
  local: number;
  seen: Record<string, { address: string; port: number }>;
  rttMs: Record<string, number>;
}

// What each tool says per kind, verbatim.
const STUN_EXPECT: Record<NatKind, { line: string; code: number }> = {
  open: { line: 'Primary: Open', code: 0x01 },
  full: { line: 'Primary: Independent Mapping, Independent Filter, preserves ports, no hairpin', code: 0x13 },
  restricted: { line: 'Primary: Independent Mapping, Address Dependent Filter, preserves ports, no hairpin', code: 0x15 },
  port: { line: 'Primary: Independent Mapping, Port Dependent Filter, preserves ports, no hairpin', code: 0x17 },
  symmetric: { line: 'Primary: Dependent Mapping, random port, no hairpin', code: 0x18 },
  blocked: { line: 'Primary: Blocked or could not reach STUN server', code: 0x1c },
};

const NATDISCOVERY_EXPECT: Record<NatKind, { mapping: string[]; filtering: string[] }> = {
  // With -L the tool compares the reflexive address with the local one and
  // says "No NAT!" on each answer before its (NAT-worded) conclusion.
  open: {
    mapping: ['No NAT! (Endpoint Independent Mapping)', 'NAT with Endpoint Independent Mapping!'],
    filtering: ['No NAT! (Endpoint Independent Mapping)', 'NAT with Endpoint Independent Filtering!'],
  },
  full: { mapping: ['NAT with Endpoint Independent Mapping!'], filtering: ['NAT with Endpoint Independent Filtering!'] },
  restricted: { mapping: ['NAT with Endpoint Independent Mapping!'], filtering: ['NAT with Address Dependent Filtering!'] },
  port: { mapping: ['NAT with Endpoint Independent Mapping!'], filtering: ['NAT with Address and Port Dependent Filtering!'] },
  symmetric: { mapping: ['NAT with Address and Port Dependent Mapping!'], filtering: ['NAT with Address and Port Dependent Filtering!'] },
  // No answer at all: only timeouts, no conclusion.
  blocked: { mapping: [], filtering: [] },
};

const KINDS: NatKind[] = ['open', 'full', 'restricted', 'port', 'symmetric', 'blocked'];

// Latency needs sch_netem or the NFQUEUE fallback; say so when neither
// works instead of pretending. Probed only when the lab can run at all.
const latency = natlabBlocker() ? {} : latencyMechanism();
const canDelay = latency.mechanism !== undefined;
if (!natlabBlocker() && !canDelay) {
  console.log(`natlab: SKIPPED test/natlab/classifiers.natlab.test.ts > latency: ${latency.problem}`);
}

const SITES: SiteSpec[] = [
  ...KINDS.map((kind): SiteSpec => ({ name: kind, kind })),
  { name: 'lan', kind: 'port', hosts: 2 },
  // Carrier-grade NAT: `home` sits on the carrier's 100.64.0.0/10 LAN.
  { name: 'cgn', kind: 'port', hosts: 0 },
  { name: 'home', kind: 'full', behind: 'cgn' },
  { name: 'lossy', kind: 'port', loss: '30%' },
  // The same port-restricted NAT on a router without a WAN input firewall.
  { name: 'portnf', kind: 'port-nofw' },
  ...(canDelay ? [{ name: 'slow', kind: 'port', latency: '40ms' } satisfies SiteSpec] : []),
];

function conclusions(section: string): string[] {
  return section
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^(No NAT!|NAT with )/.test(l));
}

function waitFor(cond: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const tick = (): void => {
      if (cond()) return resolve();
      if (Date.now() > until) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(tick, 50);
    };
    tick();
  });
}

describeNatlab(
  'natlab: third-party classifiers confirm every NAT kind',
  () => {
    let lab: Lab;
    let run = '';
    let tmp = '';

    const listening = async (ip: string, ports: number[]): Promise<boolean> => {
      const r = await lab.exec('node', 'ss', ['-Hlun']);
      return ports.every((p) => r.stdout.includes(`${ip}:${p} `));
    };

    const startReflector = async (kick: string, binds: string[]): Promise<void> => {
      const child = lab.spawn('node', NODE, ['-e', REFLECTOR, kick, ...binds]);
      let out = '';
      child.stdout?.setEncoding('utf8').on('data', (c: string) => (out += c));
      await waitFor(() => out.includes('ready'), `reflector on ${binds.join(' ')}`);
    };

    const probe = async (host: string, localPort: number, dests: string[]): Promise<Probe> => {
      const r = await lab.exec(host, NODE, ['-e', PROBER, String(localPort), ...dests]);
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as Probe;
    };

    beforeAll(async () => {
      tmp = mkdtempSync(join(tmpdir(), 'natlab-classifiers-'));
      lab = await startLab({ sites: SITES });
      run = lab.run;
      const { ip1, ip2 } = lab.nodeHost;
      // stund: primary address -h, alternate -a, ports 3478/3479.
      lab.spawn('node', 'stund', ['-h', ip1, '-a', ip2]);
      // coturn: -c /dev/null, because Debian's /etc/turnserver.conf sets
      // no-rfc5780; two -L addresses turn RFC 5780 on. Ports 3480/3481 so
      // it does not collide with stund.
      lab.spawn('node', 'turnserver', [
        '-c', '/dev/null', '-L', ip1, '-L', ip2,
        '-p', String(TURN_PORTS[0]), '--alt-listening-port', String(TURN_PORTS[1]),
        '--no-auth', '--no-tls', '--no-dtls', '--no-cli', '--no-tcp-relay',
        '--log-file=stdout', '--simple-log',
        '--pidfile', join(tmp, 'turnserver.pid'), '--userdb', join(tmp, 'turndb'),
      ]);
      await startReflector('-', [`${ip1}:7001`, `${ip2}:7001`]);
      const until = Date.now() + 15_000;
      while (!((await listening(ip1, STUND_PORTS)) && (await listening(ip2, STUND_PORTS)) && (await listening(ip1, TURN_PORTS)) && (await listening(ip2, TURN_PORTS)))) {
        if (Date.now() > until) throw new Error('stund/turnserver did not start listening on the node host');
        await new Promise((r) => setTimeout(r, 100));
      }
    });

    afterAll(async () => {
      try {
        await lab?.down();
      } finally {
        if (tmp) rmSync(tmp, { recursive: true, force: true });
      }
      // Nothing of this run may survive the suite.
      if (run) expect(labNamespaces(run)).toEqual([]);
    });

    describe.concurrent('stun (stun-client, RFC 3489) against stund', () => {
      it.for(KINDS)('%s', async (kind, { expect }) => {
        const r = await lab.exec(`${kind}/h1`, 'stun', [lab.nodeHost.ip1]);
        const line = r.stdout.split('\n').find((l) => l.startsWith('Primary: '))?.trim();
        expect(line, r.stdout + r.stderr).toBe(STUN_EXPECT[kind].line);
        // stun exits with its result code (also printed as "Return value").
        expect(r.code).toBe(STUN_EXPECT[kind].code);
      });
    });

    describe.concurrent('turnutils_natdiscovery (coturn, RFC 5780) against turnserver', () => {
      it.for(KINDS)('%s', async (kind, { expect }) => {
        const host = lab.hosts[`${kind}/h1`]!;
        const r = await lab.exec(host.name, 'turnutils_natdiscovery', ['-m', '-f', '-L', host.ip!, '-p', String(TURN_PORTS[0]), lab.nodeHost.ip1]);
        const [, mapping = '', filtering = ''] = r.stdout.split(/-= (?:Mapping|Filtering) Behavior Discovery =-/);
        expect(conclusions(mapping), r.stdout).toEqual(NATDISCOVERY_EXPECT[kind].mapping);
        expect(conclusions(filtering), r.stdout).toEqual(NATDISCOVERY_EXPECT[kind].filtering);
        if (kind === 'blocked') expect(r.stdout).toContain('STUN receive timeout..');
      });
    });

    describe('mapping seen by our own reflector', () => {
      it('cone kinds keep one public port for every destination, symmetric does not', async () => {
        const { ip1, ip2 } = lab.nodeHost;
        const dests = [`${ip1}:7001`, `${ip2}:7001`];
        for (const kind of ['full', 'restricted', 'port', 'symmetric'] as const) {
          const p = await probe(`${kind}/h1`, 0, dests);
          const seen = dests.map((d) => p.seen[d]);
          expect(seen.every((s) => s?.address === lab.sites[kind]!.publicIp), `${kind}: ${JSON.stringify(p)}`).toBe(true);
          const ports = new Set(seen.map((s) => s?.port));
          if (kind === 'symmetric') expect(ports.size, `${kind}: ${JSON.stringify(p)}`).toBe(2);
          else expect([...ports], `${kind}: ${JSON.stringify(p)}`).toEqual([p.local]);
        }
      });

      it('an unsolicited packet from a peer does not move the mapping (punching order)', async () => {
        // The peer's packet reaches the NAT before the host has sent
        // anything: it must be dropped without leaving a conntrack entry
        // that would later clash with the host's own flow to that peer.
        const { ip1, ip2 } = lab.nodeHost;
        let n = 0;
        for (const kind of ['full', 'restricted', 'port'] as const) {
          const site = lab.sites[kind]!;
          const local = 21000 + Math.floor(Math.random() * 9000);
          const peer = `${ip2}:${7100 + n++}`;
          await startReflector(`${site.publicIp}:${local}`, [peer]);
          const ct = await lab.exec(kind, 'conntrack', ['-L', '-p', 'udp', '--orig-src', ip2, '--orig-port-src', peer.split(':')[1]!]);
          expect(ct.stdout, `${kind}: the dropped probe left a conntrack entry`).toBe('');
          const p = await probe(`${kind}/h1`, local, [`${ip1}:7001`, peer]);
          expect(p.seen[`${ip1}:7001`]?.port, `${kind}: ${JSON.stringify(p)}`).toBe(local);
          expect(p.seen[peer]?.port, `${kind}: ${JSON.stringify(p)}`).toBe(local);
        }
      });

      it('without a WAN input firewall (port-nofw) an unsolicited packet does move it: the router takes the pair', async () => {
        // The same order on a router with no input chain: the peer's packet
        // is accepted by the router itself and confirmed in conntrack, and
        // the host's later flow to that peer cannot have its public port.
        const { ip1, ip2 } = lab.nodeHost;
        const site = lab.sites.portnf!;
        const local = 21000 + Math.floor(Math.random() * 9000);
        const peer = `${ip2}:7190`;
        await startReflector(`${site.publicIp}:${local}`, [peer]);
        const ct = await lab.exec('portnf', 'conntrack', ['-L', '-p', 'udp', '--orig-src', ip2, '--orig-port-src', '7190']);
        expect(ct.stdout, 'the unsolicited packet left a conntrack entry on the router').toContain(`dport=${local}`);
        const p = await probe('portnf/h1', local, [`${ip1}:7001`, peer]);
        expect(p.seen[`${ip1}:7001`]?.port, JSON.stringify(p)).toBe(local);
        // Dropped at the clash (the lab's pinned mapping has no other port to give) or sent from another port.
        expect(p.seen[peer]?.port, JSON.stringify(p)).not.toBe(local);
      });
    });

    it('blocked drops UDP but lets TCP through', async () => {
      const server = lab.spawn('node', NODE, ['-e', TCP_HELLO, `${lab.nodeHost.ip1}:7300`]);
      let out = '';
      server.stdout?.setEncoding('utf8').on('data', (c: string) => (out += c));
      await waitFor(() => out.includes('ready'), 'TCP server on the node host');
      const client = `require('node:net').connect(7300, '${lab.nodeHost.ip1}').on('data', (d) => { process.stdout.write(String(d)); process.exit(0); });`;
      const r = await lab.exec('blocked/h1', NODE, ['-e', client], { timeoutMs: 5_000 });
      expect(r.stdout).toBe(`hello ${lab.sites.blocked!.publicIp}`);
    });

    describe('LAN pair and carrier-grade NAT', () => {
      it('two hosts behind one NAT reach each other on the LAN and share the public address', async () => {
        const h1 = lab.hosts['lan/h1']!;
        const h2 = lab.hosts['lan/h2']!;
        expect(h1.publicIp).toBe(h2.publicIp);
        const child = lab.spawn(h1.name, NODE, ['-e', REFLECTOR, '-', `${h1.ip}:7200`]);
        let out = '';
        child.stdout?.setEncoding('utf8').on('data', (c: string) => (out += c));
        await waitFor(() => out.includes('ready'), 'reflector on lan/h1');
        const direct = await probe(h2.name, 0, [`${h1.ip}:7200`]);
        // On the LAN nobody translates: h1 sees h2's private address.
        expect(direct.seen[`${h1.ip}:7200`]).toEqual({ address: h2.ip, port: direct.local, id: 'probe' });
        for (const h of [h1, h2]) {
          const p = await probe(h.name, 0, [`${lab.nodeHost.ip1}:7001`]);
          expect(p.seen[`${lab.nodeHost.ip1}:7001`]?.address).toBe(h.publicIp);
        }
      });

      it('a host behind two NATs is mapped to the carrier NAT public address', async () => {
        const home = lab.sites.home!;
        const cgn = lab.sites.cgn!;
        expect(home.parent).toBe('cgn');
        expect(home.wanIp).toMatch(/^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./); // 100.64.0.0/10
        expect(home.publicIp).toBe(cgn.wanIp);
        const r = await lab.exec('home/h1', 'stun', [lab.nodeHost.ip1, '-v']);
        // -v writes the decoded attributes to stderr.
        const mapped = /MappedAddress = ([\d.]+):\d+/.exec(r.stderr)?.[1];
        expect(mapped, r.stdout + r.stderr).toBe(cgn.wanIp);
        // The outer NAT (port-restricted) decides what the classifier sees.
        expect(r.stdout).toContain(STUN_EXPECT.port.line);
      });
    });

    describe('links', () => {
      it('loss=30% on an uplink drops about half of the round trips', async () => {
        // Warm up first (ARP, conntrack), so only the steady state is measured.
        await probe('lossy/h1', 0, [`${lab.nodeHost.ip1}:7001`]);
        const r = await lab.exec('lossy/h1', NODE, ['-e', BURST, '400', `${lab.nodeHost.ip1}:7001`]);
        const { sent, answered } = JSON.parse(r.stdout) as { sent: number; answered: number };
        // Both directions lose 30%: 0.7 * 0.7 = 49% answered; +-5 sigma.
        expect(answered / sent).toBeGreaterThan(0.36);
        expect(answered / sent).toBeLessThan(0.62);
        // Other sites are not affected.
        const clean = await lab.exec('port/h1', NODE, ['-e', BURST, '200', `${lab.nodeHost.ip1}:7001`]);
        expect(JSON.parse(clean.stdout)).toEqual({ sent: 200, answered: 200 });
      });

      it.skipIf(!canDelay)('latency=40ms on an uplink adds 80 ms to a round trip', async () => {
        const p = await probe('slow/h1', 0, [`${lab.nodeHost.ip1}:7001`]);
        expect(p.rttMs[`${lab.nodeHost.ip1}:7001`]).toBeGreaterThanOrEqual(80);
        expect(p.rttMs[`${lab.nodeHost.ip1}:7001`]).toBeLessThan(200);
        expect(lab.delay).toBe(latency.mechanism);
      });
    });

    describe('the CLI', () => {
      it('natlab exec runs a command on a lab host', () => {
        const r = spawnSync(NATLAB_BIN, ['exec', '--run', run, 'full/h1', '--', 'ip', '-4', '-o', 'addr', 'show', 'eth0'], { encoding: 'utf8' });
        expect(r.status, r.stderr).toBe(0);
        expect(r.stdout).toContain(`inet ${lab.hosts['full/h1']!.ip}/24`);
        const list = spawnSync(NATLAB_BIN, ['list'], { encoding: 'utf8' });
        expect(list.stdout).toMatch(new RegExp(`^${run} `, 'm'));
      });
    });
  },
  { needs: ['stun', 'stund', 'turnserver', 'turnutils_natdiscovery', 'conntrack', 'ss'] },
);
