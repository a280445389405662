// IPv4 text <-> number and CIDR helpers for the virtual network.
import { NetsimError } from './errors.js';

const QUAD = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function isIPv4(text: string): boolean {
  return QUAD.test(text);
}

export function parseIPv4(text: string): number {
  if (!isIPv4(text)) throw NetsimError.badConfig(`not an IPv4 address: ${JSON.stringify(text)}`);
  const [a, b, c, d] = text.split('.').map(Number) as [number, number, number, number];
  return ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
}

export function formatIPv4(n: number): string {
  return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

/** 127.0.0.0/8, plus 0.0.0.0 which Linux also delivers to the local host. */
export function isLocalOnly(address: string): boolean {
  return address.startsWith('127.') || address === '0.0.0.0';
}

export class Cidr {
  readonly base: number;
  readonly size: number;

  constructor(readonly text: string) {
    const m = /^(.+)\/(\d{1,2})$/.exec(text);
    const prefix = m ? Number(m[2]) : NaN;
    if (!m || !(prefix >= 0 && prefix <= 30)) throw NetsimError.badConfig(`not an IPv4 CIDR with prefix 0..30: ${JSON.stringify(text)}`);
    this.size = 2 ** (32 - prefix);
    this.base = parseIPv4(m[1]!) - (parseIPv4(m[1]!) % this.size);
  }

  contains(address: string): boolean {
    const n = parseIPv4(address);
    return n >= this.base && n < this.base + this.size;
  }

  /** Host addresses in order, skipping the network address, .1 (the router) and broadcast. */
  *hosts(): Generator<string> {
    for (let i = 2; i < this.size - 1; i++) yield formatIPv4(this.base + i);
  }
}
