// natter buddies [list] | add | accept | decline | remove | block | unblock USER
import type { NatterPeer } from '@natter/peer';
import type { CommandContext } from '../context.js';
import type { Output } from '../output.js';
import { CliError, EXIT } from '../errors.js';
import { ACTION_OF, type BuddyVerb } from './buddy-actions.js';
import { normalizeUser } from '../account.js';
import { withPeer } from '../online.js';
import { buddyJson, lastSeenLabel, pad, statusLabel } from '../format.js';
import { oneLine } from '../terminal-text.js';
import { keyFingerprint } from '@natter/peer';

export type { BuddyVerb };

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

/** The action was checked against the table's choices by the parser. */
export async function buddiesCommand(args: { action: 'list' | BuddyVerb; user?: string; devices?: boolean }, ctx: CommandContext): Promise<void> {
  const { out } = ctx;
  if (args.action === 'list') {
    if (args.user) throw new CliError('USAGE', `natter buddies list takes no user; did you mean natter buddies add ${args.user}?`, EXIT.USAGE);
    return withPeer(ctx, async ({ peer }) => printList(out, peer, args.devices ?? false));
  }
  if (!args.user) throw new CliError('USAGE', `natter buddies ${args.action} needs a USER`, EXIT.USAGE);
  const user = normalizeUser(args.user);
  const verb = args.action;
  return withPeer(ctx, async ({ peer }) => {
    const said = await buddyVerb(peer, verb, user);
    if (out.json) out.data({ action: verb, user, buddy: peer.buddies().some((b) => b.username === user) });
    else out.result(said);
  });
}

function printList(out: Output, peer: NatterPeer, devices: boolean): void {
  const buddies = peer.buddies();
  const req = peer.requests();
  if (out.json) return out.data({ buddies: buddies.map((b) => buddyJson(b, devices)), incoming: req.incoming, outgoing: req.outgoing, blocked: req.blocked });
  if (!buddies.length) out.result(`no buddies yet: natter buddies add USER`);
  else {
    const w = Math.max(8, ...buddies.map((b) => b.username.length + 2));
    out.result(out.dim(`${pad('BUDDY', w)}${pad('STATUS', 22)}${pad('PATH', 9)}NAT`));
    for (const b of buddies) {
      const status = statusLabel(b);
      const coloured = b.status === 'online' ? out.green(pad(status, 22)) : b.status === 'offline' ? out.dim(pad(status, 22)) : out.yellow(pad(status, 22));
      out.result(`${pad(b.username, w)}${coloured}${pad(b.path, 9)}${b.online ? b.nat : '-'}`);
      // Each device: its name, key, when last seen, NAT and our path to it.
      if (devices) {
        for (const d of b.devices) {
          const seen = d.online ? out.green(pad('online', 22)) : out.dim(pad(`seen ${lastSeenLabel(d)}`, 22));
          out.result(`  ${pad(`${oneLine(d.name)}${d.trusted ? '' : ' (unverified)'}`, w - 2)}${seen}${pad(d.path, 9)}${d.online ? d.nat : '-'}  ${out.dim(keyFingerprint(d.identityKey).slice(0, 22))}`);
        }
      }
    }
  }
  if (req.incoming.length) out.result(`requests from: ${req.incoming.join(', ')}  ${out.dim(`(natter buddies accept ${req.incoming[0]})`)}`);
  if (req.outgoing.length) out.result(`waiting for:   ${req.outgoing.join(', ')}`);
  if (req.blocked.length) out.result(`blocked:       ${req.blocked.join(', ')}`);
}
