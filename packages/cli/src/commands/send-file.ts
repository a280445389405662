// natter send-file USER PATH: offers a file, waits until the buddy has
// accepted, received and verified it, and shows progress (rate, ETA, path)
// on a terminal, or one JSON event per line with --json. Interrupted (the
// buddy or this process went away), it resumes where the buddy's copy
// stopped when run again with the same file.
import { resolve } from 'node:path';
import { FileError, type FileTransferInfo, type NatterPeer } from '@natter/peer';
import type { CommandContext } from '../context.js';
import { CliError, EXIT } from '../errors.js';
import { normalizeUser } from '../account.js';
import { withPeer } from '../online.js';
import { formatBytes, transferJson, transferLine, transferStateLabel } from '../format.js';
import { requireBuddy } from './send.js';
import { Spinner } from '../spinner.js';
import { oneLine } from '../terminal-text.js';

export async function sendFileCommand(args: { user: string; path: string; timeout: number }, ctx: CommandContext): Promise<void> {
  const { out } = ctx;
  const to = normalizeUser(args.user);
  const path = resolve(args.path);
  if (!(args.timeout >= 0)) throw new CliError('USAGE', '--timeout must be 0 (no limit) or a positive number of ms', EXIT.USAGE);
  // JSON lines as things happen: a script sees progress, not only the end.
  const event = (e: Record<string, unknown>) => process.stdout.write(JSON.stringify(e) + '\n');
  await withPeer(
    ctx,
    async ({ peer }) => {
      requireBuddy(peer, to);
      const spinner = new Spinner(out, `${path}: computing its SHA-256`);
      let info: FileTransferInfo;
      try {
        info = await peer.sendFile(to, path, (bytes, size) => spinner.update(`${path}: computing its SHA-256 ${Math.floor((100 * bytes) / Math.max(1, size))}%`));
      } catch (err) {
        spinner.stop();
        throw asCliError(err);
      }
      const id = info.id;
      const show = (t: FileTransferInfo, kind: 'file-state' | 'file-progress') => {
        if (t.id !== id) return;
        if (out.json) return event({ event: kind, ...transferJson(t) });
        if (kind === 'file-state' && !['sending', 'done'].includes(t.state)) {
          spinner.update(`${oneLine(t.name)} to ${to}: ${oneLine(transferStateLabel(t))}`);
          if (!out.interactive) out.info(`${oneLine(t.name)}: ${oneLine(transferStateLabel(t))}`);
        } else if (t.state === 'sending' || kind === 'file-progress') spinner.update(`${oneLine(transferLine(t))}`);
      };
      const onState = (t: FileTransferInfo) => show(t, 'file-state');
      const onProgress = (t: FileTransferInfo) => show(t, 'file-progress');
      peer.on('fileState', onState);
      peer.on('fileProgress', onProgress);
      if (out.json) event({ event: 'file-state', ...transferJson(info) });
      const started = Date.now();
      try {
        const done = await withTimeout(peer, id, args.timeout);
        spinner.stop();
        const seconds = (Date.now() - started) / 1000;
        if (out.json) event({ event: 'file-done', ...transferJson(done), seconds });
        else out.result(`${oneLine(done.name)} (${formatBytes(done.size)}) delivered to ${to} and verified (SHA-256 ${done.sha256.slice(0, 16)}...) in ${seconds.toFixed(1)} s`);
      } catch (err) {
        spinner.stop();
        throw asCliError(err);
      } finally {
        peer.off('fileState', onState);
        peer.off('fileProgress', onProgress);
      }
    },
    // A long transfer outlives a node restart: reconnect and resume.
    { reconnect: true },
  );
}

/** A transfer's own failure keeps its code (FILE_DECLINED, FILE_VERIFY_FAILED, ...). */
function asCliError(err: unknown): unknown {
  return err instanceof FileError ? new CliError(err.code, err.message) : err;
}

async function withTimeout(peer: NatterPeer, id: string, timeoutMs: number): Promise<FileTransferInfo> {
  if (!timeoutMs) return peer.whenFileDone(id);
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const t = peer.fileTransfers().find((x) => x.id === id);
      reject(new CliError('SEND_TIMEOUT', `the file was not delivered within ${timeoutMs} ms (${t ? transferStateLabel(t) : 'unknown'}); run the same command again to resume`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([peer.whenFileDone(id), expired]);
  } finally {
    clearTimeout(timer);
  }
}
