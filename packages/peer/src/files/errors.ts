/**
 * Every failure of a file transfer, as the sender or the receiver sees it.
 * `code` is stable (rpc and `natter send-file --json` show it); the
 * message says what happened and what to do.
 */
export const FILE_ERROR_CODES = {
  FILE_NOT_FOUND: 'the file to send does not exist or cannot be read',
  FILE_NOT_REGULAR: 'the path to send is a directory or a device, not a file',
  FILE_DECLINED: 'the buddy declined the file',
  FILE_CANCELLED: 'the transfer was cancelled by one side',
  FILE_VERIFY_FAILED: 'the received file did not match the sender\'s SHA-256 twice; it was discarded',
  FILE_CHANGED: 'the file changed on disk while it was being sent',
  FILE_NO_SPACE: 'the receiver does not have room for the file',
  FILE_WRITE_FAILED: 'the receiver could not write the file (permissions, a missing directory)',
  FILE_PROTOCOL: 'the other side broke the file transfer protocol (more bytes than offered, a bad header)',
  FILE_UNKNOWN: 'no transfer with that id',
} as const;

export type FileErrorCode = keyof typeof FILE_ERROR_CODES;

export class FileError extends Error {
  override readonly name = 'FileError';
  constructor(readonly code: FileErrorCode, message: string) {
    super(message);
  }
}
