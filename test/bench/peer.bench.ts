// The peer core on loopback, against bare UDP in the same run:
//   - time to the first delivered message (relay) vs the node's round trip,
//   - time until the conversation is on the direct path,
//   - direct-path round trip (message sent -> acknowledged by the buddy's
//     peer) vs a bare UDP ping-pong between two sockets,
//   - small-message throughput on the direct path vs a bare UDP sender.
// Figures are what this machine measured in this run; nothing is asserted.
import { it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import dgram from 'node:dgram';
import { nodeUdpStack } from '@natter/io';
import { startTestNode } from '../support/start-test-node.js';
import { encodeChatMessage } from '@natter/wire';
import { createNatterPeer, NodeSession, generateIdentity, identityPublicKey } from '@natter/peer';
import { until as once } from '../support/peer-events.js';

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;


async function udpPingPong(n: number): Promise<number[]> {
  const a = dgram.createSocket('udp4');
  const b = dgram.createSocket('udp4');
  await Promise.all([new Promise<void>((r) => a.bind(0, '127.0.0.1', r)), new Promise<void>((r) => b.bind(0, '127.0.0.1', r))]);
  b.on('message', (m, r) => b.send(m, r.port, r.address));
  const rtts: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await new Promise<void>((resolve) => {
      a.once('message', () => resolve());
      a.send(Buffer.alloc(64), b.address().port, '127.0.0.1');
    });
    rtts.push(performance.now() - t0);
  }
  a.close();
  b.close();
  return rtts;
}

async function udpThroughput(n: number): Promise<number> {
  const a = dgram.createSocket('udp4');
  const b = dgram.createSocket('udp4');
  await Promise.all([new Promise<void>((r) => a.bind(0, '127.0.0.1', r)), new Promise<void>((r) => b.bind(0, '127.0.0.1', r))]);
  let got = 0;
  const t0 = performance.now();
  // Closed loop with a window, like the reliable channel: 64 in flight.
  await new Promise<void>((resolve) => {
    let sent = 0;
    b.on('message', (m, r) => b.send(m.subarray(0, 8), r.port, r.address));
    a.on('message', () => {
      if (++got === n) resolve();
      else if (sent < n) {
        sent++;
        a.send(Buffer.alloc(100), b.address().port, '127.0.0.1');
      }
    });
    for (; sent < 64; sent++) a.send(Buffer.alloc(100), b.address().port, '127.0.0.1');
  });
  const ms = performance.now() - t0;
  a.close();
  b.close();
  return (n / ms) * 1000;
}

it('peer: first message, time to direct, direct RTT and throughput vs bare UDP', async () => {
  const node = await startTestNode();
  const dir = mkdtempSync(join(tmpdir(), 'natter-bench-peer-'));
  const ida = generateIdentity();
  const idb = generateIdentity();
  await NodeSession.register(node.url, 'alice', 'correct horse', identityPublicKey(ida));
  await NodeSession.register(node.url, 'bob', 'correct horse', identityPublicKey(idb));
  const mk = (u: string, id: typeof ida) => createNatterPeer({ url: node.url, username: u, password: 'correct horse', identity: id, historyDir: join(dir, u), stack: nodeUdpStack, classify: false, reconnect: false });
  const alice = mk('alice', ida);
  const bob = mk('bob', idb);
  try {
    await alice.start();
    await bob.start();
    const asked = once(bob, 'buddyEvent', (e) => e.kind === 'requested');
    await alice.buddyAction('request', 'bob');
    await asked;
    const seen = once(alice, 'buddies', (l) => l.some((b) => b.online));
    await bob.buddyAction('accept', 'alice');
    await seen;
    await new Promise((r) => setTimeout(r, 200));

    // Node round trip (heartbeat) for scale.
    const hb: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      await alice.session.request({ heartbeat: { sentAtMs: 0 } });
      hb.push(performance.now() - t0);
    }

    const t0 = performance.now();
    const direct = once(alice, 'path', (p) => p.path === 'direct');
    let firstSent = NaN;
    let firstDelivered = NaN;
    const both = new Promise<void>((resolve) =>
      alice.on('state', (e) => {
        if (e.text !== 'first') return;
        // With early data the receipt can overtake the channel's ack: 'delivered' then counts as acknowledged too.
        if ((e.state === 'sent' || e.state === 'delivered') && Number.isNaN(firstSent)) firstSent = performance.now() - t0;
        if (e.state === 'delivered') {
          firstDelivered = performance.now() - t0;
          resolve();
        }
      }),
    );
    await alice.send('bob', 'first');
    await both;
    await direct;
    const toDirect = performance.now() - t0;

    // Direct-path round trip: a message until the buddy's peer acknowledges it.
    const conv = alice.conversations.get(bob.address)!;
    const rtts: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t1 = performance.now();
      const id = Buffer.from(`rtt${i}`.padEnd(16, '.'));
      await conv.send(id, encodeChatMessage({ id, text: 'x'.repeat(40), sentAtMs: Date.now() }));
      rtts.push(performance.now() - t1);
    }
    const udp = await udpPingPong(200);

    // Throughput: 5000 small messages through the reliable, encrypted channel.
    const N = 5000;
    const t2 = performance.now();
    await Promise.all(
      Array.from({ length: N }, (_, i) => {
        const id = Buffer.from(`tp${i}`.padEnd(16, '.'));
        return conv.send(id, encodeChatMessage({ id, text: 'y'.repeat(80), sentAtMs: Date.now() }));
      }),
    );
    const msgsPerS = (N / (performance.now() - t2)) * 1000;
    const udpPerS = await udpThroughput(N);

    const rows = [
      ['measure', 'natter', 'bare', 'ratio (natter/bare)'],
      ['node round trip (heartbeat) p50 ms', pct(hb, 0.5).toFixed(2), '', ''],
      ['first message acknowledged by buddy (relay) ms', firstSent.toFixed(1), '', ''],
      ['first message delivered (receipt back) ms', firstDelivered.toFixed(1), '', ''],
      ['time to direct path ms', toDirect.toFixed(1), '', ''],
      ['direct round trip p50 ms (vs UDP ping-pong)', pct(rtts, 0.5).toFixed(3), pct(udp, 0.5).toFixed(3), `${(pct(rtts, 0.5) / pct(udp, 0.5)).toFixed(2)}x`],
      ['direct round trip p99 ms (vs UDP ping-pong)', pct(rtts, 0.99).toFixed(3), pct(udp, 0.99).toFixed(3), `${(pct(rtts, 0.99) / pct(udp, 0.99)).toFixed(2)}x`],
      ['small messages/s, window 64 (vs bare UDP, window 64)', msgsPerS.toFixed(0), udpPerS.toFixed(0), `${(msgsPerS / udpPerS).toFixed(2)}x`],
    ];
    const w = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
    console.log(`\npeer on loopback (one process, two peers, a node)\n${rows.map((r) => r.map((c, i) => (i ? c.padStart(w[i]!) : c.padEnd(w[i]!))).join('  ')).join('\n')}\n`);
  } finally {
    await alice.close();
    await bob.close();
    await node.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
