// The print page of a version: the report the PDF export prints, rendered on the server only. It
// resets to the root layout (no live plan, no tabs), so it checks access itself, as the plan's
// layout does: another cluster's plan or address, an unknown plan or version are all 404.
import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { viewablePlanPage } from '$lib/server/plans/access';
import { getVersion } from '$lib/server/versions/store';
import type { PrintedVersion } from '$lib/components/versions/print/printed-version';
import { planFunding } from '$lib/plan';
import { measureChoices } from '$lib/server/funding/measures';
import type { PageServerLoad } from './$types';

// Printed without waiting for any script: the page is complete as the server sends it.
export const csr = false;

export const load: PageServerLoad = async (event) => {
	const db = getDb();
	const { cluster, plan } = await viewablePlanPage(event);
	const number = /^[1-9][0-9]{0,8}$/.test(event.params.version) ? Number(event.params.version) : NaN;
	const version = await getVersion(db, plan.id, number);
	if (!version) error(404, m.error_not_found());
	const measures = await measureChoices(db);
	const saved = new Date(version.createdAt).toISOString().slice(0, 10);
	const printed: PrintedVersion = {
		clusterName: cluster.name,
		number: version.id,
		label: version.label,
		note: version.note,
		authorName: version.authorName,
		createdAt: version.createdAt,
		status: version.status,
		decision: version.decision,
		data: version.data,
		funding: planFunding(version.data, new Map(measures.map((measure) => [measure.id, measure])), saved),
		measures
	};
	return { printed };
};
