// The shared UdpSocket contract over real loopback sockets (integration tier).
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
