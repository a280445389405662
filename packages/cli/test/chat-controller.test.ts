// natter chat's logic against a fake peer: typing and sending, states
// changing in place, messages arriving while typing, slash commands, and
// the rpc interface's replies and errors.
import { describe, expect, it } from 'vitest';
import { ChatScreen } from '../src/chat/screen.js';
import { ChatController } from '../src/chat/controller.js';
import { RpcServer } from '../src/rpc/server.js';
import { FakePeer, buddy } from './fake-peer.js';

const tick = () => new Promise((r) => setTimeout(r, 5));

async function chat(peer = new FakePeer(), current: string | undefined = 'bob') {
  const screen = new ChatScreen({ cols: 80, rows: 24, color: false, write: () => undefined });
  let quits = 0;
  const c = new ChatController({ peer, screen, server: 'ws://node:7878/', buddy: current, quit: () => quits++ });
  c.attach();
  peer.emit('online', {} as never);
  await c.open();
  const type = async (text: string, enter = true) => {
    for (const ch of text) c.key({ sequence: ch, name: ch });
    if (enter) c.key({ name: 'return', sequence: '\r' });
    await tick();
  };
  const screenText = () => screen.lines().join('\n');
  return { c, screen, peer, type, screenText, quits: () => quits };
}

describe('ChatController', () => {
  it('sends to the current buddy; the state changes in place: sending, sent (relayed), delivered', async () => {
    const peer = new FakePeer();
    peer.list = [buddy('bob')];
    const { type, screen } = await chat(peer);
    await type('hi bob');
    const id = peer.entries[0]!.id;
    expect(screen.lines()[21]).toMatch(/alice -> bob: hi bob {2}\[sending\]$/);
    peer.advance(id, 'sent', 'relay');
    expect(screen.lines()[21]).toMatch(/\[sent, relayed\]$/);
    peer.advance(id, 'delivered');
    expect(screen.lines()[21]).toMatch(/\[delivered, relayed\]$/);
    expect(screen.lines()[22]).toContain('bob: online, relayed, NAT full-cone');
  });

  it('a message arriving while typing: shown above, the typed text stays on the input line', async () => {
    const peer = new FakePeer();
    peer.list = [buddy('bob')];
    const { type, screen, c } = await chat(peer);
    await type('half typ', false);
    peer.receive('bob', 'are you there?');
    expect(screen.lines()[21]).toMatch(/bob: are you there\?$/);
    expect(screen.lines()[23]).toBe('[bob] half typ');
    await type('ed');
    expect(peer.entries.at(-1)!.text).toBe('half typed');
    void c;
  });

  it('refuses to send to someone who is not a buddy, with the code and what to do', async () => {
    const { type, screenText, peer } = await chat(new FakePeer(), 'carol');
    await type('hello?');
    expect(peer.entries).toHaveLength(0);
    expect(screenText()).toMatch(/carol is not your buddy: \/add carol/);
    expect(screenText()).toMatch(/\(NOT_A_BUDDY\)/);
  });

  it('slash commands: /buddies /status /path /verify /nat /help /msg /accept, unknown ones, /quit', async () => {
    const peer = new FakePeer();
    peer.list = [buddy('bob', { path: 'direct', nat: 'port-restricted-cone' }), buddy('dave', { online: false, status: 'offline', path: 'offline' })];
    peer.pending.incoming = ['erin'];
    const { type, screenText, quits, screen } = await chat(peer);
    await type('/buddies');
    expect(screenText()).toMatch(/\* >bob +online +direct +port-restricted-cone$/m);
    expect(screenText()).toMatch(/\* {2}dave +offline +offline +-$/m);
    expect(screenText()).toMatch(/requests from: erin/);
    await type('/status away at lunch');
    expect(peer.status).toEqual(['away', 'at lunch']);
    expect(screen.lines()[22]).toMatch(/^ alice \(away\) \| node online/);
    await type('/path');
    expect(screenText()).toMatch(/bob: direct, peer to peer over UDP/);
    await type('/verify');
    expect(screenText()).toMatch(/ {2}\d{5}( \d{5}){5}\n.* {2}\d{5}( \d{5}){5}/);
    await type('/nat');
    expect(screenText()).toMatch(/your NAT: not measured/);
    await type('/help');
    expect(screenText()).toMatch(/\/quit +leave/);
    await type('/accept erin');
    expect(peer.actions).toContainEqual(['accept', 'erin']);
    expect(screenText()).toMatch(/erin is now your buddy/);
    await type('/msg dave see you');
    expect(screen.lines()[23]).toBe('[dave] ');
    expect(peer.entries.at(-1)).toMatchObject({ buddy: 'dave', text: 'see you' });
    await type('/frobnicate');
    expect(screenText()).toMatch(/unknown command \/frobnicate: \/help lists them/);
    await type('/quit');
    expect(quits()).toBe(1);
  });

  it('one table of slash commands: aliases, /help lists each with its aliases, Tab completes from it, a typo gets a suggestion', async () => {
    const peer = new FakePeer();
    peer.list = [buddy('bob'), buddy('dave', { online: false, status: 'offline', path: 'offline' })];
    const { type, screenText, quits, screen, c } = await chat(peer);
    await type('/m dave');
    expect(screen.lines()[23]).toBe('[dave] ');
    await type('/query bob');
    expect(screen.lines()[23]).toBe('[bob] ');
    await type('/b');
    expect(screenText()).toMatch(/\* >bob +online/);
    await type('/?');
    for (const usage of ['/msg USER [TEXT]', '/buddies', '/add USER', '/accept USER', '/decline USER', '/remove USER', '/block USER', '/unblock USER', '/status STATE [TEXT]', '/history [N]', '/path [USER]', '/verify [USER]', '/nat', '/clear', '/help', '/quit']) {
      expect(screenText()).toContain(`* ${usage}`);
    }
    expect(screenText()).toMatch(/\/msg USER \[TEXT\] +talk to USER \(and send TEXT\) \(also \/m, \/query\)/);
    expect(screenText()).toMatch(/\/quit +leave \(also Ctrl-C, Ctrl-D\) \(also \/exit, \/q\)/);
    // Tab: a unique command completes with a space; an ambiguous one lists the candidates.
    await type('/ver', false);
    c.key({ name: 'tab' });
    expect(screen.lines()[23]).toBe('[bob] /verify ');
    c.key({ name: 'u', ctrl: true });
    await type('/un', false);
    c.key({ name: 'tab' });
    expect(screen.lines()[23]).toBe('[bob] /unblock ');
    c.key({ name: 'u', ctrl: true });
    await type('/b', false);
    c.key({ name: 'tab' });
    expect(screenText()).toMatch(/\* \/buddies {2}\/block$/m);
    c.key({ name: 'u', ctrl: true });
    await type('/mgs bob');
    expect(screenText()).toMatch(/unknown command \/mgs; did you mean \/msg\?: \/help lists them$/m);
    expect(screenText()).not.toMatch(/\(USAGE\)/);
    await type('/exit');
    await type('/q');
    expect(quits()).toBe(2);
  });

  it('shows the recent history of the buddy at start, then what arrived during the login, once', async () => {
    const peer = new FakePeer();
    peer.list = [buddy('bob')];
    const screen = new ChatScreen({ cols: 80, rows: 24, color: false, write: () => undefined });
    const c = new ChatController({ peer, screen, server: 'ws://node:7878/', buddy: 'bob', quit: () => undefined });
    c.attach();
    peer.receive('bob', 'while you were out', 'offline'); // during the login: also in the history
    await c.open();
    const text = screen.lines().join('\n');
    expect(text.match(/while you were out/g)).toHaveLength(1);
    expect(text).toMatch(/--- last 1 with bob ---/);
  });
});

