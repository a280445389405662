// One buddy's bulk connection as the file transfer uses it: a control
// stream each way (length-prefixed FileControl messages) and one stream per
// file, which starts with the transfer id and the offset it resumes from.
// The link lives as long as the conversation's session; a new session (a
// restart on either side) brings a new link, and transfers resume on it.
import { decodeFileControl, encodeFileControl, type DecodedFileControl, type FileControlInit } from '@natter/wire';
import type { BulkConnection, RecvStream, SendStream } from '../bulk/index.js';

/** The first byte of every stream says what it carries. */
const CONTROL_STREAM = 0x01;
const FILE_STREAM = 0x02;
export const TRANSFER_ID_BYTES = 16;
const FILE_HEADER_BYTES = 1 + TRANSFER_ID_BYTES + 8;
/** A control message longer than this is a broken peer. */
const MAX_CONTROL_MESSAGE = 4096;

export interface FileLinkHandlers {
  onControl(message: DecodedFileControl): void;
  /** A file stream: `first` holds any bytes that came after its header. */
  onFileStream(transferId: Buffer, offset: number, stream: RecvStream, first: Buffer): void;
  /** The buddy broke the protocol on a stream. */
  onProtocolError(detail: string): void;
}

export class FileLink {
  private control: SendStream | undefined;

  constructor(
    readonly buddy: string,
    readonly connection: BulkConnection,
    private readonly handlers: FileLinkHandlers,
  ) {}

  send(message: FileControlInit): void {
    if (this.connection.closed) return;
    if (!this.control) {
      this.control = this.connection.openStream();
      this.control.write(Buffer.from([CONTROL_STREAM]));
    }
    const body = encodeFileControl(message);
    const frame = Buffer.allocUnsafe(4 + body.length);
    frame.writeUInt32BE(body.length, 0);
    frame.set(body, 4);
    this.control.write(frame);
  }

  /** A stream for one file's bytes from `offset` on. */
  openFileStream(transferId: Uint8Array, offset: number): SendStream {
    const stream = this.connection.openStream();
    const header = Buffer.alloc(FILE_HEADER_BYTES);
    header[0] = FILE_STREAM;
    header.set(transferId, 1);
    header.writeUIntBE(offset, 1 + TRANSFER_ID_BYTES + 2, 6);
    stream.write(header);
    return stream;
  }

  /** Bytes of a file stream that are header, not file. */
  static readonly fileHeaderBytes = FILE_HEADER_BYTES;

  /** A stream the buddy opened: read its kind, then hand it on. */
  accept(stream: RecvStream): void {
    let head = Buffer.alloc(0);
    stream.handlers = {
      onData: (data) => {
        head = head.length ? Buffer.concat([head, data]) : Buffer.from(data);
        if (head[0] === CONTROL_STREAM) {
          stream.consumed(head.length);
          this.readControl(stream, head.subarray(1));
        } else if (head[0] === FILE_STREAM) {
          if (head.length < FILE_HEADER_BYTES) return;
          // The header is dealt with; the file's handler accounts for the rest.
          stream.consumed(FILE_HEADER_BYTES);
          const id = Buffer.from(head.subarray(1, 1 + TRANSFER_ID_BYTES));
          const offset = head.readUIntBE(1 + TRANSFER_ID_BYTES + 2, 6);
          // The file's handler takes over; the rest of this chunk is file bytes.
          stream.handlers = undefined;
          this.handlers.onFileStream(id, offset, stream, head.subarray(FILE_HEADER_BYTES));
        } else {
          this.connection.stopStream(stream, 1);
          this.handlers.onProtocolError(`a stream of unknown kind ${head[0]}`);
        }
      },
      onEnd: () => {},
      onError: () => {},
    };
  }

  private readControl(stream: RecvStream, first: Buffer): void {
    let pending = first;
    const parse = () => {
      while (pending.length >= 4) {
        const length = pending.readUInt32BE(0);
        if (length > MAX_CONTROL_MESSAGE) {
          this.connection.stopStream(stream, 1);
          this.handlers.onProtocolError(`a control message of ${length} bytes`);
          return;
        }
        if (pending.length < 4 + length) return;
        const body = pending.subarray(4, 4 + length);
        pending = pending.subarray(4 + length);
        let message: DecodedFileControl;
        try {
          message = decodeFileControl(body);
        } catch {
          continue; // a message this version does not know: skipped
        }
        this.handlers.onControl(message);
      }
    };
    stream.handlers = {
      onData: (data) => {
        stream.consumed(data.length);
        pending = pending.length ? Buffer.concat([pending, data]) : Buffer.from(data);
        parse();
      },
      onEnd: () => {},
      onError: () => {},
    };
    parse();
  }

  close(): void {
    this.connection.close();
  }
}
