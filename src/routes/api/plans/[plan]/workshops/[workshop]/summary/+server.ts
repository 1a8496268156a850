// GET /api/plans/<planId>/workshops/<workshopId>/summary?format=md|json: what a workshop produced
// (attendees, notes, votes, decisions) as a Markdown document in the reader's language or as the
// plain JSON summary, downloaded as `workshop-<date>-<title>.md|json`. Anyone who may see the plan.
import { Refusal, refusals } from '$lib/refusal';
import { viewablePlan } from '$lib/server/plans/access';
import { getCluster } from '$lib/server/clusters';
import { inGuessedLang } from '$lib/plan';
import { readWorkshopSummary } from '$lib/server/workshops/summary';
import { summaryMarkdown } from '$lib/server/workshops/summary-markdown';
import { summaryLabels } from '$lib/server/workshops/summary-labels';
import { summaryDownload, summaryFilename } from '$lib/server/workshops/summary-file';
import type { RequestHandler } from './$types';
import { api } from '$lib/server/answer/api';

export const GET: RequestHandler = api(async ({ locals, params, url }) => {
	const { plan, db } = await viewablePlan(locals, params.plan);
	const format = url.searchParams.get('format') ?? 'md';
	if (format !== 'md' && format !== 'json') {
		throw new Refusal(400, 'invalid_format', 'format must be md or json', { field: 'format' });
	}
	const summary = await readWorkshopSummary(db, plan.id, params.workshop);
	if (!summary) throw refusals.notFound('Workshop not found');

	if (format === 'json') {
		const body = JSON.stringify(summary, null, 2) + '\n';
		return summaryDownload(body, 'application/json; charset=utf-8', summaryFilename(summary, 'json'));
	}
	const facts = {
		clusterName: (await getCluster(db, plan.clusterId))?.name ?? inGuessedLang(plan.clusterId)
	};
	const body = summaryMarkdown(summary, facts, summaryLabels());
	return summaryDownload(body, 'text/markdown; charset=utf-8', summaryFilename(summary, 'md'));
});
