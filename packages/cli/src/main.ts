import yargs from 'yargs';
import { CommandContext } from './context.js';
import { Output } from './output.js';
import { CliError, EXIT } from './errors.js';
import { VERSION } from './version.js';
import { pathsCommand } from './commands/paths.js';
import { natCommand } from './commands/nat.js';
import { stunServerCommand } from './commands/stun-server.js';
import { serverCommand } from './commands/server.js';
import { adminCommand } from './commands/admin.js';
import { loginCommand, logoutCommand, registerCommand, whoamiCommand } from './commands/account.js';
import { buddiesCommand } from './commands/buddies.js';
import { sendCommand } from './commands/send.js';
import { historyCommand } from './commands/history.js';
import { verifyCommand } from './commands/verify.js';
import { rpcCommand } from './commands/rpc.js';
import { chatCommand } from './commands/chat.js';

export { CliError, EXIT, VERSION };

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
    .command(chatCommand(ctx))
    .command(sendCommand(ctx))
    .command(buddiesCommand(ctx))
    .command(historyCommand(ctx))
    .command(verifyCommand(ctx))
    .command(registerCommand(ctx))
    .command(loginCommand(ctx))
    .command(logoutCommand(ctx))
    .command(whoamiCommand(ctx))
    .command(rpcCommand(ctx))
    .command(serverCommand(ctx))
    .command(adminCommand(ctx))
    .command(natCommand(ctx))
    .command(stunServerCommand(ctx))
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
