// Dates and numbers in the reader's language: the one place that turns the page's language into
// formats, for the pages, the print view and the server's summaries alike. Kazakh pages write dates
// in Kazakh ("2023 ж. 24 нау., 16:00", $lib/kazakh-dates) on the server and in every browser, and
// numbers as Kazakhstan writes them (ru-KZ: "1 200 000 ₸", "1 500,5", the same as Kazakh's own),
// since browsers often lack Kazakh locale data and would print "2023 M03 24" and "₸ 1,200,000".
import { getLocale } from '$lib/paraglide/runtime';
import { kazakhDateFormat } from './kazakh-dates';

/** The Intl locale of a page language's numbers (and of dates Kazakh cannot write): `kk` is `ru-KZ`. */
export function intlLocale(lang: string = getLocale()): string {
	return lang === 'kk' ? 'ru-KZ' : lang;
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
	const kazakh = lang === 'kk' ? kazakhDateFormat(options) : null;
	const intl = new Intl.DateTimeFormat(intlLocale(lang), options);
	const format = kazakh ?? ((date: Date) => intl.format(date));
	return (at) => {
		const date = at instanceof Date ? at : new Date(at);
		return Number.isNaN(date.getTime()) ? String(at) : format(date);
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
	const format = dateFormat({ ...options, timeZone: 'UTC' }, lang);
	return (iso) => {
		const date = new Date(`${iso}T00:00:00Z`);
		return Number.isNaN(date.getTime()) ? iso : format(date);
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
