// A real pseudo-terminal for tests of interactive commands: tmux runs the
// program in a detached pane of a given size, send-keys types, capture-pane
// reads the screen. Each pane gets its own tmux server (-L), so tests never
// touch the user's tmux.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** Why tmux cannot be used (printed once as one line), or undefined when it can. */
export function tmuxMissing(file: string): string | undefined {
  if (spawnSync('sh', ['-c', 'command -v tmux'], { stdio: 'ignore' }).status === 0) return undefined;
  const why = 'needs tmux for a pseudo-terminal (apt-get install tmux)';
  console.log(`tty: SKIPPED ${file}: ${why}`);
  return why;
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
let panes = 0;

export class TmuxPane {
  private constructor(
    private readonly socket: string,
    private readonly exitFile: string,
  ) {}

  /** Runs argv in a new detached cols x rows pane; env is set for the program only. */
  static async start(argv: string[], o: { cols: number; rows: number; env?: Record<string, string>; dir: string }): Promise<TmuxPane> {
    const socket = `natter-test-${process.pid}-${++panes}`;
    const exitFile = join(o.dir, `${socket}.exit`);
    const env = Object.entries(o.env ?? {}).map(([k, v]) => `${k}=${shellQuote(v)}`).join(' ');
    // The exit status goes to a file: the pane (and its server) go away with the program.
    const cmd = `env ${env} ${argv.map(shellQuote).join(' ')}; echo $? > ${shellQuote(exitFile)}`;
    await exec('tmux', ['-L', socket, '-f', '/dev/null', 'new-session', '-d', '-x', String(o.cols), '-y', String(o.rows), cmd]);
    return new TmuxPane(socket, exitFile);
  }

  private tmux(...args: string[]) {
    return exec('tmux', ['-L', this.socket, ...args]);
  }

  /** Types text exactly as given (no key names). */
  async type(text: string): Promise<void> {
    await this.tmux('send-keys', '-t', '0', '-l', text);
  }

  /** Presses named keys: Enter, C-c, PageUp, ... */
  async press(...keys: string[]): Promise<void> {
    await this.tmux('send-keys', '-t', '0', ...keys);
  }

  /** The visible screen, one string per row. */
  async screen(): Promise<string[]> {
    const { stdout } = await this.tmux('capture-pane', '-p', '-t', '0');
    return stdout.replace(/\n$/, '').split('\n');
  }

  /** Polls the screen until `pred` holds; the last screen is in the error otherwise. */
  async waitFor(pred: (rows: string[]) => boolean, what: string, timeoutMs = 10_000): Promise<string[]> {
    const deadline = Date.now() + timeoutMs;
    let rows: string[] = [];
    for (;;) {
      try {
        rows = await this.screen();
      } catch {
        rows = ['(the pane is gone)'];
      }
      if (pred(rows)) return rows;
      if (Date.now() > deadline) throw new Error(`screen never showed ${what} within ${timeoutMs} ms:\n${rows.join('\n')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async resize(cols: number, rows: number): Promise<void> {
    await this.tmux('resize-window', '-t', '0', '-x', String(cols), '-y', String(rows));
  }

  /** Resolves with the program's exit code once it has exited. */
  async exitCode(timeoutMs = 10_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (!existsSync(this.exitFile) || !readFileSync(this.exitFile, 'utf8').trim()) {
      if (Date.now() > deadline) throw new Error(`the program in the pane did not exit within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return Number(readFileSync(this.exitFile, 'utf8').trim());
  }

  async kill(): Promise<void> {
    await this.tmux('kill-server').catch(() => undefined);
    // tmux leaves its socket file behind when the last session ends on its own.
    const dir = join(process.env.TMUX_TMPDIR || '/tmp', `tmux-${process.getuid?.() ?? 0}`);
    rmSync(join(dir, this.socket), { force: true });
  }
}
