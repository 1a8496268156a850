// The words an indicator chart's canvas is announced with: what the chart draws, in one sentence per
// series, so a screen reader hears the figures without the table.
import { m } from '$lib/paraglide/messages';
import type { ChartFigures } from './chart-data';

/** "Chart of I1: baseline 410 in 2018. Targets: 480 in 2021, 600 in 2025. Actual: 470 in 2022 (not approved)." */
export function chartSummary(
	title: string,
	figures: ChartFigures,
	amount: (value: number) => string
): string {
	const parts = [m.monitoring_summary_title({ title })];
	if (figures.baseline) {
		parts.push(
			m.monitoring_summary_baseline({ value: amount(figures.baseline.y), year: figures.baseline.x })
		);
	}
	const targets = figures.targets.map((t) => m.monitoring_summary_in({ value: amount(t.y), year: t.x }));
	parts.push(
		targets.length ? m.monitoring_summary_targets({ list: targets.join(', ') }) : m.monitoring_no_targets()
	);
	const actuals = figures.actuals.map((a) => {
		const figure = m.monitoring_summary_in({ value: amount(a.y), year: a.year });
		return a.approved ? figure : `${figure} (${m.monitoring_unapproved()})`;
	});
	parts.push(
		actuals.length ? m.monitoring_summary_actuals({ list: actuals.join(', ') }) : m.monitoring_progress_none()
	);
	return parts.join(' ');
}
