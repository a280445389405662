// One side of the peer benchmark in the kernel NAT lab, run inside a lab
// host's namespace on the compiled packages: a NatterPeer (real sockets, NAT
// classification on) plus a bare node:dgram socket for the baseline between
// the same two hosts, through the same NATs. Driven by JSON lines on stdin;
// answers and events as JSON lines on stdout.
//
// argv[2]: JSON { url, user, password, historyDir, stun: { address, port } }
// commands: { cmd: 'befriend', user } | { cmd: 'bare-punch', peer: { address, port } }
//           | { cmd: 'measure', buddy, peer, rtts, small, large, largeBytes } | { cmd: 'quit' }
import dgram from 'node:dgram';
import { createInterface } from 'node:readline';
import { nodeUdpStack } from '@natter/io';
import { createNatterPeer, NodeSession, generateIdentity, identityPublicKey, parseNodeAddress } from '@natter/peer';
import { Attr, MessageClass, Method, decodeStun, decodeXorAddress, encodeStun, getAttribute, newTransactionId } from '@natter/stun';
import { encodeChatMessage } from '@natter/wire';

const cfg = JSON.parse(process.argv[2]);
const out = (o) => process.stdout.write(`${JSON.stringify(o)}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

// ---- the bare baseline: one UDP socket, its public endpoint learned by STUN.
const bare = dgram.createSocket('udp4');
await new Promise((r) => bare.bind(0, '0.0.0.0', r));
// P: ping, echoed whole. T: throughput datagram, answered with 8 bytes.
// H: hole-punch hello. Everything else goes to whoever waits for it.
let bareWaiter;
bare.on('message', (m, r) => {
  const k = m[0];
  if (k === 0x50 /* P */ || k === 0x48 /* H */) {
    if (m[1] === 0) bare.send(Buffer.concat([m.subarray(0, 1), Buffer.from([1]), m.subarray(2)]), r.port, r.address);
    else bareWaiter?.(m, r);
  } else if (k === 0x54 /* T */) {
    if (m[1] === 0) bare.send(Buffer.from([0x54, 1, ...m.subarray(2, 8)]), r.port, r.address);
    else bareWaiter?.(m, r);
  } else bareWaiter?.(m, r);
});

async function bareMapped() {
  const transactionId = newTransactionId();
  const req = encodeStun({ method: Method.Binding, cls: MessageClass.Request, transactionId, attributes: [], fingerprint: true });
  for (let i = 0; i < 10; i++) {
    const got = new Promise((resolve) => {
      bareWaiter = (m) => {
        try {
          const msg = decodeStun(m);
          const x = getAttribute(msg, Attr.XorMappedAddress);
          if (x && Buffer.from(msg.transactionId).equals(Buffer.from(transactionId))) resolve(decodeXorAddress(x, msg.transactionId));
        } catch {
          // not STUN
        }
      };
      setTimeout(() => resolve(undefined), 300);
    });
    bare.send(req, cfg.stun.port, cfg.stun.address);
    const a = await got;
    if (a) return { address: a.address, port: a.port };
  }
  throw new Error('no STUN answer for the bare socket');
}

// ---- natter
const identity = generateIdentity();
const node = parseNodeAddress(cfg.url);
// First contact pins the node's key; the peer's session must see the same one.
const trust = await NodeSession.register(node.url, cfg.user, cfg.password, identityPublicKey(identity), { trust: { pin: node.pin } });
const peer = createNatterPeer({ url: node.url, username: cfg.user, password: cfg.password, identity, historyDir: cfg.historyDir, stack: nodeUdpStack, classify: true, reconnect: false, trust: { pin: trust.fingerprint } });
peer.on('error', () => {});
peer.on('buddyEvent', (e) => {
  if (e.kind === 'requested') void peer.buddyAction('accept', e.username).catch(() => {});
});
const t0 = performance.now();
peer.on('path', (p) => out({ event: 'path', buddy: p.buddy, path: p.path, atMs: performance.now() - t0 }));
await peer.start();
out({ event: 'ready', bare: await bareMapped() });

async function measure(c) {
  // Conversations are per device (USER/DEVICE): the buddy's device online now.
  const device = peer.buddies().find((b) => b.username === c.buddy)?.devices.find((d) => d.online)?.address ?? c.buddy;
  const conv = peer.conversations.get(device);
  if (!conv) throw new Error(`no conversation with ${c.buddy}`);
  const r = {};
  // Node round trip, for scale.
  const hb = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    await peer.session.request({ heartbeat: { sentAtMs: 0 } });
    hb.push(performance.now() - t);
  }
  r.nodeRttP50 = pct(hb, 0.5);
  // Direct-path round trip: a message until the buddy's peer acknowledges it.
  const rtts = [];
  for (let i = 0; i < c.rtts; i++) {
    const id = Buffer.from(`rtt${i}`.padEnd(16, '.').slice(0, 16));
    const t = performance.now();
    await conv.send(id, encodeChatMessage({ id, text: 'x'.repeat(40), sentAtMs: Date.now() }));
    rtts.push(performance.now() - t);
  }
  // Bare ping-pong between the same hosts, same payload size as the natter datagram.
  const brtt = [];
  for (let i = 0; i < c.rtts; i++) {
    const t = performance.now();
    const ok = await new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), 2000);
      bareWaiter = (m) => {
        if (m[0] === 0x50 && m.readUInt32BE(2) === i) {
          clearTimeout(timer);
          resolve(true);
        }
      };
      const b = Buffer.alloc(120);
      b[0] = 0x50;
      b.writeUInt32BE(i, 2);
      bare.send(b, c.peer.port, c.peer.address);
    });
    if (ok) brtt.push(performance.now() - t);
  }
  r.rtt = { natter: [pct(rtts, 0.5), pct(rtts, 0.99)], bare: [pct(brtt, 0.5), pct(brtt, 0.99)], bareLost: c.rtts - brtt.length };
  // Throughput, small and large messages, through the reliable encrypted channel.
  const burst = async (n, size, tag) => {
    const text = 'y'.repeat(size);
    const t = performance.now();
    await Promise.all(
      Array.from({ length: n }, (_, i) => {
        const id = Buffer.from(`${tag}${i}`.padEnd(16, '.').slice(0, 16));
        return conv.send(id, encodeChatMessage({ id, text, sentAtMs: Date.now() }));
      }),
    );
    return performance.now() - t;
  };
  const smallMs = await burst(c.small, 80, 's');
  const largeMs = await burst(c.large, c.largeBytes, 'l');
  r.natterSmallPerS = (c.small / smallMs) * 1000;
  r.natterLargeMBps = (c.large * c.largeBytes) / 1e6 / (largeMs / 1000);
  // Bare sender with the channel's window (64 datagrams in flight), the
  // receiver answering each datagram: small = 100-byte datagrams, large =
  // the same bytes in 1200-byte datagrams.
  const bareBurst = (count, size) =>
    new Promise((resolve) => {
      let sent = 0;
      let got = 0;
      let lost = 0;
      let lastProgress = performance.now();
      const t = performance.now();
      const fill = () => {
        while (sent - got - lost < 64 && sent < count) {
          const b = Buffer.alloc(size);
          b[0] = 0x54;
          b.writeUInt32BE(sent++, 2);
          bare.send(b, c.peer.port, c.peer.address);
        }
      };
      const done = () => {
        clearInterval(stall);
        resolve({ ms: performance.now() - t, got });
      };
      // A datagram or answer lost would stall the closed loop: after four
      // round trips (at least 200 ms) without progress, count what is in
      // flight as lost and go on.
      const stallMs = Math.max(200, 4 * r.rtt.bare[0]);
      const stall = setInterval(() => {
        if (performance.now() - lastProgress < stallMs) return;
        lost += sent - got - lost;
        lastProgress = performance.now();
        if (got + lost >= count) done();
        else fill();
      }, 50);
      bareWaiter = (m) => {
        if (m[0] !== 0x54) return;
        got++;
        lastProgress = performance.now();
        if (got + lost >= count) done();
        else fill();
      };
      fill();
    });
  const small = await bareBurst(c.small, 100);
  const largeDatagrams = Math.ceil((c.large * c.largeBytes) / 1200);
  const large = await bareBurst(largeDatagrams, 1200);
  r.bareSmallPerS = (small.got / small.ms) * 1000;
  r.bareLargeMBps = (large.got * 1200) / 1e6 / (large.ms / 1000);
  r.bareLost = c.small - small.got + largeDatagrams - large.got;
  r.path = peer.pathOf(c.buddy);
  return r;
}

const rl = createInterface({ input: process.stdin });
for await (const line of rl) {
  let c;
  try {
    c = JSON.parse(line);
  } catch {
    continue;
  }
  try {
    if (c.cmd === 'befriend') {
      await peer.buddyAction('request', c.user);
      out({ reqId: c.reqId, ok: true });
    } else if (c.cmd === 'bare-punch') {
      // Both sides send hellos to each other's mapping; the first answer
      // proves the path is open both ways.
      const hello = Buffer.from([0x48, 0]);
      let open = false;
      const waiting = new Promise((resolve) => {
        bareWaiter = (m) => {
          if (m[0] === 0x48 && m[1] === 1) {
            open = true;
            resolve();
          }
        };
      });
      for (let i = 0; i < 100 && !open; i++) {
        bare.send(hello, c.peer.port, c.peer.address);
        await Promise.race([waiting, sleep(50)]);
      }
      out({ reqId: c.reqId, ok: open });
    } else if (c.cmd === 'send') {
      const t = performance.now();
      const entry = await peer.send(c.to, c.text);
      out({ reqId: c.reqId, ok: true, id: entry.id, atMs: t - t0 });
    } else if (c.cmd === 'measure') {
      out({ reqId: c.reqId, ok: true, result: await measure(c) });
    } else if (c.cmd === 'quit') {
      break;
    }
  } catch (err) {
    out({ reqId: c.reqId, ok: false, error: String(err?.stack ?? err) });
  }
}
await peer.close();
bare.close();
process.exit(0);
