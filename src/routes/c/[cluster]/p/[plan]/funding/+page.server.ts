// The funding tab: the plan itself comes live from its document; the page's load brings the
// catalogue's measures a line may rest on. The plan layout's load has already checked the reader may see the plan.
import { getDb } from '$lib/server/db';
import { readMeasures } from '$lib/server/measures/store';
import type { MeasureChoice } from '$lib/funding/measure-choice';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	await parent();
	const measures: MeasureChoice[] = (await readMeasures(getDb())).map(
		({ id, name, status, inForceFrom, inForceTo, maxPerProject, ownShare }) => ({
			id,
			name,
			status,
			inForceFrom,
			inForceTo,
			maxPerProject,
			ownShare
		})
	);
	return { measures };
};
