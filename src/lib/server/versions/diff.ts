// The changes between two versions of a plan, or between a version and the live plan.
import { planChanges, type PlanChanges, type PlanData } from '../../plan';
import type { Db } from '../db';
import { getVersion, livePlan, type PlanRef, type VersionSummary } from './store';

export type VersionComparison = {
	from: VersionSummary;
	/** Null when the newer side is the live plan. */
	to: VersionSummary | null;
	before: PlanData;
	after: PlanData;
	changes: PlanChanges;
};

/** What changed from version `a` to version `b` (or the live plan); null when either is unknown. */
export function versionChanges(
	db: Db,
	plan: PlanRef,
	a: number,
	b: number | 'live'
): VersionComparison | null {
	const from = getVersion(db, plan.id, a);
	if (!from) return null;
	const to = b === 'live' ? null : getVersion(db, plan.id, b);
	if (b !== 'live' && !to) return null;
	const after = to ? to.data : livePlan(db, plan).data;
	const { data: before, ...fromSummary } = from;
	return {
		from: strip(fromSummary),
		to: to ? strip(to) : null,
		before,
		after,
		changes: planChanges(before, after)
	};
}

function strip(
	version: VersionSummary & { steps?: unknown; comments?: unknown; data?: unknown }
): VersionSummary {
	const { steps: _steps, comments: _comments, data: _data, ...summary } = version;
	return summary;
}
