// `natter server` and `natter admin` as an operator runs them: real
// processes, a real data directory, signals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NATTER_BIN, runNatter } from '../../../test/support/cli.js';
import { ControlClient } from '../../../test/support/control-client.js';
import { httpGet } from '../../../test/support/node-probes.js';

let home: string;
let node: ChildProcess;
let info: { url: string; http: string; stun: string[]; dataDir: string; adminSocket: string };

function startServer(args: string[]): Promise<{ child: ChildProcess; info: typeof info }> {
  const child = spawn(process.execPath, [NATTER_BIN, 'server', '--json', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  return new Promise((resolve, reject) => {
    let buf = '';
    let err = '';
    child.stdout!.on('data', (c) => {
      buf += c;
      if (buf.includes('\n')) resolve({ child, info: JSON.parse(buf) });
    });
    child.stderr!.on('data', (c) => (err += c));
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${err}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'natter-cli-server-'));
  const cfg = join(home, 'node.json');
  writeFileSync(cfg, JSON.stringify({ host: '127.0.0.1', port: 0, stunPort: 0, logLevel: 'warn' }));
  ({ child: node, info } = await startServer(['--home', home, '--config', cfg]));
});

afterAll(async () => {
  if (node) await stop(node);
  rmSync(home, { recursive: true, force: true });
});

describe('natter server', () => {
  it('starts on a LevelDB under --home and reports where it listens', async () => {
    expect(info.url).toMatch(/^wss:\/\/127\.0\.0\.1:\d+\/$/);
    // Its own key, made on this first start and kept in the data directory.
    expect(info.fingerprint).toMatch(/^sha256:[a-z2-7]{52}$/);
    expect(existsSync(join(home, 'data', 'node', 'node-key.pem'))).toBe(true);
    expect(info.dataDir).toBe(join(home, 'data', 'node'));
    expect(info.stun[0]).toMatch(/^127\.0\.0\.1:\d+$/);
    const health = await httpGet(info.http, '/healthz');
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toMatchObject({ status: 'ok' });
  });

  it('refuses an unknown config key with CONFIG_INVALID', async () => {
    const bad = join(home, 'bad.json');
    writeFileSync(bad, JSON.stringify({ prot: 1 }));
    const r = await runNatter(['server', '--home', home, '--config', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unknown option\(s\) prot.*\(CONFIG_INVALID\)/);
  });

  it('refuses --alt-ip without a specific primary address', async () => {
    const r = await runNatter(['server', '--home', home, '--alt-ip', '127.0.0.2']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--alt-ip needs a specific primary address/);
  });
});

describe('natter admin', () => {
  it('the admin socket is owner-only', () => {
    expect(statSync(info.adminSocket).mode & 0o777).toBe(0o600);
  });

  it('users add / list / passwd / remove, and online', async () => {
    const add = await runNatter(['admin', 'users', 'add', 'Dave', '--password-stdin', '--home', home], { input: 'first-password\n' });
    expect(add.stdout).toMatch(/added dave/);
    const list = await runNatter(['admin', 'users', 'list', '--json', '--home', home]);
    expect(JSON.parse(list.stdout)).toEqual([expect.objectContaining({ username: 'dave', online: false })]);

    const c = await ControlClient.connect(info.url);
    await c.call({ login: { username: 'dave', password: 'first-password' } });
    const online = await runNatter(['admin', 'online', '--json', '--home', home]);
    expect(JSON.parse(online.stdout)).toEqual([expect.objectContaining({ username: 'dave' })]);

    await runNatter(['admin', 'users', 'passwd', 'dave', '--password-stdin', '--home', home], { input: 'second-password\n' });
    const again = await ControlClient.connect(info.url);
    await expect(again.call({ login: { username: 'dave', password: 'first-password' } })).rejects.toMatchObject({ code: 'AUTH_FAILED' });
    await again.call({ login: { username: 'dave', password: 'second-password' } });

    const rm = await runNatter(['admin', 'users', 'remove', 'dave', '--home', home]);
    expect(rm.stdout).toMatch(/removed dave/);
    await again.closed;
    await c.close();
    const none = await runNatter(['admin', 'users', 'list', '--home', home]);
    expect(none.stdout).toMatch(/no users/);
  });

  it('backup writes a copy of the database', async () => {
    const dir = join(home, 'backup');
    const r = await runNatter(['admin', 'backup', dir, '--home', home]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/backed up \d+ records/);
  });

  it('says so when no node runs for that data directory', async () => {
    const r = await runNatter(['admin', 'online', '--home', join(home, 'elsewhere')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\(NODE_NOT_RUNNING\)/);
  });
});

describe('graceful shutdown', () => {
  it('SIGTERM tells clients, then exits 0', async () => {
    const c = await ControlClient.connect(info.url);
    const code = await stop(node);
    expect(code).toBe(0);
    const push = c.pushes.find((f) => f.body === 'error');
    expect(push?.error?.code).toBe('SHUTTING_DOWN');
    expect(await c.closed).toBe(1001);
  });
});
