// The JSON-lines interface of `natter rpc`, without any I/O: a line in, a
// reply out; peer events out as event lines. The command binds it to
// stdin/stdout. Every request is answered exactly once, in order; nothing a
// script writes can crash it.
import type { BuddyInfo, HistoryEntry } from '@natter/peer';
import type { NatReport } from '@natter/stun';
import { errorInfo, type PeerApi, type Status } from '../peer-api.js';
import { buddyJson, deviceJson, entryJson, transferJson } from '../format.js';
import { buddyVerb, type BuddyVerb } from '../commands/buddies.js';
import { checkText, requireBuddy } from '../commands/send.js';
import { liveVerification } from '../commands/verify.js';
import { CliError } from '../errors.js';
import { NOTIFY_ACTIONS, NOTIFY_ACTION_ARGS, kindArg, runNotifyAction, type NotifyAction } from '../notify-actions.js';

/** The codes of the rpc interface's own refusals (the README lists them). */
export type RpcErrorCode = 'RPC_TOO_LARGE' | 'RPC_BAD_JSON' | 'RPC_BAD_REQUEST' | 'RPC_UNKNOWN_COMMAND' | 'NOT_A_BUDDY' | 'CONFIRMATION_REQUIRED';

/** A refusal with a stable code, answered as {"ok":false,"error":{code,message}}; a CliError like every error the CLI raises. */
export class RpcError extends CliError {
  constructor(code: RpcErrorCode, message: string) {
    super(code, message);
  }
}

export interface RpcHost {
  /** Writes one line (a JSON document, no newline). */
  write(line: string): void;
  server: string;
  /** A buddy's key saved in the profile, when the node has not sent one this session. */
  knownKey(buddy: string): Buffer | undefined;
  /** {"cmd":"quit"}: log out and exit 0. */
  quit(): void;
}

type Request = Record<string, unknown>;
type Reply = Record<string, unknown>;

/** Longest request line accepted; a longer one is refused (RPC_TOO_LARGE), never buffered forever. */
export const MAX_LINE_BYTES = 256 * 1024;

export const RPC_COMMANDS = [
  'send',
  'buddies',
  'status',
  'add',
  'accept',
  'decline',
  'remove',
  'block',
  'unblock',
  'history',
  'verify',
  'path',
  'send-file',
  'accept-file',
  'decline-file',
  'cancel-file',
  'files',
  'whoami',
  'nat',
  'devices',
  'approve-device',
  'remove-device',
  'rename-device',
  'notify',
  'help',
  'quit',
] as const;

export class RpcServer {
  private chain: Promise<void> = Promise.resolve();
  private nat: NatReport | undefined;
  private connection: 'online' | 'offline' = 'offline';
  private readonly lastPresence = new Map<string, string>();

  constructor(
    private readonly peer: PeerApi,
    private readonly host: RpcHost,
  ) {}

  /** Turns peer events into event lines. */
  attach(): void {
    const p = this.peer;
    p.on('message', (m: HistoryEntry) =>
      this.event(
        m.synced && m.direction === 'out'
          ? // A copy of what another of our devices sent to m.buddy.
            { event: 'message', id: m.id, from: p.username, to: m.buddy, device: m.device ?? null, synced: true, text: m.text, at: m.at, path: m.path ?? null }
          : { event: 'message', id: m.id, from: m.buddy, text: m.text, at: m.at, path: m.path ?? null, ...(m.synced && { synced: true }) },
      ),
    );
    // 'sending' is the answer to the send request itself.
    p.on('state', (e: HistoryEntry) => e.state !== 'sending' && this.event({ event: 'state', id: e.id, to: e.buddy, state: e.state, path: e.path ?? null }));
    p.on('presence', (b: BuddyInfo) => {
      // The node pushes presence for endpoint changes too; scripts hear only what they can see.
      const e = { event: 'presence', buddy: b.username, online: b.online, status: b.status, text: b.statusText, path: b.path, nat: b.nat };
      const key = JSON.stringify(e);
      if (this.lastPresence.get(b.username) === key) return;
      this.lastPresence.set(b.username, key);
      this.event(e);
    });
    p.on('path', (e) => this.event({ event: 'path', buddy: e.buddy, ...(e.device && { device: e.device }), path: e.path, why: e.why }));
    p.on('network', (e) => this.event({ event: 'network', change: e.kind, addresses: e.after, before: e.before }));
    p.on('buddies', (list: BuddyInfo[]) => {
      const r = p.requests();
      this.event({ event: 'buddies', buddies: list.map((b) => buddyJson(b, true)), incoming: r.incoming, outgoing: r.outgoing, blocked: r.blocked });
    });
    p.on('buddyEvent', (e) => {
      if (e.kind === 'requested') this.event({ event: 'buddy-request', from: e.username, message: e.message });
      else if (e.kind === 'accepted') this.event({ event: 'buddy-accepted', user: e.username });
      else this.event({ event: 'buddy-removed', user: e.username });
    });
    p.on('identityChanged', (e) => this.event({ event: 'identity-changed', buddy: e.buddy, before: e.before, after: e.after }));
    p.on('devicesChanged', (e) => this.event({ event: 'devices-changed', user: e.user, added: e.added, removed: e.removed }));
    p.on('devices', (list) => this.event({ event: 'devices', devices: list.map(deviceJson) }));
    p.on('nat', (r: NatReport) => {
      this.nat = r;
      this.event({ event: 'nat', nat: r.nat, udp: r.udp, mapping: r.mapping, filtering: r.filtering });
    });
    p.on('online', () => {
      if (this.connection === 'online') return;
      this.connection = 'online';
      this.event({ event: 'connection', state: 'online' });
    });
    p.on('offline', (e) => {
      this.connection = 'offline';
      this.event({ event: 'connection', state: 'offline', reason: e.reason, retryInMs: e.retryInMs ?? null });
    });
    p.on('fileOffer', (t) => this.event({ event: 'file-offer', ...transferJson(t) }));
    p.on('fileProgress', (t) => this.event({ event: 'file-progress', ...transferJson(t) }));
    p.on('fileState', (t) => this.event({ event: 'file-state', ...transferJson(t) }));
    p.on('error', (err: Error) => this.event({ event: 'error', error: errorInfo(err) }));
  }

