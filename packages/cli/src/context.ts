import { Output } from './output.js';
import { resolvePaths, type NatterPaths } from './home.js';

export interface GlobalOptions {
  home?: string | undefined;
  json: boolean;
  quiet: boolean;
}

/** What every command writes to, where its files are, and the options they came from. */
export interface Resolved {
  out: Output;
  paths: NatterPaths;
  options: GlobalOptions;
}

/**
 * What every command handler gets besides its arguments: the global
 * options resolved once, before the handler runs, and the exit code it
 * may set (natter nat: 2 when UDP is blocked).
 */
export class CommandContext implements Resolved {
  out: Output;
  options: GlobalOptions;
  readonly paths: NatterPaths;
  exitCode = 0;

  constructor(options: GlobalOptions) {
    this.options = options;
    this.out = new Output({ json: options.json, quiet: options.quiet });
    this.paths = resolvePaths({ home: options.home });
  }

  /** natter rpc is JSON only: from here on, a fatal error is a JSON line on stdout too. */
  jsonOnly(): void {
    this.options = { ...this.options, json: true };
    this.out = new Output({ json: true, quiet: this.options.quiet });
  }
}
