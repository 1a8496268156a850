// Dates and numbers in the reader's language, from the one module every page, print and summary uses:
// a Kazakh page writes Kazakh dates ("2022 ж. 09 ақп."), never the Russian ones it used to borrow,
// and writes them itself, so a browser without Kazakh locale data writes them the same.
import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import {
	dateFormat,
	dayFormat,
	intlLocale,
	momentFormat,
	monthFormat,
	numberFormat,
	tengeFormat
} from '$lib/locale-format';
import { kazakhDateFormat } from '$lib/kazakh-dates';

// Intl puts (narrow) no-break spaces in numbers and dates; the assertions read them as plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const february9 = '2022-02-09T14:05:00Z';

afterEach(() => overwriteGetLocale(() => 'en'));

describe('dates on a Kazakh page', () => {
	it('name February in Kazakh, not in Russian', () => {
		const month = dateFormat({ month: 'short', timeZone: 'UTC' }, 'kk')(february9);
		expect(month).toBe('ақп.');
		expect(month).not.toBe('февр.');
		expect(dateFormat({ dateStyle: 'medium', timeZone: 'UTC' }, 'kk')(february9)).toBe('2022 ж. 09 ақп.');
	});

	it('write a day, a moment and a month in Kazakh, and in Russian on a Russian page', () => {
		expect(dayFormat(undefined, 'kk')('2022-02-09')).toBe('2022 ж. 09 ақп.');
		expect(plain(dayFormat(undefined, 'ru')('2022-02-09'))).toBe('9 февр. 2022 г.');
		expect(plain(dayFormat(undefined, 'en')('2022-02-09'))).toBe('Feb 9, 2022');
		expect(dateFormat({ dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }, 'kk')(february9)).toBe(
			'2022 ж. 9 ақпан, 14:05'
		);
		expect(
			dateFormat({ dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Almaty' }, 'kk')(february9)
		).toBe('2022 ж. 09 ақп., 20:05');
		expect(monthFormat('kk')(2025, 7)).toBe('2025 ж. шілде');
		expect(plain(monthFormat('ru')(2025, 7))).toBe('июль 2025 г.');
		expect(dayFormat({ day: '2-digit', month: '2-digit', year: 'numeric' }, 'kk')('2019-09-01')).toBe(
			'01.09.2019'
		);
	});

	it("use the page's language by default", () => {
		overwriteGetLocale(() => 'kk');
		expect(plain(momentFormat()(february9))).toMatch(/^2022 ж\. 09 ақп\., \d\d:05$/);
		overwriteGetLocale(() => 'ru');
		expect(plain(momentFormat()(february9))).toMatch(/^9 февр\. 2022 г\., \d\d:05$/);
	});

	it('keep a value that is no date as it is', () => {
		expect(momentFormat('kk')('not a time')).toBe('not a time');
		expect(dayFormat(undefined, 'kk')('2022-13-45')).toBe('2022-13-45');
		expect(dayFormat(undefined, 'kk')('soon')).toBe('soon');
	});

	it("are written as the Unicode CLDR writes Kazakh, as Node's own Kazakh data shows", () => {
		// Node ships full ICU: its kk-KZ is the reference the formatter must match, on every month,
		// day, hour and weekday, in UTC and in Almaty.
		const styles: Intl.DateTimeFormatOptions[] = [
			{ dateStyle: 'full' },
			{ dateStyle: 'long' },
			{ dateStyle: 'medium' },
			{ dateStyle: 'short' },
			{ timeStyle: 'short' },
			{ timeStyle: 'medium' },
			{ dateStyle: 'medium', timeStyle: 'short' },
			{ dateStyle: 'long', timeStyle: 'short' },
			{ dateStyle: 'full', timeStyle: 'short' },
			{ month: 'long', year: 'numeric' },
			{ month: 'short', year: 'numeric' },
			{ month: 'short' },
			{ month: 'long' },
			{ day: 'numeric', month: 'long' },
			{ day: 'numeric', month: 'short', year: 'numeric' },
			{ day: '2-digit', month: '2-digit', year: 'numeric' },
			{ day: '2-digit', month: '2-digit', year: '2-digit' },
			{ day: '2-digit', month: '2-digit' },
			{ hour: '2-digit', minute: '2-digit' },
			{ year: 'numeric' }
		];
		const moments = Array.from({ length: 12 * 4 }, (_, i) =>
			Date.UTC(2019 + (i % 7), i % 12, 1 + ((i * 7) % 28), (i * 5) % 24, (i * 13) % 60, i % 60)
		);
		for (const timeZone of ['UTC', 'Asia/Almaty']) {
			for (const style of styles) {
				const options = { ...style, timeZone };
				const ours = kazakhDateFormat(options);
				expect(ours, JSON.stringify(style)).not.toBeNull();
				const reference = new Intl.DateTimeFormat('kk-KZ', options);
				for (const at of moments) {
					expect(ours!(new Date(at)), JSON.stringify(options)).toBe(reference.format(at));
				}
			}
		}
	});

	it('leave options it does not write to Intl, in Kazakhstan’s Russian formats', () => {
		expect(kazakhDateFormat({ weekday: 'short', hour: 'numeric' })).toBeNull();
		expect(kazakhDateFormat({ timeStyle: 'long' })).toBeNull();
		expect(dateFormat({ era: 'long', year: 'numeric', timeZone: 'UTC' }, 'kk')(february9)).toBe(
			new Intl.DateTimeFormat('ru-KZ', { era: 'long', year: 'numeric', timeZone: 'UTC' }).format(
				new Date(february9)
			)
		);
	});
});

describe('numbers on a Kazakh page', () => {
	it('are written as Kazakhstan writes them: spaces between thousands, a decimal comma, the tenge after', () => {
		expect(intlLocale('kk')).toBe('ru-KZ');
		expect(plain(numberFormat({ maximumFractionDigits: 2 }, 'kk')(1234567.891))).toBe('1 234 567,89');
		expect(plain(tengeFormat('kk')(1_200_000))).toBe('1 200 000 ₸');
		expect(plain(tengeFormat('ru')(1_200_000))).toBe('1 200 000 ₸');
		expect(tengeFormat('en')(1_200_000)).toBe('₸1,200,000');
		// As Kazakh itself writes them, where the runtime has Kazakh data.
		expect(numberFormat({}, 'kk')(1234567.5)).toBe(new Intl.NumberFormat('kk-KZ').format(1234567.5));
	});
});
