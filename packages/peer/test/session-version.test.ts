// A node of another protocol version (issue 14 bumped it to 2: a user is a
// set of devices): the session refuses it with WIRE_VERSION and a message
// that says which side to upgrade, whether the node refuses our Hello (a
// node that checks) or answers it with its own older version.
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, decodeControl, encodeControl, type ControlFrameInit } from '@natter/wire';
import { systemClock } from '@natter/io';
import { ControlSession, type ControlTransport } from '../src/core.js';

/** A node that answers each request with `answer(frame)`. */
function fakeNode(answer: (frame: ReturnType<typeof decodeControl>) => ControlFrameInit): ControlTransport {
  return async () => {
    let onMessage: (frame: Uint8Array) => void = () => {};
    const socket = {
      open: true,
      bufferedAmount: 0,
      send(bytes: Uint8Array) {
        const frame = decodeControl(bytes);
        setTimeout(() => onMessage(encodeControl({ requestId: frame.requestId, ...answer(frame) })), 1);
      },
      onMessage(handler: (frame: Uint8Array) => void) {
        onMessage = handler;
      },
      onClose() {},
      close: async () => undefined,
      terminate() {},
    };
    return { socket, trust: { basis: 'first-contact', fingerprint: 'sha256:test' } as never };
  };
}

const session = (transport: ControlTransport) =>
  new ControlSession({ url: 'wss://node.test', credentials: { username: 'alice', password: 'correct horse' }, identityKey: new Uint8Array(32), clientVersion: 'natter/test', transport, clock: systemClock, reconnect: false });

describe('protocol versions', () => {
  it('speaks version 2', () => expect(PROTOCOL_VERSION).toBe(2));

  it('a node that answers Hello with version 1 is refused with WIRE_VERSION, before any login', async () => {
    const sent: string[] = [];
    const s = session(
      fakeNode((f) => {
        sent.push(f.body);
        return f.body === 'hello' ? { hello: { protocolVersion: 1, software: 'natter-node/old' } } : { ok: {} };
      }),
    );
    await expect(s.connect()).rejects.toMatchObject({ code: 'WIRE_VERSION', message: expect.stringMatching(/speaks protocol version 1, this natter speaks 2: upgrade the older side/) });
    expect(sent).toEqual(['hello']);
  });

  it("a node that refuses our Hello passes on its WIRE_VERSION and reason", async () => {
    const s = session(fakeNode(() => ({ error: { code: 'WIRE_VERSION', message: 'protocol version 2 is not supported (this side speaks 1); upgrade the older side' } })));
    await expect(s.connect()).rejects.toMatchObject({ code: 'WIRE_VERSION', message: expect.stringMatching(/upgrade the older side/) });
  });
});
