// One contract, two implementations: the same suite runs against the
// node:dgram adapter (node-udp.int.test.ts beside this file, real loopback)
// and netsim's virtual stack (packages/netsim/test/socket.test.ts), so
// netsim cannot drift from what real sockets do.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BindOptions, RemoteInfo, UdpSocket, UdpStack } from '@natter/io';

export interface ComplianceHarness {
  stack: UdpStack;
  /** Waits for `p`: over netsim by driving the virtual clock, over real sockets with a timeout. */
  run<T>(p: Promise<T>): Promise<T>;
}

interface Datagram {
  data: Uint8Array;
  from: RemoteInfo;
}

function nextMessages(socket: UdpSocket, n: number): Promise<Datagram[]> {
  const got: Datagram[] = [];
  return new Promise((resolve) => {
    const off = socket.onMessage((data, from) => {
      got.push({ data: Uint8Array.from(data), from });
      if (got.length === n) {
        off();
        resolve(got);
      }
    });
  });
}

async function codeOf(p: Promise<unknown> | (() => unknown)): Promise<string | undefined> {
  try {
    await (typeof p === 'function' ? p() : p);
    return undefined;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code;
  }
}

const LOOPBACK = '127.0.0.1';

export function describeUdpCompliance(name: string, setup: () => ComplianceHarness): void {
  describe(`UdpSocket contract: ${name}`, () => {
    let h: ComplianceHarness;
    const opened: UdpSocket[] = [];
    const bind = async (options?: BindOptions) => {
      const s = await h.stack.bind(options);
      opened.push(s);
      return s;
    };

    beforeEach(() => {
      h = setup();
    });
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((s) => s.close()));
    });

    it('binds an ephemeral port on the requested address, or the wildcard by default', async () => {
      const s = await bind({ address: LOOPBACK });
      expect(s.address()).toEqual({ address: LOOPBACK, port: expect.any(Number), family: 'IPv4' });
      expect(s.address().port).toBeGreaterThan(1023);
      expect((await bind()).address().address).toBe('0.0.0.0');
      expect(s.closed).toBe(false);
    });

    it('delivers a datagram with the sender’s address and port', async () => {
      const a = await bind({ address: LOOPBACK });
      const b = await bind({ address: LOOPBACK });
      const arriving = nextMessages(b, 1);
      await a.send(Buffer.from('hello'), b.address().port, LOOPBACK);
      const [m] = await h.run(arriving);
      expect(Buffer.from(m!.data).toString()).toBe('hello');
      expect(m!.from).toEqual({ address: LOOPBACK, port: a.address().port, family: 'IPv4' });
    });

    it('delivers empty and maximum-size datagrams; rejects larger ones with EMSGSIZE', async () => {
      const a = await bind({ address: LOOPBACK });
      const b = await bind({ address: LOOPBACK });
      const arriving = nextMessages(b, 2);
      await a.send(new Uint8Array(0), b.address().port, LOOPBACK);
      await a.send(new Uint8Array(65_507).fill(7), b.address().port, LOOPBACK);
      const got = await h.run(arriving);
      expect(got.map((m) => m.data.byteLength)).toEqual([0, 65_507]);
      expect(await codeOf(a.send(new Uint8Array(65_508), b.address().port, LOOPBACK))).toBe('EMSGSIZE');
    });

    it('keeps datagrams in order on loopback, unaffected by later changes to the sent buffer', async () => {
      const a = await bind({ address: LOOPBACK });
      const b = await bind({ address: LOOPBACK });
      const arriving = nextMessages(b, 20);
      const buf = new Uint8Array(1);
      for (let i = 0; i < 20; i++) {
        buf[0] = i;
        await a.send(buf, b.address().port, LOOPBACK);
      }
      buf[0] = 255;
      const got = await h.run(arriving);
      expect(got.map((m) => m.data[0])).toEqual(Array.from({ length: 20 }, (_, i) => i));
    });

    it('gives each datagram to every handler; a removed handler sees nothing more', async () => {
      const a = await bind({ address: LOOPBACK });
      const b = await bind({ address: LOOPBACK });
      const removed: number[] = [];
      const off = b.onMessage((d) => removed.push(d.byteLength));
      const first = nextMessages(b, 1);
      await a.send(new Uint8Array(1), b.address().port, LOOPBACK);
      await h.run(first);
      off();
      const second = nextMessages(b, 1);
      await a.send(new Uint8Array(2), b.address().port, LOOPBACK);
      await h.run(second);
      expect(removed).toEqual([1]);
    });

    it('rejects binding a taken port with EADDRINUSE, wildcard and specific alike', async () => {
      const s = await bind({ address: LOOPBACK });
      const port = s.address().port;
      expect(await codeOf(h.stack.bind({ address: LOOPBACK, port }))).toBe('EADDRINUSE');
      expect(await codeOf(h.stack.bind({ port }))).toBe('EADDRINUSE');
      const w = await bind();
      expect(await codeOf(h.stack.bind({ address: LOOPBACK, port: w.address().port }))).toBe('EADDRINUSE');
    });

    it('close(): idempotent, sends reject, address() throws, the port is free again', async () => {
      const s = await h.stack.bind({ address: LOOPBACK });
      const port = s.address().port;
      await s.close();
      await s.close();
      expect(s.closed).toBe(true);
      expect(await codeOf(s.send(new Uint8Array(1), port, LOOPBACK))).toBe('ERR_SOCKET_DGRAM_NOT_RUNNING');
      expect(await codeOf(() => s.address())).toBe('ERR_SOCKET_DGRAM_NOT_RUNNING');
      const again = await bind({ address: LOOPBACK, port });
      expect(again.address().port).toBe(port);
    });

    it('sendAndForget(): delivers like send(); a closed socket or a bad port neither throws nor rejects', async () => {
      const a = await bind({ address: LOOPBACK });
      const b = await bind({ address: LOOPBACK });
      const arriving = nextMessages(b, 1);
      a.sendAndForget(Buffer.from('hi'), b.address().port, LOOPBACK);
      const [m] = await h.run(arriving);
      expect(Buffer.from(m!.data).toString()).toBe('hi');
      expect(m!.from).toEqual({ address: LOOPBACK, port: a.address().port, family: 'IPv4' });
      a.sendAndForget(new Uint8Array(1), 0, LOOPBACK);
      a.sendAndForget(new Uint8Array(65_508), b.address().port, LOOPBACK);
      await a.close();
      a.sendAndForget(new Uint8Array(1), b.address().port, LOOPBACK);
      // Give a stray rejection time to surface: vitest fails the run on an unhandled one.
      await new Promise((r) => setTimeout(r, 20));
    });

    it('sendPartsAndForget(): the parts arrive joined as one datagram, in order with other sends', async () => {
      const a = await bind({ address: LOOPBACK });
      const b = await bind({ address: LOOPBACK });
      const got = nextMessages(b, 3);
      const port = b.address().port;
      a.sendAndForget(Buffer.from('one'), port, LOOPBACK);
      a.sendPartsAndForget!([Buffer.from('t'), new Uint8Array(0), Buffer.from('w'), Buffer.from('o')], port, LOOPBACK);
      a.sendAndForget(Buffer.from('three'), port, LOOPBACK);
      expect((await h.run(got)).map((d) => Buffer.from(d.data).toString())).toEqual(['one', 'two', 'three']);
      await a.close();
      a.sendPartsAndForget!([Buffer.from('late')], port, LOOPBACK);
      await new Promise((r) => setTimeout(r, 20));
    });

    it('validates TTL and destination port', async () => {
      const s = await bind({ address: LOOPBACK });
      s.setTTL(1);
      s.setTTL(255);
      expect(await codeOf(() => s.setTTL(0))).toBe('EINVAL');
      expect(await codeOf(() => s.setTTL(256))).toBe('EINVAL');
      expect(await codeOf(s.send(new Uint8Array(1), 0, LOOPBACK))).toBe('ERR_SOCKET_BAD_PORT');
    });

    it('sends one datagram with a TTL of its own, in order with the sends around it; rejects a bad one with EINVAL', async () => {
      const a = await bind({ address: LOOPBACK });
      const b = await bind({ address: LOOPBACK });
      const got = nextMessages(b, 4);
      const port = b.address().port;
      void a.send(Buffer.from('one'), port, LOOPBACK);
      const low = a.send(Buffer.from('low'), port, LOOPBACK, { ttl: 2 });
      a.sendAndForget(Buffer.from('two'), port, LOOPBACK);
      void a.send(Buffer.from('three'), port, LOOPBACK);
      await h.run(low);
      expect((await h.run(got)).map((d) => Buffer.from(d.data).toString())).toEqual(['one', 'low', 'two', 'three']);
      expect(await codeOf(a.send(new Uint8Array(1), port, LOOPBACK, { ttl: 0 }))).toBe('EINVAL');
      // The socket's own TTL is untouched: setTTL still governs later sends.
      a.setTTL(64);
    });

    it('answers routing questions', async () => {
      expect(await h.stack.sourceAddressFor(LOOPBACK)).toBe(LOOPBACK);
      for (const a of h.stack.interfaceAddresses()) {
        expect(a).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
        expect(a.startsWith('127.')).toBe(false);
      }
      for (const a of h.stack.interfaceAddresses('IPv6')) {
        expect(a).toContain(':');
        expect(a === '::1' || /^fe[89ab]/i.test(a)).toBe(false);
      }
    });
  });
}
