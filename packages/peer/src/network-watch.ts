// Notices when the host moves to another network (a laptop changing Wi-Fi,
// a cable plugged in, a mobile handover): its addresses change. The TCP
// connection to the node and every punched path then lead nowhere, and
// waiting for heartbeats and dead-path watchdogs to say so costs 6-20 s;
// watching the addresses costs one getifaddrs(3) per tick. Pure over the
// UdpStack and Clock seams.
import type { AddressFamily, Clock, TimerHandle, UdpStack } from '@natter/io';

/**
 * How often the addresses are read. Half a second keeps a move well under
 * the 2 s natter allows itself to be back on a direct path.
 */
export const NETWORK_POLL_MS = 500;

export interface NetworkChange {
  /** The host's addresses (IPv4, then IPv6) before and after. */
  before: string[];
  after: string[];
  /**
   * 'moved': an IPv4 address came or went, or an IPv6 one went: what ran
   * over the old addresses is gone. 'added': only new IPv6 addresses
   * (a privacy address, a second prefix): nothing broke, but buddies may
   * want the new candidates.
   */
  kind: 'moved' | 'added';
}

export interface NetworkWatchOptions {
  stack: Pick<UdpStack, 'interfaceAddresses'>;
  clock: Clock;
  onChange(change: NetworkChange): void;
  pollMs?: number;
}

export class NetworkWatch {
  private timer: TimerHandle | undefined;
  private last: Record<AddressFamily, string[]>;
  private stopped = false;

  constructor(private readonly options: NetworkWatchOptions) {
    this.last = this.read();
    this.schedule();
  }

  private read(): Record<AddressFamily, string[]> {
    const { stack } = this.options;
    return { IPv4: [...stack.interfaceAddresses('IPv4')].sort(), IPv6: [...stack.interfaceAddresses('IPv6')].sort() };
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = this.options.clock.setTimeout(() => this.check(), this.options.pollMs ?? NETWORK_POLL_MS);
  }

  /** Reads the addresses now; reports a change against the last reading. */
  check(): void {
    if (this.stopped) return;
    const now = this.read();
    const before = this.last;
    this.last = now;
    const gone = (f: AddressFamily) => before[f].some((a) => !now[f].includes(a));
    const came = (f: AddressFamily) => now[f].some((a) => !before[f].includes(a));
    const moved = gone('IPv4') || came('IPv4') || gone('IPv6');
    if (moved || came('IPv6')) {
      this.options.onChange({ before: [...before.IPv4, ...before.IPv6], after: [...now.IPv4, ...now.IPv6], kind: moved ? 'moved' : 'added' });
    }
    if (this.timer !== undefined) this.options.clock.clearTimeout(this.timer);
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) this.options.clock.clearTimeout(this.timer);
  }
}