  event(e: Reply): void {
    this.host.write(JSON.stringify(e));
  }

  /** Queues one line; lines are handled and answered in order. */
  handleLine(line: string): Promise<void> {
    this.chain = this.chain.then(() => this.handle(line));
    return this.chain;
  }

  private async handle(line: string): Promise<void> {
    if (!line.trim()) return;
    let reqId: unknown;
    let reply: Reply;
    try {
      if (Buffer.byteLength(line) > MAX_LINE_BYTES) throw new RpcError('RPC_TOO_LARGE', `a request line is at most ${MAX_LINE_BYTES} bytes`);
      let req: unknown;
      try {
        req = JSON.parse(line);
      } catch {
        throw new RpcError('RPC_BAD_JSON', 'not JSON: send one JSON object per line, e.g. {"cmd":"buddies"}');
      }
      if (typeof req !== 'object' || req === null || Array.isArray(req)) throw new RpcError('RPC_BAD_REQUEST', 'a request is a JSON object with "cmd"');
      reqId = (req as Request).reqId;
      reply = { ok: true, ...(await this.dispatch(req as Request)) };
    } catch (err) {
      reply = { ok: false, error: errorInfo(err) };
    }
    this.host.write(JSON.stringify(reqId === undefined ? reply : { reqId, ...reply }));
  }

