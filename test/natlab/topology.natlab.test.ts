// The kernel lab's own shape (scripts/natlab, docs/natlab.md), proved with
// plain UDP before natter relies on it: an internet of several router hops
// (a TTL-limited packet leaves its own NAT and dies before the next one),
// IPv6 on the sites that ask for it behind a stateful firewall (and only
// there), IPv6-only hosts, and `natlab move`, which takes a host to another
// site's LAN while its processes keep running.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeNatlab, startLab, type Lab } from '../support/natlab.js';

const NODE = process.execPath;

// UDP echo on the node host on port 7000 of each address given: answers
// "ADDR PORT" as it saw the sender. Bound to each address, not the
// wildcard: a wildcard IPv6 socket on a host with two addresses answers
// from whichever the kernel picks, and a stateful firewall drops that.
const ECHO = `
const dgram = require('node:dgram');
for (const addr of process.argv.slice(1)) {
  const s = dgram.createSocket({ type: addr.includes(':') ? 'udp6' : 'udp4', ipv6Only: addr.includes(':') });
  s.on('message', (m, r) => s.send(r.address + ' ' + r.port, r.port, r.address));
  s.bind(7000, addr);
}
setTimeout(() => console.log('ready'), 100);`;

// From one socket: sends "hi" to each ADDR:PORT[/TTL] in turn (retrying for
// up to ~1 s), prints {"ADDR:PORT": "answer" | null}. argv: 4|6 LOCALPORT|0 TARGET...
// With "listen:MS" as the last argument it then prints what else arrives for MS.
const ASK = `
const dgram = require('node:dgram');
const args = process.argv.slice(1);
const six = args.shift() === '6';
const lport = Number(args.shift());
const listen = /^listen:/.test(args[args.length - 1] || '') ? Number(args.pop().slice(7)) : 0;
const s = dgram.createSocket(six ? { type: 'udp6', ipv6Only: true } : 'udp4');
const out = {}; const heard = [];
s.on('message', (m, r) => heard.push({ text: String(m), from: r.address + ':' + r.port }));
s.bind(lport, async () => {
  for (const t of args) {
    const m = /^\\[?([^\\]]+?)\\]?:(\\d+)(?:\\/(\\d+))?$/.exec(t);
    const [addr, port, ttl] = [m[1], Number(m[2]), m[3] ? Number(m[3]) : 64];
    s.setTTL(ttl);
    const before = heard.length;
    let got = null;
    for (let i = 0; i < 5 && got === null; i++) {
      s.send('hi', port, addr);
      await new Promise((r) => setTimeout(r, 200));
      const h = heard.slice(before).find((x) => x.from.replace(/^::ffff:/, '') === addr + ':' + port);
      if (h) got = h.text;
    }
    out[t] = got;
  }
  s.setTTL(64);
  if (listen) { const seen = heard.length; await new Promise((r) => setTimeout(r, listen)); out.heard = heard.slice(seen); }
  console.log(JSON.stringify(out));
  process.exit(0);
});`;

// Sends "hi" from LOCALPORT to ADDR:PORT every 100 ms for MS, then prints the
// senders it heard from (IPv6). argv: LOCALPORT ADDR:PORT MS
const CHAT = `
const s = require('node:dgram').createSocket({ type: 'udp6', ipv6Only: true });
const [lport, to, ms] = process.argv.slice(1);
const i = to.lastIndexOf(':');
const heard = new Set();
s.on('message', (m, r) => heard.add(r.address + ':' + r.port));
s.bind(Number(lport), () => {
  const t = setInterval(() => s.send('hi', Number(to.slice(i + 1)), to.slice(0, i)), 100);
  setTimeout(() => { clearInterval(t); console.log(JSON.stringify([...heard])); process.exit(0); }, Number(ms));
});`;

