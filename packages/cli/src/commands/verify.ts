// natter verify USER: the safety number two buddies compare to be sure the
// node handed each the other's real key.
import { deviceSetKey, identityPublicKey, keyFingerprint, safetyKeys, safetyNumber, type BuddyInfo, type DeviceInfo } from '@natter/peer';
import type { CommandContext } from '../context.js';
import type { Output } from '../output.js';
import { CliError } from '../errors.js';
import { normalizeUser, requireProfile } from '../account.js';
import { withPeer } from '../online.js';

export interface Verification {
  me: string;
  buddy: string;
  safetyNumber: string;
  myFingerprint: string;
  buddyFingerprint: string;
}

export function verification(me: string, myKey: Uint8Array, buddy: string, buddyKey: Uint8Array): Verification {
  return {
    me,
    buddy,
    safetyNumber: safetyNumber(me, myKey, buddy, buddyKey),
    myFingerprint: keyFingerprint(myKey),
    buddyFingerprint: keyFingerprint(buddyKey),
  };
}

/** What a running peer (chat, rpc) knows to verify `buddy`: live device sets, else a key kept in the profile. */
export interface VerifyingPeer {
  readonly username: string;
  readonly identityKey: Uint8Array;
  buddies(): BuddyInfo[];
  devices(): DeviceInfo[];
  keyHeld(buddy: string): boolean;
}

/** The verification a running peer shows for `buddy` (the same number as natter verify); undefined when no key is known. */
export function liveVerification(peer: VerifyingPeer, buddy: string, knownKey: Uint8Array | undefined): Verification | undefined {
  const listed = peer.buddies().find((x) => x.username === buddy);
  if (listed?.identityKey) {
    const { myKey, buddyKey } = safetyKeys({ devices: peer.devices(), identityKey: peer.identityKey }, { devices: listed.devices, identityKey: listed.identityKey }, peer.keyHeld(buddy));
    return verification(peer.username, myKey, buddy, buddyKey);
  }
  return knownKey ? verification(peer.username, peer.identityKey, buddy, knownKey) : undefined;
}

/** The 60 digits as two rows of six groups, the way people read them out. */
export function safetyRows(v: Verification): [string, string] {
  const g = v.safetyNumber.split(' ');
  return [g.slice(0, 6).join(' '), g.slice(6).join(' ')];
}

export function printVerification(out: Output, v: Verification): void {
  if (out.json) return out.data(v);
  const [a, b] = safetyRows(v);
  out.result(`safety number of ${v.me} and ${v.buddy}:`);
  out.result(`  ${out.bold(a)}`);
  out.result(`  ${out.bold(b)}`);
  out.result(`${v.me.padEnd(Math.max(v.me.length, v.buddy.length) + 2)}key ${v.myFingerprint}`);
  out.result(`${v.buddy.padEnd(Math.max(v.me.length, v.buddy.length) + 2)}key ${v.buddyFingerprint}`);
  out.info(out.dim(`compare the number with ${v.buddy}'s natter verify ${v.me}, in person or on a call: the same digits mean nobody sits between you`));
}

/**
 * The keys of `user`'s devices accepted in the profile (USER/DEVICE
 * entries; USER for a key accepted before devices), as one key for the
 * safety number (deviceSetKey).
 */
function knownSetKey(knownKeys: Record<string, string> | undefined, user: string): Buffer | undefined {
  const keys = Object.entries(knownKeys ?? {})
    .filter(([k]) => k.startsWith(`${user}/`))
    .map(([, v]) => Buffer.from(v, 'base64'));
  const legacy = knownKeys?.[user];
  if (!keys.length && legacy) keys.push(Buffer.from(legacy, 'base64'));
  return keys.length ? deviceSetKey(keys) : undefined;
}

/**
 * Safety numbers cover every device of each user (docs/security.md,
 * "Devices"): linking or removing a device changes the number.
 */
export async function verifyCommand(args: { user: string; refresh: boolean; accept: boolean }, ctx: CommandContext): Promise<void> {
  const { data, identity } = requireProfile(ctx.paths);
  const buddy = normalizeUser(args.user);
  let myKey = knownSetKey(data.knownKeys, data.username) ?? identityPublicKey(identity);
  let buddyKey: Buffer | undefined = !args.refresh && !args.accept ? knownSetKey(data.knownKeys, buddy) : undefined;
  let changed = false;
  let accepted = false;
  if (!buddyKey) {
    buddyKey = await withPeer(ctx, async ({ peer }) => {
      const b = peer.buddies().find((x) => x.username === buddy);
      if (!b) throw new CliError('NOT_A_BUDDY', `${buddy} is not your buddy: only buddies' keys are known (natter buddies add ${buddy})`);
      if (!b.identityKey) throw new CliError('KEY_UNKNOWN', `the node sent no key for ${buddy}; try again once ${buddy} has logged in`);
      changed = peer.keyHeld(buddy);
      if (args.accept) accepted = peer.acceptKey(buddy);
      const keys = safetyKeys({ devices: peer.devices(), identityKey: myKey }, { devices: b.devices, identityKey: b.identityKey }, changed || accepted);
      myKey = Buffer.from(keys.myKey);
      return Buffer.from(keys.buddyKey);
    });
  }
  const v = verification(data.username, myKey, buddy, buddyKey);
  if (ctx.out.json) return ctx.out.data({ ...v, keyChanged: changed, accepted });
  printVerification(ctx.out, v);
  if (accepted) ctx.out.result(`accepted ${buddy}'s new key ${v.buddyFingerprint}; messages held for ${buddy} go out now or at the next login`);
  else if (changed) ctx.out.info(`${buddy}'s key changed: this is the number for the new key. If it matches theirs, accept it with natter verify ${buddy} --accept`);
  else if (args.accept) ctx.out.info(`nothing to accept: ${buddy}'s key is the one you already know`);
}
