import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    expect(r.stderr).toBe('natter: unknown command "frobnicate" (USAGE)\nRun `natter --help` for usage.\n');
    expect(r.stdout).toBe('');
  });

  it('an unknown option is a usage error on every kind of command, before anything runs', async () => {
    const home = mkdtempSync(join(tmpdir(), 'natter-cli-strict-'));
    try {
      // Each of these used to run as if the option were not there: the node
      // started, nat said --server was missing, admin asked the socket.
      const cases: Array<[string[], string]> = [
        [['server', '--bogus', '1', '--port', '0'], 'unknown option --bogus for natter server'],
        [['nat', '--servr', '127.0.0.1'], 'unknown option --servr for natter nat; did you mean --server?'],
        [['admin', 'users', 'list', '--bogus'], 'unknown option --bogus for natter admin users'],
        [['buddies', 'add', 'bob', '--frob'], 'unknown option --frob for natter buddies'],
        [['send', 'bob', 'hi', '--tiemout', '5'], 'unknown option --tiemout for natter send; did you mean --timeout?'],
        [['whoami', '--server', 'ws://127.0.0.1:1/'], 'unknown option --server for natter whoami'],
      ];
      for (const [args, message] of cases) {
        const r = await runNatter([...args, '--home', home], { timeoutMs: 10_000 });
        expect(r.code, args.join(' ')).toBe(1);
        expect(r.stderr, args.join(' ')).toBe(`natter: ${message} (USAGE)\nRun \`natter ${args[0] === 'admin' ? 'admin users' : args[0]} --help\` for usage.\n`);
        expect(r.stdout, args.join(' ')).toBe('');
      }
      // Nothing ran: no node data, no profile.
      expect(existsSync(join(home, 'data'))).toBe(false);
      expect(existsSync(join(home, 'config'))).toBe(false);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('an unknown command or action says which one was meant when one is close', async () => {
    const cases: Array<[string[], string]> = [
      [['sned', 'bob', 'hi'], 'unknown command "sned"; did you mean send?'],
      [['admin', 'usrs', 'list'], 'unknown command "usrs" for natter admin; did you mean users?'],
      [['admin', 'frob'], 'unknown command "frob" for natter admin (users, online, backup, migrate, notify)'],
      [['buddies', 'acept', 'alice'], 'unknown action "acept" for natter buddies; did you mean accept?'],
    ];
    for (const [args, message] of cases) {
      const r = await runNatter(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr.split('\n')[0], args.join(' ')).toBe(`natter: ${message} (USAGE)`);
    }
  });

  it('with --json the usage error is one JSON document on stdout, nothing on stderr', async () => {
    for (const args of [['nat', '--servr', 'x', '--json'], ['--json', 'frobnicate'], ['admin', '--json', 'usrs']]) {
      const r = await runNatter(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).toBe('');
      const doc = JSON.parse(r.stdout);
      expect(doc.error.code).toBe('USAGE');
      expect(doc.error.message).toMatch(/^unknown (option --servr|command "frobnicate"|command "usrs")/);
    }
    const r = await runNatter(['nat', '--servr', 'x', '--json']);
    expect(JSON.parse(r.stdout)).toEqual({ error: { code: 'USAGE', message: 'unknown option --servr for natter nat; did you mean --server?' } });
  });

  it('COMMAND --help prints that command\'s arguments, options and examples', async () => {
    const r = await runNatter(['send', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^natter send <user> <text> \[options\]\n/);
    for (const s of ['--wait sent|stored|delivered', '--timeout MS', '(default: 15000)', 'Global options:', '--home DIR', 'Examples:']) expect(r.stdout).toContain(s);
    const admin = await runNatter(['admin', 'users', '-h']);
    expect(admin.stdout).toMatch(/^natter admin users <action> \[username\] \[options\]\n/);
    expect(admin.stdout).toContain('--password-stdin');
    expect(admin.stdout).toContain('--data-dir DIR');
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
