// Interoperability on loopback, both directions: the classic tools against
// our server, our classifier against theirs. The kernel NAT lab repeats this
// behind real NATs (test/natlab).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { nodeUdpStack, systemClock } from '@natter/io';
import { classifyNat, serveStun, type RunningStunServer } from '@natter/stun';
import { missingTools, runTool, startTool, stopTool, sleep } from '../../../test/support/tools.js';

const skip = missingTools('packages/stun/test/interop.int.test.ts', {
  stun: 'stun-client',
  stund: 'stun-server',
  turnutils_natdiscovery: 'coturn',
});

// Fixed ports: the classic client has no way to be told about others for
// its change tests, and stund derives its second port from the first.
const PORT = 23478;
const ALT_PORT = 23479;

describe.skipIf(skip)('third-party clients against the natter STUN server', () => {
  let server: RunningStunServer;
  beforeAll(async () => {
    server = await serveStun({ stack: nodeUdpStack, clock: systemClock, ip: '127.0.0.1', altIp: '127.0.0.2', port: PORT, altPort: ALT_PORT, software: 'natter' });
  });
  afterAll(() => server?.close());

  it('Vovida `stun` (RFC 3489) classifies loopback as Open', async () => {
    // The classic client always uses port 3478 unless told otherwise; it has
    // no port option for the server, so give it host:port.
    const r = await runTool('stun', [`127.0.0.1:${PORT}`, '-v']);
    expect(r.output).toMatch(/MappedAddress = 127\.0\.0\.1:\d+/);
    expect(r.output).toMatch(/ChangedAddress = 127\.0\.0\.2:23479/);
    expect(r.output).not.toMatch(/problem parsing/);
    expect(r.output).toMatch(/Primary: Open/);
  });

  it('coturn `turnutils_natdiscovery` (RFC 5780) sees independent mapping and filtering', async () => {
    const r = await runTool('turnutils_natdiscovery', ['-m', '-f', '-p', String(PORT), '127.0.0.1']);
    expect(r.output).toMatch(/NAT with Endpoint Independent Mapping!/);
    expect(r.output).toMatch(/NAT with Endpoint Independent Filtering!/);
    expect(r.output).toMatch(/Other addr: : 127\.0\.0\.2:23479/);
  });
});

describe.skipIf(skip)('the natter classifier against `stund`', () => {
  let stund: ChildProcess;
  beforeAll(async () => {
    stund = startTool('stund', ['-h', '127.0.0.3', '-a', '127.0.0.4', '-p', String(PORT), '-o', String(ALT_PORT)]);
    await sleep(300);
  });
  afterAll(() => stopTool(stund));

  it('runs every RFC 3489/5780 test it can and reports Open', async () => {
    const r = await classifyNat({ stack: nodeUdpStack, clock: systemClock, servers: [{ address: '127.0.0.3', port: PORT }], timeoutMs: 800 });
    expect(r).toMatchObject({ udp: true, nat: 'open', filtering: 'endpoint-independent', rfc5780: true, otherAddress: `127.0.0.4:${ALT_PORT}` });
  });
});
