// The chat window without a terminal: layout at 80x24 and after resizes,
// wrapping (CJK is two columns), the input line surviving arriving
// messages, and text from the network never reaching the terminal as escapes.
import { describe, expect, it } from 'vitest';
import { ChatScreen, layout, type LogItem } from '../src/chat/screen.js';
import { LineEditor } from '../src/chat/editor.js';
import { strWidth, wrap } from '../src/chat/width.js';

function screen(cols = 80, rows = 24) {
  const writes: string[] = [];
  const s = new ChatScreen({ cols, rows, color: false, write: (x) => writes.push(x) });
  s.enter();
  return { s, writes };
}

const line = (text: string): LogItem => ({ segments: () => [{ text, style: 'plain' }] });

describe('ChatScreen', () => {
  it('80x24: log above, status on row 23, input on row 24, cursor after the typed text', () => {
    const { s } = screen();
    s.setStatus([{ text: ' alice | node online', style: 'plain' }]);
    s.setInput('[bob] ', 'hel', 3);
    s.add(line('first'));
    s.add(line('second'));
    const rows = s.lines();
    expect(rows).toHaveLength(24);
    expect(rows[20]).toBe('first');
    expect(rows[21]).toBe('second');
    expect(rows[22]!.startsWith(' alice | node online')).toBe(true);
    expect(rows[22]).toHaveLength(80);
    expect(rows[23]).toBe('[bob] hel');
    expect(s.cursor()).toEqual({ row: 24, col: 10 });
  });

  it('a message arriving while typing does not touch the input row, and puts the cursor back on it', () => {
    const { s, writes } = screen();
    s.setInput('> ', 'half typed', 10);
    writes.length = 0;
    s.add(line('bob: hi'));
    const out = writes.join('');
    expect(out).not.toContain('\x1b[24;1H');
    expect(out.endsWith('\x1b[24;13H\x1b[?25h')).toBe(true);
    expect(s.lines()[23]).toBe('> half typed');
  });

  it('wraps long lines at spaces with a hanging indent, and CJK at two columns a character', () => {
    const rows = layout([{ text: '12:00:00 ', style: 'dim' }, { text: 'word '.repeat(30), style: 'plain' }], 40, 9);
    for (const r of rows) expect(strWidth(r.map((x) => x.text).join(''))).toBeLessThanOrEqual(40);
    expect(rows.slice(1).every((r) => r[0]!.text.startsWith('         '))).toBe(true);
    const cjk = wrap('你好世界你好世界你好世界', 10);
    expect(cjk).toEqual(['你好世界你', '好世界你好', '世界']);
  });

  it('escape sequences in a message are shown as U+FFFD, never written to the terminal', () => {
    const { s, writes } = screen();
    writes.length = 0;
    s.add(line('evil \x1b[2J\x1b]0;owned\x07 text'));
    const out = writes.join('');
    expect(out).not.toContain('\x1b[2J');
    expect(out).not.toContain('\x1b]0;');
    expect(s.lines()[21]).toContain('evil \ufffd[2J\ufffd]0;owned\ufffd text');
    // A buddy's status text ends up in the status line: the same rule there.
    writes.length = 0;
    s.setStatus([{ text: ' bob: away: \x1b[31mred\nsecond line', style: 'plain' }]);
    expect(writes.join('')).not.toContain('\x1b[31m');
    expect(s.lines()[22]!.startsWith(' bob: away: \ufffd[31mred second line')).toBe(true);
  });

  it('survives resizing: everything is redrawn at the new size, status and input at the bottom', () => {
    const { s, writes } = screen();
    for (let i = 0; i < 30; i++) s.add(line(`message ${i} ${'x'.repeat(50)}`));
    s.setStatus([{ text: ' status', style: 'plain' }]);
    s.setInput('> ', 'typing', 6);
    writes.length = 0;
    s.resize(40, 10);
    expect(writes.join('')).toContain('\x1b[2J');
    const rows = s.lines();
    expect(rows).toHaveLength(10);
    expect(rows[8]!.startsWith(' status')).toBe(true);
    expect(rows[8]).toHaveLength(40);
    expect(rows[9]).toBe('> typing');
    expect(rows[7]).toContain('x');
    for (const r of rows) expect(strWidth(r)).toBeLessThanOrEqual(40);
    s.resize(80, 24);
    expect(s.lines()[23]).toBe('> typing');
  });

  it('a long input line scrolls sideways and keeps the cursor on screen', () => {
    const { s } = screen(20, 5);
    const text = 'abcdefghijklmnopqrstuvwxyz';
    s.setInput('> ', text, text.length);
    const row = s.lines()[4]!;
    expect(row.startsWith('> …')).toBe(true);
    expect(row.endsWith('xyz')).toBe(true);
    expect(s.cursor().col).toBeLessThanOrEqual(20);
    s.setInput('> ', text, 0);
    expect(s.lines()[4]).toBe('> abcdefghijklmnopqr');
    expect(s.cursor().col).toBe(3);
  });

  it('PgUp shows older lines and says so in the status line', () => {
    const { s } = screen(40, 6);
    for (let i = 0; i < 20; i++) s.add(line(`line ${i}`));
    expect(s.lines()[3]).toBe('line 19');
    s.scroll(4);
    expect(s.lines()[3]).toBe('line 15');
    expect(s.lines()[4]).toMatch(/^ \[scrolled up 4; PgDn\]/);
    s.scroll(-100);
    expect(s.lines()[3]).toBe('line 19');
  });
});

describe('LineEditor', () => {
  it('edits like readline and recalls what was sent', () => {
    const ed = new LineEditor();
    for (const ch of 'hello world') ed.key({ sequence: ch, name: ch });
    ed.key({ name: 'w', ctrl: true });
    expect(ed.text).toBe('hello ');
    ed.key({ name: 'a', ctrl: true });
    ed.key({ sequence: '>', name: undefined });
    expect(ed.text).toBe('>hello ');
    ed.key({ name: 'e', ctrl: true });
    ed.key({ name: 'backspace' });
    expect(ed.key({ name: 'return' })).toEqual({ kind: 'submit', line: '>hello' });
    expect(ed.text).toBe('');
    ed.key({ name: 'up' });
    expect(ed.text).toBe('>hello');
    ed.key({ name: 'down' });
    expect(ed.text).toBe('');
    expect(ed.key({ name: 'c', ctrl: true })).toEqual({ kind: 'quit' });
    expect(ed.key({ name: 'd', ctrl: true })).toEqual({ kind: 'quit' });
    ed.insert('a\x1b[31mb');
    expect(ed.text).toBe('a[31mb');
  });
});
