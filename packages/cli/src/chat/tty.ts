// The only part of `natter chat` that touches the terminal: raw keys in,
// the screen's escapes out, size changes (SIGWINCH arrives as 'resize').
import { emitKeypressEvents } from 'node:readline';
import type { ChatController } from './controller.js';
import type { ChatScreen } from './screen.js';
import type { Key } from './editor.js';

export interface Tty {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
}

/** Binds a controller and its screen to a terminal; returns how to let go of it. */
export function bindTty(tty: Tty, screen: ChatScreen, controller: ChatController): () => void {
  const { stdin, stdout } = tty;
  emitKeypressEvents(stdin);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  const onKey = (_s: string | undefined, key: Key | undefined) => controller.key(key ?? { sequence: _s });
  const onResize = () => {
    screen.resize(stdout.columns || 80, stdout.rows || 24);
    controller.updateStatus();
  };
  stdin.on('keypress', onKey);
  stdout.on('resize', onResize);
  screen.enter();
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    stdin.off('keypress', onKey);
    stdout.off('resize', onResize);
    screen.leave();
    if (stdin.isTTY) stdin.setRawMode(false);
    stdin.pause();
  };
  // Whatever ends the process, the terminal must come back usable.
  process.once('exit', release);
  return release;
}
