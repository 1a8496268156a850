// The funding tab: the plan itself comes live from its document; the page's load brings the
// catalogue's measures a line may rest on. The plan layout's load has already checked the reader may see the plan.
import { getDb } from '$lib/server/db';
import { measureChoices } from '$lib/server/funding/measures';
import type { MeasureChoice } from '$lib/funding/measure-choice';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	await parent();
	const measures: MeasureChoice[] = await measureChoices(getDb());
	return { measures };
};
