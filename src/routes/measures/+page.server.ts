// The catalogue of state support measures, for everyone signed in; KIDI's admins and reviewers are
// offered adding and changing measures. Writes go through the JSON API.
import { getDb } from '$lib/server/db';
import { authorize } from '$lib/server/authz/guard';
import { can } from '$lib/server/authz/can';
import { listMeasures } from '$lib/server/measures';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = authorize(event, 'measure.view');
	return { measures: await listMeasures(getDb(), user), mayManage: can(user, 'measure.manage') };
};
