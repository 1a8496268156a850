// A call's moments are typed and read on Almaty's clock: UTC+6 in 2017, UTC+5 since March 2024,
// whatever zone the browser is in.
import { describe, expect, it } from 'vitest';
import { checkCall } from '$lib/selection/call';
import { localInputOf, momentOfLocalInput, zoneOffset } from '$lib/selection/programme-time';

describe('a moment typed into a datetime-local input', () => {
	it('is sent with the offset Almaty had then: +06:00 in 2017', () => {
		expect(momentOfLocalInput('2017-06-08T18:00')).toBe('2017-06-08T18:00:00+06:00');
	});

	it('is sent with +05:00 after Kazakhstan moved to one zone on 1 March 2024', () => {
		expect(momentOfLocalInput('2025-04-10T09:30')).toBe('2025-04-10T09:30:00+05:00');
	});

	it('takes the offset in force at the wall time on either side of the change', () => {
		// At 00:00 on 1 March 2024 Almaty's clocks went back an hour, from UTC+6 to UTC+5.
		expect(momentOfLocalInput('2024-02-29T22:00')).toBe('2024-02-29T22:00:00+06:00');
		expect(momentOfLocalInput('2024-03-01T01:00')).toBe('2024-03-01T01:00:00+05:00');
	});

	it('is stored by the call’s check as the instant meant, in UTC', () => {
		const call = checkCall({
			title: { ru: 'Конкурс' },
			opensAt: momentOfLocalInput('2017-04-10T09:00'),
			closesAt: momentOfLocalInput('2017-06-08T18:00')
		});
		expect(call.opensAt).toBe('2017-04-10T03:00:00.000Z');
		expect(call.closesAt).toBe('2017-06-08T12:00:00.000Z');
	});

	it('is null when blank, and sent as typed when it is no datetime-local value', () => {
		expect(momentOfLocalInput('')).toBeNull();
		expect(momentOfLocalInput('  ')).toBeNull();
		expect(momentOfLocalInput('8 June')).toBe('8 June');
	});

	it('can be read in another zone', () => {
		expect(momentOfLocalInput('2017-06-08T18:00', 'Europe/Moscow')).toBe('2017-06-08T18:00:00+03:00');
	});
});

describe('a stored moment shown in a datetime-local input', () => {
	it('reads on Almaty’s clock', () => {
		expect(localInputOf('2017-06-08T12:00:00.000Z')).toBe('2017-06-08T18:00');
		expect(localInputOf('2025-04-10T04:30:00.000Z')).toBe('2025-04-10T09:30');
	});

	it('comes back as it was typed', () => {
		for (const typed of ['2017-04-10T09:00', '2024-02-29T22:59', '2024-03-01T00:00', '2030-12-31T23:30']) {
			const stored = checkCall({ title: { en: 'x' }, opensAt: momentOfLocalInput(typed) }).opensAt;
			expect(localInputOf(stored)).toBe(typed);
		}
	});

	it('is empty for no moment or one that is no date', () => {
		expect(localInputOf(null)).toBe('');
		expect(localInputOf('soon')).toBe('');
	});
});

describe('the offset of the programme’s zone', () => {
	it('is 360 minutes in 2017 and 300 minutes today', () => {
		expect(zoneOffset(Date.parse('2017-06-08T12:00:00Z'))).toBe(360);
		expect(zoneOffset(Date.parse('2025-06-08T12:00:00Z'))).toBe(300);
	});
});
