// An application as its reader may see it: the applicant's draft form or the application as text,
// its files, the formal check for KIDI, an evaluator's sheet, and the sheets the reader may read.
// Writes go through the JSON API.
import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { isRefusal } from '$lib/refusal';
import { instant } from '$lib/selection/fields';
import { requireUser } from '$lib/server/authz/guard';
import { serverNow } from '$lib/server/clock';
import { getDb } from '$lib/server/db';
import { viewApplication } from '$lib/server/selection/applications';
import { evaluatorNames } from '$lib/server/selection/evaluator-names';
import type { PageServerLoad } from './$types';

// An application one may not read is a page one may not open; as the API answers, not found and
// forbidden are told apart only where the person may know the call.
function refused(failure: unknown): never {
	if (isRefusal(failure, 'not_found')) error(404, m.error_not_found());
	if (isRefusal(failure, 'forbidden')) error(403, m.error_forbidden());
	throw failure;
}

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const application = await viewApplication(db, user, event.params.call, event.params.application).catch(
		refused
	);
	const { call } = application;
	const names = await evaluatorNames(db, [
		...application.evaluators,
		...application.sheets.map((sheet) => sheet.evaluatorId)
	]);
	return {
		application,
		names,
		userId: user.id,
		// By the server's clock: a draft may still be saved after the deadline, but not submitted.
		accepting: call.state === 'open' && call.closesAt !== null && serverNow() < instant(call.closesAt)
	};
};
