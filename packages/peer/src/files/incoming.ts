// One file being received: its .partial file in the destination directory,
// written strictly in order (one write at a time, so after kill -9 the file
// holds exactly a prefix of the file and its length is where to resume),
// the running SHA-256, and the end: verify, then move into place without
// ever replacing an existing file (link(2) fails when the name is taken,
// rename(2) would not).
import { createHash, type Hash } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { RecvStream } from '../bulk/index.js';
import { FileError } from './errors.js';
import { alternativeName, sanitizeFileName } from './names.js';
import type { IncomingRecord } from './records.js';

/**
 * Bytes are copied out of the datagrams they came in into staging buffers
 * of this size, which are written and then reused. Holding the datagrams'
 * own plaintexts until the write finished made them live long enough to
 * reach V8's old generation: a major collection every ~10 MiB received.
 */
const STAGING_BYTES = 1024 * 1024;
/** Writes at most this many staging buffers at once; bytes wait in memory (and in flow control) meanwhile. */
const WRITE_BATCH_BUFFERS = 4;
/** Names tried before giving up on a crowded directory. */
const MAX_ALTERNATIVES = 1000;

export interface IncomingEvents {
  onProgress(): void;
  /** Every byte is in and the whole-file hash matched (path: where it is now) or did not. */
  onComplete(result: { ok: true; path: string } | { ok: false; error: FileError }): void;
  /** The buddy sent more than it offered, or writing failed. */
  onFailure(error: FileError): void;
}

/**
 * Picks the destination in `dir` and creates its .partial with O_EXCL (no
 * symlink or existing file is followed or truncated).
 */
export async function createPartial(dir: string, offeredName: string): Promise<{ destination: string; partial: string }> {
  await fs.mkdir(dir, { recursive: true });
  const name = sanitizeFileName(offeredName);
  for (let n = 0; n < MAX_ALTERNATIVES; n++) {
    const destination = join(dir, alternativeName(name, n));
    if (await exists(destination)) continue;
    const partial = `${destination}.partial`;
    try {
      const handle = await fs.open(partial, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600);
      await handle.close();
      return { destination, partial };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw new FileError('FILE_WRITE_FAILED', `cannot create ${partial}: ${(err as Error).message}`);
    }
  }
  throw new FileError('FILE_WRITE_FAILED', `${MAX_ALTERNATIVES} files named like ${name} already exist in ${dir}`);
}

