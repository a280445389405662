// The local history on a real LevelDB: states only move forward, a late
// "sent" after "delivered" still tells the path, nothing is stored twice.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { History, type HistoryEntry } from '@natter/peer';

const dir = mkdtempSync(join(tmpdir(), 'natter-history-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('History', () => {
  it('keeps the newest state, learns the path from a late "sent", refuses duplicates', async () => {
    const h = new History(join(dir, 'h'));
    await h.open();
    const e: HistoryEntry = { id: 'aa'.repeat(16), buddy: 'bob', direction: 'out', text: 'hi', at: 1000, state: 'sending' };
    expect(await h.add(e)).toBe(true);
    expect(await h.add(e)).toBe(false);
    // The receipt first (no path), then the channel's "sent, direct".
    expect(await h.setState(e.id, 'delivered')).toMatchObject({ state: 'delivered' });
    expect(await h.setState(e.id, 'sent', 'direct')).toMatchObject({ state: 'delivered', path: 'direct' });
    // Once the path is known, a late lower state changes nothing.
    expect(await h.setState(e.id, 'sent', 'relay')).toBeUndefined();
    expect(await h.setState(e.id, 'sending')).toBeUndefined();
    expect(await h.get(e.id)).toMatchObject({ state: 'delivered', path: 'direct' });
    expect(await h.list('bob')).toHaveLength(1);
    expect(await h.undelivered()).toEqual([]);
    await h.close();
  });

  it('a receipt and the channel\'s "sent" at the same moment: the entry ends delivered, never back to sent', async () => {
    // Both come from one burst after a path change: the buddy's receipt and
    // the ack that resolves our send. Two read-modify-writes at once used to
    // lose the "delivered" (seen in the kernel NAT lab's fault tests).
    const h = new History(join(dir, 'race'));
    await h.open();
    const ids = Array.from({ length: 20 }, (_, i) => i.toString(16).padStart(32, '0'));
    for (const [i, id] of ids.entries()) await h.add({ id, buddy: 'bob', direction: 'out', text: `m${i}`, at: 1000 + i, state: 'sending' });
    await Promise.all(ids.flatMap((id) => [h.setState(id, 'delivered'), h.setState(id, 'sent', 'direct')]));
    for (const id of ids) expect(await h.get(id)).toMatchObject({ state: 'delivered', path: 'direct' });
    expect(await h.undelivered()).toEqual([]);
    await h.close();
  });
});
