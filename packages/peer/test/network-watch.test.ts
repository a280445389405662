// When the peer decides the host moved to another network: an IPv4 address
// came or went, or an IPv6 one went ('moved': reconnect, punch again); only
// new IPv6 addresses ('added': publish them). A stack whose addresses the
// test changes, and a virtual clock.
import { describe, expect, it } from 'vitest';
import type { AddressFamily } from '@natter/io';
import { VirtualClock } from '@natter/netsim';
import { NETWORK_POLL_MS, NetworkWatch, type NetworkChange } from '@natter/peer';

function world(v4: string[], v6: string[] = []) {
  const addresses: Record<AddressFamily, string[]> = { IPv4: v4, IPv6: v6 };
  const clock = new VirtualClock();
  const changes: NetworkChange[] = [];
  const watch = new NetworkWatch({ stack: { interfaceAddresses: (f = 'IPv4') => addresses[f] }, clock, onChange: (c) => changes.push(c) });
  return { addresses, clock, changes, watch };
}

describe('NetworkWatch', () => {
  it('reports a move within one poll: IPv4 replaced, then gone and back', async () => {
    const w = world(['10.1.0.10']);
    await w.clock.advance(3 * NETWORK_POLL_MS);
    expect(w.changes).toEqual([]);
    w.addresses.IPv4 = ['10.2.0.11'];
    await w.clock.advance(NETWORK_POLL_MS);
    expect(w.changes).toEqual([{ before: ['10.1.0.10'], after: ['10.2.0.11'], kind: 'moved' }]);
    // Unplugged, then a new network: two moves.
    w.addresses.IPv4 = [];
    await w.clock.advance(NETWORK_POLL_MS);
    w.addresses.IPv4 = ['192.168.1.5'];
    await w.clock.advance(NETWORK_POLL_MS);
    expect(w.changes.slice(1).map((c) => [c.after, c.kind])).toEqual([
      [[], 'moved'],
      [['192.168.1.5'], 'moved'],
    ]);
    w.watch.stop();
  });

  it('a new IPv6 address alone is "added"; an IPv6 address that went is a move', async () => {
    const w = world(['10.1.0.10'], ['2001:db8:1::10']);
    w.addresses.IPv6 = ['2001:db8:1::10', '2001:db8:1::77'];
    await w.clock.advance(NETWORK_POLL_MS);
    expect(w.changes).toEqual([{ before: ['10.1.0.10', '2001:db8:1::10'], after: ['10.1.0.10', '2001:db8:1::10', '2001:db8:1::77'], kind: 'added' }]);
    w.addresses.IPv6 = ['2001:db8:1::77'];
    await w.clock.advance(NETWORK_POLL_MS);
    expect(w.changes[1]!.kind).toBe('moved');
    // The order addresses come in does not matter.
    w.addresses.IPv4 = ['10.1.0.10'];
    await w.clock.advance(5 * NETWORK_POLL_MS);
    expect(w.changes).toHaveLength(2);
    w.watch.stop();
    w.addresses.IPv4 = [];
    await w.clock.advance(5 * NETWORK_POLL_MS);
    expect(w.changes).toHaveLength(2);
  });
});
