// Each session holds one socket, so the open-file limit bounds the
// sessions a node can hold. Node raises its soft limit to the hard limit
// at start; the hard limit is the operator's (systemd: LimitNOFILE=,
// docs/natter-node.service; a shell: ulimit -Hn as root).
import { readFileSync } from 'node:fs';

/** Below this the node warns at start: the sessions it can hold are fewer than one machine serves. */
export const RECOMMENDED_OPEN_FILES = 65_536;

/** The process's open-file limit (soft), or undefined where /proc does not say. */
export function openFileLimit(): number | undefined {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('Max open files'));
    const soft = line?.slice('Max open files'.length).trim().split(/\s+/)[0];
    if (soft === 'unlimited') return Infinity;
    const n = Number(soft);
    return Number.isFinite(n) ? n : undefined;
  } catch {
    return undefined;
  }
}
