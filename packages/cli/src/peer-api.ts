// The part of NatterPeer that the interactive commands (chat, rpc) drive.
// An interface, so their logic is tested with a fake peer and no network.
import type { BuddyInfo, BuddyRequests, DeviceInfo, FileTransferInfo, HistoryEntry, NatterPeerEvents, NotifyClient, PathKind } from '@natter/peer';

export type BuddyAction = 'request' | 'accept' | 'decline' | 'remove' | 'block' | 'unblock';
export type Status = 'online' | 'away' | 'busy';

export interface PeerApi {
  readonly username: string;
  readonly identityKey: Buffer;
  readonly history: { list(buddy: string, limit?: number): Promise<HistoryEntry[]> };
  send(buddy: string, text: string): Promise<HistoryEntry>;
  buddyAction(action: BuddyAction, username: string, message?: string): Promise<void>;
  setStatus(status: Status, text?: string): Promise<void>;
  buddies(): BuddyInfo[];
  requests(): BuddyRequests;
  pathOf(buddy: string): PathKind | 'offline';
  /** Messages to `buddy` are held: their key changed and has not been accepted. */
  keyHeld(buddy: string): boolean;
  /** Accepts `buddy`'s changed key; the held messages go out. False when none was pending. */
  acceptKey(buddy: string): boolean;
  /** Offers a file; progress comes as fileState / fileProgress events. */
  sendFile(buddy: string, path: string): Promise<FileTransferInfo>;
  acceptFile(id: string, options?: { dir?: string }): Promise<FileTransferInfo>;
  declineFile(id: string, reason?: string): void;
  cancelFile(id: string): void;
  fileTransfers(): FileTransferInfo[];
  /** Our own devices (docs/protocol.md, "Devices"), this one among them. */
  devices(): DeviceInfo[];
  refreshDevices(): Promise<DeviceInfo[]>;
  /** Approves the pending device showing `code` (signs its certificate). */
  approveDevice(code: string, name?: string): Promise<DeviceInfo>;
  /** Removes a device of ours, by name or id prefix (not the last). */
  removeDevice(which: string): Promise<DeviceInfo>;
  renameDevice(which: string, name: string): Promise<DeviceInfo>;
  /** This device's code while it waits for approval; '' when active. */
  readonly linkCode: string;
  /** Extended delivery: channels, settings, extended messages. */
  readonly notify: NotifyClient;
  on<K extends keyof NatterPeerEvents>(event: K, listener: (...args: NatterPeerEvents[K]) => void): unknown;
  off<K extends keyof NatterPeerEvents>(event: K, listener: (...args: NatterPeerEvents[K]) => void): unknown;
}

/** One line for any error: its stable code and message. */
export function errorInfo(err: unknown): { code: string; message: string } {
  const e = err as { code?: unknown; message?: unknown };
  const code = typeof e?.code === 'string' && /^[A-Z][A-Z0-9_]*$/.test(e.code) ? e.code : 'INTERNAL';
  const message = typeof e?.message === 'string' ? e.message : String(err);
  return { code, message };
}
