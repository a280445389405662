// Delivery states that end true, under the faults of a bad day in the
// kernel lab: four users behind four NAT kinds (every pair buddies) chat
// steadily while every router's conntrack table is flushed, one router's
// uplink drops 20 % of packets, the node is killed -9 and restarted, and one
// user's `natter rpc` is killed -9 and restarted on its --home. Asserted:
// no message lost or shown twice (each receiver's history holds each
// message once, in the sender's order), every message ends 'delivered' in
// its sender's history within seconds of the end (the receipt got through,
// whatever happened to the first one), and the restarted user's messages
// to online buddies never went to the offline store.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeNatlab } from '../support/natlab.js';
import { flushConntrack, uplinkLoss } from '../support/natlab-faults.js';
import { startPeerLab, type PeerLab, type PeerLabUser } from '../support/natlab-peers.js';

type Line = Record<string, any>;

const USERS = [
  { name: 'dport', host: 'port/h1' },
  { name: 'drestricted', host: 'restricted/h1' },
  { name: 'dfull', host: 'fullnf/h1' },
  { name: 'dsymmetric', host: 'symmetric/h1' },
];
/** Each user sends to its buddies in turn, one message every PACE_MS. */
const PACE_MS = 120;
/** The faults, in seconds from the start of the chatting. */
const FLUSH_AT = 3;
const LOSS_AT = 5;
const NODE_KILL_AT = 8;
const PEER_KILL_AT = 14;
const PEER_DOWN_MS = 1_500;
const STOP_AT = 22;
/** After the chatting (and the loss) stopped: every message delivered within this long. */
const SETTLE_MS = 20_000;

interface Sent {
  id: string;
  from: string;
  to: string;
  text: string;
  /** Sent by the restarted process to a buddy it saw online (see the last assertion). */
  afterRestart: boolean;
}

/** Whether the latest presence or buddy list an rpc printed says `buddy` is online. */
function buddyOnline(lines: Line[], buddy: string): boolean {
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (l.event === 'presence' && l.buddy === buddy) return l.online === true;
    if (l.event === 'buddies') {
      const b = (l.buddies as Line[]).find((x) => x.username === buddy);
      if (b) return b.online === true;
    }
    if (l.event === 'connection' && l.state === 'offline') return false;
  }
  return false;
}

