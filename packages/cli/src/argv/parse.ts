// argv against the program's spec, strictly: every word must be a known
// command, option or argument, or the command line is a USAGE error that
// names it (and says what was probably meant). Nothing runs before the
// whole line has been checked.
//
// Tokenising is node:util's parseArgs; the checks are here, because its
// own strict mode reports "Unknown option '--servr'" with no suggestion and
// knows nothing of commands.
import { parseArgs } from 'node:util';
import { CliError, EXIT } from '../errors.js';
import { camelCase, kebabCase, nameOf, optionsOf, usageOf, type CommandSpec, type OptionSpec, type ParsedArgs, type ProgramSpec } from './spec.js';
import { closest } from './suggest.js';

/** A command line that is wrong: USAGE, exit 1, and which command's help to point at. */
export class UsageError extends CliError {
  constructor(
    message: string,
    /** `natter send`: where `--help` tells more. */
    readonly helpFor: string,
  ) {
    super('USAGE', message, EXIT.USAGE);
  }
}

export type Invocation<Ctx> =
  | { kind: 'run'; path: Array<CommandSpec<Ctx>>; args: ParsedArgs }
  | { kind: 'help'; path: Array<CommandSpec<Ctx>> }
  | { kind: 'version' };

type Token = ReturnType<typeof parseArgs>['tokens'] extends Array<infer T> | undefined ? T : never;
type OptionToken = Extract<Token, { kind: 'option' }>;

export function parseCommandLine<Ctx>(program: ProgramSpec<Ctx>, argv: readonly string[]): Invocation<Ctx> {
  const all = everyOption(program);
  const { tokens } = parseArgs({
    args: acceptCamelCase(argv, all),
    options: Object.fromEntries(Object.entries(all).map(([name, o]) => [name, { type: o.type === 'boolean' ? 'boolean' : 'string', ...(o.short ? { short: o.short } : {}) }])),
    strict: false,
    allowPositionals: true,
    allowNegative: true,
    tokens: true,
  });
  const terminator = tokens.findIndex((t) => t.kind === 'option-terminator');
  const words = tokens.filter((t): t is Extract<Token, { kind: 'positional' }> => t.kind === 'positional');
  const options = tokens.filter((t): t is OptionToken => t.kind === 'option');
  const given = (name: string) => options.some((t) => t.name === name && !isNegated(t) && t.value !== 'false');

  // The command path: natter admin users ...
  const path: Array<CommandSpec<Ctx>> = [];
  let level = program.commands;
  let used = 0;
  while (level.length && used < words.length && (terminator < 0 || words[used]!.index < terminator)) {
    const word = words[used]!.value;
    const command = level.find((c) => c.name === word);
    if (!command) throw unknownCommand(program, path, word, level);
    path.push(command);
    used++;
    level = command.subcommands ?? [];
  }
  const here = nameOf(program, path);
  if (given('help')) return { kind: 'help', path };
  if (given('version')) return { kind: 'version' };
  if (!path.length || level.length) {
    const names = level.map((c) => c.name);
    const what = path.length ? `${here} needs a command: ${names.join(', ')}` : 'name a command';
    throw new UsageError(what, here);
  }

  const allowed = optionsOf(program, path);
  const args: ParsedArgs = {};
  for (const token of options) readOption(token, allowed, args, here);
  for (const [name, spec] of Object.entries(allowed)) {
    const key = camelCase(name);
    if (args[key] !== undefined) continue;
    if (spec.required) throw new UsageError(`${here} needs --${name}${spec.placeholder ? ` ${spec.placeholder}` : ''}: ${spec.describe}`, here);
    if (spec.default !== undefined) args[key] = spec.default;
  }
  readPositionals(program, path, words.slice(used).map((w) => w.value), args, here);
  return { kind: 'run', path, args };
}

function unknownCommand<Ctx>(program: ProgramSpec<Ctx>, path: Array<CommandSpec<Ctx>>, word: string, level: ReadonlyArray<CommandSpec<Ctx>>): UsageError {
  const here = nameOf(program, path);
  const names = level.map((c) => c.name);
  const guess = closest(word, names);
  const where = path.length ? ` for ${here}` : '';
  // The top level has too many commands to list; `natter --help` follows the error.
  const hint = guess ? `; did you mean ${guess}?` : path.length ? ` (${names.join(', ')})` : '';
  return new UsageError(`unknown command "${word}"${where}${hint}`, here);
}

function isNegated(t: OptionToken): boolean {
  return t.rawName === `--no-${t.name}`;
}

