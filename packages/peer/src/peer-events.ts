// What NatterPeer tells a UI: its events, and the buddy and request views
// they carry. Shared by the facade and the modules that raise the events.
import type { NatReport as ClassifierReport } from '@natter/stun';
import type { PathKind } from './conversation.js';
import type { FileTransferInfo } from './files/index.js';
import type { HistoryEntry } from './history.js';
import type { NetworkChange } from './network-watch.js';
import type { BuddyEventKindName, StatusName } from './protocol-names.js';
import type { LoginOk } from './session/index.js';

export interface BuddyInfo {
  username: string;
  online: boolean;
  status: StatusName;
  statusText: string;
  path: PathKind | 'offline';
  nat: string;
  identityKey: Buffer | undefined;
  /** The user's devices (docs/protocol.md, "Devices"): the user is online when one is. */
  devices: DeviceInfo[];
}

/** One device of a buddy, or of our own user. */
export interface DeviceInfo {
  /** USER/DEVICE: what conversations, punches and relay frames name. */
  address: string;
  /** The device id in hex. */
  id: string;
  name: string;
  identityKey: Buffer;
  online: boolean;
  status: StatusName;
  nat: string;
  /** The conversation's path with this device ('offline' when it is). */
  path: PathKind | 'offline';
  lastSeen: number;
  clientVersion: string;
  state: 'active' | 'pending';
  /** Messages go to it: its key was accepted, or a trusted device of the same user certified it. */
  trusted: boolean;
  /** This device (in our own list). */
  self: boolean;
}

/** Pending buddy requests and blocks, from the node's latest BuddyList. */
export interface BuddyRequests {
  /** Users who asked to be our buddy and wait for accept / decline. */
  incoming: string[];
  /** Users we asked, who have not answered. */
  outgoing: string[];
  blocked: string[];
}

export interface NatterPeerEvents {
  online: [LoginOk];
  offline: [{ reason: string; retryInMs: number | undefined }];
  token: [Buffer];
  message: [HistoryEntry];
  state: [HistoryEntry];
  presence: [BuddyInfo];
  buddies: [BuddyInfo[]];
  buddyEvent: [{ kind: BuddyEventKindName; username: string; message: string }];
  /** A conversation's path changed: `buddy` is the user, `device` the device (USER/DEVICE) of that conversation. */
  path: [{ buddy: string; device?: string; path: PathKind; why: string }];
  /** The host's addresses changed (network-watch.ts); on 'moved' the peer reconnects and punches again. */
  network: [NetworkChange];
  identityChanged: [{ buddy: string; before: string; after: string }];
  /** A user's trusted devices changed without a hold (a device linked with a certificate, or removed): ids in hex. */
  devicesChanged: [{ user: string; added: string[]; removed: string[] }];
  /** Our own devices (a link request shows up as a pending one). */
  devices: [DeviceInfo[]];
  knownKeys: [Record<string, string>];
  nat: [ClassifierReport];
  /** A buddy offers a file and waits for acceptFile / declineFile (offers from trusted buddies are accepted without it). */
  fileOffer: [FileTransferInfo];
  /** A moving transfer, about four times a second: bytes, rate, ETA, path. */
  fileProgress: [FileTransferInfo];
  /** A transfer changed state (offered, sending, waiting, verifying, done, failed, ...). */
  fileState: [FileTransferInfo];
  error: [Error];
}

/** Raises one of NatterPeer's events (the modules get this, not the emitter). */
export type EmitPeerEvent = <K extends keyof NatterPeerEvents>(event: K, ...args: NatterPeerEvents[K]) => void;
