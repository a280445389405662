// Files in the chat: /file PATH sends one to the buddy you talk to, offers
// show up as a line to answer with /file accept or /file decline, and each
// transfer reports its states (and /file alone lists them with progress).
// Transfers are numbered in the order this chat saw them: /file accept 2.
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

/** `/file accept 2`, `/file accept` (the only open offer), or a transfer id. */
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

/** `/file accept|decline|cancel [N]`: an answer or a stop. */
function filesCommand(chat: ChatSession, input: SlashInput): void | Promise<void> {
  const [action, ...rest] = input.words;
  const sub: SlashInput = { ...input, typed: `${input.typed} ${action ?? ''}`.trim(), words: rest, arg: rest[0]?.toLowerCase() };
  switch (action?.toLowerCase()) {
    case undefined:
      return listTransfers(chat);
    case 'accept':
      return acceptFile(chat, sub);
    case 'decline': {
      const t = pick(chat, sub, (x) => x.direction === 'receive' && x.state === 'offered');
      return chat.peer.declineFile(t.id);
    }
    case 'cancel': {
      const t = pick(chat, sub, (x) => !['done', 'failed', 'declined', 'cancelled'].includes(x.state));
      return chat.peer.cancelFile(t.id);
    }
    default:
      throw usage('/file accept [N] [DIR] | decline [N] | cancel N');
  }
}

function listTransfers(chat: ChatSession): void {
  const list = chat.peer.fileTransfers();
  if (!list.length) return chat.notice('no file transfers; /file PATH sends one');
  for (const t of list) {
    const arrow = t.direction === 'send' ? `to ${t.buddy}` : `from ${t.buddy}`;
    const moving = t.state === 'sending' || t.state === 'receiving';
    chat.notice(`#${numberOf(chat.peer, t.id)} ${arrow}: ${oneLine(moving ? transferLine(t) : `${t.name}: ${transferStateLabel(t)}`)}`);
  }
}

async function acceptFile(chat: ChatSession, input: SlashInput): Promise<void> {
  const t = pick(chat, input, (x) => x.direction === 'receive' && x.state === 'offered');
  // `/file accept DIR` (the only offer) or `/file accept N DIR`.
  const dir = /^\d+$/.test(input.words[0] ?? '') || /^[0-9a-f]{32}$/.test(input.words[0] ?? '') ? input.words[1] : input.words[0];
  const accepted = await chat.peer.acceptFile(t.id, dir ? { dir: resolve(dir) } : {});
  chat.notice(`#${numberOf(chat.peer, t.id)} accepted: ${oneLine(accepted.name)} goes to ${oneLine(accepted.file.replace(/\.partial$/, ''))}`);
}

const ACTIONS = ['accept', 'decline', 'cancel'];

async function sendFile(chat: ChatSession, line: string): Promise<void> {
  const path = line.replace(/^\S+\s*/, '').trim();
  const to = chat.current;
  if (!to) throw usage('no buddy: /msg USER first');
  const t = await chat.peer.sendFile(to, resolve(path.replace(/^~(?=\/)/, process.env.HOME ?? '~')));
  chat.notice(`#${numberOf(chat.peer, t.id)} ${oneLine(t.name)} (${formatBytes(t.size)}) to ${to}: ${transferStateLabel(t)}`);
}

/**
 * One command for files, so /help stays one screen: `/file PATH` sends,
 * `/file` lists, `/file accept|decline|cancel [N]` answers or stops (a file
 * really named "accept" is `/file ./accept`).
 */
export const FILE_COMMANDS: readonly SlashCommand[] = [
  {
    name: 'file',
    aliases: ['files'],
    usage: '/file [PATH|ACTION]',
    describe: 'send, or accept|decline|cancel N',
    run(chat, input) {
      const first = input.words[0]?.toLowerCase();
      if (first === undefined) return listTransfers(chat);
      if (ACTIONS.includes(first)) return filesCommand(chat, input);
      return sendFile(chat, input.line);
    },
  },
];

/** The chat's lines about transfers: offers to answer, and each state change. */
export function attachFileNotices(peer: PeerApi, notice: (text: string, style?: 'notice' | 'warn' | 'error') => void): void {
  peer.on('fileOffer', (t) => {
    const n = numberOf(peer, t.id);
    notice(`${t.buddy} offers ${oneLine(t.name)} (${formatBytes(t.size)}): /file accept ${n} [DIR] or /file decline ${n}`, 'warn');
  });
  peer.on('fileState', (t) => {
    if (t.direction === 'receive' && t.state === 'offered') return; // the offer line said it
    const n = numberOf(peer, t.id);
    const style = t.state === 'failed' ? 'error' : t.state === 'declined' || t.state === 'cancelled' ? 'warn' : 'notice';
    const path = t.path === 'relay' ? ', relayed' : t.path === 'direct' ? ', direct' : '';
    notice(`#${n} ${oneLine(t.name)} ${t.direction === 'send' ? `to ${t.buddy}` : `from ${t.buddy}`}: ${oneLine(transferStateLabel(t))}${path}`, style);
  });
}
