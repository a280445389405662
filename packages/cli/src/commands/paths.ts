// natter paths: where this --home's config and data live.
import type { CommandContext } from '../context.js';

export function pathsCommand(_args: unknown, ctx: CommandContext): void {
  const { out, paths } = ctx;
  if (out.json) out.data(paths);
  else {
    out.result(`config  ${paths.config}`);
    out.result(`data    ${paths.data}`);
    out.info(out.dim(`(from ${paths.source === 'xdg' ? 'the XDG base directories' : paths.source === 'env' ? 'NATTER_HOME' : '--home'})`));
  }
}
