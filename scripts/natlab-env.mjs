// Why the kernel NAT lab cannot run here, or undefined when it can. Shared by
// scripts/test.mjs and the natlab test guard so both say the same thing.
import { spawnSync } from 'node:child_process';

function has(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return r.status === 0;
}

export function natlabBlocker() {
  if (process.platform !== 'linux') return `needs Linux network namespaces (this is ${process.platform})`;
  if (typeof process.getuid === 'function' && process.getuid() !== 0) return 'needs root for network namespaces (run as root, as CI does)';
  if (!has('ip', ['-V'])) return 'needs `ip` from iproute2 (apt-get install iproute2)';
  if (!has('nft', ['--version'])) return 'needs `nft` (apt-get install nftables)';
  if (!has('ip', ['netns', 'list'])) return '`ip netns` does not work here';
  return undefined;
}
