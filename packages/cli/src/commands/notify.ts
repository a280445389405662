// natter notify list | add | verify | remove | quiet | delay | every |
// allow | deny | on | off | unsubscribe: the receiver's side of extended
// delivery (docs/extended.md), one action per run.
import type { CommandContext } from '../context.js';
import { withPeer } from '../online.js';
import { NOTIFY_ACTION_ARGS, runNotifyAction, settingsLines, type NotifyAction } from '../notify-actions.js';

interface NotifyArgs {
  kind?: string;
  address?: string;
  channel?: string;
  code?: string;
  range?: string;
  duration?: string;
  user?: string;
  resend?: boolean;
  tz?: string;
}


function notifyCommand(action: NotifyAction) {
  return async (args: NotifyArgs, ctx: CommandContext): Promise<void> => {
    const words = NOTIFY_ACTION_ARGS[action].map((k) => args[k as keyof NotifyArgs]).filter((w): w is string => typeof w === 'string');
    await withPeer(ctx, async ({ peer }) => {
      const result = await runNotifyAction(peer.notify, action, words, { resend: args.resend, ...(args.tz !== undefined && { timeZone: args.tz }) });
      if (ctx.out.json) return ctx.out.data('settings' in result ? result.settings : 'added' in result ? result.added : { done: true, said: result.said });
      if (result.said) ctx.out.result(result.said);
      if ('settings' in result && (action === 'list' || action === 'verify' || action === 'remove')) for (const line of settingsLines(result.settings)) ctx.out.result(line);
    });
  };
}

export const notifyCommands = Object.fromEntries(
  (Object.keys(NOTIFY_ACTION_ARGS) as NotifyAction[]).map((action) => [action, notifyCommand(action)]),
) as Record<NotifyAction, ReturnType<typeof notifyCommand>>;
