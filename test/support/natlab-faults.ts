// Faults for the kernel lab's peer tests (test/natlab/peer-faults,
// delivery): commands that must succeed in a lab namespace, flushing a
// router's conntrack table, and loss switched on and off on site uplinks.
import type { Lab } from './natlab.js';

/** Runs a command in a lab namespace; it must succeed. */
export async function run(lab: Lab, target: string, cmd: string, args: string[]): Promise<string> {
  const r = await lab.exec(target, cmd, args, { timeoutMs: 15_000 });
  if (r.code !== 0) throw new Error(`${target}: ${cmd} ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return r.stdout;
}

/** `conntrack -F` on a router; returns how many flows it held. */
export async function flushConntrack(lab: Lab, site: string): Promise<number> {
  const out = await run(lab, site, 'sh', ['-c', 'conntrack -C && conntrack -F 2>/dev/null']);
  return Number(out.trim());
}

/**
 * Drops `percent` % of the IPv4 packets in both directions of each site's
 * uplink, the way scripts/natlab does for `loss=` (a netem qdisc on both
 * ends of the link, or without sch_netem an nftables egress rule), but
 * switched on here rather than when the lab is built: through 30 % loss
 * from the start, `natter register` (15 s to reach the node over TCP)
 * failed with NODE_UNREACHABLE, and setting up users is not what is under
 * test. Returns the undo.
 */
export async function uplinkLoss(lab: Lab, sites: string[], percent: number): Promise<() => Promise<void>> {
  // Both ends of each uplink: the router's WAN and the far end the lab names (its access router's port).
  const ends = sites.flatMap((site) => [{ target: site, dev: 'wan' }, lab.sites[site]!.uplink]);
  if (lab.netem) {
    await Promise.all(ends.map((e) => run(lab, e.target, 'tc', ['qdisc', 'replace', 'dev', e.dev, 'root', 'netem', 'loss', 'random', `${percent}%`])));
    return async () => void (await Promise.all(ends.map((e) => run(lab, e.target, 'tc', ['qdisc', 'del', 'dev', e.dev, 'root']))));
  }
  const table = (dev: string) => `faults_loss_${dev}`;
  await Promise.all(
    ends.map((e) =>
      run(lab, e.target, 'nft', [
        `add table netdev ${table(e.dev)}; ` +
          `add chain netdev ${table(e.dev)} egress { type filter hook egress device "${e.dev}" priority 0; policy accept; }; ` +
          `add rule netdev ${table(e.dev)} egress meta protocol ip numgen random mod 100 < ${percent} drop`,
      ]),
    ),
  );
  return async () => void (await Promise.all(ends.map((e) => run(lab, e.target, 'nft', ['delete', 'table', 'netdev', table(e.dev)]))));
}

