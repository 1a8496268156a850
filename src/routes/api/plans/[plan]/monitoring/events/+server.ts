// GET /api/plans/<planId>/monitoring/events: a server-sent event stream that tells an open
// monitoring view a value was recorded or a year's approval changed, so it refreshes without reload.
import { viewablePlan } from '$lib/server/plans/access';
import { subscribe } from '$lib/server/indicators/events';
import { api } from '$lib/server/answer/api';
import { eventStream } from '$lib/server/answer/event-stream';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, params }) => {
	const { plan } = await viewablePlan(locals, params.plan);
	return eventStream((send) => subscribe(plan.id, (event) => send('change', event)));
});
