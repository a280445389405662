// What a received file may be called. The offer's name comes from the
// buddy and is only a suggestion: no directories, no way up (".."), no
// hidden files, no control or bidirectional-override characters (which
// would make `ls` or the chat window lie about the name), a length every
// file system takes. Pure; the directory part is in incoming.ts.

/** Longest name in UTF-8 bytes (ext4 allows 255; room is left for " (99)" and ".partial"). */
export const MAX_NAME_BYTES = 200;
const FALLBACK = 'received-file';

// C0 and C1 controls, DEL, and the Unicode format characters that reorder
// or hide text (bidi embeddings/overrides/isolates, zero-width, BOM).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

export function sanitizeFileName(offered: string): string {
  // The last part of any path, with either separator.
  let name = String(offered).split(/[/\\]/).pop() ?? '';
  name = name.replace(UNSAFE, '').normalize('NFC').trim();
  // No hidden files and no "." or ".."; trailing dots and spaces confuse other systems.
  name = name.replace(/^\.+/, '').replace(/[. ]+$/, '');
  if (!name) return FALLBACK;
  if (Buffer.byteLength(name) > MAX_NAME_BYTES) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
    let stem = name.slice(0, name.length - ext.length);
    while (Buffer.byteLength(stem + ext) > MAX_NAME_BYTES) stem = [...stem].slice(0, -1).join('');
    name = stem + ext;
  }
  return name;
}

/** "photo.jpg" -> "photo (n).jpg": the n-th alternative when the name is taken. */
export function alternativeName(name: string, n: number): string {
  if (n === 0) return name;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
}
