// When a comment was written, in the reader's language. Kazakh pages write dates as Kazakhstan does
// (ru-KZ), as the plan views do: browsers often ship no Kazakh locale data.
import { getLocale } from '$lib/paraglide/runtime';

/** Formats ISO timestamps as a medium date and short time; anything else is shown as it is. */
export function commentTimeFormat(): (iso: string) => string {
	const locale = getLocale();
	const format = new Intl.DateTimeFormat(locale === 'kk' ? 'ru-KZ' : locale, {
		dateStyle: 'medium',
		timeStyle: 'short'
	});
	return (iso) => {
		const date = new Date(iso);
		return Number.isNaN(date.getTime()) ? iso : format.format(date);
	};
}
