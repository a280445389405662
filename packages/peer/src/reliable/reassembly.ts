// Whole messages from fragments that arrive in sequence order. The
// receiver hands fragments over strictly by seq, so the fragments of one
// message are consecutive and at most one message is ever partly assembled.
import { MAX_CHAT_MESSAGE_BYTES } from '@natter/wire';
import type { InFragment } from './fragment.js';

export interface Reassembled {
  id: Uint8Array;
  key: string;
  bytes: Uint8Array;
}

export interface ReassemblyStep {
  /** Why a partial message (or this fragment) was thrown away. */
  error?: string;
  /** The message this fragment completed. */
  message?: Reassembled;
}

interface Partial {
  id: Uint8Array;
  key: string;
  count: number;
  next: number;
  chunks: Uint8Array[];
  bytes: number;
}

export class Reassembler {
  private current: Partial | undefined;

  /** Chunk bytes held for the message being assembled. */
  get bufferedBytes(): number {
    return this.current?.bytes ?? 0;
  }

  push(f: InFragment): ReassemblyStep {
    let error: string | undefined;
    const c = this.current;
    if (c && (f.key !== c.key || f.count !== c.count || f.index !== c.next)) {
      // The sender never interleaves messages or changes a count: a broken peer.
      error = `fragment ${f.index}/${f.count} of ${f.key} at seq ${f.seq} breaks message ${c.key} (expected fragment ${c.next}/${c.count})`;
      this.current = undefined;
    }
    if (!this.current) {
      if (f.index !== 0) return { error: error ?? `fragment ${f.index}/${f.count} of ${f.key} at seq ${f.seq} has no start` };
      this.current = { id: f.id, key: f.key, count: f.count, next: 0, chunks: [], bytes: 0 };
    }
    const m = this.current;
    if (m.bytes + f.chunk.length > MAX_CHAT_MESSAGE_BYTES) {
      this.current = undefined;
      return { error: error ?? `message ${m.key} grows past ${MAX_CHAT_MESSAGE_BYTES} bytes at fragment ${f.index}/${f.count}` };
    }
    m.chunks.push(f.chunk);
    m.bytes += f.chunk.length;
    m.next++;
    if (m.next < m.count) return error === undefined ? {} : { error };
    this.current = undefined;
    const message = { id: m.id, key: m.key, bytes: concat(m.chunks, m.bytes) };
    return error === undefined ? { message } : { error, message };
  }

  reset(): void {
    this.current = undefined;
  }
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
