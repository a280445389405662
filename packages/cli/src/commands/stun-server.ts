// natter stun-server: the STUN server alone (RFC 5389; RFC 5780 with two IPs).
import { isIPv4 } from 'node:net';
import { serveStun } from '@natter/stun';
import { nodeUdpStack, systemClock } from '@natter/io';
import type { CommandContext } from '../context.js';
import { CliError, EXIT } from '../errors.js';
import { VERSION } from '../version.js';

export async function stunServerCommand(args: { ip: string; altIp?: string; port: number; altPort: number; rate: number }, ctx: CommandContext): Promise<void> {
  const { out } = ctx;
  for (const [name, v] of [['--ip', args.ip], ['--alt-ip', args.altIp]] as const) {
    if (v !== undefined && !isIPv4(v)) throw new CliError('USAGE', `${name} must be an IPv4 address, got "${v}"`, EXIT.USAGE);
  }
  if (args.altIp === args.ip) throw new CliError('USAGE', '--alt-ip must differ from --ip', EXIT.USAGE);
  let running;
  try {
    running = await serveStun({
      stack: nodeUdpStack,
      clock: systemClock,
      ip: args.ip,
      altIp: args.altIp,
      port: args.port,
      altPort: args.altPort,
      software: `natter/${VERSION}`,
      rateLimit: { perSecond: args.rate, burst: args.rate * 2 },
    });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE') throw new CliError('ADDR_IN_USE', `a port is already in use (${e.message}); pick others with --port/--alt-port`);
    if (e.code === 'EADDRNOTAVAIL') throw new CliError('ADDR_NOT_AVAILABLE', `${e.message}: the address is not on this host`);
    throw err;
  }
  const mode = args.altIp ? 'RFC 5780 (two IPs, two ports)' : 'RFC 5389 (one IP: CHANGE-REQUEST answered with 420)';
  if (out.json) out.data({ listening: running.addresses, mode: args.altIp ? 'rfc5780' : 'rfc5389' });
  else {
    out.result(`STUN server listening on ${running.addresses.join(', ')}`);
    out.info(`mode: ${mode}`);
    out.info(`try: natter nat --server ${args.ip}:${args.port}`);
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await running.close();
  if (!out.json) out.info(`stopped; ${JSON.stringify(running.server.stats)}`);
}
