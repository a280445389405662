// What a channel's address may be: an email address, an E.164 phone
// number, an http(s) URL for a webhook. Syntax only; whether the address
// is the receiver's is what verification proves (service.ts, codes.ts).
import { isIP } from 'node:net';
import { NodeError } from '../errors.js';
import type { NotifyKind } from '../store/notify-types.js';

/** RFC 5321 §4.5.3.1: 254 characters is the longest address that fits a path. */
const MAX_EMAIL = 254;
/** A conservative address: no quoted local parts, no IP literals, a dotted domain. */
const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;
/** E.164: a + and up to 15 digits, no leading zero in the country code. */
const E164 = /^\+[1-9]\d{6,14}$/;
const MAX_URL = 2048;

/** The address in its stored form (email lower-cased domain, phone without spaces, URL normalised), or NOTIFY_ADDRESS_INVALID. */
export function normalizeAddress(kind: NotifyKind, address: string): string {
  const text = address.trim();
  switch (kind) {
    case 'email': {
      if (text.length > MAX_EMAIL || !EMAIL.test(text)) throw invalid(`"${text}" is not an email address (name@example.org)`);
      const at = text.lastIndexOf('@');
      return `${text.slice(0, at)}@${text.slice(at + 1).toLowerCase()}`;
    }
    case 'sms': {
      const digits = text.replace(/[\s().-]/g, '');
      if (!E164.test(digits)) throw invalid(`"${text}" is not a phone number in international form (+15551234567)`);
      return digits;
    }
    case 'webhook': {
      let url: URL;
      try {
        url = new URL(text);
      } catch {
        throw invalid(`"${text}" is not a URL`);
      }
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw invalid('a webhook is an https:// (or http://) URL');
      if (url.username || url.password) throw invalid('a webhook URL carries no user or password: the node signs its requests instead');
      if (url.hash) url.hash = '';
      if (url.toString().length > MAX_URL) throw invalid(`a webhook URL is at most ${MAX_URL} characters`);
      return url.toString();
    }
  }
}

/** The host of a webhook URL as the resolver and isIP want it (IPv6 without brackets). */
export function urlHost(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

export function isIpLiteral(host: string): boolean {
  return isIP(host) !== 0;
}

function invalid(message: string): NodeError {
  return new NodeError('NOTIFY_ADDRESS_INVALID', message);
}

/** The address as lists show it: a phone number's middle digits hidden, so a shoulder-surfer or a log learns less. */
export function maskAddress(kind: NotifyKind, address: string): string {
  if (kind === 'sms' && address.length > 6) return `${address.slice(0, 3)}${'*'.repeat(address.length - 6)}${address.slice(-3)}`;
  return address;
}
