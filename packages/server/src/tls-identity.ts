// The node's own TLS key and certificate, made on first start and kept in
// the data directory (docs/security.md, "The control channel"). Clients pin
// its fingerprint, so the same files must come back at every start: losing
// them is a key change every client refuses until its user accepts it.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNodeTlsIdentity, loadNodeTlsIdentity, type NodeTlsIdentity } from '@natter/io';
import { NodeError } from './errors.js';

export const TLS_KEY_FILE = 'node-key.pem';
export const TLS_CERT_FILE = 'node-cert.pem';

/** Writes a file only this user can read, atomically (a crash leaves the old one or none). */
function writePrivate(path: string, content: string): void {
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, content, { mode: 0o600 });
  renameSync(tmp, path);
}

/** The node's identity from <dataDir>, created there the first time; `created` says which. */
export function loadOrCreateTlsIdentity(dataDir: string): NodeTlsIdentity & { created: boolean } {
  const keyPath = join(dataDir, TLS_KEY_FILE);
  const certPath = join(dataDir, TLS_CERT_FILE);
  if (existsSync(keyPath) || existsSync(certPath)) {
    try {
      return { ...loadNodeTlsIdentity(readFileSync(keyPath), readFileSync(certPath)), created: false };
    } catch (err) {
      // Never make a new key over a damaged one: every client would see a key change.
      throw new NodeError(
        'CONFIG_INVALID',
        `cannot read the node's TLS identity in ${dataDir} (${TLS_KEY_FILE}, ${TLS_CERT_FILE}): ${(err as Error).message}. Restore them from a backup; deleting both makes a new key that every client will refuse until its user accepts it`,
      );
    }
  }
  const identity = createNodeTlsIdentity();
  writePrivate(keyPath, identity.key);
  writePrivate(certPath, identity.cert);
  return { ...identity, created: true };
}
