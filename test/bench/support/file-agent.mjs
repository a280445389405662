// One side of the file benchmark, in its own process (on loopback, or
// inside a lab host's namespace): a NatterPeer that sends or receives files,
// and the baselines between the same two processes: a bare TCP copy (file
// -> socket -> file), the same with udx-native alone, and a bare UDP
// ping-pong. Driven by JSON lines on stdin; answers as JSON lines on stdout.
//
// argv[2]: JSON { url, user, password, dir }
import dgram from 'node:dgram';
import { createReadStream, createWriteStream, mkdirSync, statSync } from 'node:fs';
import net from 'node:net';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { nodeUdpStack } from '@natter/io';
import { createNatterPeer, NodeSession, generateIdentity, identityPublicKey, parseNodeAddress } from '@natter/peer';
import { encodeChatMessage } from '@natter/wire';

const cfg = JSON.parse(process.argv[2]);
const out = (o) => process.stdout.write(`${JSON.stringify(o)}\n`);
const pct = (xs, p) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] : null);
mkdirSync(join(cfg.dir, 'downloads'), { recursive: true });

// ---- bare UDP echo, for the round-trip baseline
const bare = dgram.createSocket('udp4');
await new Promise((r) => bare.bind(0, cfg.bind ?? '0.0.0.0', r));
let bareWaiter;
bare.on('message', (m, r) => {
  if (m[0] === 0) bare.send(Buffer.concat([Buffer.from([1]), m.subarray(1)]), r.port, r.address);
  else bareWaiter?.(m);
});

// ---- natter
const identity = generateIdentity();
const node = parseNodeAddress(cfg.url);
const trust = await NodeSession.register(node.url, cfg.user, cfg.password, identityPublicKey(identity), { trust: { pin: node.pin } });
const peer = createNatterPeer({
  url: node.url,
  username: cfg.user,
  password: cfg.password,
  identity,
  historyDir: join(cfg.dir, 'history'),
  dataDir: join(cfg.dir, 'files'),
  downloadDir: join(cfg.dir, 'downloads'),
  trustedFileSenders: () => cfg.trust ?? [],
  stack: nodeUdpStack,
  classify: cfg.classify ?? false,
  reconnect: false,
  trust: { pin: trust.fingerprint },
});
peer.on('error', () => {});
peer.on('buddyEvent', (e) => {
  if (e.kind === 'requested') void peer.buddyAction('accept', e.username).catch(() => {});
});
await peer.start();
out({ event: 'ready', barePort: bare.address().port });

/** @param {string} buddy The address of the buddy's device that is online (or its name when none is). */
function deviceOf(buddy) {
  return peer.buddies().find((b) => b.username === buddy)?.devices.find((d) => d.online)?.address ?? buddy;
}

async function chatRtts(buddy, n, gapMs) {
  // Conversations are per device (USER/DEVICE): the buddy's device online now.
  const conv = peer.conversations.get(deviceOf(buddy));
  if (!conv) throw new Error(`no conversation with ${buddy}`);
  const rtts = [];
  for (let i = 0; i < n; i++) {
    const id = Buffer.from(`r${Date.now() % 1e9}${i}`.padEnd(16, '.').slice(0, 16));
    const t = performance.now();
    await conv.send(id, encodeChatMessage({ id, text: 'x'.repeat(40), sentAtMs: Date.now() }));
    rtts.push(performance.now() - t);
    if (gapMs) await new Promise((r) => setTimeout(r, gapMs));
  }
  return rtts;
}

async function bareRtts(host, port, n) {
  const rtts = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const ok = await new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), 2000);
      bareWaiter = (m) => {
        if (m.readUInt32BE(1) === i) {
          clearTimeout(timer);
          resolve(true);
        }
      };
      const b = Buffer.alloc(120);
      b.writeUInt32BE(i, 1);
      bare.send(b, port, host);
    });
    if (ok) rtts.push(performance.now() - t);
  }
  return rtts;
}

// ---- baselines: TCP and udx-native, file to file
let receiving;
/** Bytes the TCP receiver has taken so far (the fairness window reads it). */
let tcpGot = 0;
function receiveTo(path, size, count) {
  const file = createWriteStream(path);
  let got = 0;
  let t0;
  return {
    data(chunk) {
      t0 ??= performance.now();
      got += chunk.length;
      count?.(chunk.length);
      if (!file.write(chunk)) return false;
      return true;
    },
    file,
    done: new Promise((resolve) => {
      const check = () => {
        if (got >= size) file.end(() => resolve({ bytes: got }));
        else setTimeout(check, 1);
      };
      check();
    }),
  };
}

async function sendFileOver(stream, path) {
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
    if (!stream.write(chunk)) await new Promise((r) => stream.once('drain', r));
  }
}

