import type { Argv } from 'yargs';
import type { CommandContext } from '../context.js';

export function pathsCommand(ctx: CommandContext) {
  return {
    command: 'paths',
    describe: 'Show where natter keeps its config and data (set with --home or NATTER_HOME)',
    builder: (y: Argv) => y,
    handler: () => {
      const { out, paths } = ctx.get();
      if (out.json) out.data(paths);
      else {
        out.result(`config  ${paths.config}`);
        out.result(`data    ${paths.data}`);
        out.info(out.dim(`(from ${paths.source === 'xdg' ? 'the XDG base directories' : paths.source === 'env' ? 'NATTER_HOME' : '--home'})`));
      }
    },
  };
}
