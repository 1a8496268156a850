// Dates and numbers in the reader's language: the one place that turns the page's language into an
// Intl locale, for the pages, the print view and the server's summaries alike. Kazakh is written in
// Kazakh (kk-KZ: "2022 ж. 9 ақп.", "1 200 000 ₸") wherever the runtime has Kazakh locale data, as
// Node and Chromium with full ICU do; a runtime without it gets Kazakhstan's Russian formats (ru-KZ,
// all digits) rather than Intl's raw fallback ("2022 M02 9", "₸ 1,200,000").
import { getLocale } from '$lib/paraglide/runtime';

let kazakhData: boolean | undefined;

/** True when this runtime formats dates and numbers in Kazakh (it ships Kazakh locale data). */
export function hasKazakhData(): boolean {
	kazakhData ??=
		Intl.DateTimeFormat.supportedLocalesOf(['kk-KZ']).length > 0 &&
		Intl.NumberFormat.supportedLocalesOf(['kk-KZ']).length > 0;
	return kazakhData;
}

/** The Intl locale for a page language: `kk` is `kk-KZ` (or `ru-KZ` without Kazakh data). */
export function intlLocale(lang: string = getLocale()): string {
	if (lang === 'kk') return hasKazakhData() ? 'kk-KZ' : 'ru-KZ';
	return lang;
}

/** What a formatter takes: an ISO time, milliseconds or a date. */
export type Moment = string | number | Date;

/**
 * A formatter of moments with `options`, in `lang` (the page's language by default). Anything that
 * is no date (as a peer or an old row may hold) is shown as it is rather than as "Invalid Date".
 */
export function dateFormat(
	options: Intl.DateTimeFormatOptions,
	lang: string = getLocale()
): (at: Moment) => string {
	const format = new Intl.DateTimeFormat(intlLocale(lang), options);
	return (at) => {
		const date = at instanceof Date ? at : new Date(at);
		return Number.isNaN(date.getTime()) ? String(at) : format.format(date);
	};
}

/** A medium date and a short time: "Feb 9, 2022, 2:05 PM", "9 февр. 2022 г., 14:05", "2022 ж. 09 ақп., 14:05". */
export function momentFormat(lang: string = getLocale()): (at: Moment) => string {
	return dateFormat({ dateStyle: 'medium', timeStyle: 'short' }, lang);
}

/**
 * A calendar day (YYYY-MM-DD, a due date or a project's start), a medium date unless `options` say
 * otherwise, read in UTC so it is the same day everywhere; a value in another shape is kept as is.
 */
export function dayFormat(
	options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
	lang: string = getLocale()
): (iso: string) => string {
	const format = new Intl.DateTimeFormat(intlLocale(lang), { ...options, timeZone: 'UTC' });
	return (iso) => {
		const date = new Date(`${iso}T00:00:00Z`);
		return Number.isNaN(date.getTime()) ? iso : format.format(date);
	};
}

/** A month of a year in words: "July 2025", "июль 2025 г.", "2025 ж. шілде". */
export function monthFormat(lang: string = getLocale()): (year: number, month: number) => string {
	const format = dateFormat({ month: 'long', year: 'numeric', timeZone: 'UTC' }, lang);
	return (year, month) => format(Date.UTC(year, month - 1, 1));
}

/** A formatter of numbers with `options`, in `lang` (the page's language by default). */
export function numberFormat(
	options: Intl.NumberFormatOptions,
	lang: string = getLocale()
): (value: number) => string {
	const format = new Intl.NumberFormat(intlLocale(lang), options);
	return (value) => format.format(value);
}

/** Amounts in whole tenge with the tenge sign, in every language: "₸1,200,000", "1 200 000 ₸". */
export function tengeFormat(lang: string = getLocale()): (amount: number) => string {
	return numberFormat(
		{ style: 'currency', currency: 'KZT', currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0 },
		lang
	);
}
