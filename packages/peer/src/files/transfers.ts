// File transfers with buddies, both ways: offers and answers, the user's
// decision (or trust), resuming after anything that breaks the link, and
// what the UI sees (states, progress with rate and ETA). The bytes ride the
// bulk connection of links.ts; writing and verifying are incoming.ts,
// reading outgoing.ts. The protocol is in docs/protocol.md ("File transfer").
import { randomBytes } from 'node:crypto';
import { basename, join } from 'node:path';
import type { Clock, TimerHandle } from '@natter/io';
import { userOfAddress, type DecodedFileControl, type natter } from '@natter/wire';
import type { RecvStream, SendStream } from '../bulk/index.js';
import { FileError, type FileErrorCode } from './errors.js';
import { IncomingFile, createPartial, freeBytes } from './incoming.js';
import { sanitizeFileName } from './names.js';
import { FileLink, TRANSFER_ID_BYTES } from './link.js';
import type { FileLinks } from './links.js';
import { hashFile, pumpFile, statFile, type FileFacts } from './outgoing.js';
import { RecordStore, type IncomingRecord, type OutgoingRecord } from './records.js';

export type FileTransferState = 'hashing' | 'waiting' | 'offered' | 'sending' | 'receiving' | 'verifying' | 'done' | 'failed' | 'declined' | 'cancelled';

export interface FileTransferInfo {
  /** 32 hex digits, the same on both sides and across resumes. */
  id: string;
  direction: 'send' | 'receive';
  /** The buddy (USER). */
  buddy: string;
  /** The buddy's device the transfer is with (USER/DEVICE; docs/protocol.md, "Devices"). */
  device: string;
  name: string;
  size: number;
  sha256: string;
  /** Bytes the receiver has (sending: acknowledged by its transport; receiving: on disk). */
  bytes: number;
  state: FileTransferState;
  /** The path the transfer rides now, when it moves bytes. */
  path: 'direct' | 'relay' | null;
  /** On the relay: the most the node lets it send (bytes/s). */
  relayLimitBytesPerSecond: number | null;
  rateBytesPerSecond: number;
  etaSeconds: number | null;
  /** Sending: the source; receiving: where it is written (its final name once done). */
  file: string;
  error?: { code: string; message: string };
}

export interface FileTransfersOptions {
  clock: Clock;
  links: () => FileLinks;
  isOnline(buddy: string): boolean;
  /** Starts (or finds) the conversation and its session with the buddy; resolves when it can carry a transfer. */
  ready(buddy: string): Promise<boolean>;
  /** Transfers are worth a direct path: ask for a punch. */
  requestPunch(buddy: string): void;
  /** Where transfer records live (the profile's data directory); none: nothing survives the process. */
  dataDir?: string | undefined;
  /** Where accepted files go unless the accept says otherwise. */
  downloadDir(): string;
  /** Accept offers from this buddy without asking. */
  autoAccept(buddy: string): boolean;
  /** Pick up unfinished transfers from earlier runs (long-running clients; one-shot commands do not). */
  resumeFromDisk?: boolean;
  emit(event: 'fileOffer' | 'fileProgress' | 'fileState', info: FileTransferInfo): void;
}

/** Offers one buddy may have waiting for our decision; more are declined. */
const MAX_UNDECIDED_PER_BUDDY = 16;
/** Whole-file checks that may fail (each resends from 0) before the transfer fails. */
const MAX_VERIFY_FAILURES = 2;
const PROGRESS_EVERY_MS = 250;
const FINAL: ReadonlySet<FileTransferState> = new Set(['done', 'failed', 'declined', 'cancelled']);

interface Transfer {
  info: FileTransferInfo;
  waiters: Array<{ resolve: (info: FileTransferInfo) => void; reject: (err: FileError) => void }>;
  lastBytes: number;
  lastAt: number;
}

interface Outgoing extends Transfer {
  record: OutgoingRecord;
  facts: FileFacts;
  stream: SendStream | undefined;
  offset: number;
  verifyFailures: number;
  starting: boolean;
}

interface Incoming extends Transfer {
  offer: { name: string; size: number; sha256: string };
  file: IncomingFile | undefined;
  verifyFailures: number;
}

export class FileTransfers {
  private readonly outgoing = new Map<string, Outgoing>();
  private readonly incoming = new Map<string, Incoming>();
  private readonly outStore: RecordStore<OutgoingRecord>;
  private readonly inStore: RecordStore<IncomingRecord>;
  private ticker: TimerHandle | undefined;
  private closed = false;

