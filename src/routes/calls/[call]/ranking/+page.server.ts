// The ranking of a call (KIDI): best first, with each evaluator's scores once all are in, what still
// keeps the call from its decision, and for those who run the call the decision's form, the
// publishing of the results and the chosen applications' workspaces. Writes go through the JSON API.
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/authz/guard';
import { can } from '$lib/server/authz/can';
import { serverNow } from '$lib/server/clock';
import { rankingOf } from '$lib/server/selection/ranking';
import { viewCall } from '$lib/server/selection/calls';
import { displayNames, facilitatorCandidates } from '$lib/server/selection/people';
import { forPage } from '$lib/server/selection/refused-page';
import { today } from '$lib/registry/as-of';
import { reserveSize } from '$lib/selection/ranking';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const { call, rows, proposal, awaiting } = await forPage(rankingOf(db, user, event.params.call));
	const view = await viewCall(db, user, call.id);
	const mayManage = can(user, 'call.manage', { call });
	const decided = call.state === 'decided' || call.state === 'published';
	const [names, candidates] = await Promise.all([
		displayNames(db, [...call.evaluators, ...rows.flatMap((row) => row.sheets.map((s) => s.evaluatorId))]),
		mayManage && decided ? facilitatorCandidates(db) : Promise.resolve([])
	]);
	const applications = new Map(view.applications.map((application) => [application.id, application]));
	const progress = new Map(view.progress?.applications.map((each) => [each.applicationId, each]));
	return {
		call: {
			id: call.id,
			title: call.title,
			state: call.state,
			criteria: call.criteria,
			passMark: call.passMark,
			seats: call.seats,
			decision: call.decision
		},
		rows: rows.map((row) => ({ ...row, clusterId: applications.get(row.applicationId)?.clusterId ?? null })),
		proposal,
		reserve: reserveSize(call.seats ?? 1),
		awaiting: awaiting.map((id) => ({
			id,
			name: applications.get(id)?.name ?? null,
			state: applications.get(id)?.state ?? null,
			assigned: progress.get(id)?.assigned ?? 0,
			scored: progress.get(id)?.submitted ?? 0
		})),
		names,
		candidates,
		today: today(serverNow()),
		mayManage
	};
};
