// Waiting for a NatterPeer event in tests and benchmarks.
import type { NatterPeer, NatterPeerEvents } from '@natter/peer';

/** Resolves with the first `event` whose arguments satisfy `pred`; rejects after `ms`. */
export function until<K extends keyof NatterPeerEvents>(
  peer: NatterPeer,
  event: K,
  pred: (...args: NatterPeerEvents[K]) => boolean = () => true,
  ms = 15_000,
): Promise<NatterPeerEvents[K]> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no ${String(event)} within ${ms} ms`)), ms);
    const on = (...args: NatterPeerEvents[K]) => {
      if (!pred(...args)) return;
      clearTimeout(t);
      peer.off(event, on as never);
      resolve(args);
    };
    peer.on(event, on as never);
  });
}

/** Makes a and b mutual buddies (a asks, b accepts); resolves once a sees b online. */
export async function befriendPeers(a: NatterPeer, b: NatterPeer): Promise<void> {
  const asked = until(b, 'buddyEvent', (e) => e.kind === 'requested' && e.username === a.username);
  await a.buddyAction('request', b.username);
  await asked;
  const online = until(a, 'buddies', (l) => l.some((x) => x.username === b.username && x.online));
  await b.buddyAction('accept', a.username);
  await online;
}