  constructor(private readonly options: FileTransfersOptions) {
    const dir = options.dataDir;
    this.outStore = new RecordStore(dir && join(dir, 'outgoing'));
    this.inStore = new RecordStore(dir && join(dir, 'incoming'));
    // Accepted files resume whoever restarts: their records answer the sender's next offer.
    for (const record of this.inStore.list()) this.restoreIncoming(record);
    if (options.resumeFromDisk) for (const record of this.outStore.list()) this.restoreOutgoing(record);
  }

  list(): FileTransferInfo[] {
    return [...this.outgoing.values(), ...this.incoming.values()].map((t) => ({ ...t.info }));
  }

  get(id: string): FileTransferInfo | undefined {
    const t = this.outgoing.get(id) ?? this.incoming.get(id);
    return t && { ...t.info };
  }

  /** Resolves when the transfer is done; rejects with its FileError when it fails, is declined or cancelled. */
  whenDone(id: string): Promise<FileTransferInfo> {
    const t = this.outgoing.get(id) ?? this.incoming.get(id);
    if (!t) return Promise.reject(new FileError('FILE_UNKNOWN', `no transfer ${id}`));
    if (FINAL.has(t.info.state)) return settle(t.info);
    return new Promise((resolve, reject) => t.waiters.push({ resolve, reject }));
  }

  // ------------------------------------------------------------- sending

  /**
   * Offers `path` to `buddy`: hashes it (or reuses the id and hash of an
   * unfinished transfer of the same file to the same buddy, so the buddy
   * resumes), then offers it as soon as the buddy is reachable.
   */
  async send(buddy: string, path: string, onHashing?: (bytes: number, size: number) => void): Promise<FileTransferInfo> {
    const facts = await statFile(path);
    const same = [...this.outgoing.values()].find(
      (t) => !FINAL.has(t.info.state) && t.record.to === buddy && t.record.path === path && t.facts.size === facts.size && t.facts.mtimeMs === facts.mtimeMs,
    );
    if (same) return { ...same.info };
    const saved = this.outStore.list().find((r) => r.to === buddy && r.path === path && r.size === facts.size && r.mtimeMs === facts.mtimeMs);
    let record = saved;
    if (!record) {
      const sha256 = await hashFile(path, (bytes) => onHashing?.(bytes, facts.size));
      record = { id: randomBytes(TRANSFER_ID_BYTES).toString('hex'), to: buddy, path, name: basename(path), size: facts.size, sha256, mtimeMs: facts.mtimeMs, createdAt: Date.now() };
      this.outStore.save(record);
    }
    const entry = this.restoreOutgoing(record);
    return { ...entry.info };
  }

  private restoreOutgoing(record: OutgoingRecord): Outgoing {
    const entry: Outgoing = {
      ...blank(),
      info: infoOf(record.id, 'send', record.to, record.name, record.size, record.sha256, record.path),
      record,
      facts: { size: record.size, mtimeMs: record.mtimeMs },
      stream: undefined,
      offset: 0,
      verifyFailures: 0,
      starting: false,
    };
    this.outgoing.set(record.id, entry);
    this.setState(entry, 'waiting');
    void this.offer(entry);
    return entry;
  }

  /** Offers (again) when the buddy is reachable; otherwise the transfer waits for onLinkUp. */
  private async offer(entry: Outgoing): Promise<void> {
    if (FINAL.has(entry.info.state) || entry.starting || this.closed) return;
    const buddy = entry.record.to;
    if (!this.options.isOnline(buddy)) return this.setState(entry, 'waiting');
    entry.starting = true;
    try {
      this.options.requestPunch(buddy);
      if (!(await this.options.ready(buddy))) return this.setState(entry, 'waiting');
    } finally {
      entry.starting = false;
    }
    const link = this.options.links().get(buddy);
    if (!link || FINAL.has(entry.info.state)) return;
    link.send({ offer: { transferId: Buffer.from(entry.record.id, 'hex'), name: entry.record.name, size: entry.record.size, sha256: Buffer.from(entry.record.sha256, 'hex'), sentAtMs: Date.now() } });
    if (entry.info.state !== 'sending') this.setState(entry, 'offered');
  }