  private async dispatch(req: Request): Promise<Reply> {
    const cmd = req.cmd;
    if (typeof cmd !== 'string') throw new RpcError('RPC_BAD_REQUEST', 'missing "cmd" (one of ' + RPC_COMMANDS.join(', ') + ')');
    const p = this.peer;
    switch (cmd) {
      case 'send': {
        const to = user(req, 'to');
        const text = str(req, 'text');
        checkText(text);
        if (req.via !== undefined) {
          const via = kindOrBad(req.via);
          // Leaving end-to-end encryption is the script's explicit choice, never a default.
          if (req.confirm !== true) throw new RpcError('CONFIRMATION_REQUIRED', `"via" sends the text outside end-to-end encryption (the node reads it); say so with "confirm": true`);
          const id = await p.notify.sendExtended(to, via, text);
          return { id, via, state: 'queued', endToEnd: false };
        }
        requireBuddy(p, to);
        const e = await p.send(to, text);
        return { id: e.id, state: e.state, at: e.at };
      }
      case 'devices':
        return { devices: (await p.refreshDevices()).map(deviceJson), ...(p.linkCode && { linkCode: p.linkCode }) };
      case 'approve-device':
        return { device: deviceJson(await p.approveDevice(str(req, 'code'), req.name === undefined ? undefined : str(req, 'name'))) };
      case 'remove-device':
        return { device: deviceJson(await p.removeDevice(str(req, 'device'))) };
      case 'rename-device':
        return { device: deviceJson(await p.renameDevice(str(req, 'device'), str(req, 'name'))) };
      case 'buddies': {
        const r = p.requests();
        return { buddies: p.buddies().map((b) => buddyJson(b, true)), incoming: r.incoming, outgoing: r.outgoing, blocked: r.blocked };
      }
      case 'status': {
        const status = str(req, 'status');
        if (!['online', 'away', 'busy'].includes(status)) throw new RpcError('RPC_BAD_REQUEST', '"status" is online, away or busy');
        const text = req.text === undefined ? '' : str(req, 'text');
        await p.setStatus(status as Status, text);
        return { status, text };
      }
      case 'add':
      case 'accept':
      case 'decline':
      case 'remove':
      case 'block':
      case 'unblock': {
        const u = user(req, 'user');
        await buddyVerb(p, cmd as BuddyVerb, u);
        return { user: u, buddy: p.buddies().some((b) => b.username === u) };
      }
      case 'history': {
        const w = user(req, 'with');
        const limit = req.limit === undefined ? 50 : req.limit;
        if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) throw new RpcError('RPC_BAD_REQUEST', '"limit" is a positive whole number');
        const entries = await p.history.list(w, limit);
        return { with: w, messages: entries.map((e) => entryJson(p.username, e)) };
      }
      case 'verify': {
        const u = user(req, 'user');
        if (req.accept !== undefined && typeof req.accept !== 'boolean') throw new RpcError('RPC_BAD_REQUEST', '"accept" must be true or false');
        // The number for the set the node reports now (a held change: the new set, compared before accepting).
        const v = liveVerification(p, u, this.host.knownKey(u));
        if (!v) throw new RpcError('NOT_A_BUDDY', `${u} is not your buddy: only buddies' keys are known`);
        const keyChanged = p.keyHeld(u);
        const accepted = req.accept === true && p.acceptKey(u);
        return { ...v, keyChanged, accepted };
      }
      case 'path': {
        const b = user(req, 'buddy');
        if (!p.buddies().some((x) => x.username === b)) throw new RpcError('NOT_A_BUDDY', `${b} is not your buddy`);
        return { buddy: b, path: p.pathOf(b) };
      }
      case 'send-file': {
        const to = user(req, 'to');
        requireBuddy(p, to);
        return transferJson(await p.sendFile(to, str(req, 'path')));
      }
      case 'accept-file':
        return transferJson(await p.acceptFile(transferId(req), req.dir === undefined ? {} : { dir: str(req, 'dir') }));
      case 'decline-file': {
        const id = transferId(req);
        p.declineFile(id, req.reason === undefined ? '' : str(req, 'reason'));
        return { id };
      }
      case 'cancel-file': {
        const id = transferId(req);
        p.cancelFile(id);
        return { id };
      }
      case 'files':
        return { transfers: p.fileTransfers().map(transferJson) };
      case 'whoami':
        return { user: p.username, server: this.host.server, connection: this.connection, nat: this.nat?.nat ?? null };
      case 'nat':
        return { nat: this.nat ?? null };
      case 'notify': {
        const action = (req.action ?? 'list') as NotifyAction;
        if (typeof action !== 'string' || !NOTIFY_ACTIONS.includes(action)) throw new RpcError('RPC_BAD_REQUEST', `"action" is one of ${NOTIFY_ACTIONS.join(', ')}`);
        const words = NOTIFY_ACTION_ARGS[action].filter((k) => req[k] !== undefined).map((k) => str(req, k));
        if (req.resend !== undefined && typeof req.resend !== 'boolean') throw new RpcError('RPC_BAD_REQUEST', '"resend" must be true or false');
        const result = await runNotifyAction(p.notify, action, words, { resend: req.resend === true, ...(typeof req.tz === 'string' && { timeZone: req.tz }) });
        return 'settings' in result ? { settings: result.settings } : 'added' in result ? { added: result.added } : {};
      }
      case 'help':
        return { commands: [...RPC_COMMANDS] };
      case 'quit':
        setImmediate(() => this.host.quit());
        return {};
      default:
        throw new RpcError('RPC_UNKNOWN_COMMAND', `unknown cmd "${cmd}"; known: ${RPC_COMMANDS.join(', ')}`);
    }
  }
}

function str(req: Request, field: string): string {
  const v = req[field];
  if (typeof v !== 'string') throw new RpcError('RPC_BAD_REQUEST', `"${field}" must be a string`);
  return v;
}

function transferId(req: Request): string {
  const id = str(req, 'id').toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(id)) throw new RpcError('RPC_BAD_REQUEST', '"id" is a transfer id: 32 hex digits');
  return id;
}

function kindOrBad(value: unknown) {
  try {
    return kindArg(typeof value === 'string' ? value : undefined);
  } catch {
    throw new RpcError('RPC_BAD_REQUEST', '"via" is email, sms or webhook');
  }
}

function user(req: Request, field: string): string {
  const v = str(req, field).trim().toLowerCase();
  if (!v) throw new RpcError('RPC_BAD_REQUEST', `"${field}" is empty`);
  return v;
}
