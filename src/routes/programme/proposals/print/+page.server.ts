// The print page of KIDI's proposals to the ministry: what the PDF export prints, rendered on the
// server only, in the language of the locale cookie the export sets.
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/authz/guard';
import { serverNow } from '$lib/server/clock';
import { listProposals } from '$lib/server/measures/proposals';
import { forPage } from '$lib/server/selection/refused-page';
import type { PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	return {
		proposals: await forPage(listProposals(getDb(), user)),
		asOf: new Date(serverNow()).toISOString().slice(0, 10)
	};
};
