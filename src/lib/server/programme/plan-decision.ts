// Where a plan's approval stood on a day: the latest review step taken on any of its versions by
// the end of that day (a step taken since is not yet known to a report written then).
import { and, asc, eq, lte } from 'drizzle-orm';
import type { Db } from '../db';
import { readableVersionSteps } from '../versions/readable';
import type { VersionStep } from '../../plan';
import type { PlanFacts } from '../../programme/report';

export async function planDecisionOn(db: Db, planId: string, day: string): Promise<PlanFacts['decision']> {
	const { planVersions, versionSteps } = db.tables;
	const rows = await db
		.select({
			id: versionSteps.id,
			versionId: versionSteps.versionId,
			step: versionSteps.step,
			state: versionSteps.state,
			comment: versionSteps.comment,
			userName: versionSteps.userName,
			userId: versionSteps.userId,
			at: versionSteps.at,
			number: planVersions.number
		})
		.from(versionSteps)
		.innerJoin(planVersions, eq(planVersions.id, versionSteps.versionId))
		.where(and(eq(planVersions.planId, planId), lte(versionSteps.at, new Date(`${day}T23:59:59.999Z`))))
		.orderBy(asc(versionSteps.at), asc(versionSteps.id));
	const last = readableVersionSteps(rows).at(-1);
	return last ? { step: last.step as VersionStep, version: last.number, at: last.at.toISOString() } : null;
}
