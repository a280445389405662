// natter rpc: JSON lines on stdin/stdout for scripts and bots. Online until
// stdin closes (or {"cmd":"quit"}, SIGINT, SIGTERM); then logs out, exit 0.
import { createInterface } from 'node:readline';
import type { CommandContext } from '../context.js';
import { fingerprintOf } from '../account.js';
import { goOnline } from '../online.js';
import { RpcServer } from '../rpc/server.js';
import { CliError } from '../errors.js';

export async function rpcCommand(args: { classify: boolean }, ctx: CommandContext): Promise<void> {
  // A JSON-only interface: a fatal error is a JSON line on stdout too.
  ctx.jsonOnly();
  const write = (line: string) => void process.stdout.write(line + '\n');
  let rpc!: RpcServer;
  let quit!: () => void;
  const stopped = new Promise<void>((resolve) => (quit = resolve));
  let ended: CliError | undefined;
  // Listeners go on before the login, so messages queued while we were
  // offline come out as events too (before "ready").
  const session = await goOnline(ctx, {
    classify: args.classify,
    reconnect: true,
    resumeFiles: true,
    onPeer: (peer, { profile, data }) => {
      rpc = new RpcServer(peer, {
        write,
        server: data.server,
        knownKey: (b) => {
          const k = profile.read()?.knownKeys?.[b];
          return k ? Buffer.from(k, 'base64') : undefined;
        },
        quit: () => quit(),
      });
      rpc.attach();
      // Replaced by another login, or the session is refused: nothing more will come.
      peer.on('offline', (e) => {
        if (e.retryInMs !== undefined) return;
        ended = new CliError('SESSION_ENDED', `the session ended (${e.reason}); natter login ${data.username} if it was refused`);
        quit();
      });
    },
  });
  rpc.event({ event: 'ready', user: session.data.username, server: session.data.server, fingerprint: fingerprintOf(session.identity) });

  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on('line', (line) => void rpc.handleLine(line));
  lines.on('close', () => quit());
  const onSignal = () => quit();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  await stopped;
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  lines.close();
  // Answer everything already asked before logging out.
  await rpc.handleLine('');
  await session.close();
  if (ended) throw ended;
}
