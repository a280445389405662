// A WebRTC data channel as a UdpSocket (@natter/io), so a conversation takes
// it as its direct path exactly like a punched UDP path: the channel is
// unordered with no retransmissions (datagrams, as UDP), the reliable
// channel above resends, and the conversation's keepalive and dead-path
// watchdog run on it unchanged.
import type { MessageHandler, RemoteInfo, SocketAddress, UdpSocket } from '@natter/io';
import type { RtcDataChannelLike } from './types.js';

export class DataChannelSocket implements UdpSocket {
  private readonly handlers = new Set<MessageHandler>();
  private isClosed = false;
  /** Who is at the other end, as a RemoteInfo: `webrtc:<buddy>` (no IP and port: ICE chose them). */
  readonly remote: RemoteInfo;

  constructor(private readonly channel: RtcDataChannelLike, buddy: string, onClosed: () => void) {
    this.remote = { address: `webrtc:${buddy}`, port: 0, family: 'IPv4' };
    channel.binaryType = 'arraybuffer';
    channel.onmessage = (event) => {
      const data = event.data;
      const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : undefined;
      if (!bytes) return; // text frames are not natter's
      for (const handler of this.handlers) handler(bytes, this.remote);
    };
    channel.onclose = () => {
      if (this.isClosed) return;
      this.isClosed = true;
      onClosed();
    };
  }

  address(): SocketAddress {
    return { address: this.remote.address, port: 0, family: 'IPv4' };
  }

  async send(data: Uint8Array): Promise<void> {
    if (this.isClosed || this.channel.readyState !== 'open') throw new Error('the WebRTC data channel is closed');
    this.channel.send(data);
  }

  sendAndForget(data: Uint8Array): void {
    void this.send(data).catch(() => undefined);
  }

  onMessage(handler: MessageHandler): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  setTTL(): void {}

  async close(): Promise<void> {
    this.isClosed = true;
    this.handlers.clear();
    try {
      this.channel.close();
    } catch {
      /* already closed */
    }
  }

  get closed(): boolean {
    return this.isClosed;
  }
}
