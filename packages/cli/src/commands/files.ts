// natter files: who may send you files without asking, where they land,
// and the transfers that have not finished (from the records they keep to
// resume; no network).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultDownloadDir } from '@natter/peer';
import type { CommandContext } from '../context.js';
import { CliError, EXIT } from '../errors.js';
import { normalizeUser, requireProfile } from '../account.js';
import { filesDir } from '../online.js';
import { formatBytes } from '../format.js';
import { oneLine } from '../terminal-text.js';

export type FilesAction = 'list' | 'trust' | 'untrust' | 'dir';

interface Unfinished {
  id: string;
  direction: 'send' | 'receive';
  buddy: string;
  name: string;
  size: number;
  bytes: number;
  file: string;
}

function records(dir: string): Array<Record<string, unknown>> {
  try {
    return readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .map((n) => JSON.parse(readFileSync(join(dir, n), 'utf8')) as Record<string, unknown>);
  } catch {
    return [];
  }
}

function unfinished(root: string): Unfinished[] {
  const out: Unfinished[] = [];
  for (const r of records(join(root, 'incoming'))) {
    let bytes = 0;
    try {
      bytes = statSync(String(r.partial)).size;
    } catch {
      /* the partial is gone: it starts over */
    }
    out.push({ id: String(r.id), direction: 'receive', buddy: String(r.from), name: String(r.name), size: Number(r.size), bytes, file: String(r.partial) });
  }
  for (const r of records(join(root, 'outgoing'))) {
    out.push({ id: String(r.id), direction: 'send', buddy: String(r.to), name: String(r.name), size: Number(r.size), bytes: 0, file: String(r.path) });
  }
  return out;
}

export async function filesCommand(args: { action: FilesAction; arg?: string }, ctx: CommandContext): Promise<void> {
  const { out } = ctx;
  const { profile, data } = requireProfile(ctx.paths);
  const trust = data.fileTrust ?? [];
  switch (args.action) {
    case 'trust':
    case 'untrust': {
      if (!args.arg) throw new CliError('USAGE', `natter files ${args.action} USER`, EXIT.USAGE);
      const who = normalizeUser(args.arg);
      const next = args.action === 'trust' ? [...new Set([...trust, who])].sort() : trust.filter((u) => u !== who);
      profile.update({ fileTrust: next });
      if (out.json) return out.data({ trusted: next });
      out.result(args.action === 'trust' ? `files from ${who} are now accepted without asking (into ${data.downloadDir ?? defaultDownloadDir()})` : `files from ${who} are asked about again`);
      return;
    }
    case 'dir': {
      if (args.arg) {
        const dir = resolve(args.arg);
        profile.update({ downloadDir: dir });
        if (out.json) return out.data({ downloadDir: dir });
        out.result(`received files go to ${dir}`);
        return;
      }
      const dir = data.downloadDir ?? defaultDownloadDir();
      if (out.json) return out.data({ downloadDir: dir });
      out.result(dir);
      return;
    }
    case 'list': {
      const list = unfinished(filesDir(ctx, data.username));
      const downloadDir = data.downloadDir ?? defaultDownloadDir();
      if (out.json) return out.data({ downloadDir, trusted: trust, unfinished: list });
      out.info(`received files go to ${downloadDir}`);
      out.info(trust.length ? `accepted without asking from: ${trust.join(', ')}` : 'every file is asked about (natter files trust USER to change that)');
      if (!list.length) return out.info('no unfinished transfers');
      for (const t of list) {
        const what = t.direction === 'send' ? `to ${t.buddy}` : `from ${t.buddy}, ${formatBytes(t.bytes)} so far`;
        out.result(`${t.direction === 'send' ? '->' : '<-'} ${oneLine(t.name)} (${formatBytes(t.size)}) ${what}  ${oneLine(t.file)}`);
      }
      out.info('they resume when both of you are online (natter send-file again for a file you send)');
      return;
    }
  }
}