  private onAnswer(buddy: string, answer: natter.peer.FileAnswer): void {
    const entry = this.outgoing.get(hex(answer.transferId));
    if (!entry || entry.record.to !== buddy || FINAL.has(entry.info.state)) return;
    if (answer.accepted) {
      // An answer to an offer sent twice (a reconnect races the buddy's return): one stream is enough.
      if (entry.info.state === 'sending' && entry.stream && !entry.stream.failure) return;
      void this.startSending(entry, Number(answer.offset ?? 0));
    }
    else if (answer.pending) this.setState(entry, 'offered');
    else this.finish(entry, 'declined', new FileError('FILE_DECLINED', `${buddy} declined ${entry.record.name}${answer.reason ? `: ${answer.reason}` : ''}`));
  }

  private async startSending(entry: Outgoing, offset: number): Promise<void> {
    const link = this.options.links().linkOf(entry.record.to);
    if (!link || offset > entry.record.size) return;
    if (entry.stream) link.connection.resetStream(entry.stream, 0);
    const stream = link.openFileStream(Buffer.from(entry.record.id, 'hex'), offset);
    entry.stream = stream;
    entry.offset = offset;
    entry.info.bytes = offset;
    this.setState(entry, 'sending');
    try {
      await pumpFile(entry.record.path, entry.facts, offset, stream);
      if (entry.stream === stream) this.setState(entry, 'verifying');
    } catch (err) {
      if (entry.stream !== stream) return; // replaced by a newer stream
      entry.stream = undefined;
      if (err instanceof FileError) {
        link.send({ cancel: { transferId: Buffer.from(entry.record.id, 'hex'), reason: err.message } });
        this.finish(entry, 'failed', err);
      } else if (!FINAL.has(entry.info.state)) {
        this.setState(entry, 'waiting');
        // The link went: the next one offers again. The stream alone failed
        // (the buddy stopped it): offer again on this link.
        if (!link.connection.closed) this.options.clock.setTimeout(() => void this.offer(entry), 500);
      }
    }
  }

  private onDone(buddy: string, done: natter.peer.FileDone): void {
    const entry = this.outgoing.get(hex(done.transferId));
    if (!entry || entry.record.to !== buddy || FINAL.has(entry.info.state)) return;
    if (done.ok) {
      entry.info.bytes = entry.record.size;
      this.finish(entry, 'done');
      return;
    }
    entry.verifyFailures++;
    if (entry.verifyFailures >= MAX_VERIFY_FAILURES) {
      this.options.links().linkOf(buddy)?.send({ cancel: { transferId: done.transferId, reason: 'verification failed twice' } });
      this.finish(entry, 'failed', new FileError('FILE_VERIFY_FAILED', `${buddy} could not verify ${entry.record.name} twice: ${done.error}`));
    } else void this.startSending(entry, 0);
  }

  // ------------------------------------------------------------- receiving

  private restoreIncoming(record: IncomingRecord): Incoming {
    const entry: Incoming = {
      ...blank(),
      info: infoOf(record.id, 'receive', record.from, record.name, record.size, record.sha256, record.partial),
      offer: { name: record.name, size: record.size, sha256: record.sha256 },
      file: undefined,
      verifyFailures: 0,
    };
    entry.file = this.incomingFile(entry, record);
    this.incoming.set(record.id, entry);
    entry.info.state = 'waiting';
    return entry;
  }

  private async onOffer(buddy: string, offer: natter.peer.FileOffer): Promise<void> {
    const id = hex(offer.transferId);
    const size = Number(offer.size ?? 0);
    const sha256 = hex(offer.sha256);
    const link = this.options.links().linkOf(buddy);
    const answer = (a: Omit<natter.peer.FileAnswer.$Properties, 'transferId'>) => link?.send({ answer: { transferId: offer.transferId, ...a } });
    if (id.length !== TRANSFER_ID_BYTES * 2 || sha256.length !== 64 || !Number.isSafeInteger(size) || size < 0 || typeof offer.name !== 'string' || offer.name.length > 1024) {
      return void answer({ accepted: false, reason: 'malformed offer' });
    }
    const existing = this.incoming.get(id);
    if (existing) {
      if (existing.info.device !== buddy) return void answer({ accepted: false, reason: 'transfer id in use' });
      if (existing.info.state === 'done') {
        link?.send({ done: { transferId: offer.transferId, ok: true } });
        return;
      }
      if (existing.info.state === 'offered') return void answer({ pending: true });
      if (!existing.file || FINAL.has(existing.info.state)) return void answer({ accepted: false, reason: existing.info.error?.message ?? 'declined' });
      // A resume: from what we hold.
      const offset = await existing.file.resumeOffset();
      existing.info.file = existing.file.record.partial;
      existing.info.bytes = offset;
      this.setState(existing, 'waiting');
      return void answer({ accepted: true, offset });
    }
    const undecided = [...this.incoming.values()].filter((t) => t.info.device === buddy && t.info.state === 'offered').length;
    if (undecided >= MAX_UNDECIDED_PER_BUDDY) return void answer({ accepted: false, reason: 'too many offers waiting' });
    const entry: Incoming = {
      ...blank(),
      // The buddy's name for it is only a suggestion; never shown or used raw.
      info: infoOf(id, 'receive', buddy, sanitizeFileName(offer.name), size, sha256, ''),
      offer: { name: offer.name, size, sha256 },
      file: undefined,
      verifyFailures: 0,
    };
    entry.info.state = 'offered';
    this.incoming.set(id, entry);
    if (this.options.autoAccept(buddy)) {
      await this.accept(id).catch(() => undefined);
      return;
    }
    this.options.emit('fileOffer', { ...entry.info });
    answer({ pending: true });
  }

