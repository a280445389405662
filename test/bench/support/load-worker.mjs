// One load-generator process: holds a share of the simulated clients and
// runs the measured phases when the bench asks over IPC. Kept out of the
// vitest process, whose own heap (and its GC pauses) would show up as latency,
// and run with a large young generation so scavenges stay rare and short.
//
// Requests: {id, op, ...args}; answers: {id, result} or {id, error}.
// Times crossing processes are absolute ms (performance.timeOrigin + now()).
import { PerformanceObserver, monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createHash, createPrivateKey, sign } from 'node:crypto';
import { deviceCertificateSignedBytes, deviceIdInput, encodeControl } from '@natter/wire';
import { BODY, LeanClient, field, loopbackAddress, peek, pool } from './lean-client.mjs';

const now = () => performance.timeOrigin + performance.now();
/** @type {LeanClient[]} */
let clients = [];
let base = 0; // the index of clients[0]

const ops = {
  /**
   * Seeding: clients from..to-1 register user<i> and log in with a password
   * (Hello, Register, Login pipelined); returns their resume tokens.
   * @param {{ url: string, from: number, to: number, width: number, password: string, identityKey: Uint8Array }} a
   */
  async register({ url, from, to, width, password, identityKey }) {
    clients = new Array(to - from);
    base = from;
    /** @type {Uint8Array[]} */
    const tokens = new Array(to - from);
    await pool(from, to, width, async (i) => {
      const c = await LeanClient.connect(url, loopbackAddress(i));
      clients[i - from] = c;
      const [, , login] = await Promise.all([
        c.hello(),
        c.call({ register: { username: `user${i}`, password, identityKey } }),
        c.call({ login: { username: `user${i}`, password, clientVersion: 'natter-bench/0' } }),
      ]);
      tokens[i - from] = /** @type {Uint8Array} */ (login.loginOk?.resumeToken);
    });
    return { tokens };
  },

  /**
   * Seeding: each client sends `ring` buddy actions at once (pipelined on its
   * socket) to user<i+1..i+ring> (REQUEST) or user<i-1..i-ring> (ACCEPT), mod n.
   * @param {{ action: 1 | 2, n: number, ring: number, width: number }} a
   */
  async befriend({ action, n, ring, width }) {
    await pool(base, base + clients.length, width, async (i) => {
      const c = /** @type {LeanClient} */ (clients[i - base]);
      const other = (/** @type {number} */ k) => `user${(i + (action === 1 ? k + 1 : -k - 1) + n) % n}`;
      await Promise.all(Array.from({ length: ring }, (_, k) => c.call({ buddyAction: { action, username: other(k) } })));
    });
    return {};
  },

  /**
   * Seeding a second device per user (docs/protocol.md, "Devices"): users
   * from..to-1 log in with their first device's token, a second device logs
   * in with the password and key `secondKey` (pending), and the first
   * approves it with a certificate signed by `firstSeed` (the first
   * device's Ed25519 seed); returns the second devices' resume tokens.
   * @param {{ url: string, from: number, to: number, width: number, password: string, tokens: Uint8Array[], firstKey: Uint8Array, firstSeed: Uint8Array, secondKey: Uint8Array }} a
   */
  async link({ url, from, to, width, password, tokens, firstKey, firstSeed, secondKey }) {
    // Ed25519 PKCS#8 (RFC 8410) around the raw seed: what node:crypto signs with.
    const key = createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.from(firstSeed)]), format: 'der', type: 'pkcs8' });
    const idOf = (/** @type {Uint8Array} */ k) => createHash('sha256').update(deviceIdInput(k)).digest().subarray(0, 16);
    const firstId = idOf(firstKey);
    const secondId = idOf(secondKey);
    /** @type {Uint8Array[]} */
    const second = new Array(to - from);
    await pool(from, to, width, async (i) => {
      const username = `user${i}`;
      const first = await LeanClient.connect(url, loopbackAddress(i));
      await Promise.all([first.hello(), first.call({ login: { username, resumeToken: tokens[i - from], clientVersion: 'natter-bench/0' } })]);
      const other = await LeanClient.connect(url, loopbackAddress(i));
      const [, pending] = await Promise.all([other.hello(), other.call({ login: { username, password, identityKey: secondKey, deviceName: 'second', clientVersion: 'natter-bench/0' } })]);
      if (pending.loginOk?.deviceState !== 2) throw new Error(`${username}: the second device is not pending`);
      second[i - from] = /** @type {Uint8Array} */ (pending.loginOk.resumeToken);
      const cert = { user: username, deviceId: secondId, deviceKey: secondKey, name: 'second', signerDeviceId: firstId, issuedAtMs: Date.now() };
      const signature = sign(null, deviceCertificateSignedBytes(cert), key);
      const approved = await first.call({ deviceApprove: { certificate: { ...cert, signature } } });
      if (approved.body !== 'ok') throw new Error(`${username}: the approval was refused`);
      await Promise.all([first.close(), other.close()]);
    });
    return { tokens: second };
  },

  /**
   * Connects clients from..to-1. With `tokens`, each logs in to the node with
   * its resume token (Hello and Login pipelined) and waits for its BuddyList;
   * without, it only connects (the bare ws forwarder, `?id=i`).
   * With `urls` (a cluster), client i connects to urls[i % urls.length].
   * With `users` (several devices per user), client i is user<i % users>.
   * @param {{ url: string, urls?: string[], from: number, to: number, width: number, tokens?: Uint8Array[], users?: number }} a
   */
  async connect({ url, urls, from, to, width, tokens, users }) {
    clients = new Array(to - from);
    base = from;
    const loginMs = new Float64Array(to - from);
    let lists = 0;
    /** @type {() => void} */
    let allListed = () => {};
    const listed = new Promise((r) => (allListed = () => r(undefined)));
    const startedAt = now();
    await pool(from, to, width, async (i) => {
      const t0 = now();
      const target = urls ? /** @type {string} */ (urls[i % urls.length]) : url;
      const c = await LeanClient.connect(tokens ? target : `${target}?id=${i}`, loopbackAddress(i));
      clients[i - from] = c;
      if (tokens) {
        let gotList = false;
        c.onPush = (b) => {
          if (!gotList && peek(b).body === BODY.buddyList) {
            gotList = true;
            if (++lists === to - from) allListed();
          }
        };
        const username = `user${users ? i % users : i}`;
        const [, login] = await Promise.all([c.hello(), c.call({ login: { username, resumeToken: tokens[i - from], clientVersion: 'natter-bench/0' } })]);
        if (login.body !== 'loginOk') throw new Error(`${username}: no LoginOk`);
      }
      loginMs[i - from] = now() - t0;
    });
    const doneAt = now();
    if (tokens) await listed;
    return { loginMs, startedAt, doneAt, listedAt: now() };
  },

  /**
   * The fan-out window: every client sends one stamped update at a random
   * moment (and a Heartbeat at another, for the node); each receiver turns
   * the stamps it gets back into latencies.
   * Measured updates start `warmupMs` after the timers are set (with
   * warm-up traffic before them, below): the load processes get the request
   * over IPC at slightly different moments, and one still setting its
   * thousands of timers is slow to read what the other already sends.
   * @param {{ windowMs: number, drainMs: number, node: boolean, pushesPerClient: number, warmupMs?: number }} a
   */
  async fanout({ windowMs, drainMs, node, pushesPerClient, warmupMs = 0 }) {
    const expected = clients.length * pushesPerClient;
    const samples = new Float64Array(expected);
    /** When each sample arrived (absolute ms): to line late ones up with this process's GC pauses. */
    const receivedAt = new Float64Array(expected);
    let received = 0;
    /** @type {() => void} */
    let done = () => {};
    const all = new Promise((r) => (done = () => r(undefined)));
    /** @param {number} stampAt @param {number} end @param {Buffer} b */
    const record = (b, stampAt, end) => {
      // Stamps are "b<ms>" (0x62 = 'b'); anything else (an earlier presence) is not ours.
      if (b[stampAt] !== 0x62) return;
      if (received < expected) {
        const at = now();
        samples[received] = at - Number(b.toString('latin1', stampAt + 1, end));
        receivedAt[received] = at;
      }
      if (++received === expected) done();
    };
    for (const c of clients) {
      c.onPush = node
        ? (b) => {
            const f = peek(b);
            if (f.body !== BODY.presencePush) return;
            const presence = field(b, 1, f.start, f.end);
            const text = presence && field(b, 3, presence[0], presence[1]);
            if (text) record(b, text[0], text[1]);
          }
        : (b) => record(b, 0, b.length);
    }
    /** @type {number[]} start (absolute ms), duration, start, duration, ... */
    const gcPauses = [];
    const gc = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) gcPauses.push(performance.timeOrigin + e.startTime, e.duration);
    });
    const delay = monitorEventLoopDelay({ resolution: 5 });
    let elu0 = performance.eventLoopUtilization();
    const heartbeat = encodeControl({ heartbeat: { sentAtMs: Date.now() } });
    const t0 = performance.now();
    /** @type {NodeJS.Timeout[]} */
    const timers = [];
    // The window's own measurements start with it.
    timers.push(
      setTimeout(() => {
        gc.observe({ entryTypes: ['gc'] });
        delay.enable();
        elu0 = performance.eventLoopUtilization();
      }, warmupMs),
    );
    // Warm-up traffic at the window's rate, not measured (stamped "w", which
    // receivers skip): the first second of traffic after the sessions sat
    // idle was 40-85 ms late at both servers alike (code paths compiled,
    // buffers grown), which is the load generators' start, not the servers'.
    const warmupUpdates = Math.min(1, warmupMs / windowMs);
    for (const c of clients) {
      if (Math.random() < warmupUpdates) {
        timers.push(
          setTimeout(() => {
            if (!c.open) return;
            const stamp = `w${now().toFixed(3)}`;
            c.sendBytes(node ? encodeControl({ requestId: 1, presenceUpdate: { status: 1, statusText: stamp } }) : Buffer.from(stamp, 'latin1'));
          }, Math.random() * warmupMs),
        );
      }
      timers.push(
        setTimeout(() => {
          if (!c.open) return;
          const stamp = `b${now().toFixed(3)}`;
          c.sendBytes(node ? encodeControl({ requestId: 1, presenceUpdate: { status: 1, statusText: stamp } }) : Buffer.from(stamp, 'latin1'));
        }, warmupMs + Math.random() * windowMs),
      );
      if (node) timers.push(setTimeout(() => c.open && c.sendBytes(heartbeat), warmupMs + Math.random() * windowMs));
    }
    await new Promise((r) => setTimeout(r, warmupMs + windowMs));
    await Promise.race([all, new Promise((r) => setTimeout(r, drainMs))]);
    const elapsedMs = performance.now() - t0 - warmupMs;
    const elu = performance.eventLoopUtilization(elu0).utilization;
    delay.disable();
    gc.disconnect();
    for (const t of timers) clearTimeout(t);
    for (const c of clients) c.onPush = () => {};
    const kept = Math.min(received, expected);
    return {
      samples: samples.slice(0, kept),
      receivedAt: receivedAt.slice(0, kept),
      received,
      expected,
      elapsedMs,
      elu,
      gcMaxMs: Math.max(0, ...gcPauses.filter((_, i) => i % 2 === 1)),
      gcPauses: Float64Array.from(gcPauses),
      loopDelayMaxMs: delay.max / 1e6,
      loopDelayP99Ms: delay.percentile(99) / 1e6,
    };
  },

  async close() {
    await Promise.all(clients.map((c) => c.close()));
    clients = [];
    return {};
  },

  // ---------------------------------------------------------------- relay
  // One client per process: the sender in one load process, the receiver in
  // another, so neither end shares a CPU with the other. The receiver acks
  // every `ackEvery` messages back through the server; the sender keeps at
  // most `window` messages unacknowledged.

  /**
   * Connects the one relay client; with `username`, logs in with `token`.
   * @param {{ url: string, username?: string, token?: Uint8Array }} a
   */
  async relayConnect({ url, username, token }) {
    const c = await LeanClient.connect(url);
    clients = [c];
    if (username) await Promise.all([c.hello(), c.call({ login: { username, resumeToken: token, clientVersion: 'natter-bench/0' } })]);
    return {};
  },

  /**
   * Starts counting what arrives (RelayFrame payloads from the node, whole
   * messages from the bare forwarder); acks to `ackTo` (the node) or back
   * (the forwarder) with the count so far.
   * @param {{ natter: boolean, ackEvery: number, ackTo: string, bucketMs: number }} a
   */
  async relayReceive({ natter, ackEvery, ackTo, bucketMs }) {
    const c = /** @type {LeanClient} */ (clients[0]);
    receiver = { received: 0, bytes: 0, firstAt: 0, lastAt: 0, buckets: /** @type {number[]} */ ([]) };
    const r = receiver;
    const ack = Buffer.alloc(8);
    c.onPush = (b) => {
      let size = b.length;
      if (natter) {
        const f = peek(b);
        if (f.body !== BODY.relay) return;
        const payload = field(b, 2, f.start, f.end);
        size = payload ? payload[1] - payload[0] : 0;
      }
      const t = now();
      if (!r.received) r.firstAt = t;
      r.lastAt = t;
      r.received++;
      r.bytes += size;
      const k = Math.floor((t - r.firstAt) / bucketMs);
      r.buckets[k] = (r.buckets[k] ?? 0) + size;
      if (r.received % ackEvery === 0) {
        ack.writeDoubleLE(r.received);
        c.sendBytes(natter ? encodeControl({ relay: { peer: ackTo, payload: ack } }) : ack);
      }
    };
    return {};
  },

  /**
   * Waits until `expect` messages arrived or nothing has for `quietMs`; returns the counts.
   * @param {{ expect: number, quietMs: number }} a
   */
  async relayStop({ expect, quietMs }) {
    const r = /** @type {NonNullable<typeof receiver>} */ (receiver);
    for (let last = -1; r.received < expect && last !== r.received; ) {
      last = r.received;
      await new Promise((res) => setTimeout(res, quietMs));
    }
    const c = /** @type {LeanClient} */ (clients[0]);
    c.onPush = () => {};
    return { ...r, buckets: Array.from(r.buckets, (v) => v ?? 0) };
  },

  /**
   * Sends `frame` for `durationMs`: with `window`, as fast as the receiver's
   * acks allow; with `bytesPerSecond`, paced (no window).
   * @param {{ frame: Uint8Array, natter: boolean, durationMs: number, window?: number, bytesPerSecond?: number }} a
   */
  async relaySend({ frame, natter, durationMs, window, bytesPerSecond }) {
    const c = /** @type {LeanClient} */ (clients[0]);
    const bytes = Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength);
    let sent = 0;
    let acked = 0;
    const startedAt = now();
    const running = () => now() - startedAt < durationMs;
    if (bytesPerSecond) {
      const perTick = (bytesPerSecond / 100) / bytes.length; // a tick every 10 ms
      let owed = 0;
      while (running()) {
        for (owed += perTick; owed >= 1; owed--, sent++) c.sendBytes(bytes);
        await new Promise((res) => setTimeout(res, 10));
      }
      return { sent, startedAt, endedAt: now() };
    }
    const w = /** @type {number} */ (window);
    await new Promise((resolve) => {
      // The receiver stops acking when frames were dropped: give up after a while.
      const finish = () => {
        clearTimeout(stalled);
        resolve(undefined);
      };
      let stalled = setTimeout(finish, 5000);
      const pump = () => {
        while (sent - acked < w) {
          if (!running()) return finish();
          c.sendBytes(bytes);
          sent++;
        }
      };
      c.onPush = (b) => {
        let at = 0;
        if (natter) {
          const f = peek(b);
          if (f.body !== BODY.relay) return;
          const payload = field(b, 2, f.start, f.end);
          if (!payload) return;
          at = payload[0];
        }
        acked = Math.max(acked, b.readDoubleLE(at));
        clearTimeout(stalled);
        stalled = setTimeout(finish, 5000);
        pump();
      };
      pump();
    });
    c.onPush = () => {};
    return { sent, startedAt, endedAt: now() };
  },
};

/** @type {{ received: number, bytes: number, firstAt: number, lastAt: number, buckets: number[] } | undefined} */
let receiver;

process.on('message', (/** @type {{ id: number, op: keyof typeof ops }} */ msg) => {
  ops[msg.op](/** @type {any} */ (msg)).then(
    (result) => process.send?.({ id: msg.id, result }),
    (err) => process.send?.({ id: msg.id, error: String(err?.stack ?? err) }),
  );
});
process.on('disconnect', () => process.exit(0));
