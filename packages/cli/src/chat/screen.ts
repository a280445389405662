// The chat window as a pure function of its state: a scrolling log on top,
// a status line, the input line at the bottom. It writes ANSI escapes to an
// injected `write` and never reads the terminal, so tests drive it with any
// size and read back exactly what a user would see.
//
// Every draw computes the whole frame and rewrites only the rows that
// changed, then puts the cursor back on the input line, in one write: a
// message arriving while the user types never garbles what they typed.
import { charWidth, fit, strWidth } from './width.js';
import { sanitize } from '../terminal-text.js';

export type Style = 'plain' | 'dim' | 'bold' | 'me' | 'them' | 'notice' | 'warn' | 'error';

export interface Segment {
  text: string;
  style: Style;
}

/** One entry of the log. `segments` is called at every draw, so a message's state can change in place. */
export interface LogItem {
  segments(): Segment[];
  /** Continuation rows start this many columns in (under the text, past the time). */
  indent?: number;
}

export interface ScreenOptions {
  cols: number;
  rows: number;
  /** Colours (off for NO_COLOR or TERM=dumb); the status line is inverse video either way. */
  color: boolean;
  write: (s: string) => void;
}

const ESC = '\x1b[';
const STYLE_ON: Record<Style, string> = {
  plain: '',
  dim: `${ESC}2m`,
  bold: `${ESC}1m`,
  me: `${ESC}36m`,
  them: `${ESC}1;33m`,
  notice: `${ESC}2m`,
  warn: `${ESC}33m`,
  error: `${ESC}31m`,
};
const RESET = `${ESC}0m`;
/** Items kept for scrolling back; older ones are dropped. */
export const MAX_LOG_ITEMS = 5000;

export class ChatScreen {
  private cols: number;
  private rows: number;
  private readonly color: boolean;
  private readonly write: (s: string) => void;
  private readonly log: LogItem[] = [];
  private status: Segment[] = [];
  private prompt = '> ';
  private input = '';
  private cursorIndex = 0; // in code points
  private scrollBack = 0; // rows above the bottom
  private previous: string[] = [];
  private plain: string[] = [];
  private cursorAt = { row: 1, col: 1 };
  private active = false;

  constructor(o: ScreenOptions) {
    this.cols = Math.max(1, o.cols);
    this.rows = Math.max(1, o.rows);
    this.color = o.color;
    this.write = o.write;
  }

  /** Alternate screen, so the shell's screen comes back intact on exit. */
  enter(): void {
    this.active = true;
    this.write(`${ESC}?1049h${ESC}2J`);
    this.previous = [];
    this.draw();
  }

  leave(): void {
    this.active = false;
    this.write(`${RESET}${ESC}?25h${ESC}?1049l`);
  }

  get size(): { cols: number; rows: number } {
    return { cols: this.cols, rows: this.rows };
  }

  /** Rows of the log area (everything above the status and input lines). */
  get logRows(): number {
    return Math.max(0, this.rows - 2);
  }

  add(item: LogItem): void {
    this.log.push(item);
    if (this.log.length > MAX_LOG_ITEMS) this.log.splice(0, this.log.length - MAX_LOG_ITEMS);
    this.draw();
  }

  clearLog(): void {
    this.log.length = 0;
    this.scrollBack = 0;
    this.draw();
  }

  setStatus(segments: Segment[]): void {
    this.status = segments;
    this.draw();
  }

  setInput(prompt: string, text: string, cursor: number): void {
    this.prompt = prompt;
    this.input = text;
    this.cursorIndex = cursor;
    this.draw();
  }

  /** Page up (positive) or down (negative) through the log. */
  scroll(rows: number): void {
    const total = this.wrappedTail(Infinity).length;
    this.scrollBack = Math.max(0, Math.min(this.scrollBack + rows, Math.max(0, total - this.logRows)));
    this.draw();
  }

  get scrolledBack(): boolean {
    return this.scrollBack > 0;
  }

  resize(cols: number, rows: number): void {
    this.cols = Math.max(1, cols);
    this.rows = Math.max(1, rows);
    this.scrollBack = 0;
    // Everything moves: clear and redraw every row.
    this.previous = [];
    if (this.active) this.write(`${ESC}2J`);
    this.draw();
  }

  /** Forces every row to be written again (Ctrl-L). */
  repaint(): void {
    this.previous = [];
    if (this.active) this.write(`${ESC}2J`);
    this.draw();
  }

  /** The frame as plain text, one string per row: what a user sees. */
  lines(): string[] {
    this.compose();
    return [...this.plain];
  }

  /** Where the cursor is (1-based), after the last draw. */
  cursor(): { row: number; col: number } {
    return { ...this.cursorAt };
  }

  draw(): void {
    const frame = this.compose();
    if (!this.active) return;
    let out = `${ESC}?25l`;
    for (let r = 0; r < this.rows; r++) {
      if (this.previous[r] === frame[r]) continue;
      out += `${ESC}${r + 1};1H${RESET}${frame[r]}${RESET}${ESC}K`;
    }
    this.previous = frame;
    out += `${ESC}${this.cursorAt.row};${this.cursorAt.col}H${ESC}?25h`;
    this.write(out);
  }