  /**
   * Accepts an offer into `dir` (default: the download directory) under a
   * sanitised name that replaces nothing. FILE_NO_SPACE when the file
   * system has no room for it (the offer is declined).
   */
  async accept(id: string, options: { dir?: string } = {}): Promise<FileTransferInfo> {
    const entry = this.incoming.get(id);
    if (!entry || entry.file || FINAL.has(entry.info.state)) throw new FileError('FILE_UNKNOWN', `no offer ${id} waiting for an answer`);
    const buddy = entry.info.device;
    const dir = options.dir ?? this.options.downloadDir();
    const link = () => this.options.links().linkOf(buddy);
    const free = await freeBytes(dir).catch(() => undefined);
    if (free !== undefined && free < entry.offer.size) {
      const err = new FileError('FILE_NO_SPACE', `${entry.offer.name} needs ${entry.offer.size} bytes; ${dir} has ${free} free`);
      link()?.send({ answer: { transferId: Buffer.from(id, 'hex'), accepted: false, reason: 'not enough disk space' } });
      this.finish(entry, 'declined', err);
      throw err;
    }
    let created: { destination: string; partial: string };
    try {
      created = await createPartial(dir, entry.offer.name);
    } catch (err) {
      const failure = err instanceof FileError ? err : new FileError('FILE_WRITE_FAILED', (err as Error).message);
      link()?.send({ answer: { transferId: Buffer.from(id, 'hex'), accepted: false, reason: 'cannot write there' } });
      this.finish(entry, 'failed', failure);
      throw failure;
    }
    const { destination, partial } = created;
    const record: IncomingRecord = { id, from: buddy, name: basename(destination), size: entry.offer.size, sha256: entry.offer.sha256, destination, partial, acceptedAt: Date.now() };
    this.inStore.save(record);
    entry.file = this.incomingFile(entry, record);
    entry.info.name = record.name;
    entry.info.file = partial;
    this.setState(entry, 'waiting');
    link()?.send({ answer: { transferId: Buffer.from(id, 'hex'), accepted: true, offset: 0 } });
    return { ...entry.info };
  }

  decline(id: string, reason = ''): void {
    const entry = this.incoming.get(id);
    if (!entry || entry.info.state !== 'offered') throw new FileError('FILE_UNKNOWN', `no offer ${id} waiting for an answer`);
    this.options.links().linkOf(entry.info.device)?.send({ answer: { transferId: Buffer.from(id, 'hex'), accepted: false, reason } });
    this.finish(entry, 'declined', new FileError('FILE_DECLINED', `declined ${entry.offer.name}`));
  }

  private incomingFile(entry: Incoming, record: IncomingRecord): IncomingFile {
    return new IncomingFile(record, {
      onProgress: () => {
        entry.info.bytes = entry.file?.bytes ?? entry.info.bytes;
      },
      onComplete: (result) => {
        const link = this.options.links().linkOf(entry.info.device);
        const transferId = Buffer.from(entry.info.id, 'hex');
        if (result.ok) {
          this.inStore.remove(entry.info.id);
          entry.info.file = result.path;
          entry.info.name = basename(result.path);
          entry.info.bytes = entry.info.size;
          link?.send({ done: { transferId, ok: true } });
          this.finish(entry, 'done');
          return;
        }
        entry.verifyFailures++;
        link?.send({ done: { transferId, ok: false, error: result.error.message } });
        if (entry.verifyFailures >= MAX_VERIFY_FAILURES) {
          void entry.file?.discard();
          this.inStore.remove(entry.info.id);
          this.finish(entry, 'failed', result.error);
        } else {
          entry.info.bytes = 0;
          this.setState(entry, 'waiting');
        }
      },
      onFailure: (error) => {
        this.options.links().linkOf(entry.info.device)?.send({ cancel: { transferId: Buffer.from(entry.info.id, 'hex'), reason: error.message } });
        void entry.file?.discard();
        this.inStore.remove(entry.info.id);
        this.finish(entry, 'failed', error);
      },
    });
  }

