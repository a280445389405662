// natter chat [USER]: the interactive terminal chat.
import type { CommandContext } from '../context.js';
import { CliError, EXIT } from '../errors.js';
import { normalizeUser } from '../account.js';
import { goOnline, type OnlineSession } from '../online.js';
import { ChatScreen } from '../chat/screen.js';
import { ChatController } from '../chat/controller.js';
import { bindTty } from '../chat/tty.js';

export async function chatCommand(args: { user?: string; classify: boolean }, ctx: CommandContext): Promise<void> {
  const { stdin, stdout } = process;
  if (!stdin.isTTY || !stdout.isTTY) {
    throw new CliError('NOT_A_TERMINAL', 'natter chat needs a terminal; scripts use natter send or natter rpc', EXIT.USAGE);
  }
  const noColor = (process.env.NO_COLOR ?? '') !== '' || process.env.TERM === 'dumb';
  const screen = new ChatScreen({ cols: stdout.columns || 80, rows: stdout.rows || 24, color: !noColor, write: (s) => void stdout.write(s) });
  let quit!: () => void;
  const stopped = new Promise<void>((resolve) => (quit = resolve));
  let controller: ChatController | undefined;
  let release: (() => void) | undefined;
  let session: OnlineSession | undefined;
  try {
    session = await goOnline(ctx, {
      classify: args.classify,
      reconnect: true,
      resumeFiles: true,
      onPeer: (peer, { profile, data }) => {
        controller = new ChatController({
          peer,
          screen,
          server: data.server,
          buddy: args.user ? normalizeUser(args.user) : undefined,
          knownKey: (b) => {
            const k = profile.read()?.knownKeys?.[b];
            return k ? Buffer.from(k, 'base64') : undefined;
          },
          // Ctrl-C while still logging in (a node that does not answer): leave now.
          quit: () => {
            if (session) return quit();
            release?.();
            process.exit(130);
          },
        });
        controller.attach();
        // The screen is up while logging in: the status line says "connecting".
        release = bindTty({ stdin, stdout }, screen, controller);
      },
    });
  } catch (err) {
    release?.();
    throw err;
  }
  const onSignal = () => quit();
  for (const sig of ['SIGTERM', 'SIGHUP'] as const) process.once(sig, onSignal);
  try {
    await controller!.open();
    await stopped;
  } finally {
    for (const sig of ['SIGTERM', 'SIGHUP'] as const) process.off(sig, onSignal);
    release?.();
    await session.close();
  }
}
