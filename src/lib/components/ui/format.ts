// Money and dates in the reader's language, for the plan views.
// Kazakh pages write them as Kazakhstan does (1 200 000 ₸, 31.10.2019) through the ru-KZ locale:
// browsers often ship no Kazakh locale data and would print "₸ 1,200,000" and "2019 M10 31".
import { getLocale } from '$lib/paraglide/runtime';

/** Formats amounts in tenge, whole tenge, with the tenge sign in every language. */
export function tengeFormat(): (amount: number) => string {
	const locale = getLocale();
	const format = new Intl.NumberFormat(locale === 'kk' ? 'ru-KZ' : locale, {
		style: 'currency',
		currency: 'KZT',
		currencyDisplay: 'narrowSymbol',
		maximumFractionDigits: 0
	});
	return (amount) => format.format(amount);
}

/** Formats ISO days (YYYY-MM-DD); a value in another shape, as a peer may have written, is kept as is. */
export function dayFormat(): (iso: string) => string {
	const locale = getLocale();
	const format =
		locale === 'kk'
			? new Intl.DateTimeFormat('ru-KZ', { dateStyle: 'short', timeZone: 'UTC' })
			: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
	return (iso) => {
		const date = new Date(`${iso}T00:00:00Z`);
		return Number.isNaN(date.getTime()) ? iso : format.format(date);
	};
}
