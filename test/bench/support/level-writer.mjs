// The offline-store baseline: what the disk allows. Writes `count` records
// the way the node stores an offline message (the record, its id index and
// the sequence counter), GROUP messages per synced LevelDB batch (1: one
// synced batch each, one after another), in its own process, and prints
// {"msgsPerS", "ms"}.
//
//   node level-writer.mjs DIR COUNT SEALED_BYTES [GROUP]
import { randomBytes } from 'node:crypto';
import { Level } from 'level';

const [dir, countArg, sizeArg, groupArg = '1'] = process.argv.slice(2);
const count = Number(countArg);
const group = Number(groupArg);
const sealed = randomBytes(Number(sizeArg)).toString('base64');
const db = new Level(/** @type {string} */ (dir), { valueEncoding: 'json' });
await db.open();
const offline = db.sublevel('offline', { valueEncoding: 'json' });
const ids = db.sublevel('offline-ids', { valueEncoding: 'json' });
const meta = db.sublevel('meta', { valueEncoding: 'json' });
const t0 = performance.now();
/** @type {any[]} */
let ops = [];
for (let seq = 1; seq <= count; seq++) {
  const key = `bob\x00${seq.toString(16).padStart(13, '0')}`;
  const messageId = randomBytes(16).toString('base64');
  const now = Date.now();
  const record = { seq, to: 'bob', from: 'alice', messageId, sealed, sentAt: now, storedAt: now, expiresAt: now + 30 * 86400_000, size: Number(sizeArg) };
  ops.push(
    { type: 'put', sublevel: offline, key, value: record },
    { type: 'put', sublevel: ids, key: `bob\x00alice\x00${messageId}`, value: key },
    { type: 'put', sublevel: meta, key: 'offline-seq', value: seq },
  );
  if (seq % group === 0 || seq === count) {
    await db.batch(ops, { sync: true });
    ops = [];
  }
}
const ms = performance.now() - t0;
await db.close();
process.stdout.write(`${JSON.stringify({ msgsPerS: count / (ms / 1000), ms })}\n`);
