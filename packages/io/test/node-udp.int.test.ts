// The shared UdpSocket contract over real loopback sockets (integration tier).
import { networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { nodeUdpStack } from '@natter/io';
import { describeUdpCompliance } from './udp-compliance.js';

function within<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no datagram within ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

describeUdpCompliance('node:dgram', () => ({ stack: nodeUdpStack, run: (p) => within(p, 2000) }));

describe('node:dgram over IPv6', () => {
  const hasLoopback6 = Object.values(networkInterfaces()).some((l) => l?.some((a) => a.family === 'IPv6' && a.address === '::1'));

  it.skipIf(!hasLoopback6)('binds an IPv6-only socket that talks to ::1, with a TTL (hop limit) of its own too', async () => {
    const a = await nodeUdpStack.bind({ family: 'IPv6' });
    const b = await nodeUdpStack.bind({ address: '::1' });
    try {
      expect(a.address()).toMatchObject({ address: '::', family: 'IPv6' });
      const got = new Promise<{ text: string; from: string }>((resolve) => b.onMessage((d, from) => resolve({ text: Buffer.from(d).toString(), from: `${from.address} ${from.family}` })));
      await a.send(Buffer.from('six'), b.address().port, '::1', { ttl: 2 });
      expect(await within(got, 2000)).toEqual({ text: 'six', from: '::1 IPv6' });
      expect(await nodeUdpStack.sourceAddressFor('::1')).toBe('::1');
      // IPv6 only: it cannot reach an IPv4 address (no IPv4-mapped fallback).
      await expect(a.send(Buffer.from('four'), 9, '127.0.0.1')).rejects.toThrow();
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
