// Email through the operator's SMTP server (nodemailer): submission with
// STARTTLS by default, SMTPS with `secure`, optional AUTH. Every email has
// the outbound item's id as its Message-ID, on every attempt, so a copy
// sent again after a crash in the hand-off window is recognisable
// (RFC 5322 §3.6.4; docs/extended.md, "Exactly once?").
import nodemailer, { type Transporter } from 'nodemailer';
import type { SmtpOptions } from './options.js';
import type { EmailPayload } from './render.js';

export interface MailOutcome {
  /** The server's answer to the end of DATA (250 ...). */
  response: string;
}

/** An SMTP reply code of 5xx: the server refuses for good (RFC 5321 §4.2.1); anything else may pass later. */
export function isPermanentSmtpError(err: unknown): boolean {
  const code = (err as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

export class SmtpSender {
  private readonly transport: Transporter;

  constructor(
    private readonly options: SmtpOptions,
    /** The domain after the @ of Message-IDs. */
    private readonly messageIdDomain: () => string,
  ) {
    const starttls = options.starttls ?? 'required';
    this.transport = nodemailer.createTransport({
      host: options.host,
      port: options.port ?? (options.secure ? 465 : 587),
      secure: options.secure ?? false,
      requireTLS: !options.secure && starttls === 'required',
      ignoreTLS: !options.secure && starttls === 'never',
      ...(options.user !== undefined && { auth: { user: options.user, pass: options.password ?? '' } }),
      tls: { rejectUnauthorized: options.rejectUnauthorized ?? true },
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    });
  }

  messageId(id: string): string {
    return `<${id}@${this.messageIdDomain()}>`;
  }

  async send(id: string, to: string, mail: EmailPayload): Promise<MailOutcome> {
    const info = await this.transport.sendMail({
      from: this.options.from,
      to,
      subject: mail.subject,
      text: mail.text,
      messageId: this.messageId(id),
      headers: {
        // RFC 2369 and RFC 8058: mail clients show an unsubscribe button that POSTs to the link.
        'List-Unsubscribe': `<${mail.unsubscribeUrl}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        'Auto-Submitted': 'auto-generated',
      },
    });
    return { response: String(info.response ?? '') };
  }

  close(): void {
    this.transport.close();
  }
}
