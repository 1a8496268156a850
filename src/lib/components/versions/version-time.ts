// When a version was saved or decided, in the reader's language; Kazakh as Kazakhstan writes it
// (ru-KZ), as the rest of the plan views do: browsers often ship no Kazakh locale data.
import { getLocale } from '$lib/paraglide/runtime';

function locale(): string {
	const current = getLocale();
	return current === 'kk' ? 'ru-KZ' : current;
}

function formatter(options: Intl.DateTimeFormatOptions): (iso: string) => string {
	const format = new Intl.DateTimeFormat(locale(), options);
	return (iso) => {
		const date = new Date(iso);
		return Number.isNaN(date.getTime()) ? iso : format.format(date);
	};
}

/** A medium date and a short time: "24 Nov 2025, 14:05". */
export function versionTimeFormat(): (iso: string) => string {
	return formatter({ dateStyle: 'medium', timeStyle: 'short' });
}

/** Just the day: "24 Nov 2025", for the decision banner. */
export function versionDayFormat(): (iso: string) => string {
	return formatter({ dateStyle: 'medium' });
}
