// Reporting periods and times as the reader writes them: "Q3 2025", "3-й квартал 2025",
// "July 2025", "2025 ж. шілде".
import { m } from '$lib/paraglide/messages';
import type { PeriodKey } from '$lib/plan';
import { momentFormat, monthFormat, numberFormat } from '$lib/locale-format';

/** A period key in words; a key of no known shape is shown as it is. */
export function periodLabel(key: PeriodKey): string {
	const match = /^(\d{4})(?:-(H|Q)?(\d{1,2}))?$/.exec(key);
	if (!match) return key;
	const [, year, kind, index] = match;
	if (index === undefined) return year!;
	const n = Number(index);
	if (kind === 'H') return m.monitoring_period_half({ n, year: year! });
	if (kind === 'Q') return m.monitoring_period_quarter({ n, year: year! });
	return monthFormat()(Number(year), n);
}

/** An ISO time as a medium date and a short time. */
export function timeFormat(): (iso: string) => string {
	return momentFormat();
}

/** Plain quantities ("1 500,5" in Russian and Kazakh). */
export function amountFormat(): (value: number) => string {
	return numberFormat({ maximumFractionDigits: 2 });
}

/** A share as a whole percentage ("87 %"). */
export function percentFormat(): (share: number) => string {
	return numberFormat({ style: 'percent', maximumFractionDigits: 0 });
}