  // ------------------------------------------------------------- both

  cancel(id: string): void {
    const entry = this.outgoing.get(id) ?? this.incoming.get(id);
    if (!entry || FINAL.has(entry.info.state)) throw new FileError('FILE_UNKNOWN', `no transfer ${id} in progress`);
    const link = this.options.links().linkOf(entry.info.device);
    link?.send({ cancel: { transferId: Buffer.from(id, 'hex'), reason: 'cancelled' } });
    this.cancelled(entry, 'you cancelled it');
  }

  private cancelled(entry: Outgoing | Incoming, why: string): void {
    if ('record' in entry) {
      const link = this.options.links().linkOf(entry.info.device);
      if (entry.stream && link) link.connection.resetStream(entry.stream, 0);
      entry.stream = undefined;
      this.outStore.remove(entry.info.id);
    } else {
      void entry.file?.discard();
      this.inStore.remove(entry.info.id);
    }
    this.finish(entry, 'cancelled', new FileError('FILE_CANCELLED', `${entry.info.name}: ${why}`));
  }

  /** Control messages from the buddy's link. */
  onControl(buddy: string, message: DecodedFileControl): void {
    switch (message.body) {
      case 'offer':
        void this.onOffer(buddy, message.offer as natter.peer.FileOffer);
        return;
      case 'answer':
        this.onAnswer(buddy, message.answer as natter.peer.FileAnswer);
        return;
      case 'done':
        this.onDone(buddy, message.done as natter.peer.FileDone);
        return;
      case 'cancel': {
        const cancel = message.cancel as natter.peer.FileCancel;
        const id = hex(cancel.transferId);
        const entry = this.outgoing.get(id) ?? this.incoming.get(id);
        if (entry && entry.info.device === buddy && !FINAL.has(entry.info.state)) this.cancelled(entry, `${buddy} cancelled it${cancel.reason ? ` (${cancel.reason})` : ''}`);
        return;
      }
    }
  }

  /** A stream of file bytes from the buddy. */
  attachStream(buddy: string, transferId: Buffer, offset: number, stream: RecvStream, first: Buffer, link: FileLink): void {
    const entry = this.incoming.get(transferId.toString('hex'));
    const file = entry?.file;
    if (!entry || !file || entry.info.device !== buddy || FINAL.has(entry.info.state)) {
      link.connection.stopStream(stream, 1);
      return;
    }
    this.setState(entry, 'receiving');
    void file.attach(stream, offset, first).then((ok) => {
      if (!ok) link.connection.stopStream(stream, 2); // it would leave a hole; the sender offers again
    }, (err: Error) => {
      const entry = this.incoming.get(transferId.toString('hex'));
      if (entry) this.finish(entry, 'failed', new FileError('FILE_WRITE_FAILED', err.message));
    });
  }

  /** A session with the buddy is up: offer again what waits for them. */
  onLinkUp(buddy: string): void {
    for (const entry of this.outgoing.values()) if (entry.record.to === buddy && !FINAL.has(entry.info.state)) void this.offer(entry);
  }

  /** The link went away: transfers wait for the next one. */
  onLinkDown(buddy: string): void {
    for (const entry of this.outgoing.values()) {
      if (entry.record.to !== buddy || FINAL.has(entry.info.state)) continue;
      // What the buddy acknowledged so far (the progress tick may not have run yet).
      this.updateSentBytes(entry);
      entry.stream = undefined;
      this.setState(entry, 'waiting');
    }
    for (const entry of this.incoming.values()) {
      if (entry.info.device !== buddy || FINAL.has(entry.info.state) || entry.info.state === 'offered') continue;
      void entry.file?.detach();
      this.setState(entry, 'waiting');
    }
  }

  /** The buddy came online: transfers that waited for them go on. */
  onBuddyBack(buddy: string): void {
    this.onLinkUp(buddy);
  }

  // ------------------------------------------------------------- state and progress

