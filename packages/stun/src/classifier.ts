// NAT behaviour discovery (RFC 5780 §4) with the classic RFC 3489 name.
// Every test uses its own fresh local port and all tests after the first
// run at once with short retransmission, so a run takes about one timeout
// instead of the 6-16 s of serial classic tools. No I/O of its own: the
// caller passes a UdpStack and a Clock.
import { isIP } from 'node:net';
import type { Clock, TimerHandle, UdpSocket, UdpStack } from '@natter/io';
import { CHANGE_IP, CHANGE_PORT, Method, MessageClass } from './constants.js';
import type { TransportAddress } from './attributes.js';
import { bindingRequest, type BindingResult, type StunTarget } from './client.js';
import { decodeStun, encodeStun, looksLikeStun, newTransactionId } from './message.js';
import { StunError } from './errors.js';

export type Behaviour = 'endpoint-independent' | 'address-dependent' | 'address-and-port-dependent' | 'unknown';

export type NatName =
  | 'open'
  | 'full-cone'
  | 'restricted-cone'
  | 'port-restricted-cone'
  | 'symmetric'
  | 'symmetric-udp-firewall'
  | 'blocked'
  | 'unknown';

export interface TestRecord {
  name: string;
  /** "ip:port" the request went to. */
  target: string;
  change?: string;
  outcome: 'answered' | 'no-answer' | 'error' | 'skipped';
  mapped?: string;
  rttMs?: number;
  detail?: string;
}

export interface NatReport {
  udp: boolean;
  nat: NatName;
  mapping: Behaviour;
  filtering: Behaviour;
  /** null when not measured (no NAT, or no answer). */
  hairpinning: boolean | null;
  portPreservation: boolean | null;
  /** Step between consecutive mapped ports of a symmetric NAT, when regular. */
  portDelta: number | null;
  /** With several plain servers: whether the mapped address differs by server. */
  mappingVariesByDestination: boolean | null;
  localAddress: string | null;
  mappedAddress: string | null;
  server: string;
  otherAddress: string | null;
  /** Whether the server could run the RFC 5780 tests (OTHER-ADDRESS, CHANGE-REQUEST). */
  rfc5780: boolean;
  durationMs: number;
  tests: TestRecord[];
  notes: string[];
}

export interface ClassifyOptions {
  stack: UdpStack;
  clock: Clock;
  /** One RFC 5780 server, or several plain RFC 5389 servers (IP addresses). */
  servers: StunTarget[];
  /** How long a test waits for an answer before counting it as none. */
  timeoutMs?: number;
  /** Retransmission interval (RFC 5780 tests here use 100-200 ms). */
  rtoMs?: number;
  /** Local address to bind the test sockets to (default: wildcard). */
  bindAddress?: string;
  software?: string;
  onProgress?: (test: string, state: 'start' | 'done') => void;
}

const fmt = (a: { address: string; port: number }) => (a.address.includes(':') ? `[${a.address}]:${a.port}` : `${a.address}:${a.port}`);
const same = (a: TransportAddress | undefined, b: TransportAddress | undefined) =>
  Boolean(a && b && a.address === b.address && a.port === b.port);

