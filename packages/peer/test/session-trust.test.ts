// What users type for a node, and when plain ws:// is allowed.
import { describe, expect, it } from 'vitest';
import { createNodeTlsIdentity } from '@natter/io';
import { checkPlainAllowed, nodeUrls, parseNodeAddress } from '../src/session/index.js';

const fp = createNodeTlsIdentity().fingerprint;
const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    return (err as { code?: string }).code;
  }
  return undefined;
};

describe('parseNodeAddress', () => {
  it('makes TLS the default and 7878 the default port', () => {
    expect(parseNodeAddress('chat.example.org')).toEqual({ url: 'wss://chat.example.org:7878/' });
    expect(parseNodeAddress('10.0.0.1:9000')).toEqual({ url: 'wss://10.0.0.1:9000/' });
    expect(parseNodeAddress('[2001:db8::1]:9000')).toEqual({ url: 'wss://[2001:db8::1]:9000/' });
    expect(parseNodeAddress('https://chat.example.org/')).toEqual({ url: 'wss://chat.example.org:7878/' });
    expect(parseNodeAddress('http://127.0.0.1:7000')).toEqual({ url: 'ws://127.0.0.1:7000/' });
    expect(parseNodeAddress(' ws://127.0.0.1:7000/ ')).toEqual({ url: 'ws://127.0.0.1:7000/' });
  });

  it('takes a fingerprint after #, in any spelling natter server prints or a user types', () => {
    expect(parseNodeAddress(`chat.example.org#${fp}`)).toEqual({ url: 'wss://chat.example.org:7878/', pin: fp });
    expect(parseNodeAddress(`wss://h:1/#${fp.slice(7).toUpperCase()}`)).toEqual({ url: 'wss://h:1/', pin: fp });
    expect(codeOf(() => parseNodeAddress('chat.example.org#abc'))).toBe('NODE_ADDRESS_INVALID');
  });

  it("takes a cluster's nodes as a list, one fingerprint for all, and the session tries them in that order", () => {
    const fp = parseNodeAddress('a.example.org#' + 'sha256:' + 'a'.repeat(52)).pin;
    const parsed = parseNodeAddress(`a.example.org, b.example.org:9000,wss://[2001:db8::2]#${fp}`);
    expect(parsed).toEqual({ url: 'wss://a.example.org:7878/,wss://b.example.org:9000/,wss://[2001:db8::2]:7878/', pin: fp });
    expect(nodeUrls(parsed.url)).toEqual(['wss://a.example.org:7878/', 'wss://b.example.org:9000/', 'wss://[2001:db8::2]:7878/']);
    expect(nodeUrls('wss://one:7878/')).toEqual(['wss://one:7878/']);
    expect(nodeUrls('')).toEqual(['']);
    expect(() => parseNodeAddress('a,ws://127.0.0.1:7878')).toThrow(expect.objectContaining({ code: 'NODE_ADDRESS_INVALID' }));
    expect(() => parseNodeAddress(Array.from({ length: 9 }, (_, i) => `n${i}`).join(','))).toThrow(expect.objectContaining({ code: 'NODE_ADDRESS_INVALID' }));
    expect(() => parseNodeAddress('a,,b')).toThrow(expect.objectContaining({ code: 'NODE_ADDRESS_INVALID' }));
  });

  it('refuses what is not a node address', () => {
    for (const bad of ['ftp://x', 'wss://', '::::', 'http://']) expect(codeOf(() => parseNodeAddress(bad)), bad).toBe('NODE_ADDRESS_INVALID');
  });
});

describe('checkPlainAllowed', () => {
  it('allows TLS everywhere and plain only to loopback or with --insecure', () => {
    expect(checkPlainAllowed('wss://example.org:7878/', {})).toBeUndefined();
    expect(checkPlainAllowed('ws://127.0.0.1:7878/', {})).toBe('loopback');
    expect(checkPlainAllowed('ws://127.9.9.9:7878/', {})).toBe('loopback');
    expect(checkPlainAllowed('ws://[::1]:7878/', {})).toBe('loopback');
    expect(checkPlainAllowed('ws://localhost:7878/', {})).toBe('loopback');
    expect(codeOf(() => checkPlainAllowed('ws://10.0.0.1:7878/', {}))).toBe('INSECURE_URL');
    expect(codeOf(() => checkPlainAllowed('ws://localhost.example.org:7878/', {}))).toBe('INSECURE_URL');
    expect(checkPlainAllowed('ws://10.0.0.1:7878/', { insecure: true })).toBe('insecure');
  });
});
