// One received Data fragment, checked field by field before anything in the
// channel trusts it. The session already authenticated the packet, so a bad
// field means a broken or hostile peer (or an untyped caller): drop it.
import { DEFAULT_MAX_CHUNK_BYTES, MAX_FRAGMENTS, MESSAGE_ID_BYTES } from './limits.js';
import { idKey } from './delivered.js';

export interface InFragment {
  readonly seq: number;
  readonly id: Uint8Array;
  /** idKey(id) */
  readonly key: string;
  readonly index: number;
  readonly count: number;
  readonly chunk: Uint8Array;
}

/**
 * A validated, private copy of a Data fragment, or undefined when any field
 * is absurd: seq not a positive safe integer (uint64 beyond 2^53 decodes
 * inexactly), id not 16 bytes, count outside 1..MAX_FRAGMENTS, index not
 * below count, chunk larger than any sender may cut.
 */
export function parseData(data: unknown): InFragment | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Record<string, unknown>;
  const { seq, messageId, fragmentIndex, fragmentCount, chunk } = d;
  if (!(typeof seq === 'number' && Number.isSafeInteger(seq) && seq >= 1)) return undefined;
  if (!(messageId instanceof Uint8Array && messageId.length === MESSAGE_ID_BYTES)) return undefined;
  const count = fragmentCount ?? 0;
  const index = fragmentIndex ?? 0; // proto3 omits a zero index
  if (!(typeof count === 'number' && Number.isInteger(count) && count >= 1 && count <= MAX_FRAGMENTS)) return undefined;
  if (!(typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < count)) return undefined;
  const bytes = chunk ?? new Uint8Array(0);
  if (!(bytes instanceof Uint8Array && bytes.length <= DEFAULT_MAX_CHUNK_BYTES)) return undefined;
  // Copies: decoders hand out views into the datagram, which the caller may reuse.
  const id = new Uint8Array(messageId);
  return { seq, id, key: idKey(id), index, count, chunk: new Uint8Array(bytes) };
}
