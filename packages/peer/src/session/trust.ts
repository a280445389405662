// How a client decides that the node at the other end of the control
// channel is the node it means (docs/security.md, "The control channel").
//
// The channel is TLS by default. A node with a certificate a public CA
// signed for its name is trusted like any web site. A node with its own
// self-signed certificate (the default: no CA, no operator work) is trusted
// the way SSH trusts a host: its key fingerprint is pinned on first contact
// (or given up front as `--server host#sha256:...`) and every later
// connection must present the same key. Plain ws:// carries the password
// and tokens readable, so it is allowed only to loopback (the node on this
// machine, or a TLS-terminating proxy in front of it) or when the user
// says --insecure.
import { isIP } from 'node:net';
import { connect as tlsConnect, type ConnectionOptions, type TLSSocket } from 'node:tls';
import { certificateFingerprint, isLoopbackHost, parseFingerprint } from '@natter/io';
import { SessionError } from './errors.js';

/** What the user gave as --server, normalised. */
export interface NodeAddress {
  /** ws:// or wss:// URL, without the fingerprint fragment. */
  url: string;
  /** A fingerprint given with the address (`host#sha256:...`). */
  pin?: string | undefined;
}

/** How the client came to trust the node it reached. */
export type TrustBasis =
  /** The certificate chains to a CA the system trusts, for this host name. */
  | 'ca'
  /** The key matches the pinned (or given) fingerprint. */
  | 'pinned'
  /** No pin yet: trusted on first use, the caller should pin `fingerprint`. */
  | 'first-contact'
  /** Plain ws:// to loopback. */
  | 'loopback'
  /** Plain ws:// elsewhere, because the user said --insecure. */
  | 'insecure';

export interface NodeTrust {
  basis: TrustBasis;
  /** The node's key fingerprint (undefined over plain ws://). */
  fingerprint: string | undefined;
}

export interface TrustPolicy {
  /** The fingerprint pinned for this node (from the profile or the address). */
  pin?: string | undefined;
  /** Allow plain ws:// to a non-loopback host. */
  insecure?: boolean | undefined;
}

export const DEFAULT_NODE_PORT = 7878;

/** At most this many nodes in one address list (a cluster's nodes, docs/cluster.md). */
export const MAX_NODE_ADDRESSES = 8;

/**
 * Parses what users type for a node: `host`, `host:port`, `[v6]:port`,
 * `ws://`, `wss://`, `http(s)://` (the same port serves both), each with an
 * optional `#fingerprint`. Without a scheme the channel is wss://. Several
 * nodes of one cluster may be given separated by commas (`a:7878,b:7878#fp`,
 * one fingerprint: a cluster's nodes share their key): the URL is then that
 * list, and the session tries them in turn (control-session.ts, nodeUrls).
 */
export function parseNodeAddress(text: string): NodeAddress {
  const trimmed = text.trim();
  const hash = trimmed.indexOf('#');
  const base = hash < 0 ? trimmed : trimmed.slice(0, hash);
  const fragment = hash < 0 ? '' : trimmed.slice(hash + 1);
  let pin: string | undefined;
  if (fragment) {
    pin = parseFingerprint(fragment);
    if (!pin) throw new SessionError('NODE_ADDRESS_INVALID', `"#${fragment}" is not a node key fingerprint (expected sha256: and 52 base32 characters, as \`natter server\` prints it)`);
  }
  const parts = base.split(',').map((part) => part.trim());
  if (parts.length > MAX_NODE_ADDRESSES) throw new SessionError('NODE_ADDRESS_INVALID', `at most ${MAX_NODE_ADDRESSES} node addresses, separated by commas`);
  const urls = parts.map((part) => oneNodeUrl(part, text));
  if (new Set(urls.map((u) => new URL(u).protocol)).size > 1) throw new SessionError('NODE_ADDRESS_INVALID', `"${text}" mixes ws:// and wss:// nodes`);
  return { url: urls.join(','), ...(pin && { pin }) };
}

function oneNodeUrl(base: string, text: string): string {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(base) ? base : `wss://${base}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new SessionError('NODE_ADDRESS_INVALID', `"${text}" is not a node address (host, host:port or wss://host:port)`);
  }
  const scheme = { 'ws:': 'ws:', 'wss:': 'wss:', 'http:': 'ws:', 'https:': 'wss:' }[url.protocol];
  if (!scheme || !url.hostname) throw new SessionError('NODE_ADDRESS_INVALID', `"${text}" is not a node address (host, host:port or wss://host:port)`);
  url.protocol = scheme;
  if (!url.port) url.port = String(DEFAULT_NODE_PORT);
  if (url.pathname === '') url.pathname = '/';
  url.hash = '';
  return url.toString();
}

/** Refuses a plain URL that would carry secrets across a network. */
export function checkPlainAllowed(url: string, policy: TrustPolicy): TrustBasis | undefined {
  const parsed = new URL(url);
  if (parsed.protocol !== 'ws:') return undefined;
  if (isLoopbackHost(parsed.hostname)) return 'loopback';
  if (policy.insecure) return 'insecure';
  throw new SessionError(
    'INSECURE_URL',
    `${url} is a plain, unencrypted connection: your password, session token and buddies' keys would cross the network readable. Use wss:// (the default without a scheme), or --insecure if you really mean it`,
  );
}

/**
 * A `createConnection` for ws: TLS that accepts a self-signed certificate
 * only when its key matches the pin, and reports what it decided through
 * `onTrust` before any request is answered. The upgrade request that ws
 * queues meanwhile carries nothing secret; the first control frame goes
 * after 'open', which a refused socket never reaches.
 */
export function pinningConnector(policy: TrustPolicy, onTrust: (trust: NodeTrust) => void, onRefused: (err: SessionError) => void): (options: ConnectionOptions) => TLSSocket {
  return (options) => {
    const host = options.host ?? 'localhost';
    // As users type it in --server (brackets around an IPv6 address).
    const where = `${isIP(host) === 6 ? `[${host}]` : host}${options.port ? `:${options.port}` : ''}`;
    const socket = tlsConnect({
      ...options,
      // SNI carries only host names (RFC 6066 §3).
      servername: isIP(host) ? '' : host,
      // We decide below: a self-signed certificate is fine when pinned.
      rejectUnauthorized: false,
      minVersion: 'TLSv1.2',
    });
    const refuse = (err: SessionError) => {
      onRefused(err);
      socket.destroy(err);
    };
    socket.once('secureConnect', () => {
      const cert = socket.getPeerX509Certificate();
      if (!cert) return refuse(new SessionError('NODE_KEY_MISMATCH', `the node at ${where} presented no certificate`));
      const fingerprint = certificateFingerprint(cert);
      if (policy.pin && policy.pin === fingerprint) return onTrust({ basis: 'pinned', fingerprint });
      // authorized: chains to a trusted CA and names this host.
      if (socket.authorized) return onTrust({ basis: 'ca', fingerprint });
      if (!policy.pin) return onTrust({ basis: 'first-contact', fingerprint });
      refuse(
        new SessionError(
          'NODE_KEY_MISMATCH',
          `the node at ${where} presents key ${fingerprint}, but ${policy.pin} is pinned for it. Someone may be intercepting the connection. ` +
            `If its operator really changed the node's key, check the new fingerprint with them and log in again with --server ${where}#${fingerprint}`,
        ),
      );
    });
    return socket;
  };
}
