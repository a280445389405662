// Helpers shared by the netsim tests: a recording socket, the classic
// RFC 5780 server layout (two addresses x two ports), and a NAT world.
import type { RemoteInfo, UdpSocket } from '@natter/io';
import { buildTopology, type Host, type NatConfig, type NatPresetName, type Topology } from '@natter/netsim';

export const S1 = '203.0.113.1';
export const S2 = '203.0.113.2';
export const P1 = 3478;
export const P2 = 3479;

export interface Arrival {
  text: string;
  from: RemoteInfo;
  at: number;
}

export interface Recorder {
  socket: UdpSocket;
  received: Arrival[];
  /** "ip:port" of every sender, in arrival order. */
  senders(): string[];
}

/** Binds and records every datagram with its virtual arrival time. */
export async function record(host: Host, address: string, port: number, now: () => number): Promise<Recorder> {
  const socket = await host.udp.bind({ address, port });
  const received: Arrival[] = [];
  socket.onMessage((data, from) => received.push({ text: Buffer.from(data).toString(), from, at: now() }));
  return { socket, received, senders: () => received.map((r) => `${r.from.address}:${r.from.port}`) };
}

export function text(s: string): Uint8Array {
  return Buffer.from(s);
}

export interface NatWorld extends Topology {
  /** Recorders on S1:P1, S1:P2, S2:P1, S2:P2, keyed "S1:P1" etc. */
  servers: Record<string, Recorder>;
  inside: Host;
}

/** A server with two addresses listening on two ports each, and one site 'a' behind `nat`. */
export async function natWorld(nat: NatConfig | NatPresetName, seed = 7, hosts = 1): Promise<NatWorld> {
  const topo = buildTopology({ seed, server: { ips: [S1, S2] }, sites: [{ name: 'a', nat, hosts }] });
  const servers: Record<string, Recorder> = {};
  for (const [ipName, ip] of [['S1', S1], ['S2', S2]] as const) {
    for (const [portName, port] of [['P1', P1], ['P2', P2]] as const) {
      servers[`${ipName}:${portName}`] = await record(topo.server, ip, port, () => topo.clock.now());
    }
  }
  const inside = hosts === 1 ? topo.hosts['a']! : topo.hosts['a1']!;
  return Object.assign(topo, { servers, inside });
}

export const TARGETS = {
  'S1:P1': [S1, P1],
  'S1:P2': [S1, P2],
  'S2:P1': [S2, P1],
  'S2:P2': [S2, P2],
} as const;
export type Target = keyof typeof TARGETS;
