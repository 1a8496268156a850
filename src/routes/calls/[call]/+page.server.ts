// A call as the reader may see it (viewCall decides what of its applications that is), and for
// KIDI's admins and reviewers the people its panel is chosen from, to name evaluators by.
import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { isRefusal } from '$lib/refusal';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/authz/guard';
import { viewCall } from '$lib/server/selection/calls';
import { panelPeople } from '$lib/server/selection/evaluators';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const call = await viewCall(db, user, event.params.call).catch((caught: unknown) => {
		if (isRefusal(caught))
			error(caught.status, caught.status === 404 ? m.error_not_found() : m.error_forbidden());
		throw caught;
	});
	const people = call.may.manage ? await panelPeople(db, call.evaluators) : [];
	// An applicant's own applications are listed, with a button to begin one while the call is open.
	return { call, people, applicant: user.globalRole === 'applicant' };
};
