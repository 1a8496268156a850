// The print page of a call's ranking and decision: what the PDF export prints, rendered on the
// server only, for whoever may read the ranking (KIDI).
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/authz/guard';
import { serverNow } from '$lib/server/clock';
import { rankingOf } from '$lib/server/selection/ranking';
import { forPage } from '$lib/server/selection/refused-page';
import type { PageServerLoad } from './$types';

// Printed without waiting for any script: the page is complete as the server sends it.
export const csr = false;

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const { call, rows } = await forPage(rankingOf(getDb(), user, event.params.call));
	return {
		call: {
			title: call.title,
			criteria: call.criteria,
			passMark: call.passMark,
			seats: call.seats,
			decision: call.decision
		},
		rows,
		asOf: new Date(serverNow()).toISOString()
	};
};
