// The version an address names, for every page about it (its read-only view, its diff, its print).
// The plan's layout has already checked that this person may view the plan.
import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { summaries, versionRow } from '$lib/server/versions/store';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ params, parent }) => {
	const { plan } = await parent();
	const db = getDb();
	const number = /^[1-9][0-9]{0,8}$/.test(params.version) ? Number(params.version) : NaN;
	const row = await versionRow(db, plan.id, number);
	if (!row) error(404, m.error_not_found());
	return { version: (await summaries(db, [row]))[0]! };
};
