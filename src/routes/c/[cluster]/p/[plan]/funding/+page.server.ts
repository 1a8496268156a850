// The funding tab: the plan itself comes live from its document; the page's load brings the
// catalogue's measures a line may rest on.
import type { MeasureChoice } from '$lib/funding/measure-choice';
import type { PageServerLoad } from './$types';

/** The measures of the catalogue, in the order it lists them. */
async function loadMeasureChoices(): Promise<MeasureChoice[]> {
	// wired to the catalogue when it lands
	return [];
}

export const load: PageServerLoad = async () => ({ measures: await loadMeasureChoices() });
