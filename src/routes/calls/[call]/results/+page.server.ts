// The published results of a call, for anyone signed in (KIDI also once decided, before publishing):
// the decision's date and protocol, then the chosen, the reserve, the not chosen and those rejected
// on the formal check.
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/authz/guard';
import { can } from '$lib/server/authz/can';
import { resultsOf } from '$lib/server/selection/ranking';
import { forPage } from '$lib/server/selection/refused-page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const { call, rows } = await forPage(resultsOf(getDb(), user, event.params.call), m.results_not_published);
	return {
		call: { id: call.id, title: call.title, state: call.state, decision: call.decision },
		rows,
		mayRank: can(user, 'ranking.view', { call })
	};
};
