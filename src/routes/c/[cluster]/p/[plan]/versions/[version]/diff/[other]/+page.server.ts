// What changed between a version and another one (or the live plan), with the comments on the
// version under review and its review steps. The version under review is the newer side, or the
// version itself when it is compared with the live plan.
import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { getVersion } from '$lib/server/versions/store';
import { versionChanges } from '$lib/server/versions/diff';
import { commentAction, numberOf, planOf, stepAction } from '../../../review-forms.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, parent, depends }) => {
	depends('plan:versions');
	const { plan, version } = await parent();
	const other = params.other === 'live' ? 'live' : numberOf(params.other);
	const db = getDb();
	const comparison = other ? await versionChanges(db, await planOf(plan.id), version.id, other) : null;
	if (!comparison) error(404, m.error_not_found());
	const reviewed = comparison.to ?? comparison.from;
	const detail = await getVersion(db, plan.id, reviewed.id);
	if (!detail) error(404, m.error_not_found());
	return {
		comparison,
		reviewed: { ...reviewed, comments: detail.comments },
		against: comparison.to ? comparison.from.id : ('live' as const)
	};
};

export const actions: Actions = { step: stepAction, comment: commentAction };
