import { describe, expect, it } from 'vitest';
import { isLoopbackAddress, isLoopbackHost, isPrivateAddress, sameIpv6Subnet } from '@natter/io';

describe('address kinds', () => {
  it('loopback', () => {
    for (const a of ['127.0.0.1', '127.255.0.9', '::1', '::ffff:127.0.0.1', '[::1]']) expect(isLoopbackAddress(a), a).toBe(true);
    for (const a of ['10.0.0.1', '::2', '128.0.0.1', 'localhost', '']) expect(isLoopbackAddress(a), a).toBe(false);
    expect(isLoopbackHost('localhost')).toBe(true);
    expect(isLoopbackHost('a.localhost')).toBe(true);
    expect(isLoopbackHost('localhost.evil.example')).toBe(false);
  });

  it('private, link-local and carrier-NAT ranges are LAN candidates; public ones are not', () => {
    for (const a of ['10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.0.1', '169.254.1.1', '100.64.0.1', '100.127.255.254', 'fd00::1', 'fc12:3456::1', 'fe80::1', '::ffff:192.168.1.1']) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of ['8.8.8.8', '172.15.0.1', '172.32.0.1', '192.169.0.1', '100.63.255.255', '100.128.0.1', '2001:db8::1', '127.0.0.1', '0.0.0.0', 'not-an-ip']) {
      expect(isPrivateAddress(a), a).toBe(false);
    }
  });

  it('same IPv6 /64: the subnet a buddy may name global IPv6 candidates in', () => {
    expect(sameIpv6Subnet('2001:db8:5:0:1::10', '2001:db8:5::ffff')).toBe(true);
    expect(sameIpv6Subnet('2001:db8:5::10', '2001:DB8:5:0:abcd:1:2:3')).toBe(true);
    expect(sameIpv6Subnet('[2001:db8:5::10]', '2001:db8:5::1.2.3.4')).toBe(true);
    expect(sameIpv6Subnet('2001:db8:5::10', '2001:db8:5:1::10')).toBe(false);
    expect(sameIpv6Subnet('2001:db8:5::10', '2001:db8:6::10')).toBe(false);
    expect(sameIpv6Subnet('::', '::1')).toBe(true);
    expect(sameIpv6Subnet('10.0.0.1', '10.0.0.2')).toBe(false);
    expect(sameIpv6Subnet('2001:db8::1', 'not-an-ip')).toBe(false);
  });
});
