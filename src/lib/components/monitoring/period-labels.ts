// Reporting periods and times as the reader writes them: "Q3 2025", "3-й квартал 2025",
// "July 2025"; Kazakh through ru-KZ (browsers often ship no Kazakh locale data).
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import type { PeriodKey } from '$lib/plan';

function locale(): string {
	const current = getLocale();
	return current === 'kk' ? 'ru-KZ' : current;
}

/** A period key in words; a key of no known shape is shown as it is. */
export function periodLabel(key: PeriodKey): string {
	const match = /^(\d{4})(?:-(H|Q)?(\d{1,2}))?$/.exec(key);
	if (!match) return key;
	const [, year, kind, index] = match;
	if (index === undefined) return year!;
	const n = Number(index);
	if (kind === 'H') return m.monitoring_period_half({ n, year: year! });
	if (kind === 'Q') return m.monitoring_period_quarter({ n, year: year! });
	if (getLocale() === 'kk') return m.monitoring_period_month({ n, year: year! });
	return new Intl.DateTimeFormat(locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
		new Date(Date.UTC(Number(year), n - 1, 1))
	);
}

/** An ISO time as a medium date and a short time. */
export function timeFormat(): (iso: string) => string {
	const format = new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' });
	return (iso) => {
		const date = new Date(iso);
		return Number.isNaN(date.getTime()) ? iso : format.format(date);
	};
}

/** Plain quantities ("1 500,5" in Russian); Kazakh as Kazakhstan writes it. */
export function amountFormat(): (value: number) => string {
	const format = new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 });
	return (value) => format.format(value);
}

/** A share as a whole percentage ("87 %"). */
export function percentFormat(): (share: number) => string {
	const format = new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 });
	return (share) => format.format(share);
}