export async function classifyNat(options: ClassifyOptions): Promise<NatReport> {
  const { stack, clock } = options;
  if (options.servers.length === 0) throw new StunError('STUN_NO_SERVER', 'no STUN server given');
  // Only the first test waits this long (is there UDP at all?): 8 tries at
  // 100 ms covers paths up to ~400 ms RTT; slower links pass --timeout.
  const timeoutMs = options.timeoutMs ?? 800;
  const rtoMs = options.rtoMs ?? 100;
  const started = clock.now();
  const primary = options.servers[0]!;
  const tests: TestRecord[] = [];
  const notes: string[] = [];
  const sockets: UdpSocket[] = [];
  // Over IPv6 when the server is an IPv6 address: the same tests, on IPv6
  // sockets (usually no NAT there, and the filtering of a stateful firewall).
  const family = isIP(primary.address) === 6 ? 'IPv6' : 'IPv4';
  const fresh = async () => {
    const s = await stack.bind(options.bindAddress ? { address: options.bindAddress } : { family });
    sockets.push(s);
    return s;
  };

  // What the answered tests tell about the path, for deciding when an
  // unanswered test has had its fair chance (see giveUp below).
  const path = { rttMs: 0, answers: 0, sends: 0 };
  const decided = (elapsedMs: number, transmissions: number, intervalMs: number) => {
    const loss = path.sends ? Math.min(0.9, 1 - path.answers / path.sends) : 0;
    // Enough tries that a lost answer explains the silence with < 0.5 %
    // probability, at least 3; and two RTTs after the last one for its
    // answer to come back. Checked at each retransmission tick.
    const tries = loss > 0 ? Math.max(3, Math.ceil(Math.log(0.005) / Math.log(loss))) : 3;
    return transmissions >= tries && elapsedMs >= (tries - 1) * intervalMs + 2 * path.rttMs;
  };
  const giveUp = (elapsedMs: number, transmissions: number) => decided(elapsedMs, transmissions, rtoMs);

  const run = async (socket: UdpSocket, name: string, target: StunTarget, change = 0, adaptive = true): Promise<BindingResult | undefined> => {
    const record: TestRecord = { name, target: fmt(target), outcome: 'no-answer' };
    if (change) record.change = [change & CHANGE_IP ? 'ip' : '', change & CHANGE_PORT ? 'port' : ''].filter(Boolean).join('+');
    tests.push(record);
    options.onProgress?.(name, 'start');
    try {
      const r = await bindingRequest(socket, target, { clock, change, rtoMs, timeoutMs, software: options.software, ...(adaptive && { giveUp }) });
      path.answers++;
      path.sends += r.transmissions;
      path.rttMs = Math.max(path.rttMs, r.rttMs / r.transmissions);
      record.outcome = 'answered';
      record.mapped = fmt(r.mapped);
      record.rttMs = Math.round(r.rttMs);
      return r;
    } catch (err) {
      if (err instanceof StunError && err.code === 'STUN_TIMEOUT') return undefined;
      record.outcome = 'error';
      record.detail = (err as Error).message;
      throw err;
    } finally {
      options.onProgress?.(name, 'done');
    }
  };
  const tryRun = (socket: UdpSocket, name: string, target: StunTarget, change = 0, adaptive = true) =>
    run(socket, name, target, change, adaptive).then(
      (r) => ({ r, error: undefined as unknown }),
      (error: unknown) => ({ r: undefined, error }),
    );

  try {
    const a = await fresh();
    const localIp = await stack.sourceAddressFor(primary.address).catch(() => undefined);
    const local = localIp ? { address: localIp, port: a.address().port } : undefined;

    // Test I (RFC 5780 §4.3) to every server at once from the same socket.
    // Nothing is known about the path yet: these wait the full timeout.
    const firsts = await Promise.all(options.servers.map((s, i) => tryRun(a, i === 0 ? 'binding' : `binding-server-${i + 1}`, s, 0, false)));
    const first = firsts[0]!;
    const report: NatReport = {
      udp: false,
      nat: 'unknown',
      mapping: 'unknown',
      filtering: 'unknown',
      hairpinning: null,
      portPreservation: null,
      portDelta: null,
      mappingVariesByDestination: null,
      localAddress: local ? fmt(local) : null,
      mappedAddress: null,
      server: fmt(primary),
      otherAddress: null,
      rfc5780: false,
      durationMs: 0,
      tests,
      notes,
    };
    const m1 = first.r?.mapped ?? firsts.find((f) => f.r)?.r?.mapped;
    if (!m1) {
      if (first.error) throw first.error;
      report.nat = 'blocked';
      notes.push('no STUN answer: UDP is blocked on this network, or the server is down');
      return finish(report);
    }
    report.udp = true;
    report.mappedAddress = fmt(m1);
    const noNat = (local !== undefined && same(m1, { family: m1.family, ...local })) || stack.interfaceAddresses(family).includes(m1.address);
    if (!noNat) report.portPreservation = m1.port === a.address().port;

    // Plain RFC 5389 servers: compare what each saw.
    const others = firsts.slice(1).filter((f) => f.r).map((f) => f.r!.mapped);
    if (others.length) report.mappingVariesByDestination = others.some((m) => !same(m, m1));

    const other = first.r?.otherAddress;
    const rfc5780 = Boolean(other && other.address !== primary.address && other.port !== primary.port);
    report.rfc5780 = rfc5780;
    if (other) report.otherAddress = fmt(other);
    if (!rfc5780) notes.push('the server does not offer RFC 5780 (no OTHER-ADDRESS): filtering and mapping details cannot be measured');

    // Phase 2, all at once. Mapping tests first on the wire so a sequential
    // NAT's port step shows between consecutive allocations.
    const phase: Array<Promise<unknown>> = [];
    let m2: BindingResult | undefined;
    let m3: BindingResult | undefined;
    let mappingError = false;
    let eif: boolean | undefined;
    let adf: boolean | undefined;
    if (rfc5780 && other) {
      phase.push(
        (async () => {
          // §4.3 Test II then III, from the same socket: same IP as before
          // on a new address, then the alternate address and port.
          const [r2, r3] = await Promise.all([
            tryRun(a, 'mapping-alt-ip', { address: other.address, port: primary.port }),
            tryRun(a, 'mapping-alt-ip-port', { address: other.address, port: other.port }),
          ]);
          m2 = r2.r;
          m3 = r3.r;
          mappingError = Boolean(r2.error || r3.error);
        })(),
      );
      const [b, c] = await Promise.all([fresh(), fresh()]);
      // §4.4: fresh sockets, so nothing we sent earlier has opened a filter.
      phase.push(tryRun(b, 'filtering-change-ip-port', primary, CHANGE_IP | CHANGE_PORT).then(({ r, error }) => (eif = error ? undefined : Boolean(r))));
      phase.push(tryRun(c, 'filtering-change-port', primary, CHANGE_PORT).then(({ r, error }) => (adf = error ? undefined : Boolean(r))));
    }
    // A hairpinned packet turns around in our own NAT and never reaches the
    // server, so it can be retried faster than the server tests without
    // loading anyone; the same loss-aware rule decides when to stop.
    const hairpinRto = Math.max(20, rtoMs / 4);
    const hairpinGiveUp = (elapsedMs: number, transmissions: number) => decided(elapsedMs, transmissions, hairpinRto);
    if (!noNat) phase.push(hairpin(a, m1, clock, hairpinRto, timeoutMs, hairpinGiveUp, tests).then((h) => (report.hairpinning = h)));
    await Promise.all(phase);

    if (rfc5780) {
      if (noNat) report.mapping = 'endpoint-independent';
      else if (m2 && same(m2.mapped, m1)) report.mapping = 'endpoint-independent';
      else if (m2 && m3) {
        const addressOnly = same(m3.mapped, m2.mapped);
        report.mapping = addressOnly ? 'address-dependent' : 'address-and-port-dependent';
        const d1 = m2.mapped.port - m1.port;
        const d2 = m3.mapped.port - m2.mapped.port;
        // A regular step is worth predicting; a random allocator is not. An
        // address-dependent NAT makes only one new mapping here (m3 reuses
        // m2), so one small step is the evidence: a random allocator lands
        // within 16 ports of the last one about once in 2000 runs.
        const small = (d: number) => d !== 0 && Math.abs(d) <= 16;
        if (addressOnly ? small(d1) : d1 === d2 && small(d1)) report.portDelta = d1;
      } else notes.push(mappingError ? 'the mapping tests failed' : "the server's alternate address did not answer: mapping not measured");

      if (eif === true) report.filtering = 'endpoint-independent';
      else if (eif === false && adf !== undefined) report.filtering = adf ? 'address-dependent' : 'address-and-port-dependent';
      else notes.push('the server refused CHANGE-REQUEST: filtering not measured');
    } else if (noNat) {
      report.mapping = 'endpoint-independent';
    } else if (report.mappingVariesByDestination === false) {
      report.mapping = 'endpoint-independent';
    }

    report.nat = classicName(report, noNat);
    return finish(report);
  } finally {
    await Promise.all(sockets.map((s) => s.close()));
  }

  function finish(report: NatReport): NatReport {
    report.durationMs = Math.round(clock.now() - started);
    return report;
  }
}

