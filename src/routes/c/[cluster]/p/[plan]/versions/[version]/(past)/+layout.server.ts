// A past version's document for its read-only pages, and a `may` that allows nothing: components
// that read the page's permissions (comment buttons, edit controls) then only show.
import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { versionState } from '$lib/server/versions/store';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ parent }) => {
	const { plan, version, may } = await parent();
	const state = await versionState(getDb(), plan.id, version.id);
	if (!state) error(404, m.error_not_found());
	return {
		// Base64: page data travels as JSON.
		state: Buffer.from(state).toString('base64'),
		may: { ...may, edit: false, comment: false, record: false, submitPeriod: false, reviewPeriod: false }
	};
};
