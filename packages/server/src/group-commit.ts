// Group commit: writes that arrive while a synced write is on its way to
// the disk wait for it, then go together in the next one. Each caller is
// still answered only after its own write is synced, but a burst of N
// concurrent writes costs about two fsyncs instead of N (the technique of
// database write-ahead logs; PostgreSQL's commit_delay, InnoDB's group
// commit). Measured in test/bench/server-offline.bench.ts. Unsynced
// writes use it too: a batch costs the event loop a fixed part per call,
// and a reconnect storm writes a token per login.

export class GroupCommit<Op> {
  private queued: Op[] = [];
  private waiting: Array<{ resolve(): void; reject(err: unknown): void }> = [];
  private writing = false;

  /** `write` applies a list of operations atomically and durably. */
  constructor(private readonly write: (ops: Op[]) => Promise<void>) {}

  /** Resolves once `ops` are durable (in a write of their own or shared with others). */
  commit(ops: Op[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queued.push(...ops);
      this.waiting.push({ resolve, reject });
      if (!this.writing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.writing = true;
    while (this.waiting.length) {
      const ops = this.queued;
      const waiting = this.waiting;
      this.queued = [];
      this.waiting = [];
      try {
        await this.write(ops);
        for (const w of waiting) w.resolve();
      } catch (err) {
        for (const w of waiting) w.reject(err);
      }
    }
    this.writing = false;
  }
}
