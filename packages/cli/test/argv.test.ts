// The command line against natter's command table: what is taken, what is
// refused (and how the refusal names the mistake), and the help printed
// from the same table.
import { describe, expect, it } from 'vitest';
import { parseCommandLine, everyOption, UsageError } from '../src/argv/parse.js';
import { renderHelp } from '../src/argv/help.js';
import { closest, editDistance } from '../src/argv/suggest.js';
import type { CommandSpec, ProgramSpec } from '../src/argv/spec.js';
import { NATTER } from '../src/commands/table.js';
import type { CommandContext } from '../src/context.js';

const parse = (line: string) => parseCommandLine(NATTER, line.split(' ').filter(Boolean));

function refusal(line: string): UsageError {
  try {
    parse(line);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).code).toBe('USAGE');
    expect((err as UsageError).exitCode).toBe(1);
    return err as UsageError;
  }
  throw new Error(`natter ${line} was accepted`);
}

function run(line: string) {
  const r = parse(line);
  if (r.kind !== 'run') throw new Error(`natter ${line}: ${r.kind}`);
  return { command: r.path.map((c) => c.name).join(' '), args: r.args };
}

describe('suggestions', () => {
  it('edit distance counts a swap of neighbours as one edit', () => {
    expect(editDistance('send', 'send')).toBe(0);
    expect(editDistance('sned', 'send')).toBe(1);
    expect(editDistance('servr', 'server')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests the close name, a unique prefix, and nothing for a stranger', () => {
    expect(closest('servr', ['server', 'timeout', 'home'])).toBe('server');
    expect(closest('sned', ['send', 'chat', 'nat'])).toBe('send');
    expect(closest('pass', ['password-stdin', 'server'])).toBe('password-stdin');
    expect(closest('bogus', ['server', 'home', 'json', 'quiet'])).toBeUndefined();
    expect(closest('x', ['nat', 'rpc'])).toBeUndefined();
  });
});

describe('parseCommandLine: what natter takes', () => {
  it('options by camelCase name, numbers as numbers, defaults filled in, positionals by name', () => {
    expect(run('send bob hi --timeout 500 --wait delivered')).toEqual({
      command: 'send',
      args: { user: 'bob', text: 'hi', timeout: 500, wait: 'delivered', json: false, quiet: false },
    });
    expect(run('server --data-dir /d --port 7000 --registration closed').args).toMatchObject({ dataDir: '/d', port: 7000, registration: 'closed' });
    expect(run('nat --server a --server b:3478').args).toMatchObject({ server: ['a', 'b:3478'], timeout: 800, rto: 100 });
  });

  it('global options anywhere, -q, --no-X for flags, --json=false, `--` before a text that starts with a dash', () => {
    expect(run('--home /h -q paths --json').args).toMatchObject({ home: '/h', quiet: true, json: true });
    expect(run('chat bob --no-classify').args).toMatchObject({ user: 'bob', classify: false });
    expect(run('chat').args).toMatchObject({ classify: true });
    expect(run('paths --json=false').args).toMatchObject({ json: false });
    expect(parseCommandLine(NATTER, ['send', 'bob', '--', '-5 degrees'])).toMatchObject({ kind: 'run', args: { user: 'bob', text: '-5 degrees' } });
  });

  it('camelCase option names still work (--dataDir for --data-dir)', () => {
    expect(run('server --dataDir /d --stunPort=3000').args).toMatchObject({ dataDir: '/d', stunPort: 3000 });
  });

  it('subcommands: natter admin users add dave; buddies defaults to list', () => {
    expect(run('admin users add dave --password-stdin --data-dir /d')).toEqual({
      command: 'admin users',
      args: { action: 'add', username: 'dave', passwordStdin: true, dataDir: '/d', json: false, quiet: false },
    });
    expect(run('buddies').args).toMatchObject({ action: 'list', user: undefined });
  });

  it('--help and --version win over a command line that would be refused', () => {
    expect(parse('--version')).toEqual({ kind: 'version' });
    expect(parse('send --help')).toMatchObject({ kind: 'help', path: [{ name: 'send' }] });
    expect(parse('admin users -h')).toMatchObject({ kind: 'help', path: [{ name: 'admin' }, { name: 'users' }] });
    expect(parse('--help')).toEqual({ kind: 'help', path: [] });
  });
});

describe('parseCommandLine: what natter refuses, and how it says so', () => {
  it('an unknown option on any command, named, with the option meant when one is close', () => {
    expect(refusal('server --bogus 1').message).toBe('unknown option --bogus for natter server');
    expect(refusal('nat --servr x').message).toBe('unknown option --servr for natter nat; did you mean --server?');
    expect(refusal('send bob hi --tiemout 5').message).toBe('unknown option --tiemout for natter send; did you mean --timeout?');
    expect(refusal('admin users list --pasword-stdin').message).toMatch(/^unknown option --pasword-stdin for natter admin users; did you mean --password-stdin\?$/);
    expect(refusal('buddies --frob').message).toBe('unknown option --frob for natter buddies');
    expect(refusal('paths -x').message).toBe('unknown option -x for natter paths');
    // An option of another command is still unknown here.
    expect(refusal('whoami --server ws://x/').message).toBe('unknown option --server for natter whoami');
    expect(refusal('paths --no-home').message).toBe('unknown option --no-home for natter paths');
  });

  it('an unknown command at the top and under admin, with the command meant', () => {
    expect(refusal('frobnicate').message).toBe('unknown command "frobnicate"');
    expect(refusal('sned bob hi').message).toBe('unknown command "sned"; did you mean send?');
    expect(refusal('admin frob').message).toBe('unknown command "frob" for natter admin (users, online, backup, migrate, notify)');
    expect(refusal('admin usrs list').message).toBe('unknown command "usrs" for natter admin; did you mean users?');
    expect(refusal('admin users lst').message).toBe('unknown action "lst" for natter admin users; did you mean list?');
    expect(refusal('buddies ad bob').message).toBe('unknown action "ad" for natter buddies; did you mean add?');
    expect(refusal('buddies frob').message).toBe('unknown action "frob" for natter buddies: list, add, accept, decline, remove, block, unblock');
    expect(refusal('').message).toBe('name a command');
    expect(refusal('admin').message).toBe('natter admin needs a command: users, online, backup, migrate, notify');
  });

  it('values: missing, forgotten (the next option), not a number, not a choice, given to a flag', () => {
    expect(refusal('nat --server').message).toBe('--server needs a value: --server HOST[:PORT]');
    expect(refusal('nat --server --json').message).toMatch(/^--server needs a value, got the option --json/);
    expect(refusal('history bob --limit abc').message).toBe('--limit takes a number, got "abc"');
    expect(refusal('send bob hi --wait deliverd').message).toBe('--wait is one of sent, stored, delivered; got "deliverd": did you mean delivered?');
    expect(refusal('paths --json=yes').message).toMatch(/^--json takes no value/);
    expect(refusal('register alice').message).toMatch(/^natter register needs --server URL/);
  });

  it('arguments: too many, too few', () => {
    expect(refusal('send bob hello world').message).toBe('unexpected argument "world": natter send <user> <text>');
    expect(refusal('send bob').message).toBe('missing <text>: natter send <user> <text>');
    expect(refusal('history').message).toBe('missing <user>: natter history <user>');
    expect(refusal('whoami extra').message).toBe('natter whoami takes no arguments, got "extra"');
  });

  it('points at the help of the command the mistake is in', () => {
    expect(refusal('nat --servr x').helpFor).toBe('natter nat');
    expect(refusal('admin users lst').helpFor).toBe('natter admin users');
    expect(refusal('frobnicate').helpFor).toBe('natter');
  });
});

describe('the command table', () => {
  it('no option name is a flag in one command and takes a value in another (argv is tokenised before the command is known)', () => {
    expect(() => everyOption(NATTER)).not.toThrow();
    const clash: ProgramSpec<unknown> = {
      name: 'x',
      describe: '',
      globalOptions: {},
      commands: [
        { name: 'a', describe: '', options: { wait: { type: 'boolean', describe: '' } } },
        { name: 'b', describe: '', options: { wait: { type: 'string', describe: '' } } },
      ],
    };
    expect(() => everyOption(clash)).toThrow(/--wait is a flag in one command and takes a value in another/);
  });

  it('every command that runs has code to load, and every command has a help that lists its options within 80 columns', () => {
    const visit = (path: Array<CommandSpec<CommandContext>>) => {
      const command = path[path.length - 1]!;
      if (command.subcommands?.length) command.subcommands.forEach((c) => visit([...path, c]));
      else expect(command.load, command.name).toBeTypeOf('function');
      const help = renderHelp(NATTER, path, 80);
      for (const name of Object.keys(command.options ?? {})) expect(help, `${command.name} --${name}`).toMatch(new RegExp(`--(\\[no-\\])?${name}\\b`));
      for (const line of help.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    };
    NATTER.commands.forEach((c) => visit([c]));
  });

  it('the top-level help lists every command and the global options', () => {
    const help = renderHelp(NATTER, [], 80);
    for (const c of NATTER.commands) expect(help).toContain(`natter ${c.name}`);
    for (const opt of ['--home DIR', '--json', '-q, --quiet', '-h, --help', '--version']) expect(help).toContain(opt);
  });
});
