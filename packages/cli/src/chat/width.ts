// How many terminal columns text takes: CJK and emoji take two, combining
// marks none (Unicode UAX #11 East Asian Width, the common ranges), and how
// to make text from the network safe to print: no escape sequences.

/** Columns one code point takes: 0, 1 or 2. */
export function charWidth(cp: number): 0 | 1 | 2 {
  if (cp === 0) return 0;
  // Combining marks and zero-width characters.
  if (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe20 && cp <= 0xfe2f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    cp === 0x2060 ||
    cp === 0xfeff ||
    (cp >= 0xfe00 && cp <= 0xfe0f)
  ) {
    return 0;
  }
  if (
    (cp >= 0x1100 && cp <= 0x115f) || // Hangul Jamo
    (cp >= 0x2e80 && cp <= 0x303e) || // CJK radicals, punctuation
    (cp >= 0x3041 && cp <= 0x33ff) || // kana, CJK symbols
    (cp >= 0x3400 && cp <= 0x4dbf) || // CJK extension A
    (cp >= 0x4e00 && cp <= 0x9fff) || // CJK unified ideographs
    (cp >= 0xa000 && cp <= 0xa4cf) || // Yi
    (cp >= 0xac00 && cp <= 0xd7a3) || // Hangul syllables
    (cp >= 0xf900 && cp <= 0xfaff) || // CJK compatibility ideographs
    (cp >= 0xfe30 && cp <= 0xfe4f) || // CJK compatibility forms
    (cp >= 0xff00 && cp <= 0xff60) || // fullwidth forms
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) || // emoji
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd) // CJK extensions B-
  ) {
    return 2;
  }
  return 1;
}

export function strWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch.codePointAt(0)!);
  return w;
}


/** Splits `s` into pieces of at most `cols` columns, at spaces when it can. */
export function wrap(s: string, cols: number): string[] {
  if (cols < 1) return [s];
  const out: string[] = [];
  for (const para of s.split('\n')) {
    let line = '';
    let w = 0;
    let lastSpace = -1; // index in `line` after the last space
    for (const ch of para) {
      const cw = charWidth(ch.codePointAt(0)!);
      if (w + cw > cols) {
        if (lastSpace > 0 && lastSpace < line.length) {
          out.push(line.slice(0, lastSpace).trimEnd());
          line = line.slice(lastSpace);
        } else {
          out.push(line);
          line = '';
        }
        w = strWidth(line);
        lastSpace = -1;
      }
      line += ch;
      w += cw;
      if (ch === ' ') lastSpace = line.length;
    }
    out.push(line);
  }
  return out;
}

/** The longest prefix of `s` that fits `cols` columns. */
export function fit(s: string, cols: number): string {
  let w = 0;
  let out = '';
  for (const ch of s) {
    const cw = charWidth(ch.codePointAt(0)!);
    if (w + cw > cols) break;
    out += ch;
    w += cw;
  }
  return out;
}
