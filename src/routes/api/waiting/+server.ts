// GET /api/waiting: who waits on whom, as far as the caller may see (KIDI's reviewers and admins,
// and anyone who coordinates a cluster; others 403). Every row passed `can` for the caller.
// 200 {
//   asOf: ISO moment of the answer (the server's clock),
//   steps: [{
//     kind: version_review | year_approval | year_returned | application_check | application_scores
//           | report_overdue,
//     clusterId?, clusterName?: {ru, kk, en}, planId?, planTitle?: {ru, kk, en}  (not for the selection),
//     title: 'v3 · label' | '2023' | the application's name, name?: {ru, kk, en} (applications),
//     year?: number, link: a path in the app (the diff, the year, the application),
//     since: ISO moment it began waiting, days: whole Almaty days since,
//     waitingOn: [{userId, name}]  (empty: nobody in the cluster can act)
//   }], the longest waiting first,
//   byPerson: [{userId | null, name, open, oldest, steps}], the person waited on longest first,
//   byCluster: [{clusterId | null (the selection), clusterName | null, open, oldest, steps}],
//   coordinators: [{userId, name, open, clusters: [{clusterId, clusterName, open}]}], most loaded first
// }
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { serverNow } from '$lib/server/clock';
import { waitingFor } from '$lib/server/notifications/waiting';
import { api } from '$lib/server/answer/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals }) => {
	const user = apiUser(locals);
	return json(await waitingFor(getDb(), user, serverNow()));
});
