// A real SMTP server for tests (the smtp-server package): STARTTLS with
// its own self-signed certificate, AUTH PLAIN/LOGIN against one account,
// every accepted message kept as received. `holdData` delays the answer to
// the end of DATA: the window in which a sender that dies has handed a
// message off without hearing so (RFC 1047).
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

export interface ReceivedMail {
  raw: string;
  from: string;
  to: string[];
  messageId: string;
  subject: string;
  /** The body, transfer encoding undone (quoted-printable soft breaks and escapes). */
  text: string;
  headers: Record<string, string>;
}

export interface MailSink {
  port: number;
  user: string;
  password: string;
  mails: ReceivedMail[];
  /** Connections refused from now on (a server that is down), or accepted again. */
  refuse(on: boolean): void;
  /** Hold the answer to DATA this long (0: answer at once). */
  holdData(ms: number): void;
  /** Resolves with the first mail matching `pred` (also one received already). */
  next(pred: (m: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

function decodeQuotedPrintable(text: string): string {
  return Buffer.from(
    text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
}

export function parseMail(raw: string, from: string, to: string[]): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
  }
  let body = raw.slice(split + 4);
  if (/quoted-printable/i.test(headers['content-transfer-encoding'] ?? '')) body = decodeQuotedPrintable(body);
  else if (/base64/i.test(headers['content-transfer-encoding'] ?? '')) body = Buffer.from(body, 'base64').toString('utf8');
  const subject = (headers.subject ?? '').replace(/=\?utf-8\?Q\?([^?]*)\?=/gi, (_, q: string) => decodeQuotedPrintable(q.replace(/_/g, ' ')));
  return { raw, from, to, messageId: headers['message-id'] ?? '', subject, text: body.replace(/\r\n/g, '\n'), headers };
}

export async function startMailSink(): Promise<MailSink> {
  const user = 'natter-node';
  const password = 'sink-password';
  const mails: ReceivedMail[] = [];
  const waiters: Array<() => void> = [];
  let refusing = false;
  let hold = 0;
  const server = new SMTPServer({
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onConnect(_session, callback) {
      callback(refusing ? Object.assign(new Error('service not available'), { responseCode: 421 }) : undefined);
    },
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) callback(null, { user });
      else callback(Object.assign(new Error('bad credentials'), { responseCode: 535 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        // Kept as soon as the data is in, like an MTA that queues before it answers.
        mails.push(parseMail(Buffer.concat(chunks).toString('utf8'), session.envelope.mailFrom ? session.envelope.mailFrom.address : '', session.envelope.rcptTo.map((r) => r.address)));
        for (const w of waiters.splice(0)) w();
        setTimeout(() => callback(), hold);
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = ((server as unknown as { server: { address(): AddressInfo } }).server.address()).port;
  return {
    port,
    user,
    password,
    mails,
    refuse: (on) => void (refusing = on),
    holdData: (ms) => void (hold = ms),
    async next(pred, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = mails.find(pred);
        if (found) return found;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no matching mail within ${timeoutMs} ms; got: ${mails.map((m) => m.subject).join(' | ') || 'none'}`);
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(t);
            resolve();
          });
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The notify options that send to this sink (STARTTLS required, its self-signed certificate accepted, AUTH). */
export function smtpOptionsFor(sink: MailSink): { host: string; port: number; starttls: 'required'; user: string; password: string; from: string; rejectUnauthorized: false } {
  return { host: '127.0.0.1', port: sink.port, starttls: 'required', user: sink.user, password: sink.password, from: 'natter <natter@node.test>', rejectUnauthorized: false };
}
