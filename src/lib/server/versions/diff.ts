// The changes between two versions of a plan, or between a version and the live plan.
import { planChanges, type PlanChanges, type PlanData } from '../../plan';
import type { Db } from '../db';
import { getVersion, livePlan, type PlanRef, type VersionDetail, type VersionSummary } from './store';

export type VersionComparison = {
	from: VersionSummary;
	/** Null when the newer side is the live plan. */
	to: VersionSummary | null;
	before: PlanData;
	after: PlanData;
	changes: PlanChanges;
};

/** What changed from version `a` to version `b` (or the live plan); null when either is unknown. */
export async function versionChanges(
	db: Db,
	plan: PlanRef,
	a: number,
	b: number | 'live'
): Promise<VersionComparison | null> {
	const from = await getVersion(db, plan.id, a);
	if (!from) return null;
	const to = b === 'live' ? null : await getVersion(db, plan.id, b);
	if (b !== 'live' && !to) return null;
	const after = to ? to.data : (await livePlan(db, plan)).data;
	return {
		from: summary(from),
		to: to ? summary(to) : null,
		before: from.data,
		after,
		changes: planChanges(from.data, after)
	};
}

// The comparison names both sides; their content is `before` and `after`, sent once.
function summary(version: VersionDetail): VersionSummary {
	const { id, planId, label, note, kind, authorName, createdAt, status, decision, restoredFrom } = version;
	return { id, planId, label, note, kind, authorName, createdAt, status, decision, restoredFrom };
}
