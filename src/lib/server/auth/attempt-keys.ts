// Whose sign-in attempts count together: one account (by its username, whether or not it exists)
// and one address (an IPv6 network, since one machine may use any address of its /64).
import { isIPv4, isIPv6 } from 'node:net';

// Usernames have at most 32 characters, so a longer one names no account and its first 64 say
// enough: a stranger's megabyte of username is not stored ten times over.
const LONGEST = 64;

/** The throttle key of an account: the username as login reads it, trimmed and lower-case. */
export function accountKey(username: string): string {
	return `user:${username.trim().toLowerCase().slice(0, LONGEST)}`;
}

/**
 * The throttle key of the address an attempt comes from: an IPv4 address as it is (also when
 * written as IPv4-mapped IPv6), an IPv6 address by its first 64 bits, anything else as given.
 */
export function addressKey(address: string): string {
	const plain = address.trim().toLowerCase().replace(/%.*$/, '');
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(plain)?.[1];
	if (mapped && isIPv4(mapped)) return `ip:${mapped}`;
	if (!isIPv6(plain)) return `ip:${plain.slice(0, LONGEST)}`;
	return `ip:${ipv6Groups(plain).slice(0, 4).join(':')}::/64`;
}

/** The eight groups of an IPv6 address, each without leading zeros (`::` and a trailing IPv4 expanded). */
function ipv6Groups(address: string): string[] {
	const [head = '', tail] = address.split('::');
	const part = (text: string) => (text ? text.split(':').flatMap(fromIpv4) : []);
	const left = part(head);
	const right = tail === undefined ? [] : part(tail);
	const zeros = Array<string>(8 - left.length - right.length).fill('0');
	return [...left, ...zeros, ...right].map((group) => Number.parseInt(group, 16).toString(16));
}

/** A dotted IPv4 tail (`::1.2.3.4`) as its two groups; any other group as it is. */
function fromIpv4(group: string): string[] {
	if (!group.includes('.')) return [group];
	const [a = 0, b = 0, c = 0, d = 0] = group.split('.').map(Number);
	return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
}
