// Transfers that outlive the process: one small JSON file per transfer in
// the profile's data directory (files/USER/incoming, .../outgoing), written
// atomically (temporary file, then rename). A receiver restarted after
// kill -9 finds what it accepted and resumes from its .partial file; a
// sender started again with the same file reuses the transfer id, so the
// receiver resumes instead of starting over.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface IncomingRecord {
  id: string;
  from: string;
  name: string;
  size: number;
  sha256: string;
  /** Where the file goes once verified. */
  destination: string;
  /** The file bytes arrive in, in order. */
  partial: string;
  acceptedAt: number;
}

export interface OutgoingRecord {
  id: string;
  to: string;
  path: string;
  name: string;
  size: number;
  sha256: string;
  mtimeMs: number;
  createdAt: number;
}

export class RecordStore<T extends { id: string }> {
  constructor(private readonly dir: string | undefined) {}

  list(): T[] {
    if (!this.dir) return [];
    let names: string[];
    try {
      names = readdirSync(this.dir).filter((n) => /^[0-9a-f]{32}\.json$/.test(n));
    } catch {
      return [];
    }
    const out: T[] = [];
    for (const n of names) {
      try {
        out.push(JSON.parse(readFileSync(join(this.dir, n), 'utf8')) as T);
      } catch {
        /* a torn or foreign file: ignored */
      }
    }
    return out;
  }

  save(record: T): void {
    if (!this.dir) return;
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const file = join(this.dir, `${record.id}.json`);
    const tmp = `${file}.tmp`;
    writeFileSync(tmp, JSON.stringify(record), { mode: 0o600 });
    renameSync(tmp, file);
  }

  remove(id: string): void {
    if (!this.dir || !/^[0-9a-f]{32}$/.test(id)) return;
    rmSync(join(this.dir, `${id}.json`), { force: true });
  }
}