function readOption(token: OptionToken, allowed: Record<string, OptionSpec>, args: ParsedArgs, here: string): void {
  const spec = allowed[token.name];
  const negated = isNegated(token);
  if (!spec || (negated && spec.type !== 'boolean')) {
    const typed = token.rawName.replace(/^-+/, '');
    const guess = token.rawName.startsWith('--') ? closest(typed, Object.keys(allowed)) : undefined;
    throw new UsageError(`unknown option ${token.rawName} for ${here}${guess ? `; did you mean --${guess}?` : ''}`, here);
  }
  const key = camelCase(token.name);
  const flag = `--${token.name}`;
  if (spec.type === 'boolean') {
    // --json=false is how some scripts spell --no-json.
    if (token.inlineValue && token.value !== 'true' && token.value !== 'false') throw new UsageError(`${flag} takes no value (${flag} or --no-${token.name})`, here);
    args[key] = token.inlineValue ? token.value === 'true' : !negated;
    return;
  }
  const raw = token.value;
  if (raw === undefined) throw new UsageError(`${flag} needs a value${spec.placeholder ? `: ${flag} ${spec.placeholder}` : ''}`, here);
  // `--server --json` is a forgotten value, not a server called "--json".
  if (!token.inlineValue && raw.startsWith('-') && raw !== '-' && !/^-\d/.test(raw)) {
    throw new UsageError(`${flag} needs a value, got the option ${raw} (write ${flag}=${raw} if that is the value)`, here);
  }
  let value: string | number = raw;
  if (spec.type === 'number') {
    value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value)) throw new UsageError(`${flag} takes a number, got "${raw}"`, here);
  }
  if (spec.choices && !spec.choices.includes(raw)) {
    const guess = closest(raw, spec.choices);
    throw new UsageError(`${flag} is one of ${spec.choices.join(', ')}; got "${raw}"${guess ? `: did you mean ${guess}?` : ''}`, here);
  }
  if (spec.multiple) args[key] = [...((args[key] as string[] | undefined) ?? []), String(value)];
  else args[key] = value;
}

function readPositionals<Ctx>(program: ProgramSpec<Ctx>, path: Array<CommandSpec<Ctx>>, words: string[], args: ParsedArgs, here: string): void {
  const specs = path[path.length - 1]!.positionals ?? [];
  const usage = usageOf(program, path);
  if (words.length > specs.length) {
    const extra = words[specs.length]!;
    throw new UsageError(specs.length ? `unexpected argument "${extra}": ${usage}` : `${here} takes no arguments, got "${extra}"`, here);
  }
  const missing = specs.filter((p, i) => p.required && words[i] === undefined).map((p) => `<${p.name}>`);
  if (missing.length) throw new UsageError(`missing ${missing.join(' and ')}: ${usage}`, here);
  specs.forEach((p, i) => {
    const value = words[i] ?? p.default;
    if (value !== undefined && p.choices && !p.choices.includes(value)) {
      const guess = closest(value, p.choices);
      throw new UsageError(`unknown ${p.name} "${value}" for ${here}${guess ? `; did you mean ${guess}?` : `: ${p.choices.join(', ')}`}`, here);
    }
    args[camelCase(p.name)] = value;
  });
}

/** Every option any command takes, for tokenising before the command is known. */
export function everyOption<Ctx>(program: ProgramSpec<Ctx>): Record<string, OptionSpec> {
  const all: Record<string, OptionSpec> = { ...program.globalOptions };
  const visit = (commands: ReadonlyArray<CommandSpec<Ctx>>) => {
    for (const c of commands) {
      for (const [name, o] of Object.entries(c.options ?? {})) {
        const seen = all[name];
        // One name, one shape: the tokeniser must know whether it takes a value.
        if (seen && (seen.type === 'boolean') !== (o.type === 'boolean')) {
          throw new CliError('INTERNAL', `--${name} is a flag in one command and takes a value in another`);
        }
        all[name] ??= o;
      }
      visit(c.subcommands ?? []);
    }
  };
  visit(program.commands);
  return all;
}

/** `--dataDir` works like `--data-dir`, as it always has. */
function acceptCamelCase(argv: readonly string[], all: Record<string, OptionSpec>): string[] {
  const end = argv.indexOf('--');
  return argv.map((arg, i) => {
    if ((end >= 0 && i > end) || !/^--[a-z]+[A-Z]/.test(arg)) return arg;
    const eq = arg.indexOf('=');
    const name = kebabCase(arg.slice(2, eq < 0 ? undefined : eq));
    return all[name] ? `--${name}${eq < 0 ? '' : arg.slice(eq)}` : arg;
  });
}
