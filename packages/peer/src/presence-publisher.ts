// What the node tells our buddies about us, besides the public endpoint
// (public-endpoint.ts): our status and its text, our LAN candidates, and
// the NAT report the punch planner needs (classified at the first login).
import type { Clock, UdpStack } from '@natter/io';
import type { ClassifyOptions, NatReport as ClassifierReport, StunTarget } from '@natter/stun';
import { natter, type ControlFrameInit } from '@natter/wire';
import { STATUSES, natReportToWire, type StatusName } from './protocol-names.js';

export interface PresencePublisherOptions {
  stack: UdpStack;
  clock: Clock;
  request(frame: ControlFrameInit): Promise<unknown>;
  /** The chat socket's local port: the port of our LAN candidates. */
  chatPort(): number;
  /** The IPv6 chat socket's local port, when the host has IPv6. */
  chatPort6(): number | undefined;
  /** Classify the NAT at login (RFC 5780 needs a server with two IPs). */
  classify: boolean;
  classifyNat(options: ClassifyOptions): Promise<ClassifierReport>;
  /** STUN server for the classifier; default the node's. */
  stunServer: StunTarget | undefined;
  onNat(report: ClassifierReport): void;
}

export class PresencePublisher {
  private status: natter.Status = natter.Status.ONLINE;
  private statusText = '';
  private nat: ClassifierReport | undefined;

  constructor(private readonly options: PresencePublisherOptions) {}

  /** Our NAT report as the node and the punch planner take it; undefined until classified. */
  natReport(): natter.NatReport.$Properties | undefined {
    return this.nat && natReportToWire(this.nat);
  }

  /** Classifies the NAT once (the first login that can); without a report buddies punch blind. */
  async classify(nodeStun: StunTarget | undefined): Promise<void> {
    if (!this.options.classify || this.nat) return;
    const server = this.options.stunServer ?? nodeStun;
    if (!server) return;
    try {
      this.nat = await this.options.classifyNat({ stack: this.options.stack, clock: this.options.clock, servers: [server] });
      this.options.onNat(this.nat);
    } catch {
      /* no report: buddies punch blind */
    }
  }

  /** After a move to another network: the NAT there is another one, classified at the next login. */
  forgetNat(): void {
    this.nat = undefined;
  }

  async setStatus(status: Exclude<StatusName, 'offline'>, text = ''): Promise<void> {
    this.status = STATUSES.toWire(status) ?? natter.Status.ONLINE;
    this.statusText = text;
    await this.publish();
  }

  publish(): Promise<unknown> {
    return this.options.request({ presenceUpdate: { status: this.status, statusText: this.statusText, lanCandidates: this.lanCandidates(), nat: this.natReport() ?? null } });
  }

  /**
   * Our own addresses with the chat sockets' ports: private IPv4 ones for a
   * buddy behind the same NAT, and IPv6 ones (global or unique-local). The
   * node passes on a global IPv6 candidate only inside the /64 it observed
   * us in (docs/security.md); a host with several prefixes or a privacy
   * address may be reached at another address of that subnet than the one
   * its route to the node picked.
   */
  private lanCandidates(): natter.Endpoint.$Properties[] {
    const port = this.options.chatPort();
    const v4 = this.options.stack.interfaceAddresses().map((ip) => ({ ip, port, kind: natter.Endpoint.Kind.LAN }));
    const port6 = this.options.chatPort6();
    const v6 = port6 === undefined ? [] : this.options.stack.interfaceAddresses('IPv6').map((ip) => ({ ip, port: port6, kind: natter.Endpoint.Kind.LAN }));
    return [...v4, ...v6];
  }
}