  // ------------------------------------------------------------ layout

  /** Builds the styled rows and the plain rows; sets the cursor position. */
  private compose(): string[] {
    const styled: string[] = [];
    const plain: string[] = [];
    const logRows = this.logRows;
    if (logRows > 0) {
      const tail = this.wrappedTail(logRows + this.scrollBack);
      const end = tail.length - this.scrollBack;
      const visible = tail.slice(Math.max(0, end - logRows), Math.max(0, end));
      // The newest line sits just above the status line, like a terminal.
      for (let i = visible.length; i < logRows; i++) {
        styled.push('');
        plain.push('');
      }
      for (const row of visible) {
        styled.push(this.paint(row));
        plain.push(row.map((s) => s.text).join(''));
      }
    }
    if (this.rows >= 2) {
      // The status carries a buddy's status text: one line, no escapes.
      const more = this.scrollBack > 0 ? [{ text: ` [scrolled up ${this.scrollBack}; PgDn]`, style: 'plain' as const }] : [];
      const text = fit(oneLine([...more, ...this.status].map((s) => s.text).join('')), this.cols);
      const padded = text + ' '.repeat(Math.max(0, this.cols - strWidth(text)));
      styled.push(`${ESC}7m${padded}${ESC}27m`);
      plain.push(padded);
    }
    const { text, col } = this.inputView();
    styled.push(text);
    plain.push(text);
    this.cursorAt = { row: this.rows, col };
    this.plain = plain;
    return styled;
  }

  /** The input line, scrolled sideways so the cursor stays visible ("…" marks hidden text on the left). */
  private inputView(): { text: string; col: number } {
    const chars = [...this.input];
    const prompt = fit(oneLine(this.prompt), Math.max(0, this.cols - 4));
    const promptW = strWidth(prompt);
    // The cursor needs a column of its own after the text before it.
    const room = Math.max(1, this.cols - promptW - 1);
    const widthOf = (a: number, b: number) => strWidth(chars.slice(a, b).join(''));
    let start = 0;
    while (start < this.cursorIndex && (start > 0 ? 1 : 0) + widthOf(start, this.cursorIndex) > room) start++;
    const lead = start > 0 ? '…' : '';
    const shown = fit(chars.slice(start).join(''), Math.max(0, this.cols - promptW - lead.length));
    const col = promptW + lead.length + widthOf(start, this.cursorIndex) + 1;
    return { text: prompt + lead + shown, col: Math.min(col, this.cols) };
  }

  /** The last `need` rows of the log, wrapped to the width. */
  private wrappedTail(need: number): Segment[][] {
    const rows: Segment[][] = [];
    for (let i = this.log.length - 1; i >= 0 && rows.length < need; i--) {
      const item = this.log[i]!;
      rows.unshift(...layout(item.segments(), this.cols, item.indent ?? 0));
    }
    return rows;
  }

  private paint(row: Segment[]): string {
    if (!this.color) return row.map((s) => s.text).join('');
    return row.map((s) => (s.style === 'plain' ? s.text : `${STYLE_ON[s.style]}${s.text}${RESET}`)).join('');
  }
}

/**
 * Wraps styled text to `cols` columns, at spaces where it can; continuation
 * rows start with `indent` spaces. Text is sanitized: a buddy's message
 * cannot carry escape sequences to the terminal.
 */
export function layout(segments: Segment[], cols: number, indent = 0): Segment[][] {
  const hang = indent < cols / 2 ? indent : 0;
  const cells: Array<{ ch: string; w: number; style: Style }> = [];
  for (const s of segments) for (const ch of sanitize(s.text)) cells.push({ ch, w: ch === '\n' ? 0 : charWidth(ch.codePointAt(0)!), style: s.style });

  const rows: Array<typeof cells> = [];
  let row: typeof cells = [];
  let width = 0;
  let lastSpace = -1;
  const newRow = () => {
    rows.push(row);
    row = hang ? [{ ch: ' '.repeat(hang), w: hang, style: 'plain' }] : [];
    width = hang;
    lastSpace = -1;
  };
  for (const c of cells) {
    if (c.ch === '\n') {
      newRow();
      continue;
    }
    if (width + c.w > cols) {
      if (lastSpace > (hang ? 1 : 0)) {
        // Move the word after the last space to the next row.
        const carry = row.slice(lastSpace);
        row = row.slice(0, lastSpace);
        while (row.length && row[row.length - 1]!.ch === ' ') row.pop();
        newRow();
        for (const k of carry) {
          row.push(k);
          width += k.w;
        }
      } else newRow();
    }
    row.push(c);
    width += c.w;
    if (c.ch === ' ') lastSpace = row.length;
  }
  rows.push(row);
  return rows.map(merge);
}

function oneLine(s: string): string {
  return sanitize(s).replace(/\n/g, ' ');
}

function merge(cells: Array<{ ch: string; style: Style }>): Segment[] {
  const out: Segment[] = [];
  for (const c of cells) {
    const last = out[out.length - 1];
    if (last && last.style === c.style) last.text += c.ch;
    else out.push({ text: c.ch, style: c.style });
  }
  return out;
}