let udx;
async function loadUdx() {
  udx ??= new (await import('udx-native')).default();
  return udx;
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
    } else if (c.cmd === 'path') {
      out({ reqId: c.reqId, ok: true, path: peer.pathOf(c.buddy) });
    } else if (c.cmd === 'send-file') {
      const t = performance.now();
      let sendingAt;
      const onState = (s) => {
        if (s.state === 'sending' && sendingAt === undefined) sendingAt = performance.now();
      };
      peer.on('fileState', onState);
      const info = await peer.sendFile(c.to, c.path);
      const hashedAt = performance.now();
      const done = await peer.whenFileDone(info.id);
      peer.off('fileState', onState);
      const end = performance.now();
      const stats = peer.conversations.get(info.device) && peer['fileLinks']?.linkOf(info.device)?.connection.stats;
      out({ reqId: c.reqId, ok: true, state: done.state, totalMs: end - t, hashMs: hashedAt - t, transferMs: end - (sendingAt ?? hashedAt), path: peer.pathOf(c.to), stats });
    } else if (c.cmd === 'rtt') {
      const rtts = await chatRtts(c.buddy, c.n, c.gapMs ?? 0);
      out({ reqId: c.reqId, ok: true, p50: pct(rtts, 0.5), p99: pct(rtts, 0.99), max: Math.max(...rtts), n: rtts.length });
    } else if (c.cmd === 'bare-rtt') {
      const rtts = await bareRtts(c.host, c.port, c.n);
      out({ reqId: c.reqId, ok: true, p50: pct(rtts, 0.5), p99: pct(rtts, 0.99), lost: c.n - rtts.length });
    } else if (c.cmd === 'tcp-listen') {
      const server = net.createServer((socket) => {
        const r = receiveTo(join(cfg.dir, 'downloads', 'tcp.bin'), c.size, (n) => (tcpGot += n));
        socket.on('data', (d) => {
          if (!r.data(d)) {
            socket.pause();
            r.file.once('drain', () => socket.resume());
          }
        });
        void r.done.then(() => {
          out({ event: 'tcp-received', bytes: c.size });
          socket.destroy();
          server.close();
        });
      });
      await new Promise((r) => server.listen(0, cfg.bind ?? '0.0.0.0', r));
      out({ reqId: c.reqId, ok: true, port: server.address().port });
    } else if (c.cmd === 'tcp-send') {
      const t = performance.now();
      const socket = net.connect(c.port, c.host);
      await new Promise((r, j) => socket.once('connect', r).once('error', j));
      await sendFileOver(socket, c.path);
      socket.end();
      out({ reqId: c.reqId, ok: true, sentMs: performance.now() - t });
    } else if (c.cmd === 'udx-bind') {
      const u = await loadUdx();
      const socket = u.createSocket();
      socket.bind(0, cfg.bind ?? '0.0.0.0');
      receiving = { socket };
      out({ reqId: c.reqId, ok: true, port: socket.address().port });
    } else if (c.cmd === 'udx-listen') {
      // The receiving side: its stream 2 talks to the sender's stream 1.
      const u = await loadUdx();
      const socket = u.createSocket();
      socket.bind(0, cfg.bind ?? '0.0.0.0');
      const stream = u.createStream(2);
      stream.on('error', () => {});
      stream.connect(socket, 1, c.peerPort, c.host);
      const r = receiveTo(join(cfg.dir, 'downloads', 'udx.bin'), c.size);
      stream.on('data', (d) => {
        if (!r.data(d)) {
          stream.pause();
          r.file.once('drain', () => stream.resume());
        }
      });
      stream.on('end', () => stream.end());
      void r.done.then(() => out({ event: 'udx-received', bytes: c.size }));
      out({ reqId: c.reqId, ok: true, port: socket.address().port });
    } else if (c.cmd === 'udx-send') {
      const u = await loadUdx();
      const stream = u.createStream(1);
      stream.on('error', () => {});
      stream.connect(receiving.socket, 2, c.port, c.host);
      const t = performance.now();
      await sendFileOver(stream, c.path);
      const mtu = stream.mtu;
      stream.end();
      out({ reqId: c.reqId, ok: true, sentMs: performance.now() - t, mtu });
    } else if (c.cmd === 'received') {
      // Bytes received so far: by the TCP receiver, and by every natter transfer in.
      const natter = peer.fileTransfers().filter((t) => t.direction === 'receive').reduce((n, t) => n + t.bytes, 0);
      out({ reqId: c.reqId, ok: true, tcp: tcpGot, natter });
    } else if (c.cmd === 'cpu') {
      const u = process.cpuUsage();
      out({ reqId: c.reqId, ok: true, ms: (u.user + u.system) / 1000 });
    } else if (c.cmd === 'size') {
      out({ reqId: c.reqId, ok: true, size: statSync(c.path).size });
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
