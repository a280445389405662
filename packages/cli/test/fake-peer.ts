// A PeerApi without a network, for the chat and rpc unit tests: buddies,
// requests and history are plain fields; send() records and emits states
// the way NatterPeer does.
import { EventEmitter } from 'node:events';
import { FileError, NotifyClient, SessionError, generateIdentity, identityPublicKey, type DeviceInfo, type BuddyInfo, type BuddyRequests, type FileTransferInfo, type HistoryEntry, type NatterPeerEvents } from '@natter/peer';
import type { BuddyAction, PeerApi, Status } from '../src/peer-api.js';

export function buddy(username: string, over: Partial<BuddyInfo> = {}): BuddyInfo {
  return {
    username,
    online: true,
    status: 'online',
    statusText: '',
    path: 'relay',
    nat: 'full-cone',
    identityKey: identityPublicKey(generateIdentity()),
    devices: [],
    ...over,
  };
}

export class FakePeer extends EventEmitter<NatterPeerEvents> implements PeerApi {
  readonly identityKey = identityPublicKey(generateIdentity());
  list: BuddyInfo[] = [];
  pending: BuddyRequests = { incoming: [], outgoing: [], blocked: [] };
  entries: HistoryEntry[] = [];
  actions: Array<[BuddyAction, string]> = [];
  status: [Status, string] | undefined;
  private n = 0;
  /** Extended delivery answers nothing here: tests that need it use a real node. */
  readonly notify = new NotifyClient({ request: async () => Promise.reject(new Error('no node in this test')) });

  constructor(readonly username = 'alice') {
    super();
  }

  readonly history = {
    list: async (b: string, limit = 50) => this.entries.filter((e) => e.buddy === b).slice(-limit),
  };

  async send(to: string, text: string): Promise<HistoryEntry> {
    const e: HistoryEntry = { id: (++this.n).toString(16).padStart(32, '0'), buddy: to, direction: 'out', text, at: Date.UTC(2026, 0, 1, 12, 0, this.n), state: 'sending' };
    this.entries.push(e);
    this.emit('state', e);
    return e;
  }

  /** Moves a sent message on, as the network would. */
  advance(id: string, state: HistoryEntry['state'], path?: HistoryEntry['path']): HistoryEntry {
    const i = this.entries.findIndex((e) => e.id === id);
    const e = { ...this.entries[i]!, state, ...(path ? { path } : {}) };
    this.entries[i] = e;
    this.emit('state', e);
    return e;
  }

  receive(from: string, text: string, path: HistoryEntry['path'] = 'relay'): HistoryEntry {
    const e: HistoryEntry = { id: (++this.n).toString(16).padStart(32, 'f'), buddy: from, direction: 'in', text, at: Date.UTC(2026, 0, 1, 12, 1, this.n), state: 'received', path };
    this.entries.push(e);
    this.emit('message', e);
    return e;
  }

  async buddyAction(action: BuddyAction, user: string): Promise<void> {
    this.actions.push([action, user]);
    if (action === 'accept') {
      if (!this.pending.incoming.includes(user)) throw Object.assign(new Error(`no buddy request from ${user}`), { code: 'NO_SUCH_REQUEST' });
      this.pending.incoming = this.pending.incoming.filter((u) => u !== user);
      this.list.push(buddy(user));
    }
    if (action === 'request') this.pending.outgoing.push(user);
  }

  async setStatus(status: Status, text = ''): Promise<void> {
    this.status = [status, text];
  }

  buddies(): BuddyInfo[] {
    return [...this.list];
  }

  /** Buddies whose key changed and is not accepted (tests put names here). */
  readonly held = new Set<string>();

  keyHeld(buddy: string): boolean {
    return this.held.has(buddy);
  }

  acceptKey(buddy: string): boolean {
    return this.held.delete(buddy);
  }

  requests(): BuddyRequests {
    return { incoming: [...this.pending.incoming], outgoing: [...this.pending.outgoing], blocked: [...this.pending.blocked] };
  }

  pathOf(b: string) {
    return this.list.find((x) => x.username === b)?.path ?? 'offline';
  }

  /** File transfers by id; offer() puts an incoming one here as NatterPeer would. */
  readonly transfers = new Map<string, FileTransferInfo>();
  readonly fileCalls: string[] = [];

  private transfer(over: Partial<FileTransferInfo>): FileTransferInfo {
    const id = (++this.n).toString(16).padStart(32, 'a');
    const t: FileTransferInfo = { id, direction: 'send', buddy: 'bob', device: 'bob', name: 'f', size: 10, sha256: '0'.repeat(64), bytes: 0, state: 'waiting', path: null, relayLimitBytesPerSecond: null, rateBytesPerSecond: 0, etaSeconds: null, file: '/tmp/f', ...over };
    this.transfers.set(t.id, t);
    return t;
  }

  /** A buddy offers a file: a fileOffer event. */
  offer(from: string, name: string, size: number): FileTransferInfo {
    const t = this.transfer({ direction: 'receive', buddy: from, name, size, state: 'offered', file: '' });
    this.emit('fileOffer', { ...t });
    return t;
  }

  async sendFile(to: string, path: string): Promise<FileTransferInfo> {
    this.fileCalls.push(`send ${to} ${path}`);
    const t = this.transfer({ buddy: to, name: path.split('/').pop()!, file: path });
    this.emit('fileState', { ...t });
    return { ...t };
  }

  async acceptFile(id: string, options: { dir?: string } = {}): Promise<FileTransferInfo> {
    const t = this.transfers.get(id);
    if (!t || t.state !== 'offered') throw new FileError('FILE_UNKNOWN', `no offer ${id}`);
    this.fileCalls.push(`accept ${id} ${options.dir ?? '-'}`);
    Object.assign(t, { state: 'waiting', file: `${options.dir ?? '/home/x/Downloads'}/${t.name}.partial` });
    this.emit('fileState', { ...t });
    return { ...t };
  }

  declineFile(id: string): void {
    this.fileCalls.push(`decline ${id}`);
    const t = this.transfers.get(id);
    if (t) Object.assign(t, { state: 'declined' });
  }

  cancelFile(id: string): void {
    this.fileCalls.push(`cancel ${id}`);
  }

  fileTransfers(): FileTransferInfo[] {
    return [...this.transfers.values()].map((t) => ({ ...t }));
  }

  // Devices: this one, and those a test adds; approvals are by the code the test gives.
  readonly ownDevices: DeviceInfo[] = [];
  readonly linkCode = '';
  devices(): DeviceInfo[] {
    return [...this.ownDevices];
  }
  async refreshDevices(): Promise<DeviceInfo[]> {
    return this.devices();
  }
  async approveDevice(code: string): Promise<DeviceInfo> {
    const d = this.ownDevices.find((x) => x.state === 'pending' && x.name === code);
    if (!d) throw new SessionError('NO_SUCH_DEVICE', `no device of yours waits with the code ${code}`);
    d.state = 'active';
    return d;
  }
  async removeDevice(which: string): Promise<DeviceInfo> {
    const at = this.ownDevices.findIndex((x) => x.name === which || x.id.startsWith(which));
    if (at < 0) throw new SessionError('NO_SUCH_DEVICE', `no device of yours is called ${which}`);
    return this.ownDevices.splice(at, 1)[0]!;
  }
  async renameDevice(which: string, name: string): Promise<DeviceInfo> {
    const d = this.ownDevices.find((x) => x.name === which || x.id.startsWith(which));
    if (!d) throw new SessionError('NO_SUCH_DEVICE', `no device of yours is called ${which}`);
    d.name = name;
    return d;
  }
}
