// Text that came from the network (a buddy's message or status, a node's
// error message), made safe to print on a terminal. Every place that prints
// such text goes through here: the chat window and the one-shot commands.

/**
 * C0/C1 controls (ESC above all, which could move the cursor, rewrite the
 * screen or retitle the window) become U+FFFD, tabs become spaces.
 * Newlines are kept; the caller splits on them.
 */
export function sanitize(s: string): string {
  return s.replace(/\t/g, '    ').replace(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/g, '\ufffd');
}

/** As sanitize, on one line: a newline shows as ⏎ (a history line, a status). */
export function oneLine(s: string): string {
  return sanitize(s).replace(/\n/g, ' \u23ce ');
}
