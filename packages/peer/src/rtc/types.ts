// The part of the W3C WebRTC API natter uses, as structural types: the
// browser's RTCPeerConnection and node-datachannel's polyfill of it both fit,
// so one implementation of the data-channel path (rtc-paths.ts) serves the
// web client and the terminal peer.
export interface RtcSessionDescription {
  type: 'offer' | 'answer' | string;
  sdp?: string | undefined;
}

export interface RtcIceCandidateLike {
  candidate: string;
  sdpMid?: string | null | undefined;
}

export interface RtcDataChannelLike {
  readonly readyState: string;
  binaryType: string;
  send(data: Uint8Array): void;
  close(): void;
  onopen: ((event: unknown) => void) | null;
  onclose: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
}

export interface RtcPeerConnectionLike {
  readonly connectionState: string;
  createDataChannel(label: string, init?: { ordered?: boolean; maxRetransmits?: number }): RtcDataChannelLike;
  createOffer(): Promise<RtcSessionDescription>;
  createAnswer(): Promise<RtcSessionDescription>;
  setLocalDescription(description: RtcSessionDescription): Promise<void>;
  setRemoteDescription(description: RtcSessionDescription): Promise<void>;
  addIceCandidate(candidate: RtcIceCandidateLike): Promise<void>;
  close(): void;
  onicecandidate: ((event: { candidate: RtcIceCandidateLike | null }) => void) | null;
  ondatachannel: ((event: { channel: RtcDataChannelLike }) => void) | null;
  onconnectionstatechange: ((event: unknown) => void) | null;
}

/** Makes a peer connection: `new RTCPeerConnection(config)` in a browser, node-datachannel's polyfill in Node. */
export type RtcPeerConnectionFactory = (config: { iceServers: Array<{ urls: string[] }> }) => RtcPeerConnectionLike;
