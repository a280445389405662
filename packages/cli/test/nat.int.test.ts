import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { nodeUdpStack } from '@natter/io';
import { NATTER_BIN, runNatter } from '../../../test/support/cli.js';

let server: ChildProcess;
let port = 0;

beforeAll(async () => {
  // A free port pair: bind ephemeral, release, hand the number to the server.
  const probe = await nodeUdpStack.bind({ address: '127.0.0.1' });
  port = probe.address().port;
  await probe.close();
  server = spawn(process.execPath, [NATTER_BIN, 'stun-server', '--ip', '127.0.0.1', '--alt-ip', '127.0.0.2', '--port', String(port), '--alt-port', String(port + 1), '--json'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    let buf = '';
    server.stdout!.on('data', (c) => {
      buf += c;
      if (buf.includes('\n')) resolve(buf);
    });
    server.on('exit', (code) => reject(new Error(`stun-server exited ${code}`)));
  });
  expect(JSON.parse(line)).toEqual({ listening: [`127.0.0.1:${port}`, `127.0.0.1:${port + 1}`, `127.0.0.2:${port}`, `127.0.0.2:${port + 1}`], mode: 'rfc5780' });
});

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
});

describe('natter nat', () => {
  it('--json prints one object with the documented fields and exits 0', async () => {
    const r = await runNatter(['nat', '--server', `127.0.0.1:${port}`, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    for (const k of ['udp', 'nat', 'mapping', 'filtering', 'hairpinning', 'portPreservation', 'localAddress', 'mappedAddress', 'server', 'durationMs']) {
      expect(j).toHaveProperty(k);
    }
    expect(j).toMatchObject({ udp: true, nat: 'open', mapping: 'endpoint-independent', filtering: 'endpoint-independent', server: `127.0.0.1:${port}` });
  });

  it('human output names the classic type and what it means, with no spinner when piped', async () => {
    const r = await runNatter(['nat', '--server', `127.0.0.1:${port}`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/NAT type\s+Open Internet/);
    expect(r.stdout).toMatch(/buddies can reach you directly/);
    expect(r.stderr).toBe('');
  });

  it('exits 2 when nothing answers (UDP blocked)', async () => {
    const silent = await nodeUdpStack.bind({ address: '127.0.0.1' });
    const r = await runNatter(['nat', '--server', `127.0.0.1:${silent.address().port}`, '--timeout', '300', '--json']);
    await silent.close();
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ udp: false, nat: 'blocked' });
  });

  it('exits 1 with USAGE without a server or with a bad port', async () => {
    const none = await runNatter(['nat']);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/--server HOST\[:PORT\].*\(USAGE\)/);
    const bad = await runNatter(['nat', '--server', '127.0.0.1:99999']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad port/);
  });
});

describe('natter stun-server', () => {
  it('refuses a port in use with ADDR_IN_USE', async () => {
    const r = await runNatter(['stun-server', '--ip', '127.0.0.1', '--port', String(port)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\(ADDR_IN_USE\)/);
  });

  it('refuses a non-IPv4 --ip with USAGE', async () => {
    const r = await runNatter(['stun-server', '--ip', 'localhost']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/must be an IPv4 address.*\(USAGE\)/);
  });
});
