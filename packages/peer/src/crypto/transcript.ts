// The byte strings we sign, MAC and feed to HKDF. Each starts with a label
// naming protocol, version and purpose, so a signature made for one purpose
// can never be replayed as another; every field carries a length prefix, so
// no two different field lists encode to the same bytes.

export type TranscriptField = Uint8Array | string | number;

/**
 * label, then each field as u32 length (big-endian) + bytes; strings are
 * UTF-8, numbers are u32 big-endian.
 */
export function transcript(label: string, ...fields: TranscriptField[]): Buffer {
  const parts: Buffer[] = [];
  for (const field of [label, ...fields]) {
    let bytes: Buffer;
    if (typeof field === 'string') {
      bytes = Buffer.from(field, 'utf8');
    } else if (typeof field === 'number') {
      bytes = Buffer.alloc(4);
      bytes.writeUInt32BE(field >>> 0);
    } else {
      bytes = Buffer.from(field.buffer, field.byteOffset, field.byteLength);
    }
    const len = Buffer.alloc(4);
    len.writeUInt32BE(bytes.length);
    parts.push(len, bytes);
  }
  return Buffer.concat(parts);
}
