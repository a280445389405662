// The virtual UdpSocket: the shared contract, plus what only a virtual host
// can show (several addresses, source selection, private networks).
import { describe, expect, it } from 'vitest';
import { EPHEMERAL_PORTS, VirtualNetwork } from '@natter/netsim';
import { describeUdpCompliance } from '../../io/test/udp-compliance.js';
import { record, text } from './harness.js';

describeUdpCompliance('netsim', () => {
  const net = new VirtualNetwork({ seed: 1 });
  const host = net.addHost({ name: 'h' });
  return { stack: host.udp, run: (p) => net.run(p) };
});

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  return p.then(
    () => undefined,
    (err: NodeJS.ErrnoException) => err.code,
  );
}

describe('virtual host stack', () => {
  it('picks ephemeral ports from 49152-65535, the same ones for the same seed', async () => {
    const ports = async (seed: number) => {
      const h = new VirtualNetwork({ seed }).addHost({ name: 'h' });
      return Promise.all([1, 2, 3].map(async () => (await h.udp.bind()).address().port));
    };
    const a = await ports(1);
    for (const p of a) expect(p >= EPHEMERAL_PORTS[0] && p <= EPHEMERAL_PORTS[1]).toBe(true);
    expect(await ports(1)).toEqual(a);
    expect(new Set(a).size).toBe(3);
  });

  it('binds only its own addresses (EADDRNOTAVAIL)', async () => {
    const h = new VirtualNetwork().addHost({ addresses: ['203.0.113.1', '203.0.113.2'] });
    expect(h.udp.interfaceAddresses()).toEqual(['203.0.113.1', '203.0.113.2']);
    expect((await h.udp.bind({ address: '203.0.113.2' })).address().address).toBe('203.0.113.2');
    expect(await codeOf(h.udp.bind({ address: '203.0.113.9' }))).toBe('EADDRNOTAVAIL');
    // Two specific addresses may share a port; the wildcard then cannot.
    await h.udp.bind({ address: '203.0.113.1', port: 3478 });
    await h.udp.bind({ address: '203.0.113.2', port: 3478 });
    expect(await codeOf(h.udp.bind({ port: 3478 }))).toBe('EADDRINUSE');
  });

  it('sends from the bound address, or from the primary address when bound to the wildcard', async () => {
    const net = new VirtualNetwork();
    const server = net.addHost({ name: 'server', addresses: ['203.0.113.1', '203.0.113.2'] });
    const client = net.addHost({ name: 'client' });
    const seen = await record(client, '0.0.0.0', 9000, () => net.now());
    const wildcard = await server.udp.bind({ port: 3478 });
    const second = await server.udp.bind({ address: '203.0.113.2', port: 3479 });
    await wildcard.send(text('w'), 9000, client.address);
    await second.send(text('s'), 9000, client.address);
    await net.runUntilIdle();
    expect(seen.senders()).toEqual(['203.0.113.1:3478', '203.0.113.2:3479']);
    expect(await server.udp.sourceAddressFor(client.address)).toBe('203.0.113.1');
  });

  it('prefers an exact bind over the wildcard for incoming datagrams', async () => {
    const net = new VirtualNetwork();
    const server = net.addHost({ addresses: ['203.0.113.1', '203.0.113.2'] });
    const client = net.addHost();
    const exact = await record(server, '203.0.113.2', 3478, () => net.now());
    const sock = await client.udp.bind();
    await sock.send(text('x'), 3478, '203.0.113.2');
    await sock.send(text('y'), 3478, '203.0.113.1');
    await net.runUntilIdle();
    expect(exact.received.map((r) => r.text)).toEqual(['x']);
    expect(net.stats().drops['port-unreachable']).toBe(1);
  });

  it('delivers to its own public address locally, not through the link', async () => {
    const net = new VirtualNetwork();
    const h = net.addHost({ link: { lossRate: 1 } });
    const r = await record(h, '0.0.0.0', 7000, () => net.now());
    const s = await h.udp.bind();
    await s.send(text('self'), 7000, h.address);
    await net.runUntilIdle();
    expect(r.received.map((x) => x.text)).toEqual(['self']);
  });

  it('refuses to send off-host from a loopback-bound socket (EINVAL), like Linux', async () => {
    const net = new VirtualNetwork();
    const h = net.addHost();
    const s = await h.udp.bind({ address: '127.0.0.1' });
    expect(await codeOf(s.send(text('x'), 9, '203.0.113.1'))).toBe('EINVAL');
    expect(await codeOf(s.send(text('x'), 9, 'example.org'))).toBe('ENOTFOUND');
  });

  it('surfaces an exception thrown by a message handler from run()', async () => {
    const net = new VirtualNetwork();
    const h = net.addHost();
    const s = await h.udp.bind({ port: 7000 });
    s.onMessage(() => {
      throw new Error('handler bug');
    });
    await s.send(text('x'), 7000, h.address);
    await expect(net.runUntilIdle()).rejects.toThrow('handler bug');
  });
});
