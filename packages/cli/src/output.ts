import type { Writable } from 'node:stream';
import { oneLine } from './terminal-text.js';

export interface OutputOptions {
  json: boolean;
  quiet: boolean;
  stdout?: Writable & { isTTY?: boolean };
  stderr?: Writable & { isTTY?: boolean };
  env?: NodeJS.ProcessEnv;
}

/**
 * Where every command writes. `--json` prints exactly one JSON document on
 * stdout (and nothing else there), `--quiet` drops informational lines,
 * colour only on a terminal and never when NO_COLOR is set (no-color.org).
 */
export class Output {
  readonly json: boolean;
  readonly quiet: boolean;
  readonly color: boolean;
  readonly interactive: boolean;
  private readonly out: Writable & { isTTY?: boolean };
  private readonly err: Writable & { isTTY?: boolean };

  constructor({ json, quiet, stdout = process.stdout, stderr = process.stderr, env = process.env }: OutputOptions) {
    this.json = json;
    this.quiet = quiet;
    this.out = stdout;
    this.err = stderr;
    this.interactive = Boolean(stdout.isTTY) && !json;
    const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
    this.color = this.interactive && !noColor && env.TERM !== 'dumb';
  }

  /** A line of human output (suppressed by --quiet and --json). */
  info(line: string): void {
    if (!this.quiet && !this.json) this.out.write(line + '\n');
  }

  /** Human output that is the command's result (kept with --quiet). */
  result(line: string): void {
    if (!this.json) this.out.write(line + '\n');
  }

  /** The one JSON document of a --json run. */
  data(value: unknown): void {
    this.out.write(JSON.stringify(value, null, this.out.isTTY ? 2 : 0) + '\n');
  }

  /** An error line: `natter: <what went wrong> (<CODE>)`. */
  error(message: string, code: string): void {
    if (this.json) this.out.write(JSON.stringify({ error: { code, message } }) + '\n');
    // The message may carry a node's words: no control characters reach the terminal.
    else this.err.write(`natter: ${oneLine(message)} (${oneLine(code)})\n`);
  }

  bold(s: string): string {
    return this.color ? `\x1b[1m${s}\x1b[22m` : s;
  }

  dim(s: string): string {
    return this.color ? `\x1b[2m${s}\x1b[22m` : s;
  }

  green(s: string): string {
    return this.color ? `\x1b[32m${s}\x1b[39m` : s;
  }

  red(s: string): string {
    return this.color ? `\x1b[31m${s}\x1b[39m` : s;
  }

  yellow(s: string): string {
    return this.color ? `\x1b[33m${s}\x1b[39m` : s;
  }
}
