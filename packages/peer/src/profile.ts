// The user's profile under --home: which node, who, the resume token and
// the identity key. Owner-only (0600): it holds the private identity key.
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ProfileData {
  server: string;
  username: string;
  /** base64 */
  resumeToken?: string;
  /** exportIdentity() text */
  identity: string;
  /** Buddy identity keys we have seen (base64), to warn when one changes. */
  knownKeys?: Record<string, string>;
  /** The node's TLS key fingerprint, pinned on first contact (sha256:...). */
  nodeKey?: string;
  /** The user allowed plain ws:// to this non-loopback node (--insecure). */
  insecure?: boolean;
  /** Buddies whose files are accepted without asking (natter files trust USER). */
  fileTrust?: string[];
  /** Where accepted files go (natter files dir DIR); default the XDG download directory. */
  downloadDir?: string;
  /** This device (docs/protocol.md, "Devices"): its id (hex, chosen once) and name. */
  device?: { id: string; name: string };
}

export class Profile {
  constructor(readonly dir: string) {}

  get file(): string {
    return join(this.dir, 'profile.json');
  }

  exists(): boolean {
    return existsSync(this.file);
  }

  read(): ProfileData | undefined {
    if (!this.exists()) return undefined;
    return JSON.parse(readFileSync(this.file, 'utf8')) as ProfileData;
  }

  /** Atomic replace, so a crash never leaves half a profile. */
  write(data: ProfileData): void {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(data, null, 2) + '\n', { mode: 0o600 });
    chmodSync(tmp, 0o600);
    renameSync(tmp, this.file);
  }

  update(patch: Partial<ProfileData>): ProfileData {
    const cur = this.read();
    if (!cur) throw new Error('no profile to update');
    const next = { ...cur, ...patch };
    this.write(next);
    return next;
  }
}
