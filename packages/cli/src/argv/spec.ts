// What a command line may hold, as data: the parser checks argv against it,
// the help is printed from it, and neither needs the command's own code
// (which is loaded only when the command runs).

export type OptionType = 'string' | 'number' | 'boolean';

export interface OptionSpec {
  type: OptionType;
  describe: string;
  /** A one-letter alias: `-q`. */
  short?: string;
  /** Shown in the help after the option: `--server URL`. */
  placeholder?: string;
  default?: string | number | boolean;
  /** What the help says the default is, when it is not a plain value. */
  defaultDescription?: string;
  choices?: readonly string[];
  /** May be given more than once; the value is then a list. */
  multiple?: boolean;
  required?: boolean;
}

export interface PositionalSpec {
  name: string;
  describe?: string;
  required?: boolean;
  choices?: readonly string[];
  default?: string;
}

/** What the parser hands a command: options and positionals by camelCase name. */
export type ParsedArgs = Record<string, string | number | boolean | string[] | undefined>;

/** A command's code: gets the parsed arguments, sets ctx.exitCode or throws a CliError. */
export type CommandHandler<Args = ParsedArgs, Ctx = unknown> = (args: Args, ctx: Ctx) => void | Promise<void>;

export interface CommandSpec<Ctx = unknown> {
  name: string;
  describe: string;
  /** Heading the command is listed under in `natter --help`. */
  group?: string;
  positionals?: readonly PositionalSpec[];
  /** By long name, kebab-case (`data-dir`); the handler reads camelCase (`dataDir`). */
  options?: Readonly<Record<string, OptionSpec>>;
  /** Commands under this one (`natter admin users`); their options add to these. */
  subcommands?: ReadonlyArray<CommandSpec<Ctx>>;
  examples?: ReadonlyArray<readonly [command: string, what: string]>;
  epilogue?: string;
  /** Loads the command's code, only when it runs. */
  load?: () => Promise<CommandHandler<ParsedArgs, Ctx>>;
}

/** `data-dir` -> `dataDir`. */
export function camelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** `dataDir` -> `data-dir`. */
export function kebabCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The program: its global options and its commands. */
export interface ProgramSpec<Ctx = unknown> {
  name: string;
  describe: string;
  /** Options every command takes (`--home`, `--json`, `--help`, ...). */
  globalOptions: Readonly<Record<string, OptionSpec>>;
  commands: ReadonlyArray<CommandSpec<Ctx>>;
  epilogue?: string;
}

/** `natter admin users`: the program and the command path, without arguments. */
export function nameOf<Ctx>(program: { name: string }, path: ReadonlyArray<CommandSpec<Ctx>>): string {
  return [program.name, ...path.map((c) => c.name)].join(' ');
}

/** `natter send <user> <text>`, `natter admin <command>`. */
export function usageOf<Ctx>(program: { name: string }, path: ReadonlyArray<CommandSpec<Ctx>>): string {
  const last = path[path.length - 1];
  const words = [nameOf(program, path)];
  if (!last) words.push('<command>');
  else if (last.subcommands?.length) words.push('<command>');
  else for (const p of last.positionals ?? []) words.push(p.required ? `<${p.name}>` : `[${p.name}]`);
  return words.join(' ');
}

/** Every option the command at the end of `path` takes: global ones, then each level's. */
export function optionsOf<Ctx>(program: ProgramSpec<Ctx>, path: ReadonlyArray<CommandSpec<Ctx>>): Record<string, OptionSpec> {
  return Object.assign({}, program.globalOptions, ...path.map((c) => c.options ?? {}));
}
