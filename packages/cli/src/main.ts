import { readFileSync } from 'node:fs';
import yargs from 'yargs';
import { CommandContext } from './context.js';
import { Output } from './output.js';
import { pathsCommand } from './commands/paths.js';

export const VERSION: string = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
).version;

/** Exit codes shared by every command (documented in the README). */
export const EXIT = { OK: 0, FAILURE: 1, USAGE: 1 } as const;

/** An error a command raises on purpose: printed as one line with its code. */
export class CliError extends Error {
  constructor(readonly code: string, message: string, readonly exitCode: number = EXIT.FAILURE) {
    super(message);
  }
}

/** Runs the natter command line; resolves to the process exit code. */
export async function run(argv: string[]): Promise<number> {
  const ctx = new CommandContext();
  let usageError: string | undefined;
  const parser = yargs(argv)
    .scriptName('natter')
    .usage('natter <command> [options]\n\nA peer-to-peer messenger and NAT toolkit.')
    .version(VERSION)
    .option('home', {
      type: 'string',
      describe: 'Root of config and data (default: the XDG directories)',
      defaultDescription: '$NATTER_HOME or XDG',
      global: true,
    })
    .option('json', { type: 'boolean', default: false, describe: 'Machine-readable output', global: true })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Only print results and errors', global: true })
    .middleware((args) => ctx.set({ home: args.home as string | undefined, json: Boolean(args.json), quiet: Boolean(args.quiet) }))
    .command(pathsCommand(ctx))
    .demandCommand(1, 'Name a command; `natter --help` lists them.')
    .strict()
    .recommendCommands()
    .epilogue('Environment: NATTER_HOME (same as --home), NO_COLOR (no colours).')
    .wrap(Math.min(100, process.stdout.columns || 80))
    .exitProcess(false)
    .fail((msg, err) => {
      if (err) throw err;
      usageError = msg;
    });

  try {
    await parser.parseAsync();
  } catch (err) {
    const out = safeOutput(ctx, argv);
    if (err instanceof CliError) {
      out.error(err.message, err.code);
      return err.exitCode;
    }
    out.error((err as Error).message ?? String(err), 'INTERNAL');
    return EXIT.FAILURE;
  }
  if (usageError !== undefined) {
    const out = safeOutput(ctx, argv);
    out.error(usageError, 'USAGE');
    if (!out.json) process.stderr.write('Run `natter --help` for usage.\n');
    return EXIT.USAGE;
  }
  return ctx.exitCode;
}

function safeOutput(ctx: CommandContext, argv: string[]): Output {
  try {
    return ctx.get().out;
  } catch {
    return new Output({ json: argv.includes('--json'), quiet: false });
  }
}
