// The programme view's data: every plan of every cluster the reader may see, summed up side by side
// (latest reporting year, indicators on track, projects and budget), and the submitted years that
// wait for a reviewer, newest first.
import type { Db } from '../db';
import type { Actor } from '../authz/can';
import { visibleClusters } from '../clusters';
import type { Lang } from '../../plan';
import { readPlan } from '../plans/document';
import { monitoringData } from './monitoring';
import {
	newestFirst,
	planSummary,
	submissions,
	type Programme,
	type ProgrammeRow,
	type WaitingSubmission
} from '../../components/programme/programme-view';

/** Every plan the actor may see (for a reviewer or an admin: all), by cluster name as a reader of `lang` sees it. */
export async function programmeOverview(
	db: Db,
	actor: Actor,
	currentYear: number,
	lang: Lang = 'en'
): Promise<Programme> {
	const rows: ProgrammeRow[] = [];
	const waiting: WaitingSubmission[] = [];
	for (const { id, name, region, sector, plans } of await visibleClusters(db, actor, lang)) {
		const cluster = { id, name, region, sector };
		for (const plan of plans) {
			const monitoring = await monitoringData(db, plan.id);
			rows.push({ cluster, plan, ...planSummary(await readPlan(db, plan), monitoring, currentYear) });
			for (const submission of submissions(monitoring.years)) waiting.push({ cluster, plan, ...submission });
		}
	}
	return { rows, waiting: newestFirst(waiting) };
}
