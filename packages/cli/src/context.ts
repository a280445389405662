import { Output } from './output.js';
import { resolvePaths, type NatterPaths } from './home.js';

export interface GlobalOptions {
  home?: string | undefined;
  json: boolean;
  quiet: boolean;
}

export interface Resolved {
  out: Output;
  paths: NatterPaths;
  options: GlobalOptions;
}

/**
 * What every command handler gets: the global options resolved once by a
 * yargs middleware, before the handler runs.
 */
export class CommandContext {
  private resolved: Resolved | undefined;
  exitCode = 0;

  set(options: GlobalOptions): void {
    this.resolved = {
      options,
      out: new Output({ json: options.json, quiet: options.quiet }),
      paths: resolvePaths({ home: options.home }),
    };
  }

  get(): Resolved {
    if (!this.resolved) throw new Error('command context used before the global options were parsed');
    return this.resolved;
  }
}
