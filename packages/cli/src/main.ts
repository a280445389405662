// natter's entry point: the command line is checked whole against the
// command table, then only the named command's code is loaded and run.
// Start-up is most of what a one-shot command costs, so nothing here
// imports more than the table, the parser and the output.
import { CommandContext } from './context.js';
import { Output } from './output.js';
import { CliError, EXIT } from './errors.js';
import { VERSION } from './version.js';
import { NATTER } from './commands/table.js';
import { parseCommandLine, UsageError } from './argv/parse.js';
import { renderHelp } from './argv/help.js';

export { CliError, EXIT, VERSION };

/** Runs the natter command line; resolves to the process exit code. */
export async function run(argv: string[]): Promise<number> {
  let ctx: CommandContext | undefined;
  try {
    const invocation = parseCommandLine(NATTER, argv);
    if (invocation.kind === 'version') {
      process.stdout.write(`${VERSION}\n`);
      return EXIT.OK;
    }
    if (invocation.kind === 'help') {
      process.stdout.write(renderHelp(NATTER, invocation.path, Math.min(100, process.stdout.columns || 80)));
      return EXIT.OK;
    }
    const { path, args } = invocation;
    ctx = new CommandContext({ home: args.home as string | undefined, json: Boolean(args.json), quiet: Boolean(args.quiet) });
    const handler = await path[path.length - 1]!.load!();
    await handler(args, ctx);
    return ctx.exitCode;
  } catch (err) {
    const out = ctx?.out ?? new Output({ json: jsonAsked(argv), quiet: false });
    if (err instanceof UsageError) {
      out.error(err.message, err.code);
      if (!out.json) process.stderr.write(`Run \`${err.helpFor} --help\` for usage.\n`);
      return err.exitCode;
    }
    if (err instanceof CliError) {
      out.error(err.message, err.code);
      return err.exitCode;
    }
    out.error((err as Error)?.message ?? String(err), 'INTERNAL');
    return EXIT.FAILURE;
  }
}

/** Whether a command line that could not be parsed asked for JSON (its errors then come as JSON too). */
function jsonAsked(argv: string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === '--json' || a === '--json=true');
}