describeNatlab(
  'natlab: delivery states end true through conntrack flushes, 20 % loss, a node killed -9 and a peer killed -9',
  () => {
    let peers: PeerLab;
    const notes: string[] = [];

    beforeAll(async () => {
      peers = await startPeerLab(
        {
          sites: [
            { name: 'port', kind: 'port' },
            { name: 'restricted', kind: 'restricted' },
            { name: 'fullnf', kind: 'full-nofw' },
            { name: 'symmetric', kind: 'symmetric' },
          ],
        },
        USERS,
      );
    }, 300_000);

    afterAll(async () => {
      console.log(`\nnatlab delivery under faults\n${notes.join('\n')}\n`);
      await peers?.down();
    });

    it('every message exactly once, in order, and delivered in its sender\'s history', async () => {
      const sent: Sent[] = [];
      const t0 = Date.now();
      const at = (s: number) => t0 + s * 1000;
      let stopping = false;
      /** Who is being restarted right now (sends wait), and who was. */
      let restarting: string | undefined;
      const restartedName = 'drestricted';
      let restartedReadyAt = Infinity;

      const chat = async (u: PeerLabUser) => {
        const buddies = USERS.map((x) => x.name).filter((n) => n !== u.name);
        for (let i = 0; !stopping; i++) {
          if (restarting === u.name) {
            await new Promise((r) => setTimeout(r, 50));
            continue;
          }
          const to = buddies[i % buddies.length]!;
          const text = `${u.name} -> ${to} #${i}`;
          const rpc = u.rpc;
          try {
            const r = await rpc.call({ cmd: 'send', to, text }, 30_000);
            if (r.ok) sent.push({ id: r.id, from: u.name, to, text, afterRestart: u.name === restartedName && Date.now() >= restartedReadyAt && buddyOnline(rpc.lines, to) });
          } catch {
            // The process died under the request (the peer kill): the reply never came,
            // so the message is not counted; whatever reached its history goes on after the restart.
          }
          await new Promise((r) => setTimeout(r, PACE_MS));
        }
      };
      const users = USERS.map((x) => peers.user(x.name));
      const chatting = Promise.all(users.map(chat));

      const until = (t: number) => new Promise((r) => setTimeout(r, Math.max(0, t - Date.now())));
      await until(at(FLUSH_AT));
      const flows = await Promise.all(['port', 'restricted', 'fullnf', 'symmetric'].map((s) => flushConntrack(peers.lab, s)));
      notes.push(`${FLUSH_AT} s: conntrack -F on every router (${flows.join(' + ')} flows)`);
      await until(at(LOSS_AT));
      const undoLoss = await uplinkLoss(peers.lab, ['port'], 20);
      notes.push(`${LOSS_AT} s: 20 % loss on port's uplink, both ways, until the chatting stops`);
      await until(at(NODE_KILL_AT));
      const nodeDown = Date.now();
      await peers.restartNode('SIGKILL');
      notes.push(`${NODE_KILL_AT} s: node killed -9, listening again ${Date.now() - nodeDown} ms later`);
      await until(at(PEER_KILL_AT));
      restarting = restartedName;
      const before = Date.now();
      await peers.restartUser(restartedName, 'SIGKILL', PEER_DOWN_MS);
      restartedReadyAt = Date.now();
      restarting = undefined;
      notes.push(`${PEER_KILL_AT} s: ${restartedName}'s natter rpc killed -9, down ${PEER_DOWN_MS} ms, ready again after ${restartedReadyAt - before} ms`);
      await until(at(STOP_AT));
      stopping = true;
      await chatting;
      await undoLoss();
      const stopped = Date.now();

      // Every message ends delivered in its sender's history.
      const states = new Map<string, string>();
      const histories = new Map<string, Line[]>();
      const readHistories = async () => {
        for (const u of users) {
          for (const other of users) {
            if (other === u) continue;
            const h = await u.rpc.call({ cmd: 'history', with: other.name, limit: 5000 }, 30_000);
            histories.set(`${u.name} ${other.name}`, h.messages as Line[]);
            for (const m of h.messages as Line[]) if (m.direction === 'out') states.set(m.id, m.state);
          }
        }
      };
      const undelivered = () => sent.filter((m) => states.get(m.id) !== 'delivered');
      while (Date.now() - stopped < SETTLE_MS) {
        await readHistories();
        if (undelivered().length === 0) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      const settledMs = Date.now() - stopped;
      const byState = new Map<string, number>();
      for (const m of sent) byState.set(states.get(m.id) ?? 'missing', (byState.get(states.get(m.id) ?? 'missing') ?? 0) + 1);
      notes.push(`${sent.length} messages; ${[...byState].map(([s, n]) => `${n} ${s}`).join(', ')}, ${settledMs} ms after the chatting stopped`);
      expect(undelivered().map((m) => `${m.text}: ${states.get(m.id)}`)).toEqual([]);

      // Each receiver holds each message exactly once, in the order it was sent.
      let dups = 0;
      for (const [from, to] of users.flatMap((a) => users.filter((b) => b !== a).map((b) => [a.name, b.name] as const))) {
        const want = sent.filter((m) => m.from === from && m.to === to).map((m) => m.text);
        const got = (histories.get(`${to} ${from}`) ?? []).filter((m) => m.direction === 'in').map((m) => m.text as string);
        dups += got.length - new Set(got).size;
        // The receiver may hold more: messages the killed process had written but never answered for.
        expect(got.filter((t) => want.includes(t)), `${from} -> ${to}`).toEqual(want);
        expect(new Set(got).size, `${from} -> ${to}: shown twice`).toBe(got.length);
      }
      notes.push(`lost 0, duplicated ${dups}`);

      // The restarted user sent to buddies that were online: nothing went to the offline store.
      const restarted = peers.user(restartedName);
      const fresh = new Set(sent.filter((m) => m.afterRestart).map((m) => m.id));
      expect(fresh.size).toBeGreaterThan(10);
      const stored = restarted.rpc.lines.filter((l) => l.event === 'state' && l.state === 'stored' && fresh.has(l.id));
      notes.push(`${restartedName} after its restart: ${fresh.size} messages, ${stored.length} to the offline store`);
      expect(stored).toEqual([]);
    }, 120_000);
  },
  { needs: ['conntrack'] },
);
