// natter buddies [list] | add | accept | decline | remove | block | unblock USER
import type { Argv } from 'yargs';
import type { NatterPeer } from '@natter/peer';
import type { CommandContext } from '../context.js';
import type { Output } from '../output.js';
import { CliError, EXIT } from '../errors.js';
import { normalizeUser } from '../account.js';
import { withPeer } from '../online.js';
import { buddyJson, pad, statusLabel } from '../format.js';

export const BUDDY_ACTIONS = ['add', 'accept', 'decline', 'remove', 'block', 'unblock'] as const;
export type BuddyVerb = (typeof BUDDY_ACTIONS)[number];

/** The CLI's verbs and the protocol's actions (docs/protocol.md, Buddies). */
export const ACTION_OF: Record<BuddyVerb, 'request' | 'accept' | 'decline' | 'remove' | 'block' | 'unblock'> = {
  add: 'request',
  accept: 'accept',
  decline: 'decline',
  remove: 'remove',
  block: 'block',
  unblock: 'unblock',
};

/** Does the verb, and says in one sentence what happened. */
export async function buddyVerb(peer: Pick<NatterPeer, 'buddyAction' | 'buddies' | 'username'>, verb: BuddyVerb, user: string): Promise<string> {
  if (user === peer.username) throw new CliError('BUDDY_SELF', 'you cannot be your own buddy: name someone else');
  await peer.buddyAction(ACTION_OF[verb], user);
  // The node pushes the new buddy list before it answers, so this is current.
  const isBuddy = peer.buddies().some((b) => b.username === user);
  switch (verb) {
    case 'add':
      return isBuddy
        ? `${user} is now your buddy (they had asked you)`
        : `buddy request sent to ${user}; they see it when online and answer with natter buddies accept ${peer.username}`;
    case 'accept':
      return `${user} is now your buddy`;
    case 'decline':
      return `declined ${user}'s request (${user} is not told)`;
    case 'remove':
      return `${user} is no longer your buddy`;
    case 'block':
      return `blocked ${user}: their requests are dropped silently (natter buddies unblock ${user})`;
    case 'unblock':
      return `unblocked ${user}`;
  }
}

export function buddiesCommand(ctx: CommandContext) {
  return {
    command: 'buddies [action] [user]',
    describe: 'List buddies (status, path, NAT type, pending requests), or add | accept | decline | remove | block | unblock USER',
    builder: (y: Argv) =>
      y
        .positional('action', { choices: ['list', ...BUDDY_ACTIONS] as const, default: 'list', describe: 'What to do' })
        .positional('user', { type: 'string', describe: 'The other user' })
        .example('natter buddies', 'your buddies and pending requests')
        .example('natter buddies add bob', 'ask bob to be your buddy')
        .example('natter buddies accept alice', "accept alice's request"),
    handler: async (args: { action: string; user?: string }) => {
      const resolved = ctx.get();
      const { out } = resolved;
      if (args.action !== 'list' && !(BUDDY_ACTIONS as readonly string[]).includes(args.action)) {
        throw new CliError('USAGE', `unknown buddies action "${args.action}": list, ${BUDDY_ACTIONS.join(', ')}`, EXIT.USAGE);
      }
      if (args.action === 'list') {
        if (args.user) throw new CliError('USAGE', `natter buddies list takes no user; did you mean natter buddies add ${args.user}?`, EXIT.USAGE);
        return withPeer(resolved, async ({ peer }) => printList(out, peer));
      }
      if (!args.user) throw new CliError('USAGE', `natter buddies ${args.action} needs a USER`, EXIT.USAGE);
      const user = normalizeUser(args.user);
      const verb = args.action as BuddyVerb;
      return withPeer(resolved, async ({ peer }) => {
        const said = await buddyVerb(peer, verb, user);
        if (out.json) out.data({ action: verb, user, buddy: peer.buddies().some((b) => b.username === user) });
        else out.result(said);
      });
    },
  };
}

function printList(out: Output, peer: NatterPeer): void {
  const buddies = peer.buddies();
  const req = peer.requests();
  if (out.json) return out.data({ buddies: buddies.map(buddyJson), incoming: req.incoming, outgoing: req.outgoing, blocked: req.blocked });
  if (!buddies.length) out.result(`no buddies yet: natter buddies add USER`);
  else {
    const w = Math.max(8, ...buddies.map((b) => b.username.length + 2));
    out.result(out.dim(`${pad('BUDDY', w)}${pad('STATUS', 22)}${pad('PATH', 9)}NAT`));
    for (const b of buddies) {
      const status = statusLabel(b);
      const coloured = b.status === 'online' ? out.green(pad(status, 22)) : b.status === 'offline' ? out.dim(pad(status, 22)) : out.yellow(pad(status, 22));
      out.result(`${pad(b.username, w)}${coloured}${pad(b.path, 9)}${b.online ? b.nat : '-'}`);
    }
  }
  if (req.incoming.length) out.result(`requests from: ${req.incoming.join(', ')}  ${out.dim(`(natter buddies accept ${req.incoming[0]})`)}`);
  if (req.outgoing.length) out.result(`waiting for:   ${req.outgoing.join(', ')}`);
  if (req.blocked.length) out.result(`blocked:       ${req.blocked.join(', ')}`);
}