describeNatlab(
  'natlab: the lab itself (router hops, IPv6, moving a host)',
  () => {
    let lab: Lab;

    beforeAll(async () => {
      lab = await startLab({
        sites: [
          { name: 'a', kind: 'port' },
          { name: 'b', kind: 'port-nofw', v6: 'dual' },
          { name: 'c', kind: 'full', v6: 'dual' },
          { name: 'six', kind: 'port', v6: 'only' },
        ],
      });
      const { ip1, ip2, v6 } = lab.nodeHost;
      const echo = lab.spawn('node', NODE, ['-e', ECHO, ip1, ip2, v6!.ip1, v6!.ip2]);
      await new Promise<void>((resolve, reject) => {
        echo.stdout!.on('data', (c) => String(c).includes('ready') && resolve());
        echo.on('exit', (code) => reject(new Error(`echo exited ${code}`)));
      });
    });

    afterAll(async () => {
      await lab?.down();
    });

    const ask = async (host: string, targets: string[], localPort = 0, listenMs = 0, family: 4 | 6 = targets.some((t) => t.startsWith('[')) ? 6 : 4): Promise<Record<string, any>> => {
      const r = await lab.exec(host, NODE, ['-e', ASK, String(family), String(localPort), ...targets, ...(listenMs ? [`listen:${listenMs}`] : [])], { timeoutMs: 15_000 });
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout);
    };

    it('three routers lie between two sites: TTL 2 leaves the own NAT and dies before the next one; the node is four hops away', async () => {
      const node = lab.nodeHost.ip1;
      const r = await ask('a/h1', [`${node}:7000/3`, `${node}:7000/4`]);
      // host -> a (NAT) -> a's access router -> core -> node: TTL 4 arrives, 3 does not.
      expect(r[`${node}:7000/3`]).toBeNull();
      expect(r[`${node}:7000/4`]).toBe(`${lab.sites.a!.publicIp} ${(r[`${node}:7000/4`] as string).split(' ')[1]}`);
      // A TTL-2 packet towards b's NAT: a's NAT forwards it (a conntrack entry there), b's router never sees it.
      await ask('a/h1', [`${lab.sites.b!.publicIp}:45000/2`], 41000);
      const atA = await lab.exec('a', 'conntrack', ['-L', '-p', 'udp', '--orig-port-src', '41000']);
      expect(atA.stdout).toContain(`dport=45000`);
      const atB = await lab.exec('b', 'conntrack', ['-L', '-p', 'udp', '--orig-port-dst', '45000']);
      expect(atB.stdout).toBe('');
    });

    it('IPv6 only where a site asks for it; a v6-only host has no IPv4 at all', async () => {
      const v6 = lab.nodeHost.v6!;
      expect(lab.hosts['b/h1']).toMatchObject({ ip: '10.2.0.10', ip6: '2001:db8:2::10' });
      expect(lab.hosts['six/h1']).toMatchObject({ ip: null, publicIp: null, ip6: '2001:db8:4::10' });
      expect(lab.hosts['a/h1']!.ip6).toBeNull();
      for (const host of ['b/h1', 'c/h1', 'six/h1']) {
        const r = await ask(host, [`[${v6.ip1}]:7000`]);
        // No NAT in IPv6: the node sees the host's own address.
        expect(r[`[${v6.ip1}]:7000`], host).toMatch(new RegExp(`^${lab.hosts[host]!.ip6} \\d+$`));
      }
      const addrs = await lab.exec('six/h1', 'ip', ['-4', '-o', 'addr', 'show', 'dev', 'eth0']);
      expect(addrs.stdout).toBe('');
      const none = await lab.exec('a/h1', 'ip', ['-6', '-o', 'addr', 'show', 'dev', 'eth0']);
      expect(none.stdout).toBe('');
    });

    it('a stateful IPv6 firewall: unsolicited inbound is dropped, the answer to our own packet comes in', async () => {
      const b = lab.hosts['b/h1']!.ip6!;
      const c = lab.hosts['c/h1']!.ip6!;
      // b listens on 46000 while c sends to it unsolicited: b's firewall drops it.
      const [atB, fromC] = await Promise.all([ask('b/h1', [], 46000, 1500, 6), (async () => {
        await new Promise((r) => setTimeout(r, 300));
        return ask('c/h1', [`[${b}]:46000`], 46001);
      })()]);
      expect(fromC[`[${b}]:46000`]).toBeNull();
      expect(atB.heard).toEqual([]);
      // Both keep sending for a second (as a punch does): once each firewall has its own flow, the other's packets come in.
      const chat = (host: string, local: number, to: string) => lab.exec(host, NODE, ['-e', CHAT, String(local), to, '1000'], { timeoutMs: 10_000 }).then((r) => JSON.parse(r.stdout) as string[]);
      const [atB2, atC2] = await Promise.all([chat('b/h1', 46002, `${c}:46003`), chat('c/h1', 46003, `${b}:46002`)]);
      expect(atB2).toContain(`${c}:46003`);
      expect(atC2).toContain(`${b}:46002`);
    });

    it('natlab move: a running process follows its host to another site, with that site\'s addresses', async () => {
      const node = lab.nodeHost.ip1;
      // A process that keeps one socket open across the move and asks the node what it sees, before and after.
      const child = lab.spawn('a/h1', NODE, [
        '-e',
        `const s = require('node:dgram').createSocket('udp4');
         s.on('message', (m) => console.log(String(m)));
         s.bind(47000, () => { setInterval(() => s.send('hi', 7000, '${node}'), 100); });`,
      ]);
      const seen: string[] = [];
      child.stdout!.setEncoding('utf8').on('data', (c: string) => seen.push(...c.trim().split('\n')));
      const until = async (pred: () => boolean) => {
        for (let i = 0; i < 60 && !pred(); i++) await new Promise((r) => setTimeout(r, 50));
        expect(pred()).toBe(true);
      };
      await until(() => seen.length > 0);
      expect(seen[0]).toBe(`${lab.sites.a!.publicIp} 47000`);
      const moved = await lab.move('a/h1', 'c');
      expect(moved).toMatchObject({ site: 'c', kind: 'full', ip: '10.3.0.11', ip6: '2001:db8:3::11', publicIp: lab.sites.c!.publicIp });
      expect([...lab.sites.c!.hosts].sort()).toEqual(['a/h1', 'c/h1']);
      expect(lab.sites.a!.hosts).toEqual([]);
      await until(() => seen.some((l) => l.startsWith(`${lab.sites.c!.publicIp} `)));
      expect(child.exitCode).toBeNull();
      child.kill();
      // Back again: a new address on a's LAN (a new lease), the same namespace.
      const back = await lab.move('a/h1', 'a');
      expect(back).toMatchObject({ site: 'a', ip: '10.1.0.11', ip6: null, ns: moved.ns });
      const r = await ask('a/h1', [`${node}:7000`]);
      expect(r[`${node}:7000`]).toMatch(new RegExp(`^${lab.sites.a!.publicIp} `));
    });
  },
  { needs: ['conntrack'] },
);
