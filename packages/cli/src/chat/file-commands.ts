// Files in the chat: /file sends one to the buddy you talk to, offers show
// up as a line to answer with /accept-file or /decline-file, and each
// transfer reports its states (and /files its progress). Transfers are
// numbered in the order this chat saw them, so /accept-file 2 works.
import { resolve } from 'node:path';
import type { FileTransferInfo } from '@natter/peer';
import { CliError, EXIT } from '../errors.js';
import { formatBytes, transferLine, transferStateLabel } from '../format.js';
import type { PeerApi } from '../peer-api.js';
import { oneLine } from '../terminal-text.js';
import type { ChatSession, SlashCommand, SlashInput } from './slash-commands.js';

const usage = (message: string) => new CliError('USAGE', message, EXIT.USAGE);

/** Transfer ids in the order first seen: their numbers in this chat. */
const numbering = new WeakMap<PeerApi, string[]>();

function numberOf(peer: PeerApi, id: string): number {
  let ids = numbering.get(peer);
  if (!ids) numbering.set(peer, (ids = []));
  let i = ids.indexOf(id);
  if (i < 0) i = ids.push(id) - 1;
  return i + 1;
}

/** `/accept-file 2`, `/accept-file` (the only open offer), or a transfer id. */
function pick(chat: ChatSession, { arg, typed }: SlashInput, want: (t: FileTransferInfo) => boolean): FileTransferInfo {
  const list = chat.peer.fileTransfers();
  if (arg) {
    const ids = numbering.get(chat.peer) ?? [];
    const byNumber = /^\d+$/.test(arg) ? ids[Number(arg) - 1] : undefined;
    const found = list.find((t) => t.id === byNumber || t.id === arg);
    if (!found) throw usage(`no transfer ${arg}: /files lists them`);
    return found;
  }
  const open = list.filter(want);
  if (open.length === 1) return open[0]!;
  throw usage(open.length ? `${open.length} transfers: ${typed} N (/files lists them)` : `nothing to ${typed.slice(1)}`);
}

export const FILE_COMMANDS: readonly SlashCommand[] = [
  {
    name: 'file',
    aliases: ['send-file'],
    usage: '/file PATH',
    describe: 'send a file to this buddy',
    async run(chat, { line }) {
      const path = line.replace(/^\S+\s*/, '').trim();
      if (!path) throw usage('/file PATH');
      const to = chat.current;
      if (!to) throw usage('no buddy: /msg USER first');
      const t = await chat.peer.sendFile(to, resolve(path.replace(/^~(?=\/)/, process.env.HOME ?? '~')));
      chat.notice(`#${numberOf(chat.peer, t.id)} ${oneLine(t.name)} (${formatBytes(t.size)}) to ${to}: ${transferStateLabel(t)}`);
    },
  },
  {
    name: 'files',
    aliases: [],
    usage: '/files',
    describe: 'file transfers and their progress',
    run(chat) {
      const list = chat.peer.fileTransfers();
      if (!list.length) return chat.notice('no file transfers; /file PATH sends one');
      for (const t of list) {
        const arrow = t.direction === 'send' ? `to ${t.buddy}` : `from ${t.buddy}`;
        const moving = t.state === 'sending' || t.state === 'receiving';
        chat.notice(`#${numberOf(chat.peer, t.id)} ${arrow}: ${oneLine(moving ? transferLine(t) : `${t.name}: ${transferStateLabel(t)}`)}`);
      }
    },
  },
  {
    name: 'accept-file',
    aliases: [],
    usage: '/accept-file [N] [DIR]',
    describe: 'accept an offered file (into DIR)',
    async run(chat, input) {
      const t = pick(chat, input, (x) => x.direction === 'receive' && x.state === 'offered');
      const dir = input.words[1];
      const accepted = await chat.peer.acceptFile(t.id, dir ? { dir: resolve(dir) } : {});
      chat.notice(`#${numberOf(chat.peer, t.id)} accepted: ${oneLine(accepted.name)} goes to ${oneLine(accepted.file.replace(/\.partial$/, ''))}`);
    },
  },
  {
    name: 'decline-file',
    aliases: [],
    usage: '/decline-file [N]',
    describe: 'decline an offered file',
    run(chat, input) {
      const t = pick(chat, input, (x) => x.direction === 'receive' && x.state === 'offered');
      chat.peer.declineFile(t.id);
    },
  },
  {
    name: 'cancel-file',
    aliases: [],
    usage: '/cancel-file N',
    describe: 'stop a transfer (either way)',
    run(chat, input) {
      const t = pick(chat, input, (x) => !['done', 'failed', 'declined', 'cancelled'].includes(x.state));
      chat.peer.cancelFile(t.id);
    },
  },
];

/** The chat's lines about transfers: offers to answer, and each state change. */
export function attachFileNotices(peer: PeerApi, notice: (text: string, style?: 'notice' | 'warn' | 'error') => void): void {
  peer.on('fileOffer', (t) => {
    const n = numberOf(peer, t.id);
    notice(`${t.buddy} offers ${oneLine(t.name)} (${formatBytes(t.size)}): /accept-file ${n} [DIR] or /decline-file ${n}`, 'warn');
  });
  peer.on('fileState', (t) => {
    if (t.direction === 'receive' && t.state === 'offered') return; // the offer line said it
    const n = numberOf(peer, t.id);
    const style = t.state === 'failed' ? 'error' : t.state === 'declined' || t.state === 'cancelled' ? 'warn' : 'notice';
    const path = t.path === 'relay' ? ', relayed' : t.path === 'direct' ? ', direct' : '';
    notice(`#${n} ${oneLine(t.name)} ${t.direction === 'send' ? `to ${t.buddy}` : `from ${t.buddy}`}: ${oneLine(transferStateLabel(t))}${path}`, style);
  });
}
