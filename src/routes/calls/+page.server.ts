// The calls the reader may see, the newest first; KIDI's admins and reviewers also get the people a
// new call's panel is chosen from. Writes go through the JSON API.
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/authz/guard';
import { can } from '$lib/server/authz/can';
import { callList } from '$lib/server/selection/call-list';
import { panelPeople } from '$lib/server/selection/evaluators';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const mayCreate = can(user, 'call.create');
	const [calls, people] = await Promise.all([callList(db, user), mayCreate ? panelPeople(db, []) : []]);
	return { calls, people, mayCreate };
};
