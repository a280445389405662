// natter history USER: the local history, no network.
import { History, type HistoryEntry } from '@natter/peer';
import type { CommandContext } from '../context.js';
import { CliError, EXIT } from '../errors.js';
import { historyDir, levelError, normalizeUser, requireProfile } from '../account.js';
import { dateTime, entryJson, stateLabel } from '../format.js';
import { oneLine } from '../terminal-text.js';

/** Reads the newest `limit` messages with `buddy` from this profile's history. */
export async function readHistory(dir: string, buddy: string, limit: number): Promise<HistoryEntry[]> {
  const history = new History(dir);
  try {
    await history.open();
  } catch (err) {
    throw levelError(err) ?? err;
  }
  try {
    return await history.list(buddy, limit);
  } finally {
    await history.close();
  }
}

export async function historyCommand(args: { user: string; limit: number }, ctx: CommandContext): Promise<void> {
  const { out, paths } = ctx;
  if (!Number.isInteger(args.limit) || args.limit < 1) throw new CliError('USAGE', '--limit must be a positive whole number', EXIT.USAGE);
  const { data } = requireProfile(paths);
  const buddy = normalizeUser(args.user);
  const me = data.username;
  const entries = await readHistory(historyDir(paths, me), buddy, args.limit);
  if (out.json) return out.data(entries.map((e) => entryJson(me, e)));
  if (!entries.length) return out.result(`no messages with ${buddy} yet`);
  for (const e of entries) {
    const who = e.direction === 'out' ? `${me} -> ${buddy}` : `${buddy} -> ${me}`;
    out.result(`${out.dim(dateTime(e.at))}  ${out.bold(who)}: ${oneLine(e.text)}  ${out.dim(`(${stateLabel(e)})`)}`);
  }
}
