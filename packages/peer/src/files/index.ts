// File transfers between buddies over the bulk transport: offers, the
// receiver's decision, resume, whole-file verification, safe names.
export { FileTransfers } from './transfers.js';
export type { FileTransfersOptions, FileTransferInfo, FileTransferState } from './transfers.js';
export { FileLinks, RELAY_DATAGRAM, RELAY_BUDGET_SHARE } from './links.js';
export type { FileLinksOptions, RelayBudget } from './links.js';
export { FileError, FILE_ERROR_CODES } from './errors.js';
export type { FileErrorCode } from './errors.js';
export { sanitizeFileName, alternativeName, MAX_NAME_BYTES } from './names.js';
export { defaultDownloadDir } from './download-dir.js';
