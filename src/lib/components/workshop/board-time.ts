// Times of a workshop in the reader's language: when something happened, and how long a vote has left.
// Kazakh pages write dates as Kazakhstan does, through ru-KZ (browsers often lack Kazakh locale data).
import { getLocale } from '$lib/paraglide/runtime';

/** Formats an ISO time or server milliseconds as a short date and time. */
export function whenFormat(): (at: string | number) => string {
	const locale = getLocale();
	const format = new Intl.DateTimeFormat(locale === 'kk' ? 'ru-KZ' : locale, {
		dateStyle: 'medium',
		timeStyle: 'short'
	});
	return (at) => {
		const date = new Date(at);
		return Number.isNaN(date.getTime()) ? String(at) : format.format(date);
	};
}

/** "4:05" for four minutes five seconds; never below zero. */
export function clockText(ms: number): string {
	const seconds = Math.max(0, Math.ceil(ms / 1000));
	const minutes = Math.floor(seconds / 60);
	return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}
