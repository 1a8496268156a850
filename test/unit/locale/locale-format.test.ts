// Dates and numbers in the reader's language, from the one module every page, print and summary uses:
// a Kazakh page writes Kazakh dates ("2022 ж. 9 ақп."), never the Russian ones it used to borrow.
import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import {
	dateFormat,
	dayFormat,
	hasKazakhData,
	intlLocale,
	momentFormat,
	monthFormat,
	numberFormat,
	tengeFormat
} from '$lib/locale-format';

// Intl puts (narrow) no-break spaces in numbers and dates; the assertions read them as plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const february9 = '2022-02-09T14:05:00Z';

afterEach(() => overwriteGetLocale(() => 'en'));

describe('the Intl locale of a page language', () => {
	it('is Kazakh for a Kazakh page, as Node ships Kazakh locale data', () => {
		expect(hasKazakhData()).toBe(true);
		expect(intlLocale('kk')).toBe('kk-KZ');
		expect(intlLocale('ru')).toBe('ru');
		expect(intlLocale('en')).toBe('en');
	});

	it("follows the page's language when none is given", () => {
		overwriteGetLocale(() => 'kk');
		expect(intlLocale()).toBe('kk-KZ');
	});
});

describe('dates on a Kazakh page', () => {
	it('name February in Kazakh, not in Russian', () => {
		const month = dateFormat({ month: 'short', timeZone: 'UTC' }, 'kk')(february9);
		expect(month).toBe('ақп.');
		expect(month).not.toBe('февр.');
		expect(plain(dateFormat({ dateStyle: 'medium', timeZone: 'UTC' }, 'kk')(february9))).toBe(
			'2022 ж. 09 ақп.'
		);
	});

	it('write a day, a moment and a month in Kazakh, and in Russian on a Russian page', () => {
		expect(plain(dayFormat(undefined, 'kk')('2022-02-09'))).toBe('2022 ж. 09 ақп.');
		expect(plain(dayFormat(undefined, 'ru')('2022-02-09'))).toBe('9 февр. 2022 г.');
		expect(plain(dayFormat(undefined, 'en')('2022-02-09'))).toBe('Feb 9, 2022');
		const kkMoment = plain(
			dateFormat({ dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }, 'kk')(february9)
		);
		expect(kkMoment).toBe('2022 ж. 9 ақпан, 14:05');
		expect(plain(monthFormat('kk')(2025, 7))).toBe('2025 ж. шілде');
		expect(plain(monthFormat('ru')(2025, 7))).toBe('июль 2025 г.');
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
});

describe('numbers on a Kazakh page', () => {
	it('group thousands with spaces and write a decimal comma and the tenge after the amount', () => {
		expect(plain(numberFormat({ maximumFractionDigits: 2 }, 'kk')(1234567.891))).toBe('1 234 567,89');
		expect(plain(tengeFormat('kk')(1_200_000))).toBe('1 200 000 ₸');
		expect(plain(tengeFormat('ru')(1_200_000))).toBe('1 200 000 ₸');
		expect(tengeFormat('en')(1_200_000)).toBe('₸1,200,000');
	});
});
