// The user's profile under --home and the errors of talking to a node, as
// the chat commands see them: which node, who, the saved session, where the
// local history lives, and one actionable line for every way it can fail.
import { join } from 'node:path';
import { Profile, SessionError, importIdentity, identityPublicKey, keyFingerprint, parseNodeAddress, type Identity, type NodeAddress, type NodeTrust, type ProfileData } from '@natter/peer';
import type { NatterPaths } from './home.js';
import { CliError, EXIT } from './errors.js';

export interface LoadedProfile {
  profile: Profile;
  data: ProfileData;
  identity: Identity;
}

export function profileAt(paths: NatterPaths): Profile {
  return new Profile(paths.config);
}

/** The profile of this --home; NO_PROFILE (exit 3) when there is none. */
export function requireProfile(paths: NatterPaths): LoadedProfile {
  const profile = profileAt(paths);
  let data: ProfileData | undefined;
  try {
    data = profile.read();
  } catch (err) {
    throw new CliError('PROFILE_INVALID', `cannot read ${profile.file}: ${(err as Error).message}; log in again with natter login USER --server URL`);
  }
  if (!data) {
    throw new CliError(
      'NO_PROFILE',
      `no profile in ${paths.config}: create an account with natter register USER --server URL, or log in with natter login USER --server URL`,
      EXIT.NOT_LOGGED_IN,
    );
  }
  let identity: Identity;
  try {
    identity = importIdentity(data.identity);
  } catch (err) {
    throw new CliError('PROFILE_INVALID', `the identity key in ${profile.file} is unusable (${(err as Error).message}); natter login ${data.username} makes a new one`);
  }
  return { profile, data, identity };
}

/** Like requireProfile, and there must be a saved session (a resume token). */
export function requireSession(paths: NatterPaths): LoadedProfile {
  const p = requireProfile(paths);
  if (!p.data.resumeToken) {
    throw new CliError('NOT_LOGGED_IN', `${p.data.username} is logged out on this profile: natter login ${p.data.username}`, EXIT.NOT_LOGGED_IN);
  }
  return p;
}

export function fingerprintOf(identity: Identity): string {
  return keyFingerprint(identityPublicKey(identity));
}

/** Local history of one user of this --home (LevelDB). */
export function historyDir(paths: NatterPaths, username: string): string {
  return join(paths.data, 'history', username);
}

/**
 * What `--server` may be: HOST[:PORT] (wss://, port 7878), a wss:// or
 * ws:// URL, an http(s):// URL (the node's HTTP port is the same), each
 * with an optional #FINGERPRINT of the node's key (as `natter server`
 * prints it) to check on first contact instead of trusting it.
 */
export function nodeAddress(spec: string): NodeAddress {
  if (!spec.trim()) throw new CliError('USAGE', '--server is empty: give the node as HOST[:PORT] (optionally HOST:PORT#FINGERPRINT)', EXIT.USAGE);
  try {
    return parseNodeAddress(spec);
  } catch (err) {
    throw new CliError('USAGE', `--server ${(err as Error).message}`, EXIT.USAGE);
  }
}

/** One line about how the node was trusted, when the user should hear it (first contact, a renewed certificate). */
export function trustNotice(trust: NodeTrust, pinned: string | undefined): string | undefined {
  switch (trust.basis) {
    case 'first-contact':
      return `first contact with this node: its key ${trust.fingerprint} is now pinned in your profile. Compare it with the fingerprint its operator sees in natter server's output`;
    case 'ca':
      return pinned && pinned !== trust.fingerprint ? `the node's certificate (signed by a trusted CA) has a new key ${trust.fingerprint}; pinned it` : undefined;
    case 'insecure':
      return 'plain ws:// (--insecure): your password, session token and buddies\' keys cross the network readable';
    default:
      return undefined;
  }
}

/** Usernames are lower-case on the node; compare and store them that way. */
export function normalizeUser(name: string): string {
  return String(name).trim().toLowerCase();
}

/** Hints for the node's codes, so each error says what to do. */
const HINTS: Record<string, string> = {
  USERNAME_TAKEN: 'pick another name, or log in with natter login',
  USERNAME_INVALID: '3-32 characters a-z 0-9 . _ -, starting with a letter',
  PASSWORD_WEAK: 'use at least 8 characters',
  REGISTRATION_CLOSED: 'ask the operator to create the account (natter admin users add USER)',
  AUTH_FAILED: 'check the username and password',
  NOT_A_BUDDY: 'add them first with natter buddies add USER, and wait until they accept',
  NO_SUCH_REQUEST: 'natter buddies lists the pending requests',
  BUDDY_SELF: 'name someone else',
  OFFLINE_QUOTA: "their offline queue is full; try again after they log in",
  SHUTTING_DOWN: 'the node is restarting; try again in a moment',
};

/**
 * A SessionError (the node's code, or the session's own SESSION_*) as the
 * CLI reports it. `withToken`: the login used the saved session, so
 * AUTH_FAILED means it expired or was revoked (exit 3), not a wrong password.
 */
export function fromSessionError(err: unknown, ctx: { url?: string; username?: string; withToken?: boolean } = {}): Error {
  if (err instanceof CliError) return err;
  if (!(err instanceof SessionError)) return levelError(err) ?? (err as Error);
  const user = ctx.username ?? 'USER';
  switch (err.code) {
    case 'SESSION_CONNECT':
      return new CliError('NODE_UNREACHABLE', `${err.message}: check --server and that the node runs (curl its /healthz)`, EXIT.NODE_UNREACHABLE);
    case 'SESSION_TIMEOUT':
      return new CliError('NODE_UNREACHABLE', `${err.message}${ctx.url ? ` (${ctx.url})` : ''}: the node is overloaded or the network drops packets; try again`, EXIT.NODE_UNREACHABLE);
    case 'SESSION_CLOSED':
      return new CliError('NODE_UNREACHABLE', `lost the connection to the node${ctx.url ? ` at ${ctx.url}` : ''}: try again`, EXIT.NODE_UNREACHABLE);
    case 'AUTH_FAILED':
      if (ctx.withToken) return new CliError('SESSION_EXPIRED', `the saved session of ${user} expired or was revoked: natter login ${user}`, EXIT.NOT_LOGGED_IN);
      return new CliError('AUTH_FAILED', `wrong username or password for ${user}: ${HINTS.AUTH_FAILED}`);
    case 'NODE_KEY_MISMATCH':
      return new CliError('NODE_KEY_MISMATCH', err.message);
    case 'INSECURE_URL':
    case 'NODE_ADDRESS_INVALID':
      return new CliError(err.code, err.message, EXIT.USAGE);
    case 'AUTH_RATE_LIMITED': {
      const s = Math.ceil(err.retryAfterMs / 1000);
      return new CliError('AUTH_RATE_LIMITED', `too many login attempts: wait ${s > 0 ? `${s} s` : 'a moment'} and try again`);
    }
    default: {
      const hint = HINTS[err.code];
      return new CliError(err.code, hint ? `${err.message}: ${hint}` : err.message);
    }
  }
}

/** LevelDB refuses a second process: one natter process per profile at a time. */
export function levelError(err: unknown): CliError | undefined {
  const e = err as { code?: string; cause?: { code?: string } } | undefined;
  if (e?.code === 'LEVEL_LOCKED' || e?.cause?.code === 'LEVEL_LOCKED') {
    return new CliError(
      'PROFILE_IN_USE',
      'another natter process (chat or rpc) is using this profile; use it there (/history, {"cmd":"history"}) or quit it first',
    );
  }
  return undefined;
}
