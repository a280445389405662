import type { Output } from './output.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/**
 * A one-line progress indicator on stderr, only when stdout is a terminal
 * and the user did not ask for --json or --quiet; nothing at all when piped.
 */
export class Spinner {
  private frame = 0;
  private text: string;
  private readonly timer: NodeJS.Timeout | undefined;

  constructor(private readonly out: Output, text: string) {
    this.text = text;
    if (out.interactive && !out.quiet && process.stderr.isTTY) {
      this.timer = setInterval(() => this.draw(), 80);
      this.timer.unref();
      this.draw();
    }
  }

  update(text: string): void {
    this.text = text;
  }

  private draw(): void {
    process.stderr.write(`\r\x1b[2K${FRAMES[this.frame++ % FRAMES.length]} ${this.text}`);
  }

  stop(): void {
    if (!this.timer) return;
    clearInterval(this.timer);
    process.stderr.write('\r\x1b[2K');
  }
}