/** The RFC 3489 name for measured RFC 4787 behaviours. */
export function classicName(r: Pick<NatReport, 'udp' | 'mapping' | 'filtering' | 'mappingVariesByDestination'>, noNat: boolean): NatName {
  if (!r.udp) return 'blocked';
  if (noNat) {
    if (r.filtering === 'endpoint-independent') return 'open';
    if (r.filtering === 'unknown') return 'unknown';
    return 'symmetric-udp-firewall';
  }
  if (r.mapping === 'address-dependent' || r.mapping === 'address-and-port-dependent' || r.mappingVariesByDestination) return 'symmetric';
  if (r.mapping === 'endpoint-independent') {
    switch (r.filtering) {
      case 'endpoint-independent':
        return 'full-cone';
      case 'address-dependent':
        return 'restricted-cone';
      case 'address-and-port-dependent':
        return 'port-restricted-cone';
      default:
        return 'unknown';
    }
  }
  return 'unknown';
}

/**
 * RFC 5780 §4.5: send a Binding request to our own mapped address from the
 * socket that owns it; if it comes back to us, the NAT hairpins.
 */
function hairpin(
  socket: UdpSocket,
  mapped: TransportAddress,
  clock: Clock,
  rtoMs: number,
  timeoutMs: number,
  giveUp: (elapsedMs: number, transmissions: number) => boolean,
  tests: TestRecord[],
): Promise<boolean> {
  const record: TestRecord = { name: 'hairpinning', target: fmt(mapped), outcome: 'no-answer' };
  tests.push(record);
  const tid = newTransactionId();
  const bytes = encodeStun({ method: Method.Binding, cls: MessageClass.Request, transactionId: tid, fingerprint: true });
  return new Promise((resolve) => {
    let timer: TimerHandle | undefined;
    const off = socket.onMessage((data) => {
      if (!looksLikeStun(data)) return;
      try {
        const msg = decodeStun(data);
        if (msg.cls === MessageClass.Request && Buffer.from(msg.transactionId).equals(tid)) done(true);
      } catch {
        /* not ours */
      }
    });
    const started = clock.now();
    let sent = 0;
    const deadline = clock.setTimeout(() => done(false), timeoutMs);
    const send = () => {
      if (sent > 0 && giveUp(clock.now() - started, sent)) return done(false);
      sent++;
      socket.send(bytes, mapped.port, mapped.address).catch(() => {});
      timer = clock.setTimeout(send, rtoMs);
    };
    function done(v: boolean) {
      off();
      clock.clearTimeout(deadline);
      if (timer) clock.clearTimeout(timer);
      if (v) record.outcome = 'answered';
      resolve(v);
    }
    send();
  });
}
