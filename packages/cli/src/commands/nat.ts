import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { classifyNat, StunError, type NatName, type NatReport, type StunTarget } from '@natter/stun';
import { nodeUdpStack, systemClock } from '@natter/io';
import type { CommandContext } from '../context.js';
import type { Output } from '../output.js';
import { CliError, EXIT } from '../errors.js';
import { VERSION } from '../version.js';
import { Spinner } from '../spinner.js';

/** Exit code when UDP does not work at all. */
export const EXIT_UDP_BLOCKED = 2;

export const CLASSIC: Record<NatName, string> = {
  open: 'Open Internet',
  'full-cone': 'Full Cone',
  'restricted-cone': 'Restricted Cone',
  'port-restricted-cone': 'Port Restricted Cone',
  symmetric: 'Symmetric',
  'symmetric-udp-firewall': 'Symmetric UDP Firewall',
  blocked: 'UDP Blocked',
  unknown: 'Unknown',
};

/** What the NAT type means for a natter user, in one or two sentences. */
const MEANING: Record<NatName, string> = {
  open: 'No NAT and no filter: buddies can reach you directly, even first.',
  'full-cone': 'Anyone can reach your public port once you have used it: direct chats work with every buddy.',
  'restricted-cone': 'Only addresses you have sent to can reach you: direct chats work with every buddy, symmetric NATs included.',
  'port-restricted-cone':
    'Only the exact address and port you sent to can reach you: direct with every cone NAT; with a symmetric NAT only by birthday probing, otherwise through the relay.',
  symmetric:
    'Your public port changes with every destination: direct with open, full-cone and restricted-cone buddies; port-restricted buddies need birthday probing; another symmetric NAT means the relay.',
  'symmetric-udp-firewall':
    'A public address behind a firewall that only lets answers in: direct with cone NATs; symmetric NATs need the relay.',
  blocked: 'UDP does not get out: every chat goes through the relay on the node (over TCP).',
  unknown: 'Could not be fully measured: natter will try a direct path and fall back to the relay.',
};

const BEHAVIOUR_MEANING = {
  mapping: {
    'endpoint-independent': 'same public port for every destination',
    'address-dependent': 'new public port for each destination IP',
    'address-and-port-dependent': 'new public port for each destination IP and port',
    unknown: 'not measured',
  },
  filtering: {
    'endpoint-independent': 'anyone may send to your public port',
    'address-dependent': 'only IPs you sent to may answer',
    'address-and-port-dependent': 'only the exact IP and port you sent to may answer',
    unknown: 'not measured',
  },
} as const;

/** HOST[:PORT] or [V6]:PORT, resolved to an IPv4 address (an IPv6 one when the name has no IPv4 address). */
export async function resolveServer(spec: string, defaultPort = 3478): Promise<StunTarget> {
  let host = spec;
  let port = defaultPort;
  const v6 = spec.match(/^\[(.+)\](?::(\d+))?$/);
  if (v6) {
    host = v6[1]!;
    if (v6[2]) port = Number(v6[2]);
  } else if (spec.includes(':') && isIP(spec) !== 6) {
    const i = spec.lastIndexOf(':');
    host = spec.slice(0, i);
    port = Number(spec.slice(i + 1));
  }
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new CliError('USAGE', `bad port in --server ${spec}`, EXIT.USAGE);
  if (isIP(host)) return { address: host, port };
  for (const family of [4, 6] as const) {
    try {
      const { address } = await lookup(host, { family });
      return { address, port };
    } catch {
      // the other family, then give up
    }
  }
  throw new CliError('DNS_FAILED', `cannot resolve ${host}: check the name, or pass an IP address`);
}

export async function natCommand(args: { server?: string[]; timeout: number; rto: number; bind?: string }, ctx: CommandContext): Promise<void> {
  const { out } = ctx;
  if (!args.server?.length) {
    throw new CliError('USAGE', 'no STUN server: pass --server HOST[:PORT] (a natter node, or any RFC 5389/5780 server)', EXIT.USAGE);
  }
  if (!(args.timeout > 0) || !(args.rto > 0)) throw new CliError('USAGE', '--timeout and --rto must be positive', EXIT.USAGE);
  const servers = await Promise.all(args.server.map((s) => resolveServer(s)));
  const spinner = new Spinner(out, 'testing NAT');
  let report: NatReport;
  try {
    report = await classifyNat({
      stack: nodeUdpStack,
      clock: systemClock,
      servers,
      timeoutMs: args.timeout,
      rtoMs: args.rto,
      software: `natter/${VERSION}`,
      ...(args.bind ? { bindAddress: args.bind } : {}),
      onProgress: (test, state) => state === 'start' && spinner.update(test),
    });
  } catch (err) {
    if (err instanceof StunError) throw new CliError(err.code, err.message);
    throw err;
  } finally {
    spinner.stop();
  }
  ctx.exitCode = report.udp ? EXIT.OK : EXIT_UDP_BLOCKED;
  if (out.json) return out.data(report);
  printReport(out, report);
}

function printReport(out: Output, r: NatReport): void {
  const yesNo = (v: boolean | null) => (v === null ? out.dim('not measured') : v ? 'yes' : 'no');
  const row = (k: string, v: string, note = '') => out.result(`${k.padEnd(16)}${v}${note ? '  ' + out.dim(note) : ''}`);
  const name = CLASSIC[r.nat];
  const colour = r.nat === 'open' || r.nat === 'full-cone' || r.nat === 'restricted-cone' ? out.green : r.nat === 'blocked' ? out.red : out.yellow;
  row('NAT type', out.bold(colour.call(out, name)), `(${r.nat})`);
  row('UDP', r.udp ? 'works' : out.red('blocked'));
  if (r.udp) {
    row('Mapping', r.mapping, BEHAVIOUR_MEANING.mapping[r.mapping]);
    row('Filtering', r.filtering, BEHAVIOUR_MEANING.filtering[r.filtering]);
    row('Hairpinning', yesNo(r.hairpinning), r.hairpinning === false ? 'two hosts behind this NAT talk over the LAN instead' : '');
    row('Port preserved', yesNo(r.portPreservation));
    if (r.portDelta !== null) row('Port step', String(r.portDelta), 'a sequential symmetric NAT: ports can be predicted');
    if (r.mappingVariesByDestination !== null) row('Varies by server', yesNo(r.mappingVariesByDestination));
    row('Local address', r.localAddress ?? out.dim('unknown'));
    row('Public address', r.mappedAddress ?? out.dim('unknown'));
  }
  row('Server', r.server, r.rfc5780 ? `RFC 5780, other address ${r.otherAddress}` : 'plain STUN (no RFC 5780 tests)');
  row('Took', `${r.durationMs} ms`);
  out.result('');
  out.result(MEANING[r.nat]);
  for (const n of r.notes) out.info(out.dim(`note: ${n}`));
}
