// Whose sign-in attempts the throttle counts together.
import { describe, expect, it } from 'vitest';
import { accountKey, addressKey } from '../../../src/lib/server/auth/attempt-keys';

describe('the throttle keys of an attempt', () => {
	it('read a username as login does, trimmed and in lower case', () => {
		expect(accountKey('  Bolat ')).toBe(accountKey('bolat'));
		expect(accountKey('bolat')).not.toBe(accountKey('saule'));
	});

	it('keep a bounded part of an overlong username or address, which names no account', () => {
		expect(accountKey('x'.repeat(1_000_000)).length).toBeLessThan(100);
		expect(addressKey('y'.repeat(1_000_000)).length).toBeLessThan(100);
	});

	it('keep an IPv4 address as it is, also when written as IPv4-mapped IPv6', () => {
		expect(addressKey('192.0.2.7')).toBe('ip:192.0.2.7');
		expect(addressKey('::ffff:192.0.2.7')).toBe('ip:192.0.2.7');
		expect(addressKey('192.0.2.8')).not.toBe(addressKey('192.0.2.7'));
	});

	it('count every address of one IPv6 /64 network as one, however it is written', () => {
		const one = addressKey('2001:db8:1:2::1');
		expect(addressKey('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe(one);
		expect(addressKey('2001:0DB8:0001:0002:0:0:0:7')).toBe(one);
		expect(addressKey('2001:db8:1:2::5%eth0')).toBe(one);
		expect(addressKey('2001:db8:1:2::1.2.3.4')).toBe(one);
		expect(addressKey('2001:db8:1:3::1')).not.toBe(one);
		expect(addressKey('::1')).toBe('ip:0:0:0:0::/64');
		expect(addressKey('fe80::1')).not.toBe(addressKey('::1'));
	});

	it('keep an address that is none of these as given, so it still counts on its own', () => {
		expect(addressKey('unknown')).toBe('ip:unknown');
		expect(addressKey('')).toBe('ip:');
	});
});
