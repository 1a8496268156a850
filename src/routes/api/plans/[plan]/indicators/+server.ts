// GET /api/plans/<planId>/indicators: definitions with values, yearly figures and status, for the
// coordinators who report from other systems. Approved figures only unless `?unapproved=1`.
import { json } from '@sveltejs/kit';
import { monitorPlan } from '$lib/plan';
import { viewablePlan } from '$lib/server/plans/access';
import { readPlan } from '$lib/server/plans/document';
import { monitoringData, statesByYear } from '$lib/server/indicators/monitoring';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, params, url }) => {
	const { plan, db } = viewablePlan(locals, params.plan);
	const includeUnapproved = ['1', 'true'].includes(url.searchParams.get('unapproved') ?? '');
	const data = monitoringData(db, plan.id);
	const monitored = monitorPlan(readPlan(db, plan), data.values, statesByYear(data.years), {
		includeUnapproved,
		currentYear: new Date().getFullYear()
	});
	return json({
		planId: plan.id,
		includeUnapproved,
		years: data.years,
		indicators: monitored.map(
			({ indicator, values, actuals, progress, lineIds, objectiveIds, projectIds }) => ({
				...indicator,
				values,
				actuals,
				status: progress.status,
				progress,
				lineIds,
				objectiveIds,
				projectIds
			})
		)
	});
};
