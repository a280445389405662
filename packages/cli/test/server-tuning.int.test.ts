// The config-file-only tuning keys of `natter server`: scryptN and the relay
// budget (relayBytesPerSecond, relayBurstBytes), as an operator sets them.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NATTER_BIN, runNatter } from '../../../test/support/cli.js';
import { befriend, registerAndLogin } from '../../../test/support/control-client.js';

const home = mkdtempSync(join(tmpdir(), 'natter-cli-tuning-'));
const children: ChildProcess[] = [];

afterAll(async () => {
  await Promise.all(
    children.map(
      (c) =>
        new Promise<void>((resolve) => {
          if (c.exitCode !== null) return resolve();
          c.once('exit', () => resolve());
          c.kill('SIGTERM');
        }),
    ),
  );
  rmSync(home, { recursive: true, force: true });
});

function config(name: string, keys: Record<string, unknown>): string {
  const file = join(home, `${name}.json`);
  writeFileSync(file, JSON.stringify({ host: '127.0.0.1', port: 0, stunPort: 0, logLevel: 'warn', dataDir: join(home, name), ...keys }));
  return file;
}

describe('natter server tuning keys', () => {
  it.each([
    [{ scryptN: 1000 }, /scryptN must be a power of two/],
    [{ scryptN: 512 }, /scryptN must be a power of two/],
    [{ relayBytesPerSecond: 0 }, /relayBytesPerSecond must be a positive/],
    [{ relayBurstBytes: 1.5 }, /relayBurstBytes must be a positive/],
  ])('refuses %j with CONFIG_INVALID', async (keys, message) => {
    const r = await runNatter(['server', '--home', home, '--config', config('bad', keys)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/\(CONFIG_INVALID\)/);
  });

  it('runs with a cheaper scrypt and the relay budget it is given', async () => {
    const child = spawn(process.execPath, [NATTER_BIN, 'server', '--json', '--home', home, '--config', config('tuned', { scryptN: 1024, relayBytesPerSecond: 1000, relayBurstBytes: 2000 })], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    const info = await new Promise<{ url: string }>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (c) => {
        out += c;
        if (out.includes('\n')) resolve(JSON.parse(out));
      });
      child.on('exit', (code) => reject(new Error(`natter server exited ${code}`)));
    });
    const a = await registerAndLogin(info.url, 'tune.a');
    const b = await registerAndLogin(info.url, 'tune.b');
    await befriend(a, 'tune.a', b, 'tune.b');
    // 1900 of the 2000-byte burst go through; 1000 more are over the budget.
    a.client.send({ relay: { peer: 'tune.b', payload: Buffer.alloc(1900, 1) } });
    expect((await b.client.next('relay')).relay!.payload!.length).toBe(1900);
    const refused = await a.client.request({ relay: { peer: 'tune.b', payload: Buffer.alloc(1000, 2) } });
    expect(refused.error?.code).toBe('RELAY_RATE_LIMITED');
    await Promise.all([a.client.close(), b.client.close()]);
  });
});
