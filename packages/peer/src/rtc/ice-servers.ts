// The ICE servers a data channel uses: the node's own STUN server.
import type { LoginOk } from '../session/control.js';

/** STUN URLs for ICE: the node's STUN servers (an empty IP means the node's own host). */
export function nodeStunUrls(ok: LoginOk | undefined, nodeUrl: string): string[] {
  const host = new URL(nodeUrl).hostname;
  return (ok?.stun?.servers ?? []).map((e) => {
    const ip = e.ip || host;
    return `stun:${ip.includes(':') && !ip.startsWith('[') ? `[${ip}]` : ip}:${e.port}`;
  });
}
