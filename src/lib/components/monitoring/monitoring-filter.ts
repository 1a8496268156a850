// Which indicators the monitoring view shows: by strategic line, level and status.
import type { IndicatorLevel, IndicatorStatus, MonitoredIndicator } from '$lib/plan';

export type MonitoringFilter = {
	/** A line's id, or null for every line. */
	line: string | null;
	level: IndicatorLevel | null;
	status: IndicatorStatus | null;
};

export const NO_FILTER: MonitoringFilter = { line: null, level: null, status: null };

/** The monitored indicators `filter` lets through, in the plan's order. */
export function filterIndicators(list: MonitoredIndicator[], filter: MonitoringFilter): MonitoredIndicator[] {
	return list.filter(
		(item) =>
			(filter.line === null || item.lineIds.includes(filter.line)) &&
			(filter.level === null || item.indicator.level === filter.level) &&
			(filter.status === null || item.progress.status === filter.status)
	);
}