  private setState(entry: Outgoing | Incoming, state: FileTransferState): void {
    if (entry.info.state === state) return;
    entry.info.state = state;
    this.refreshPath(entry);
    if (state !== 'sending' && state !== 'receiving') {
      entry.info.rateBytesPerSecond = 0;
      entry.info.etaSeconds = null;
    }
    this.options.emit('fileState', { ...entry.info });
    this.tickLater();
  }

  private finish(entry: Outgoing | Incoming, state: 'done' | 'failed' | 'declined' | 'cancelled', error?: FileError): void {
    if (FINAL.has(entry.info.state)) return;
    if (error) entry.info.error = { code: error.code, message: error.message };
    if ('record' in entry) this.outStore.remove(entry.info.id);
    this.setState(entry, state);
    for (const w of entry.waiters.splice(0)) {
      if (state === 'done') w.resolve({ ...entry.info });
      else w.reject(error ?? new FileError('FILE_CANCELLED', `${entry.info.name}: ${state}`));
    }
  }

  private refreshPath(entry: Outgoing | Incoming): void {
    const link = this.options.links().linkOf(entry.info.device);
    const moving = entry.info.state === 'sending' || entry.info.state === 'receiving' || entry.info.state === 'verifying';
    entry.info.path = moving && link ? link.connection.pathKind : null;
    const cap = link && entry.info.path === 'relay' ? link.connection.stats.pacingBytesPerSecond : undefined;
    entry.info.relayLimitBytesPerSecond = entry.info.path === 'relay' && cap !== undefined && Number.isFinite(cap) ? Math.round(cap) : null;
  }

  /** An outgoing transfer's bytes: what the buddy's side acknowledged on its stream. */
  private updateSentBytes(entry: Outgoing): void {
    if (entry.stream) entry.info.bytes = Math.min(entry.record.size, entry.offset + Math.max(0, entry.stream.ackedOffset - FileLink.fileHeaderBytes));
  }

  private tickLater(): void {
    if (this.ticker || this.closed) return;
    this.ticker = this.options.clock.setTimeout(() => this.tick(), PROGRESS_EVERY_MS);
  }

  private tick(): void {
    this.ticker = undefined;
    const now = this.options.clock.now();
    let active = false;
    for (const entry of [...this.outgoing.values(), ...this.incoming.values()]) {
      const moving = entry.info.state === 'sending' || entry.info.state === 'receiving';
      if (!moving) continue;
      active = true;
      if ('record' in entry) this.updateSentBytes(entry);
      const dt = (now - entry.lastAt) / 1000;
      if (dt > 0) {
        const rate = Math.max(0, entry.info.bytes - entry.lastBytes) / dt;
        // A short memory: a path change shows within a second or two.
        entry.info.rateBytesPerSecond = entry.info.rateBytesPerSecond ? 0.6 * entry.info.rateBytesPerSecond + 0.4 * rate : rate;
      }
      entry.lastBytes = entry.info.bytes;
      entry.lastAt = now;
      const left = entry.info.size - entry.info.bytes;
      entry.info.etaSeconds = entry.info.rateBytesPerSecond > 0 ? Math.round(left / entry.info.rateBytesPerSecond) : null;
      this.refreshPath(entry);
      this.options.emit('fileProgress', { ...entry.info });
    }
    if (active) this.tickLater();
  }

  close(): void {
    this.closed = true;
    if (this.ticker) this.options.clock.clearTimeout(this.ticker);
    for (const entry of this.incoming.values()) void entry.file?.detach();
  }
}

function blank(): Pick<Transfer, 'waiters' | 'lastBytes' | 'lastAt'> {
  return { waiters: [], lastBytes: 0, lastAt: 0 };
}

function infoOf(id: string, direction: 'send' | 'receive', buddy: string, name: string, size: number, sha256: string, file: string): FileTransferInfo {
  return { id, direction, buddy: userOfAddress(buddy), device: buddy, name, size, sha256, bytes: 0, state: 'waiting', path: null, relayLimitBytesPerSecond: null, rateBytesPerSecond: 0, etaSeconds: null, file };
}

function hex(bytes: Uint8Array | null | undefined): string {
  return bytes ? Buffer.from(bytes).toString('hex') : '';
}

function settle(info: FileTransferInfo): Promise<FileTransferInfo> {
  if (info.state === 'done') return Promise.resolve({ ...info });
  const code = (info.error?.code ?? 'FILE_CANCELLED') as FileErrorCode;
  return Promise.reject(new FileError(code, info.error?.message ?? info.state));
}
