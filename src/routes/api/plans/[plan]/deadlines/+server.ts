// A plan's reporting calendar.
// GET /api/plans/<planId>/deadlines (whoever may view the plan) →
//   200 {deadlines: [{year, dueOn: 'YYYY-MM-DD', default: boolean, state, doneAt?}]}, oldest year first;
//   state is later | soon | due_today | overdue | done (Almaty days, see $lib/notifications/calendar).
// PUT /api/plans/<planId>/deadlines {year, dueOn: 'YYYY-MM-DD' | null} (the plan's facilitators,
//   admins) → 200 with the same list; `dueOn: null` puts back 20 February of the next year.
//   Refused 403 forbidden, 400 invalid_date at `dueOn`, 400 invalid_period at `year`.
import { json } from '@sveltejs/kit';
import { viewablePlan } from '$lib/server/plans/access';
import { planDeadlines, remindDeadlines, setDeadline } from '$lib/server/notifications/deadlines';
import { serverNow } from '$lib/server/clock';
import { api, objectBody } from '$lib/server/answer/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, params }) => {
	const { plan, db } = await viewablePlan(locals, params.plan);
	const now = serverNow();
	// Until a background timer runs the reminders, reading a calendar sends those that are due
	// (idempotent: each reminder is heard once).
	await remindDeadlines(db, now);
	return json({ deadlines: await planDeadlines(db, plan, now) });
});

export const PUT: RequestHandler = api(async ({ locals, params, request }) => {
	const { user, plan, db } = await viewablePlan(locals, params.plan);
	const { year, dueOn } = await objectBody(request);
	return json({ deadlines: await setDeadline(db, user, plan, { year, dueOn }, serverNow()) });
});
