// natter stun-server: the STUN server alone (RFC 5389; RFC 5780 with two IPs).
import { isIPv4, isIPv6 } from 'node:net';
import { serveStun, type RunningStunServer } from '@natter/stun';
import { nodeUdpStack, systemClock } from '@natter/io';
import type { CommandContext } from '../context.js';
import { CliError, EXIT } from '../errors.js';
import { VERSION } from '../version.js';

export async function stunServerCommand(
  args: { ip?: string; altIp?: string; ip6?: string; altIp6?: string; port: number; altPort: number; rate: number },
  ctx: CommandContext,
): Promise<void> {
  const { out } = ctx;
  for (const [name, v] of [['--ip', args.ip], ['--alt-ip', args.altIp]] as const) {
    if (v !== undefined && !isIPv4(v)) throw new CliError('USAGE', `${name} must be an IPv4 address, got "${v}"`, EXIT.USAGE);
  }
  for (const [name, v] of [['--ip6', args.ip6], ['--alt-ip6', args.altIp6]] as const) {
    if (v !== undefined && !isIPv6(v)) throw new CliError('USAGE', `${name} must be an IPv6 address, got "${v}"`, EXIT.USAGE);
  }
  if (args.ip === undefined && args.ip6 === undefined) throw new CliError('USAGE', 'give the address to listen on: --ip (IPv4), --ip6 (IPv6), or both', EXIT.USAGE);
  if (args.altIp !== undefined && args.altIp === args.ip) throw new CliError('USAGE', '--alt-ip must differ from --ip', EXIT.USAGE);
  if (args.altIp !== undefined && args.ip === undefined) throw new CliError('USAGE', '--alt-ip goes with --ip', EXIT.USAGE);
  if (args.altIp6 !== undefined && (args.ip6 === undefined || args.altIp6 === args.ip6)) throw new CliError('USAGE', '--alt-ip6 goes with a different --ip6', EXIT.USAGE);
  // One server per family, each on its own sockets (RFC 5780 needs both addresses of one family).
  const families = [
    ...(args.ip !== undefined ? [{ ip: args.ip, altIp: args.altIp }] : []),
    ...(args.ip6 !== undefined ? [{ ip: args.ip6, altIp: args.altIp6 }] : []),
  ];
  const servers: RunningStunServer[] = [];
  try {
    for (const f of families) {
      servers.push(
        await serveStun({
          stack: nodeUdpStack,
          clock: systemClock,
          ip: f.ip,
          altIp: f.altIp,
          port: args.port,
          altPort: args.altPort,
          software: `natter/${VERSION}`,
          rateLimit: { perSecond: args.rate, burst: args.rate * 2 },
        }),
      );
    }
  } catch (err) {
    await Promise.all(servers.map((s) => s.close()));
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE') throw new CliError('ADDR_IN_USE', `a port is already in use (${e.message}); pick others with --port/--alt-port`);
    if (e.code === 'EADDRNOTAVAIL') throw new CliError('ADDR_NOT_AVAILABLE', `${e.message}: the address is not on this host`);
    throw err;
  }
  const running = { addresses: servers.flatMap((s) => s.addresses), stats: () => servers.map((s) => s.server.stats) };
  const full = families.every((f) => f.altIp !== undefined);
  const mode = full ? 'RFC 5780 (two IPs, two ports)' : families.some((f) => f.altIp) ? 'RFC 5780 where a second address is given, else RFC 5389' : 'RFC 5389 (one IP: CHANGE-REQUEST answered with 420)';
  if (out.json) out.data({ listening: running.addresses, mode: full ? 'rfc5780' : 'rfc5389' });
  else {
    out.result(`STUN server listening on ${running.addresses.join(', ')}`);
    out.info(`mode: ${mode}`);
    out.info(`try: natter nat --server ${families.map((f) => (isIPv6(f.ip) ? `[${f.ip}]` : f.ip) + `:${args.port}`).join(' or ')}`);
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await Promise.all(servers.map((s) => s.close()));
  if (!out.json) out.info(`stopped; ${JSON.stringify(running.stats())}`);
}
