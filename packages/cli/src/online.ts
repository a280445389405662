// Going online with the saved session: one NatterPeer per process, the
// refreshed resume token and the buddies' identity keys written back to the
// profile as they arrive, and a clean logout at the end.
import { join } from 'node:path';
import { nodeUdpStack } from '@natter/io';
import { createNatterPeer, type HistoryEntry, type NatterPeer } from '@natter/peer';
import type { Resolved } from './context.js';
import { fromSessionError, historyDir, requireSession, type LoadedProfile } from './account.js';
import { VERSION } from './version.js';
import { CliError } from './errors.js';

export interface OnlineOptions {
  /** Classify the NAT at login (chat, rpc); one-shot commands skip it to stay fast. */
  classify?: boolean;
  /** Reconnect with backoff when the connection drops (chat, rpc); one-shot commands fail instead. */
  reconnect?: boolean;
  /** Continue unfinished file transfers of earlier runs (chat, rpc). */
  resumeFiles?: boolean;
  /** Called before the login, so listeners see the messages queued while we were offline. */
  onPeer?: (peer: NatterPeer, profile: LoadedProfile) => void;
  /** Go on while this device waits for approval (natter devices); otherwise that fails with DEVICE_PENDING at once. */
  allowPending?: boolean;
}

export interface OnlineSession extends LoadedProfile {
  peer: NatterPeer;
  /** Messages that arrived while logging in (queued offline ones included). */
  received: HistoryEntry[];
  /** Errors the peer reported in the background (a dropped offline message, ...). */
  errors: Error[];
  /** Things the user must hear about even from a one-shot command (a buddy's key changed). */
  warnings: string[];
  /** Waits (briefly) for receipts and acknowledgements in flight, then logs out. */
  close(): Promise<void>;
}

/** How long a one-shot command waits at the end for receipts and acks in flight. */
const SETTLE_MS = 3_000;

export async function goOnline(resolved: Resolved, options: OnlineOptions = {}): Promise<OnlineSession> {
  const loaded = requireSession(resolved.paths);
  const { profile, data, identity } = loaded;
  const peer = createNatterPeer({
    url: data.server,
    username: data.username,
    resumeToken: Buffer.from(data.resumeToken!, 'base64'),
    identity,
    historyDir: historyDir(resolved.paths, data.username),
    stack: nodeUdpStack,
    classify: options.classify ?? false,
    knownKeys: data.knownKeys ?? {},
    dataDir: filesDir(resolved, data.username),
    ...(data.downloadDir && { downloadDir: data.downloadDir }),
    trustedFileSenders: () => profile.read()?.fileTrust ?? [],
    resumeFileTransfers: options.resumeFiles ?? false,
    clientVersion: `natter/${VERSION}`,
    ...(options.reconnect ? {} : { reconnect: false as const }),
    trust: { pin: data.nodeKey, insecure: data.insecure },
    ...(data.device && { device: { id: Buffer.from(data.device.id, 'hex'), name: data.device.name } }),
  });
  // A certificate a CA signed may come with a new key (a renewal): keep the
  // pin current. Any other key was refused before we get here.
  peer.session.on('trust', (trust) => {
    if (trust.fingerprint && trust.fingerprint !== profile.read()?.nodeKey) saveQuietly(() => profile.update({ nodeKey: trust.fingerprint }));
  });
  const errors: Error[] = [];
  const warnings: string[] = [];
  const received: HistoryEntry[] = [];
  peer.on('error', (err) => errors.push(err));
  peer.on('message', (m) => received.push(m));
  // Each login issues a new token; the newest is the one the node keeps longest.
  peer.on('token', (token) => saveQuietly(() => profile.update({ resumeToken: token.toString('base64') })));
  peer.on('knownKeys', (keys) => saveQuietly(() => profile.update({ knownKeys: keys })));
  peer.on('identityChanged', (e) =>
    warnings.push(
      `${e.buddy}'s identity key changed (${e.before} -> ${e.after}): a new device, or someone in between. Messages to ${e.buddy} are held until you compare safety numbers (natter verify ${e.buddy} --refresh) and accept it (natter verify ${e.buddy} --accept)`,
    ),
  );
  peer.on('devicesChanged', (e) => {
    if (e.user === peer.username) return;
    if (e.added.length) warnings.push(`${e.user} linked ${e.added.length === 1 ? 'a new device' : `${e.added.length} new devices`}, certified by one of their devices; the safety number changed (natter verify ${e.user})`);
    if (e.removed.length) warnings.push(`${e.user} removed ${e.removed.length === 1 ? 'a device' : `${e.removed.length} devices`}; nothing goes to ${e.removed.length === 1 ? 'it' : 'them'} any more`);
  });
  options.onPeer?.(peer, loaded);

  try {
    await peer.start();
    await peer.sync();
    if (peer.pending && !options.allowPending) {
      throw new CliError('DEVICE_PENDING', `this device waits for approval by one of your devices: run natter devices approve ${peer.linkCode} there (or /devices approve ${peer.linkCode} in its chat)`);
    }
  } catch (err) {
    await peer.close().catch(() => undefined);
    const e = fromSessionError(err, { url: data.server, username: data.username, withToken: true });
    // A refused token is useless: forget it, so whoami tells the truth.
    if ((e as { code?: string }).code === 'SESSION_EXPIRED') profile.update({ resumeToken: undefined });
    throw e;
  }
  let closed = false;
  return {
    ...loaded,
    peer,
    received,
    errors,
    warnings,
    async close() {
      if (closed) return;
      closed = true;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([peer.idle(), new Promise((r) => (timer = setTimeout(r, SETTLE_MS)))]);
      clearTimeout(timer);
      await peer.close().catch(() => undefined);
    },
  };
}

/** Where a profile's file transfers keep their records (resume after a restart). */
export function filesDir(resolved: Pick<Resolved, 'paths'>, username: string): string {
  return join(resolved.paths.data, 'files', username);
}

/** One-shot: online, do `fn`, log out, whatever happens. */
export async function withPeer<T>(resolved: Resolved, fn: (s: OnlineSession) => Promise<T>, options: OnlineOptions = {}): Promise<T> {
  const s = await goOnline(resolved, options);
  const warn = () => {
    for (const w of s.warnings.splice(0)) process.stderr.write(`natter: warning: ${w}\n`);
  };
  try {
    const result = await fn(s);
    noteReceived(resolved, s);
    // Background trouble (a message that could not be opened, ...) is worth a line.
    for (const err of s.errors) {
      const code = (err as { code?: unknown }).code;
      if (typeof code === 'string' && code.startsWith('SESSION_')) continue;
      s.warnings.push(`${err.message}${typeof code === 'string' ? ` (${code})` : ''}`);
    }
    return result;
  } catch (err) {
    throw fromSessionError(err, { url: s.data.server, username: s.data.username });
  } finally {
    warn();
    await s.close();
  }
}

/** A profile write that fails (a deleted --home) must not take the session down with it. */
function saveQuietly(write: () => unknown): void {
  try {
    write();
  } catch {
    /* the next login saves again */
  }
}

/** One line per buddy who wrote while we were away, pointing at the history. */
function noteReceived(resolved: Resolved, s: OnlineSession): void {
  const by = new Map<string, number>();
  for (const m of s.received) by.set(m.buddy, (by.get(m.buddy) ?? 0) + 1);
  for (const [buddy, n] of by) resolved.out.info(resolved.out.dim(`${n} new message${n === 1 ? '' : 's'} from ${buddy}: natter history ${buddy}`));
}
