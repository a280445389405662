import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runNatter } from '../../../test/support/cli.js';

const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

describe('the natter binary', () => {
  it('--help lists the commands and the global options', async () => {
    const r = await runNatter(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/natter paths/);
    expect(r.stdout).toMatch(/natter nat/);
    expect(r.stdout).toMatch(/natter stun-server/);
    for (const opt of ['--home', '--json', '--quiet', '--version']) expect(r.stdout).toContain(opt);
    expect(r.stdout).toContain('NO_COLOR');
  });

  it('--version prints the package version', async () => {
    const r = await runNatter(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it('an unknown command is a usage error with exit code 1 and the code USAGE', async () => {
    const r = await runNatter(['frobnicate']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\(USAGE\)/);
  });

  it('--home and NATTER_HOME choose where config and data live', async () => {
    const a = await runNatter(['paths', '--json', '--home', '/tmp/natter-a']);
    expect(JSON.parse(a.stdout)).toEqual({ config: '/tmp/natter-a/config', data: '/tmp/natter-a/data', source: 'option' });
    const b = await runNatter(['paths', '--json'], { env: { NATTER_HOME: '/tmp/natter-b' } });
    expect(JSON.parse(b.stdout).data).toBe('/tmp/natter-b/data');
  });

  it('no colour codes when NO_COLOR is set or output is piped', async () => {
    const r = await runNatter(['paths']);
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });
});
