// natter send USER TEXT: one message, one shot. Waits until the message has
// reached the state asked for, prints it, logs out.
import type { HistoryEntry, MessageState, NatterPeer } from '@natter/peer';
import type { CommandContext } from '../context.js';
import { CliError, EXIT } from '../errors.js';
import { fromSessionError, normalizeUser } from '../account.js';
import { withPeer } from '../online.js';
import { stateLabel } from '../format.js';
import type { NotifyKindName } from '@natter/peer';
import { confirmOnTerminal } from '../confirm.js';
import { extendedWarning } from '../notify-actions.js';

/** Longest text we send: a chat message must fit the 64 KiB wire limit once sealed. */
export const MAX_TEXT_BYTES = 32 * 1024;

export type WaitFor = 'sent' | 'stored' | 'delivered';

/**
 * `sent` and `stored` are the same step for an online and an offline buddy:
 * the message has left this machine and someone acknowledged it (the buddy's
 * peer, or the node's disk). `delivered` is the buddy's receipt: the message
 * is on their disk.
 */
export function reached(state: MessageState, wait: WaitFor): boolean {
  if (wait === 'delivered') return state === 'delivered';
  return state === 'sent' || state === 'stored' || state === 'delivered';
}

/** Checks a text before it goes anywhere: not empty, not over MAX_TEXT_BYTES. */
export function checkText(text: string): void {
  if (!text.trim()) throw new CliError('USAGE', 'the message is empty', EXIT.USAGE);
  const n = Buffer.byteLength(text, 'utf8');
  if (n > MAX_TEXT_BYTES) throw new CliError('MESSAGE_TOO_LARGE', `the message is ${n} bytes; the limit is ${MAX_TEXT_BYTES}: send it in parts`);
}

/** Refuses early, with advice, when `user` is not a buddy. */
export function requireBuddy(peer: Pick<NatterPeer, 'buddies' | 'requests'>, user: string, how: 'cli' | 'chat' = 'cli'): void {
  if (peer.buddies().some((b) => b.username === user)) return;
  const req = peer.requests();
  const verb = (v: string) => (how === 'chat' ? `/${v} ${user}` : `natter buddies ${v} ${user}`);
  if (req.outgoing.includes(user)) throw new CliError('NOT_A_BUDDY', `${user} has not accepted your buddy request yet`);
  if (req.incoming.includes(user)) throw new CliError('NOT_A_BUDDY', `${user} asked to be your buddy: accept first with ${verb('accept')}`);
  throw new CliError('NOT_A_BUDDY', `${user} is not your buddy: ${verb('add')}, and wait until they accept`);
}

/** Sends and resolves with the entry once it reached `wait` (or rejects SEND_TIMEOUT). */
export async function sendAndWait(peer: NatterPeer, to: string, text: string, wait: WaitFor, timeoutMs: number): Promise<HistoryEntry> {
  // Listen before sending: a state may come before send() resolves.
  const seen: HistoryEntry[] = [];
  let refused: Error | undefined;
  let wake: (() => void) | undefined;
  const onState = (e: HistoryEntry) => {
    seen.push(e);
    wake?.();
  };
  // The node refusing to store it (OFFLINE_QUOTA, OFFLINE_TOO_LARGE, ...)
  // comes as an error event: with one message in flight, it is this one's.
  const onError = (err: Error) => {
    const code = (err as { code?: unknown }).code;
    if (typeof code !== 'string' || code.startsWith('SESSION_')) return;
    refused = err;
    wake?.();
  };
  peer.on('state', onState);
  peer.on('error', onError);
  try {
    const entry = await peer.send(to, text);
    let last = entry;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (const e of seen.splice(0)) if (e.id === entry.id) last = e;
      if (reached(last.state, wait)) return last;
      if (last.state === 'held') {
        throw new CliError(
          'KEY_CHANGED',
          `${to}'s identity key changed, so the message is held, not sent: compare safety numbers (natter verify ${to} --refresh) and accept the new key with natter verify ${to} --accept; held messages then go out`,
        );
      }
      if (refused) throw fromSessionError(refused, { username: to });
      if (last.state === 'failed') throw new CliError('SEND_FAILED', `the message to ${to} failed; it is in natter history ${to}`);
      const left = deadline - Date.now();
      if (left <= 0) {
        const where =
          last.state === 'sending'
            ? `still sending; it stays in your history and natter sends it again the next time you and ${to} are both online`
            : `it is ${stateLabel(last)}; the receipt comes when ${to} is online`;
        throw new CliError('SEND_TIMEOUT', `the message to ${to} was not ${wait} within ${timeoutMs} ms: ${where}`);
      }
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        wake = () => {
          clearTimeout(t);
          resolve();
        };
      });
      wake = undefined;
    }
  } finally {
    peer.off('state', onState);
    peer.off('error', onError);
  }
}

export async function sendCommand(args: { user: string; text: string; wait?: WaitFor; timeout: number; via?: NotifyKindName; yes?: boolean }, ctx: CommandContext): Promise<void> {
  const { out } = ctx;
  const to = normalizeUser(args.user);
  const text = args.text;
  checkText(text);
  if (args.via) return sendExtended(to, text, args.via, args, ctx);
  if (args.yes) throw new CliError('USAGE', '--yes goes with --via (an extended message)', EXIT.USAGE);
  if (!(args.timeout > 0)) throw new CliError('USAGE', '--timeout must be a positive number of ms', EXIT.USAGE);
  await withPeer(ctx, async ({ peer }) => {
    requireBuddy(peer, to);
    const online = peer.buddies().find((b) => b.username === to)?.online ?? false;
    const wait: WaitFor = args.wait ?? (online ? 'sent' : 'stored');
    const e = await sendAndWait(peer, to, text, wait, args.timeout);
    if (out.json) return out.data({ id: e.id, to, state: e.state, path: e.path ?? null, at: e.at });
    if (e.state === 'stored') out.result(`stored for ${to} (offline): delivered at their next login`);
    else out.result(`${e.state} to ${to} (${e.path === 'direct' ? 'direct' : e.path === 'relay' ? 'relayed' : 'offline store'})`);
  });
}

/**
 * natter send USER TEXT --via email|sms|webhook: an extended message. The
 * node reads it to hand it off, so the user consents first (a question on
 * a terminal, or --yes); the receiver must allow the sender.
 */
async function sendExtended(to: string, text: string, via: NotifyKindName, args: { wait?: WaitFor; yes?: boolean }, ctx: CommandContext): Promise<void> {
  if (args.wait) throw new CliError('USAGE', '--wait is for end-to-end messages; an extended message is queued at the node and handed off from there', EXIT.USAGE);
  await confirmOnTerminal(extendedWarning(to, via), `Send it to ${to} by ${via}?`, args.yes === true);
  await withPeer(ctx, async ({ peer }) => {
    const id = await peer.notify.sendExtended(to, via, text);
    if (ctx.out.json) return ctx.out.data({ id, to, via, state: 'queued', endToEnd: false });
    ctx.out.result(`queued for ${to} by ${via} (not end-to-end encrypted; the node hands it off and forgets it): ${id}`);
  });
}
