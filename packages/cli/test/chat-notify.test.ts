// The chat's /via and /notify: an extended message goes only after the
// warning and an explicit /via yes; another command forgets it.
import { describe, expect, it } from 'vitest';
import { NotifyClient } from '@natter/peer';
import type { ControlFrameInit } from '@natter/wire';
import { runSlashCommand, type ChatSession } from '../src/chat/slash-commands.js';
import { FakePeer, buddy } from './fake-peer.js';

function session(): { chat: ChatSession; notices: string[]; requests: ControlFrameInit[] } {
  const notices: string[] = [];
  const requests: ControlFrameInit[] = [];
  const peer = new FakePeer('alice');
  peer.list = [buddy('bob')];
  // The node's answers: ExtendedQueued for a send, empty settings for the rest.
  Object.defineProperty(peer, 'notify', {
    value: new NotifyClient({
      request: async (frame: ControlFrameInit) => {
        requests.push(frame);
        if (frame.extendedSend) return { body: 'extendedQueued', extendedQueued: { id: 'ab'.repeat(16) } } as never;
        return { body: 'notifySettings', notifySettings: { channels: [], allow: [], delayMs: 600_000, everyMs: 3600_000, notifications: true, available: [1] } } as never;
      },
    }),
  });
  const chat = { peer, current: 'bob', notice: (text: string) => notices.push(text) } as unknown as ChatSession;
  return { chat, notices, requests };
}

describe('/via and /notify in the chat', () => {
  it('warns, sends nothing until /via yes, then sends once', async () => {
    const { chat, notices, requests } = session();
    await runSlashCommand(chat, '/via sms at the gate, 5 min');
    expect(notices.join('\n')).toMatch(/leaves end-to-end encryption/);
    expect(requests).toEqual([]);
    await runSlashCommand(chat, '/via yes');
    expect(requests).toHaveLength(1);
    expect(requests[0]!.extendedSend).toMatchObject({ to: 'bob', via: 2, text: 'at the gate, 5 min' });
    expect(notices.at(-1)).toMatch(/queued for bob by sms \(not end-to-end encrypted\)/);
    await runSlashCommand(chat, '/via yes');
    expect(requests).toHaveLength(1);
  });

  it('another command in between forgets the pending message', async () => {
    const { chat, requests } = session();
    await runSlashCommand(chat, '/via email hello');
    await runSlashCommand(chat, '/notify list');
    await runSlashCommand(chat, '/via yes');
    expect(requests.filter((r) => r.extendedSend)).toEqual([]);
    expect(requests.filter((r) => r.notifyList)).toHaveLength(1);
  });

  it('refuses an unknown kind or action as a usage error', async () => {
    const { chat } = session();
    await expect(async () => runSlashCommand(chat, '/via pager hi')).rejects.toMatchObject({ code: 'USAGE' });
    await expect(async () => runSlashCommand(chat, '/notify frob')).rejects.toMatchObject({ code: 'USAGE' });
  });
});