describe('files in the chat', () => {
  it('/file PATH sends to the current buddy; an offer shows a line to answer; /file accept and decline answer it', async () => {
    const peer = new FakePeer();
    peer.list = [buddy('bob')];
    const screen = new ChatScreen({ cols: 100, rows: 30, color: false, write: () => undefined });
    const c = new ChatController({ peer, screen, server: 'ws://node:7878/', buddy: 'bob', quit: () => undefined });
    c.attach();
    await c.open();
    const type = async (line: string) => {
      for (const ch of line) c.key({ name: ch, sequence: ch } as never);
      c.key({ name: 'return' } as never);
      await new Promise((r) => setTimeout(r, 10));
    };
    await type('/file /tmp/photo.jpg');
    expect(peer.fileCalls).toEqual(['send bob /tmp/photo.jpg']);
    const offer = peer.offer('bob', 'report\x1b[31m.pdf', 2048);
    let text = screen.lines().join('\n');
    expect(text).toContain('.pdf (2.0 KiB): /file accept 2 [DIR] or /file decline 2');
    expect(text).toContain('bob offers report');
    expect(text).not.toContain('\x1b[31m'); // the sender's escape is shown, not obeyed
    await type('/file accept 2 /srv/in');
    expect(peer.fileCalls.at(-1)).toBe(`accept ${offer.id} /srv/in`);
    const second = peer.offer('bob', 'b.txt', 1);
    await type('/file decline');
    expect(peer.fileCalls.at(-1)).toBe(`decline ${second.id}`);
    await type('/file');
    text = screen.lines().join('\n');
    expect(text).toMatch(/#1 to bob: photo\.jpg/);
  });
});

describe('RpcServer', () => {
  function rpc(peer = new FakePeer()) {
    const lines: Array<Record<string, unknown>> = [];
    let quit = 0;
    const s = new RpcServer(peer, { write: (l) => lines.push(JSON.parse(l)), server: 'ws://node/', knownKey: () => undefined, quit: () => quit++ });
    s.attach();
    return { s, lines, peer, quits: () => quit };
  }

  it('file requests and file events', async () => {
    const peer = new FakePeer();
    peer.list = [buddy('bob')];
    const { s, lines } = rpc(peer);
    await s.handleLine('{"cmd":"send-file","to":"bob","path":"/tmp/a.bin","reqId":1}');
    expect(lines.at(-1)).toMatchObject({ reqId: 1, ok: true, direction: 'send', buddy: 'bob', name: 'a.bin', state: 'waiting' });
    const offer = peer.offer('bob', 'b.bin', 5);
    expect(lines.at(-1)).toMatchObject({ event: 'file-offer', id: offer.id, name: 'b.bin', size: 5, state: 'offered' });
    await s.handleLine(JSON.stringify({ cmd: 'accept-file', id: offer.id, dir: '/srv' }));
    expect(lines.at(-1)).toMatchObject({ ok: true, id: offer.id, state: 'waiting', file: '/srv/b.bin.partial' });
    expect(lines.at(-2)).toMatchObject({ event: 'file-state', id: offer.id, state: 'waiting' });
    await s.handleLine(JSON.stringify({ cmd: 'accept-file', id: offer.id }));
    expect(lines.at(-1)).toMatchObject({ ok: false, error: { code: 'FILE_UNKNOWN' } });
    await s.handleLine('{"cmd":"decline-file","id":"xyz"}');
    expect(lines.at(-1)).toMatchObject({ ok: false, error: { code: 'RPC_BAD_REQUEST' } });
    await s.handleLine('{"cmd":"send-file","to":"carol","path":"/tmp/a.bin"}');
    expect(lines.at(-1)).toMatchObject({ ok: false, error: { code: 'NOT_A_BUDDY' } });
    await s.handleLine('{"cmd":"files"}');
    expect((lines.at(-1)!.transfers as unknown[]).length).toBe(2);
  });

  it('answers each request once, in order, with reqId; events for states and messages', async () => {
    const peer = new FakePeer();
    peer.list = [buddy('bob')];
    const { s, lines } = rpc(peer);
    await s.handleLine('{"cmd":"send","to":"bob","text":"hi","reqId":7}');
    expect(lines.at(-1)).toMatchObject({ reqId: 7, ok: true, state: 'sending' });
    const id = lines.at(-1)!.id as string;
    peer.advance(id, 'delivered', 'direct');
    expect(lines.at(-1)).toEqual({ event: 'state', id, to: 'bob', state: 'delivered', path: 'direct' });
    peer.receive('bob', 'yo');
    expect(lines.at(-1)).toMatchObject({ event: 'message', from: 'bob', text: 'yo', path: 'relay' });
    await s.handleLine('{"cmd":"buddies"}');
    expect(lines.at(-1)).toMatchObject({ ok: true, buddies: [{ username: 'bob', online: true, path: 'relay', nat: 'full-cone' }], incoming: [] });
    await s.handleLine('{"cmd":"status","status":"busy","text":"deploying"}');
    expect(peer.status).toEqual(['busy', 'deploying']);
    await s.handleLine('{"cmd":"path","buddy":"bob"}');
    expect(lines.at(-1)).toEqual({ ok: true, buddy: 'bob', path: 'relay' });
    await s.handleLine('{"cmd":"verify","user":"bob"}');
    expect(lines.at(-1)!.safetyNumber).toMatch(/^\d{5}( \d{5}){11}$/);
  });

  it('malformed and wrong requests get an error reply with a code, never a crash', async () => {
    const peer = new FakePeer();
    peer.list = [buddy('bob')];
    const { s, lines, quits } = rpc(peer);
    const cases: Array<[string, string]> = [
      ['{not json', 'RPC_BAD_JSON'],
      ['[1,2]', 'RPC_BAD_REQUEST'],
      ['"send"', 'RPC_BAD_REQUEST'],
      ['{"to":"bob"}', 'RPC_BAD_REQUEST'],
      ['{"cmd":"send","to":"bob"}', 'RPC_BAD_REQUEST'],
      ['{"cmd":"send","to":"bob","text":42}', 'RPC_BAD_REQUEST'],
      ['{"cmd":"send","to":"zed","text":"x"}', 'NOT_A_BUDDY'],
      ['{"cmd":"status","status":"sleeping"}', 'RPC_BAD_REQUEST'],
      ['{"cmd":"accept","user":"nobody"}', 'NO_SUCH_REQUEST'],
      ['{"cmd":"history","with":"bob","limit":-1}', 'RPC_BAD_REQUEST'],
      ['{"cmd":"fly"}', 'RPC_UNKNOWN_COMMAND'],
      [`{"cmd":"send","to":"bob","text":"${'x'.repeat(40_000)}"}`, 'MESSAGE_TOO_LARGE'],
    ];
    for (const [line, code] of cases) {
      await s.handleLine(line);
      expect(lines.at(-1), line.slice(0, 60)).toMatchObject({ ok: false, error: { code } });
    }
    await s.handleLine('{"cmd":"quit","reqId":"q"}');
    expect(lines.at(-1)).toEqual({ reqId: 'q', ok: true });
    await tick();
    expect(quits()).toBe(1);
  });
});
