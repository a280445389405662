// The node's self-signed certificate is a real one: node:crypto and OpenSSL
// parse it, its signature verifies, a TLS server serves it and a client sees
// the fingerprint we computed.
import { execFileSync } from 'node:child_process';
import { createServer, connect } from 'node:tls';
import { X509Certificate, createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { certificateFingerprint, createNodeTlsIdentity, loadNodeTlsIdentity, parseFingerprint, selfSignedCertificate, spkiSha256 } from '@natter/io';

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('node TLS identity', () => {
  it('is a valid self-signed P-256 certificate', () => {
    const id = createNodeTlsIdentity({ commonName: 'natter node test' });
    const cert = new X509Certificate(id.cert);
    expect(cert.subject).toBe('CN=natter node test');
    expect(cert.issuer).toBe(cert.subject);
    expect(cert.verify(cert.publicKey)).toBe(true);
    expect(cert.publicKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    expect(cert.ca).toBe(false);
    expect(new Date(cert.validTo).getTime()).toBeGreaterThan(Date.now() + 3000 * 86_400_000);
    expect(new Date(cert.validFrom).getTime()).toBeLessThan(Date.now());
    expect(id.fingerprint).toMatch(/^sha256:[a-z2-7]{52}$/);
    expect(loadNodeTlsIdentity(id.key, id.cert).fingerprint).toBe(id.fingerprint);
  });

  it('writes GeneralizedTime after 2049 and still parses', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const cert = new X509Certificate(selfSignedCertificate(privateKey, { now: new Date('2049-06-01T00:00:00Z'), days: 400 }));
    expect(new Date(cert.validTo).getUTCFullYear()).toBe(2050);
    expect(cert.verify(cert.publicKey)).toBe(true);
  });

  it('pins the key, not the certificate: a renewal over the same key keeps the fingerprint', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const a = selfSignedCertificate(privateKey);
    const b = selfSignedCertificate(privateKey);
    expect(a).not.toBe(b); // fresh serial
    expect(certificateFingerprint(a)).toBe(certificateFingerprint(b));
    expect(spkiSha256(a)).toEqual(createHash('sha256').update(createPublicKey(privateKey).export({ type: 'spki', format: 'der' })).digest());
  });

  it('refuses a key that does not belong to the certificate', () => {
    const one = createNodeTlsIdentity();
    const other = createNodeTlsIdentity();
    expect(() => loadNodeTlsIdentity(other.key, one.cert)).toThrow(/does not belong/);
  });

  it('OpenSSL reads it', (ctx) => {
    if (!hasOpenssl()) {
      console.log('SKIPPED: openssl is not installed (apt-get install openssl)');
      ctx.skip();
    }
    const id = createNodeTlsIdentity();
    const text = execFileSync('openssl', ['x509', '-noout', '-text'], { input: id.cert }).toString();
    expect(text).toContain('ecdsa-with-SHA256');
    expect(text).toContain('CA:FALSE');
  });

  it('a TLS 1.3 server serves it and the client sees that fingerprint', async () => {
    const id = createNodeTlsIdentity();
    const server = createServer({ key: id.key, cert: id.cert, minVersion: 'TLSv1.3' }, (socket) => socket.end('hi'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      const seen = await new Promise<string>((resolve, reject) => {
        const socket = connect({ port, host: '127.0.0.1', rejectUnauthorized: false }, () => {
          resolve(certificateFingerprint(socket.getPeerX509Certificate()!));
          socket.destroy();
        });
        socket.on('error', reject);
      });
      expect(seen).toBe(id.fingerprint);
    } finally {
      server.close();
    }
  });
});

describe('parseFingerprint', () => {
  it('accepts what users type and refuses what is not a fingerprint', () => {
    const fp = createNodeTlsIdentity().fingerprint;
    const bare = fp.slice('sha256:'.length);
    expect(parseFingerprint(fp)).toBe(fp);
    expect(parseFingerprint(bare.toUpperCase())).toBe(fp);
    expect(parseFingerprint(`SHA256:${bare.slice(0, 20)}-${bare.slice(20)}`)).toBe(fp);
    expect(parseFingerprint(bare.slice(1))).toBeUndefined();
    expect(parseFingerprint(`${bare.slice(1)}1`)).toBeUndefined();
    expect(parseFingerprint('')).toBeUndefined();
  });
});
