// The input line: emacs-style editing keys (the ones readline and every
// shell have) and a recall list of what was sent. Pure: keys in, state out.

/** A key as node:readline's emitKeypressEvents reports it. */
export interface Key {
  /** The characters typed (printable input). */
  sequence?: string | undefined;
  name?: string | undefined;
  ctrl?: boolean | undefined;
  meta?: boolean | undefined;
  shift?: boolean | undefined;
}

export type EditorAction =
  | { kind: 'edit' }
  | { kind: 'submit'; line: string }
  | { kind: 'quit' }
  | { kind: 'scroll'; pages: number }
  | { kind: 'repaint' }
  | { kind: 'complete' }
  | { kind: 'none' };

const RECALL_MAX = 200;

export class LineEditor {
  private chars: string[] = [];
  private pos = 0;
  private readonly recall: string[] = [];
  private recallAt = 0;
  private draft = '';

  get text(): string {
    return this.chars.join('');
  }

  /** Cursor position in code points. */
  get cursor(): number {
    return this.pos;
  }

  set(text: string, cursor = [...text].length): void {
    this.chars = [...text];
    this.pos = Math.max(0, Math.min(cursor, this.chars.length));
  }

  insert(s: string): void {
    // Pasted text: one line at a time; control characters never get in.
    const clean = [...s.replace(/[\x00-\x1f\x7f-\x9f]/g, '')];
    this.chars.splice(this.pos, 0, ...clean);
    this.pos += clean.length;
  }

  key(k: Key): EditorAction {
    const name = k.name ?? '';
    if (k.ctrl) {
      switch (name) {
        case 'c':
          return { kind: 'quit' };
        case 'd':
          if (!this.chars.length) return { kind: 'quit' };
          this.chars.splice(this.pos, 1);
          return { kind: 'edit' };
        case 'a':
          this.pos = 0;
          return { kind: 'edit' };
        case 'e':
          this.pos = this.chars.length;
          return { kind: 'edit' };
        case 'b':
          return this.move(-1);
        case 'f':
          return this.move(1);
        case 'u':
          this.chars.splice(0, this.pos);
          this.pos = 0;
          return { kind: 'edit' };
        case 'k':
          this.chars.length = this.pos;
          return { kind: 'edit' };
        case 'w':
          return this.killWord();
        case 'h':
          return this.backspace();
        case 'l':
          return { kind: 'repaint' };
        case 'p':
          return this.recallStep(-1);
        case 'n':
          return this.recallStep(1);
        default:
          return { kind: 'none' };
      }
    }
    if (k.meta) {
      if (name === 'b' || name === 'left') return this.word(-1);
      if (name === 'f' || name === 'right') return this.word(1);
      if (name === 'backspace') return this.killWord();
      return { kind: 'none' };
    }
    switch (name) {
      case 'return':
      case 'enter': {
        const line = this.text;
        this.chars = [];
        this.pos = 0;
        if (line.trim()) {
          if (this.recall[this.recall.length - 1] !== line) this.recall.push(line);
          if (this.recall.length > RECALL_MAX) this.recall.shift();
        }
        this.recallAt = this.recall.length;
        this.draft = '';
        return { kind: 'submit', line };
      }
      case 'backspace':
        return this.backspace();
      case 'delete':
        this.chars.splice(this.pos, 1);
        return { kind: 'edit' };
      case 'left':
        return this.move(-1);
      case 'right':
        return this.move(1);
      case 'home':
        this.pos = 0;
        return { kind: 'edit' };
      case 'end':
        this.pos = this.chars.length;
        return { kind: 'edit' };
      case 'up':
        return this.recallStep(-1);
      case 'down':
        return this.recallStep(1);
      case 'pageup':
        return { kind: 'scroll', pages: 1 };
      case 'pagedown':
        return { kind: 'scroll', pages: -1 };
      case 'tab':
        return { kind: 'complete' };
      case 'escape':
        return { kind: 'none' };
    }
    const seq = k.sequence ?? '';
    if (seq && !/^[\x00-\x1f\x7f]/.test(seq) && !seq.startsWith('\x1b')) {
      this.insert(seq);
      return { kind: 'edit' };
    }
    return { kind: 'none' };
  }

  private move(d: number): EditorAction {
    this.pos = Math.max(0, Math.min(this.chars.length, this.pos + d));
    return { kind: 'edit' };
  }

  private backspace(): EditorAction {
    if (this.pos > 0) {
      this.chars.splice(this.pos - 1, 1);
      this.pos--;
    }
    return { kind: 'edit' };
  }

  private word(d: -1 | 1): EditorAction {
    let p = this.pos;
    if (d < 0) {
      while (p > 0 && this.chars[p - 1] === ' ') p--;
      while (p > 0 && this.chars[p - 1] !== ' ') p--;
    } else {
      while (p < this.chars.length && this.chars[p] === ' ') p++;
      while (p < this.chars.length && this.chars[p] !== ' ') p++;
    }
    this.pos = p;
    return { kind: 'edit' };
  }

  private killWord(): EditorAction {
    const end = this.pos;
    this.word(-1);
    this.chars.splice(this.pos, end - this.pos);
    return { kind: 'edit' };
  }

  private recallStep(d: -1 | 1): EditorAction {
    if (!this.recall.length) return { kind: 'none' };
    if (this.recallAt === this.recall.length) this.draft = this.text;
    const next = Math.max(0, Math.min(this.recall.length, this.recallAt + d));
    if (next === this.recallAt) return { kind: 'none' };
    this.recallAt = next;
    this.set(next === this.recall.length ? this.draft : this.recall[next]!);
    return { kind: 'edit' };
  }
}
