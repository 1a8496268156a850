// GET /api/plans/<planId>/workshops/<workshopId>/summary?format=md|json: what a workshop produced
// (attendees, notes, votes, decisions) as a Markdown document in the reader's language or as the
// plain JSON summary, downloaded as `workshop-<date>-<title>.md|json`. Anyone who may see the plan.
import { json } from '@sveltejs/kit';
import { viewablePlan } from '$lib/server/plans/access';
import { getCluster } from '$lib/server/clusters';
import { inGuessedLang } from '$lib/plan';
import { readWorkshopSummary } from '$lib/server/workshops/summary';
import { summaryMarkdown } from '$lib/server/workshops/summary-markdown';
import { summaryLabels } from '$lib/server/workshops/summary-labels';
import { summaryDownload, summaryFilename } from '$lib/server/workshops/summary-file';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { plan, db } = await viewablePlan(locals, params.plan);
	const format = url.searchParams.get('format') ?? 'md';
	if (format !== 'md' && format !== 'json') {
		return json({ error: 'format must be md or json', code: 'invalid_format' }, { status: 400 });
	}
	const summary = await readWorkshopSummary(db, plan.id, params.workshop);
	if (!summary) return json({ error: 'Workshop not found', code: 'not_found' }, { status: 404 });

	if (format === 'json') {
		const body = JSON.stringify(summary, null, 2) + '\n';
		return summaryDownload(body, 'application/json; charset=utf-8', summaryFilename(summary, 'json'));
	}
	const facts = {
		clusterName: (await getCluster(db, plan.clusterId))?.name ?? inGuessedLang(plan.clusterId)
	};
	const body = summaryMarkdown(summary, facts, summaryLabels());
	return summaryDownload(body, 'text/markdown; charset=utf-8', summaryFilename(summary, 'md'));
};
