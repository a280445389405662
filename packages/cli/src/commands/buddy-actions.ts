// The verbs of natter buddies (and the chat's /add ...), apart from the
// command's code so the command table can list them without loading it.

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