async function exists(path: string): Promise<boolean> {
  try {
    await fs.lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** Bytes free for us on the file system holding `dir`. */
export async function freeBytes(dir: string): Promise<number | undefined> {
  try {
    const s = await fs.statfs(dir);
    return s.bavail * s.bsize;
  } catch {
    return undefined;
  }
}

export class IncomingFile {
  /** Bytes on disk, in order from the start. */
  bytes = 0;
  private handle: fs.FileHandle | undefined;
  private hash: Hash | undefined;
  private stream: RecvStream | undefined;
  /** The staging buffer being filled, and how much of it is. */
  private filling: Buffer | undefined;
  private filled = 0;
  /** Staging buffers waiting to be written, in file order, with the bytes each holds. */
  private ready: Array<{ buffer: Buffer; length: number }> = [];
  /** Written staging buffers, for reuse. */
  private spare: Buffer[] = [];
  private writing: Promise<void> | undefined;
  private ended = false;
  private failed = false;
  /** Bytes the buddy has sent on the attached stream, from its offset. */
  private received = 0;
  /** Bytes at the start of the attached stream that we already hold. */
  private skip = 0;
  private streamOffset = 0;

  constructor(
    readonly record: IncomingRecord,
    private readonly events: IncomingEvents,
  ) {}

  /** Where a resume starts: the .partial's length (a prefix of the file), at most the size. */
  async resumeOffset(): Promise<number> {
    // A stream still writing keeps writing; the answer is what is on disk now.
    if (this.stream) {
      while (this.writing) await this.writing;
      return this.bytes;
    }
    await this.detach();
    try {
      const st = await fs.stat(this.record.partial);
      this.bytes = Math.min(st.size, this.record.size);
    } catch {
      // The partial is gone (cleaned up by the user): start over in a new one.
      const fresh = await createPartial(dirname(this.record.destination), basename(this.record.destination));
      this.record.destination = fresh.destination;
      this.record.partial = fresh.partial;
      this.bytes = 0;
    }
    return this.bytes;
  }

  /**
   * The buddy's stream of file bytes from `offset`; `first` are bytes that
   * came with its header. A stream that starts before what we hold (the
   * sender answered an older offer of ours) has its first bytes skipped; one
   * that starts past it would leave a hole: false, and the caller stops it.
   */
  async attach(stream: RecvStream, offset: number, first: Buffer): Promise<boolean> {
    // Hold what arrives while the file is opened and the prefix hashed.
    const early: Buffer[] = first.length ? [first] : [];
    let endedEarly = false;
    stream.handlers = {
      onData: (data) => void early.push(data),
      onEnd: () => void (endedEarly = true),
      onError: () => {},
    };
    this.stream = stream;
    await this.detach(stream);
    if (this.stream !== stream) return true; // a newer stream took over meanwhile
    if (offset > this.bytes) return false;
    this.failed = false;
    this.ended = false;
    this.streamOffset = offset;
    this.received = 0;
    this.skip = this.bytes - offset;
    const handle = await fs.open(this.record.partial, 'r+');
    // Anything past the verified prefix (a write cut short by kill -9) goes.
    await handle.truncate(this.bytes);
    const hash = await hashPrefix(handle, this.bytes);
    if (this.stream !== stream) {
      await handle.close();
      return true;
    }
    this.handle = handle;
    this.hash = hash;
    stream.handlers = {
      onData: (data) => this.onData(data),
      onEnd: () => {
        this.ended = true;
        this.flush();
      },
      onError: () => {
        /* the connection went; the sender resumes on the next one */
      },
    };
    for (const data of early) this.onData(data);
    if (endedEarly) this.ended = true;
    this.flush();
    return true;
  }

  private onData(data: Buffer): void {
    if (this.failed) return;
    this.received += data.length;
    if (this.skip > 0) {
      // Bytes we already hold (the stream started before them).
      const n = Math.min(this.skip, data.length);
      this.skip -= n;
      this.stream?.consumed(n);
      data = data.subarray(n);
      if (!data.length) return;
    }
    if (this.streamOffset + this.received > this.record.size) {
      // More than offered: the disk we promised is used up. Never written.
      this.fail(new FileError('FILE_PROTOCOL', `${this.record.from} sent more than the ${this.record.size} bytes offered`));
      return;
    }
    // Hashed as it arrives (a few tens of microseconds per datagram)
    // rather than a whole batch at once, which held the event loop for
    // milliseconds while datagrams piled up in the socket's buffer.
    this.hash!.update(data);
    while (data.length) {
      if (!this.filling) {
        this.filling = this.spare.pop() ?? Buffer.allocUnsafe(STAGING_BYTES);
        this.filled = 0;
      }
      const n = data.copy(this.filling, this.filled);
      this.filled += n;
      data = data.subarray(n);
      if (this.filled === this.filling.length) {
        this.ready.push({ buffer: this.filling, length: this.filled });
        this.filling = undefined;
      }
    }
    this.flush();
  }

  private flush(): void {
    if (this.writing || this.failed) return;
    if (!this.ready.length && this.filling && this.filled > 0) {
      // Nothing is being written: what has come so far goes now.
      this.ready.push({ buffer: this.filling, length: this.filled });
      this.filling = undefined;
    }
    if (!this.ready.length) {
      if (this.ended) void this.complete();
      return;
    }
    const batch = this.ready.splice(0, WRITE_BATCH_BUFFERS);
    let n = 0;
    for (const b of batch) n += b.length;
    const handle = this.handle!;
    const position = this.bytes;
    this.writing = handle
      .writev(
        batch.map((b) => b.buffer.subarray(0, b.length)),
        position,
      )
      .then(({ bytesWritten }) => {
        if (bytesWritten !== n) throw new Error(`${bytesWritten} of ${n} bytes written`);
        this.bytes += n;
        for (const b of batch) this.spare.push(b.buffer);
        this.stream?.consumed(n);
        this.events.onProgress();
      })
      .catch((err: Error) => this.fail(new FileError('FILE_WRITE_FAILED', `writing ${this.record.partial}: ${err.message}`)))
      .finally(() => {
        this.writing = undefined;
        this.flush();
      });
  }

  private async complete(): Promise<void> {
    if (this.failed || !this.handle) return;
    if (this.bytes !== this.record.size) {
      this.fail(new FileError('FILE_PROTOCOL', `${this.record.from} ended the file at ${this.bytes} of ${this.record.size} bytes`));
      return;
    }
    const digest = this.hash!.digest('hex');
    const handle = this.handle;
    this.handle = undefined;
    this.stream = undefined;
    if (digest !== this.record.sha256) {
      // Start over: the prefix cannot be trusted.
      await handle.truncate(0).catch(() => undefined);
      await handle.close().catch(() => undefined);
      this.bytes = 0;
      this.events.onComplete({ ok: false, error: new FileError('FILE_VERIFY_FAILED', `${this.record.name}: SHA-256 ${digest} is not the ${this.record.sha256} offered`) });
      return;
    }
    try {
      await handle.sync();
      await handle.close();
      const path = await placeWithoutReplacing(this.record.partial, this.record.destination);
      this.events.onComplete({ ok: true, path });
    } catch (err) {
      this.fail(err instanceof FileError ? err : new FileError('FILE_WRITE_FAILED', `moving ${this.record.partial} into place: ${(err as Error).message}`));
    }
  }

  /** Stops writing (the stream went away); resolves once the last write is on disk. `keep`: the stream taking over. */
  async detach(keep?: RecvStream): Promise<void> {
    this.stream = keep;
    this.ready = [];
    this.filling = undefined;
    while (this.writing) await this.writing;
    if (this.handle) {
      await this.handle.close().catch(() => undefined);
      this.handle = undefined;
    }
  }

  private fail(error: FileError): void {
    if (this.failed) return;
    this.failed = true;
    this.ready = [];
    this.filling = undefined;
    this.events.onFailure(error);
  }

  /** Removes the .partial (cancelled, declined after all, or failed for good). */
  async discard(): Promise<void> {
    this.failed = true;
    await this.detach();
    await fs.rm(this.record.partial, { force: true }).catch(() => undefined);
  }
}

/** SHA-256 of the first `length` bytes already in the file (a resume). */
async function hashPrefix(handle: fs.FileHandle, length: number): Promise<Hash> {
  const hash = createHash('sha256');
  const buf = Buffer.allocUnsafe(4 * 1024 * 1024);
  for (let pos = 0; pos < length; ) {
    const { bytesRead } = await handle.read(buf, 0, Math.min(buf.length, length - pos), pos);
    if (bytesRead === 0) break;
    hash.update(buf.subarray(0, bytesRead));
    pos += bytesRead;
  }
  return hash;
}

/** Moves `partial` to `destination`, or to "name (n).ext" if that exists by now; the path it got. */
async function placeWithoutReplacing(partial: string, destination: string): Promise<string> {
  const dir = dirname(destination);
  const name = basename(destination);
  for (let n = 0; n < MAX_ALTERNATIVES; n++) {
    const target = join(dir, alternativeName(name, n));
    try {
      await fs.link(partial, target);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw err;
    }
    await fs.unlink(partial);
    return target;
  }
  throw new FileError('FILE_WRITE_FAILED', `every name like ${name} is taken in ${dir}`);
}
